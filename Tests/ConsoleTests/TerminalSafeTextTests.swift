import Console
import Testing

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test(
        "control sequences from a station are shown, never interpreted",
        arguments: [
            ("\u{1B}[2J\u{1B}]0;owned\u{07}", "\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}"),
            ("line\nbreak\ttab\r", "line\u{FFFD}break\u{FFFD}tab\u{FFFD}"),
            ("c1\u{9B}31m", "c1\u{FFFD}31m"),
            ("del\u{7F}", "del\u{FFFD}"),
        ])
    func controlCharacters(input: String, expected: String) {
        #expect(TerminalSafeText.sanitize(input) == expected)
    }

    @Test("bidirectional overrides are dropped")
    func bidiOverrides() {
        #expect(TerminalSafeText.sanitize("abc\u{202E}fed\u{2066}x") == "abcfedx")
    }

    @Test("plain German text passes unchanged")
    func plainText() {
        #expect(TerminalSafeText.sanitize("Ladestation Öhringen – Störung") == "Ladestation Öhringen – Störung")
    }

    @Test("invalid UTF-8 becomes the replacement character")
    func invalidUTF8() {
        #expect(TerminalSafeText.sanitize(bytes: [0x41, 0xFF, 0xC3, 0x42]) == "A\u{FFFD}\u{FFFD}B")
    }

    @Test("over-long text is cut with an ellipsis")
    func limit() {
        #expect(TerminalSafeText.sanitize(String(repeating: "x", count: 10), limit: 4) == "xxxx…")
    }
}
