/// Breaks a sentence into lines of at most `width` columns at spaces; a word longer than a line is cut
/// by the screen when drawn.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            let wordWidth = DisplayWidth.of(String(word))
            if !line.isEmpty, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            line += line.isEmpty ? String(word) : " " + word
            lineWidth += (lineWidth == 0 ? 0 : 1) + wordWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
