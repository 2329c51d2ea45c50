import Console
import Testing

@Suite("Virtual screen")
struct VirtualScreenTests {
    @Test("a wide character takes two columns and the grid keeps its width")
    func wideCharacters() {
        var screen = VirtualScreen(rows: 1, columns: 10)
        let used = screen.put("充電ab", row: 0, column: 0, role: .text)
        #expect(used == 6)
        #expect(screen[0, 0].width == 2)
        #expect(screen[0, 1].width == 0)
        #expect(screen.line(0) == "充電ab")
    }

    @Test("a wide character that does not fit at the edge is not split")
    func wideAtEdge() {
        var screen = VirtualScreen(rows: 1, columns: 3)
        screen.put("ab充", row: 0, column: 0, role: .text)
        #expect(screen[0, 2].width == 1)
        #expect(screen.line(0) == "ab…")
    }

    @Test("text longer than its column ends in an ellipsis and stays inside it")
    func cutText() {
        var screen = VirtualScreen(rows: 1, columns: 20)
        screen.put("Stadtwerke Esslingen", row: 0, column: 2, width: 8, role: .text)
        #expect(screen.line(0) == "  Stadtwe…")
        screen.put("Köln Ümlaut", row: 0, column: 12, width: 5, role: .text)
        #expect(screen.line(0) == "  Stadtwe…  Köln…")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var screen = VirtualScreen(rows: 1, columns: 4)
        screen.put("充", row: 0, column: 0, role: .text)
        screen.put("x", row: 0, column: 1, role: .text)
        #expect(screen[0, 0] == Cell.blank(.text))
        #expect(screen.line(0) == " x")
        screen.put("電", row: 0, column: 2, role: .text)
        screen.put("y", row: 0, column: 2, role: .text)
        #expect(screen[0, 3].width == 1)
        #expect(screen.line(0) == " xy")
    }

    @Test("control characters become U+FFFD and format characters are dropped, in both write paths")
    func controls() {
        var screen = VirtualScreen(rows: 2, columns: 20)
        screen.put("a\u{1B}[31mb", row: 0, column: 0, role: .text)
        screen.put("ä\u{9B}\u{202E}x\u{7}", row: 1, column: 0, role: .text)
        #expect(screen.line(0) == "a\u{FFFD}[31mb")
        #expect(screen.line(1) == "ä\u{FFFD}x\u{FFFD}")
    }

    @Test("writes outside the grid are ignored")
    func outside() {
        var screen = VirtualScreen(rows: 2, columns: 4)
        #expect(screen.put("x", row: 5, column: 0, role: .text) == 0)
        #expect(screen.put("x", row: 0, column: -1, role: .text) == 0)
        #expect(screen.put("x", row: 0, column: 4, role: .text) == 0)
        #expect(screen.plainText == "\n")
    }

    @Test("the diff lists only the changed stretches, and everything after a resize")
    func diff() {
        var previous = VirtualScreen(rows: 2, columns: 10)
        previous.put("abcdef", row: 0, column: 0, role: .text)
        var next = previous
        next.put("X", row: 0, column: 2, role: .text)
        next.put("YZ", row: 1, column: 5, role: .text)
        next.fill(row: 0, column: 8, width: 1, role: .error)
        var runs: [CellRun] = []
        next.changes(from: previous, into: &runs)
        #expect(
            runs == [
                CellRun(row: 0, column: 2, count: 1), CellRun(row: 0, column: 8, count: 1),
                CellRun(row: 1, column: 5, count: 2),
            ])
        next.changes(from: VirtualScreen(rows: 0, columns: 0), into: &runs)
        #expect(runs == [CellRun(row: 0, column: 0, count: 10), CellRun(row: 1, column: 0, count: 10)])
    }

    @Test(
        "display widths follow East Asian width and emoji presentation",
        arguments: [("a", 1), ("ä", 1), ("充", 2), ("한", 2), ("Ａ", 2), ("🔌", 2), ("\u{301}", 0), ("e\u{301}", 1)])
    func widths(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }
}
