import OCPP
import Testing

@Suite("Writing JSON")
struct JSONValueTextTests {
    @Test("output is compact, with object keys sorted")
    func compactAndSorted() {
        let value = JSONValue.object(["b": .integer(1), "a": .array([.null, .bool(true)]), "c": .string("x")])
        #expect(value.encodedText() == #"{"a":[null,true],"b":1,"c":"x"}"#)
    }

    @Test(
        "strings escape quotes, backslashes and control characters, and nothing else",
        arguments: [
            ("say \"hi\"", #""say \"hi\"""#),
            ("a\\b", #""a\\b""#),
            ("line\nnext\r\ttab", #""line\nnext\r\ttab""#),
            ("\u{1}\u{1F}", #""\u0001\u001f""#),
            ("ftp://a/b ü 😀", "\"ftp://a/b ü 😀\""),
        ])
    func escaping(text: String, expected: String) {
        #expect(JSONValue.string(text).encodedText() == expected)
    }

    @Test("decimals read back as decimals, and a value that is not finite becomes null")
    func decimals() throws {
        #expect(JSONValue.decimal(1).encodedText() == "1.0")
        #expect(try JSONValue(parsing: JSONValue.decimal(21.4).encodedText()) == .decimal(21.4))
        #expect(JSONValue.decimal(.infinity).encodedText() == "null")
    }

    @Test("writing then reading gives the same value")
    func roundTrip() throws {
        let value = JSONValue.object([
            "n": .integer(-42), "d": .decimal(0.1), "s": .string("\u{0}\"é"),
            "nested": .array([.object([:]), .array([]), .null, .bool(false)]),
        ])
        #expect(try JSONValue(parsing: value.encodedBytes()) == value)
    }
}
