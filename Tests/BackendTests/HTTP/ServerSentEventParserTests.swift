import BackendClient
import Testing

@Suite("ServerSentEventParser")
struct ServerSentEventParserTests {
    @Test("events end at an empty line; comments and other fields are skipped; data lines are joined")
    func events() throws {
        var parser = ServerSentEventParser()
        let text = ": keep-alive\n\ndata: {\"a\":1}\n\nevent: x\nid: 7\ndata: one\ndata:two\n\n"
        #expect(try parser.consume(text.utf8) == [#"{"a":1}"#, "one\ntwo"])
    }

    @Test("an event split across chunks, with CRLF or CR line ends, comes out whole once it ends")
    func chunksAndLineEnds() throws {
        var parser = ServerSentEventParser()
        #expect(try parser.consume("da".utf8).isEmpty)
        #expect(try parser.consume("ta: x\r".utf8).isEmpty)
        #expect(try parser.consume("\n\r\n".utf8) == ["x"])
        #expect(try parser.consume("data: y\r\r".utf8) == ["y"])
    }

    @Test("a line longer than the limit is refused")
    func lineTooLong() {
        var parser = ServerSentEventParser(maximumLineLength: 8)
        #expect(throws: ServerSentEventParser.Failure.lineTooLong) { try parser.consume("data: 0123456789".utf8) }
    }
}
