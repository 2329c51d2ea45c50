import OCPP
import Testing

@Suite("Reading JSON")
struct JSONParserTests {
    @Test(
        "numbers keep integers apart from decimals, as JSON Schema draft 4 does",
        arguments: [
            ("1", JSONValue.integer(1)),
            ("-0", .integer(0)),
            ("1.0", .decimal(1)),
            ("1e2", .decimal(100)),
            ("-2.5E-1", .decimal(-0.25)),
            ("9223372036854775807", .integer(.max)),
            ("-9223372036854775808", .integer(.min)),
            ("9223372036854775808", .decimal(9_223_372_036_854_775_808)),
        ])
    func numbers(text: String, expected: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test("strings decode every escape, surrogate pairs included")
    func escapes() throws {
        let text = #""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 ü""#
        #expect(try JSONValue(parsing: text) == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t é 😀 ü"))
    }

    @Test("objects and arrays nest, whitespace is allowed, and a repeated key keeps its last value")
    func containers() throws {
        let value = try JSONValue(parsing: " {\"a\" : [1, {\"b\": null}, true, false] ,\n\t\"a2\": {}, \"a2\": []} ")
        #expect(
            value
                == .object([
                    "a": .array([.integer(1), .object(["b": .null]), .bool(true), .bool(false)]), "a2": .array([]),
                ]))
    }

    @Test(
        "text that RFC 8259 rejects is not JSON",
        arguments: [
            "", " ", "[1,]", "{\"a\":1,}", "01", "-", "1.", ".5", "+1", "1e", "NaN", "tru", "nulls", "[1] x",
            "{a:1}", "{\"a\" 1}", "[1 2]", "'a'", "\"\\x\"", "\"\\ud800\"", "\"\\ud800\\u0041\"", "\"\\u12\"",
            "\"a\nb\"", "\"open", "1e400", "[", "{\"a\":", "// comment\n1",
        ])
    func rejected(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: text) }
    }

    @Test(
        "invalid UTF-8 inside a string is rejected, also after ASCII",
        arguments: [
            [0x22, 0xC3, 0x28, 0x22], [0x22, 0x61, 0x62, 0xFF, 0x22], [0x22, 0x61, 0xED, 0xA0, 0x80, 0x22],
        ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: bytes) }
    }

    @Test("a string of plain ASCII and one with unescaped UTF-8 are read as written")
    func plainStrings() throws {
        #expect(
            try JSONValue(parsing: #"["Heartbeat", "Straße 7, Überlingen 😀"]"#)
                == .array([.string("Heartbeat"), .string("Straße 7, Überlingen 😀")]))
    }

    @Test("nesting deeper than 64 levels is rejected, 64 levels are read")
    func depth() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONValue(parsing: deepest) }
        let tooDeep = "[" + deepest + "]"
        #expect(throws: JSONSyntaxError(offset: 64, reason: "nested deeper than 64 levels")) {
            try JSONValue(parsing: tooDeep)
        }
    }

    @Test("an error tells where the text stopped being JSON")
    func errorOffset() {
        #expect(throws: JSONSyntaxError(offset: 5, reason: "expected ',' or ']'")) {
            try JSONValue(parsing: "[1, 2x]")
        }
    }
}
