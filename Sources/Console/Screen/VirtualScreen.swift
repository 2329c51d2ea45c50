/// A grid of cells that views draw into; the terminal shows it by writing only what changed since the
/// previous frame (`changes(from:into:)`).
///
/// Every write keeps the grid whole: control characters become U+FFFD, a wide character that would not
/// fit is replaced by a space, and overwriting either half of a wide character blanks the other half.
package struct VirtualScreen: Sendable, Equatable {
    package private(set) var rows: Int
    package private(set) var columns: Int
    package private(set) var cells: [Cell]

    package init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank(.text), count: self.rows * self.columns)
    }

    /// The cell at a position; a blank for a position outside the grid.
    package subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < rows, column >= 0, column < columns else { return .blank(.text) }
        return cells[row * columns + column]
    }

    /// Makes every cell a blank in `role`, at a new size if given.
    package mutating func clear(role: ThemeRole = .text, rows newRows: Int? = nil, columns newColumns: Int? = nil) {
        let targetRows = max(0, newRows ?? rows)
        let targetColumns = max(0, newColumns ?? columns)
        if targetRows != rows || targetColumns != columns {
            rows = targetRows
            columns = targetColumns
            cells = Array(repeating: .blank(role), count: rows * columns)
            return
        }
        let blank = Cell.blank(role)
        for index in cells.indices { cells[index] = blank }
    }

    /// Paints `width` columns of a row blank in `role` (a bar, a selected line).
    package mutating func fill(row: Int, column: Int = 0, width: Int? = nil, role: ThemeRole) {
        guard row >= 0, row < rows else { return }
        let start = max(0, column)
        let end = min(columns, width.map { column + $0 } ?? columns)
        guard start < end else { return }
        for current in start..<end { set(row: row, column: current, cell: .blank(role)) }
    }

    /// Writes `text` from a position, at most `width` columns (to the right edge if nil); cut text ends in
    /// "…". Returns the columns written.
    @discardableResult
    package mutating func put(_ text: String, row: Int, column: Int, width: Int? = nil, role: ThemeRole) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let limit = min(columns, width.map { column + max(0, $0) } ?? columns)
        guard column < limit else { return 0 }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return putASCII(text, row: row, column: column, limit: limit, role: role)
        }
        var current = column
        var index = text.startIndex
        while index < text.endIndex {
            let character = Self.displayable(text[index])
            let columnsNeeded = DisplayWidth.of(character)
            index = text.index(after: index)
            if columnsNeeded == 0 { continue }
            if current + columnsNeeded > limit {
                markCut(row: row, column: current, start: column, limit: limit, role: role)
                return limit - column
            }
            set(row: row, column: current, cell: Cell(character: character, width: UInt8(columnsNeeded), role: role))
            if columnsNeeded == 2 { set(row: row, column: current + 1, cell: .continuation(role)) }
            current += columnsNeeded
        }
        return current - column
    }

    private mutating func putASCII(_ text: String, row: Int, column: Int, limit: Int, role: ThemeRole) -> Int {
        var current = column
        let count = text.utf8.count
        var written = 0
        for byte in text.utf8 {
            if current == limit - 1, written < count - 1 {
                set(row: row, column: current, cell: Cell(character: "…", width: 1, role: role))
                return limit - column
            }
            let character: Character =
                byte < 0x20 || byte == 0x7F ? "\u{FFFD}" : Character(Unicode.Scalar(byte))
            set(row: row, column: current, cell: Cell(character: character, width: 1, role: role))
            current += 1
            written += 1
        }
        return current - column
    }

    /// Ends cut text with "…" in the last column that belongs to it.
    private mutating func markCut(row: Int, column: Int, start: Int, limit: Int, role: ThemeRole) {
        for blank in column..<limit { set(row: row, column: blank, cell: .blank(role)) }
        let last = limit - 1
        guard last >= start else { return }
        set(row: row, column: last, cell: Cell(character: "…", width: 1, role: role))
    }

    /// Stores a cell, blanking the other half of any wide character it cuts through.
    private mutating func set(row: Int, column: Int, cell: Cell) {
        let index = row * columns + column
        let old = cells[index]
        if old.width == 0, column > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if old.width == 2, cell.width != 0, column + 1 < columns {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// A character a terminal shows as itself: control characters become U+FFFD.
    private static func displayable(_ character: Character) -> Character {
        guard let first = character.unicodeScalars.first else { return "\u{FFFD}" }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return "\u{FFFD}" }
        return character
    }
}

extension VirtualScreen {
    /// The stretches of cells that differ from `previous`; every cell when the sizes differ. Clears and
    /// reuses `runs` so a steady draw loop allocates nothing here.
    package func changes(from previous: VirtualScreen, into runs: inout [CellRun]) {
        runs.removeAll(keepingCapacity: true)
        let sameSize = previous.rows == rows && previous.columns == columns
        for row in 0..<rows {
            var start = -1
            let base = row * columns
            for column in 0..<columns {
                let index = base + column
                let isChanged = !sameSize || cells[index] != previous.cells[index]
                if isChanged, start < 0 {
                    start = column
                } else if !isChanged, start >= 0 {
                    runs.append(CellRun(row: row, column: start, count: column - start))
                    start = -1
                }
            }
            if start >= 0 { runs.append(CellRun(row: row, column: start, count: columns - start)) }
        }
    }

    /// One row as plain text, trailing blanks removed; wide characters appear once.
    package func line(_ row: Int) -> String {
        guard row >= 0, row < rows else { return "" }
        var text = ""
        for column in 0..<columns {
            let cell = cells[row * columns + column]
            if cell.width != 0 { text.append(cell.character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole grid as plain text, one line per row: what a text capture or a test reads.
    package var plainText: String {
        (0..<rows).map(line).joined(separator: "\n")
    }
}
