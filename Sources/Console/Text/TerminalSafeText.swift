/// Text from stations and mails made safe to show on a terminal: nothing in it can move the cursor,
/// change colours, set the window title or reorder what is shown.
///
/// C0 and C1 control characters (ESC among them) and DEL become U+FFFD, so a reader sees that something
/// was there; bidirectional overrides and isolates are dropped. Invalid UTF-8 was already replaced by
/// U+FFFD when the bytes became a `String`.
package enum TerminalSafeText {
    /// `text` with every character a terminal could interpret replaced, cut to `limit` characters.
    package static func sanitize(_ text: String, limit: Int = 500) -> String {
        var result = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result.append("…")
                break
            }
            if isBidiControl(scalar) { continue }
            result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            count += 1
        }
        return String(result)
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences, then sanitizes.
    package static func sanitize(bytes: some Collection<UInt8>, limit: Int = 500) -> String {
        sanitize(String(decoding: Array(bytes), as: UTF8.self), limit: limit)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }
}
