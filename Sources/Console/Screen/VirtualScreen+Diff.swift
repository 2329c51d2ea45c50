extension VirtualScreen: Equatable {
    /// Same size and every cell shows the same glyph in the same width and role.
    package static func == (left: VirtualScreen, right: VirtualScreen) -> Bool {
        guard left.rows == right.rows, left.columns == right.columns else { return false }
        return left.cells.indices.allSatisfy { left.showsSame(left.cells[$0], as: right, right.cells[$0]) }
    }

    /// The stretches of cells that differ from `previous`; every cell when the sizes differ. Clears and
    /// reuses `runs` so a steady draw loop allocates nothing here.
    package func changes(from previous: VirtualScreen, into runs: inout [CellRun]) {
        runs.removeAll(keepingCapacity: true)
        guard previous.rows == rows, previous.columns == columns else {
            for row in 0..<rows where columns > 0 { runs.append(CellRun(row: row, column: 0, count: columns)) }
            return
        }
        cells.withUnsafeBufferPointer { current in
            previous.cells.withUnsafeBufferPointer { old in
                for row in 0..<rows {
                    var start = -1
                    let base = row * columns
                    for column in 0..<columns {
                        let index = base + column
                        if current[index] != old[index] || current[index].glyph >= Cell.clusterBase,
                            !showsSame(current[index], as: previous, old[index])
                        {
                            if start < 0 { start = column }
                        } else if start >= 0 {
                            runs.append(CellRun(row: row, column: start, count: column - start))
                            start = -1
                        }
                    }
                    if start >= 0 { runs.append(CellRun(row: row, column: start, count: columns - start)) }
                }
            }
        }
    }

    /// Whether `cell` of this screen shows what `other` of `screen` shows: the same width and role and equal
    /// characters. Glyphs below U+0300 are equal only when their values are; others are compared as characters,
    /// since each screen numbers its clusters itself and Swift finds canonical equivalents equal ("é", "e\u{301}").
    private func showsSame(_ cell: Cell, as screen: VirtualScreen, _ other: Cell) -> Bool {
        guard cell.width == other.width, cell.role == other.role else { return false }
        if cell.glyph == other.glyph, cell.glyph < Cell.clusterBase { return true }
        if cell.glyph < 0x300, other.glyph < 0x300 { return false }
        return character(of: cell) == screen.character(of: other)
    }

    /// One row as plain text, trailing blanks removed; wide characters appear once.
    package func line(_ row: Int) -> String {
        guard row >= 0, row < rows else { return "" }
        var text = ""
        for column in 0..<columns {
            let cell = cells[row * columns + column]
            if cell.width != 0 { text.append(character(of: cell)) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole grid as plain text, one line per row: what a text capture or a test reads.
    package var plainText: String {
        (0..<rows).map(line).joined(separator: "\n")
    }
}
