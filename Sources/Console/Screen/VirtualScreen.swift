/// A grid of cells that views draw into; the terminal shows it by writing only what changed since the
/// previous frame (`changes(from:into:)`).
///
/// Every write keeps the grid whole: control characters become U+FFFD, a wide character that would not
/// fit is replaced by a space, and overwriting either half of a wide character blanks the other half.
/// Cells hold no references: a grapheme cluster of several scalars lives in `clusters`, which `clear` empties.
package struct VirtualScreen: Sendable {
    package private(set) var rows: Int
    package private(set) var columns: Int
    package private(set) var cells: [Cell]
    /// The multi-scalar grapheme clusters written since the last `clear`; a cell's glyph indexes it.
    private(set) var clusters: [Character] = []

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

    /// What `cell`, a cell of this screen, shows: its scalar, or its cluster from this screen's table.
    package func character(of cell: Cell) -> Character {
        if let scalar = cell.scalar { return Character(scalar) }
        let index = Int(cell.glyph - Cell.clusterBase)
        return index < clusters.count ? clusters[index] : "\u{FFFD}"
    }

    /// Makes every cell a blank in `role`, at a new size if given.
    package mutating func clear(role: ThemeRole = .text, rows newRows: Int? = nil, columns newColumns: Int? = nil) {
        let targetRows = max(0, newRows ?? rows)
        let targetColumns = max(0, newColumns ?? columns)
        clusters.removeAll(keepingCapacity: true)
        if targetRows != rows || targetColumns != columns {
            rows = targetRows
            columns = targetColumns
            cells = Array(repeating: .blank(role), count: rows * columns)
            return
        }
        let blank = Cell.blank(role)
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
    }

    /// Paints `width` columns of a row blank in `role` (a bar, a selected line).
    package mutating func fill(row: Int, column: Int = 0, width: Int? = nil, role: ThemeRole) {
        guard row >= 0, row < rows else { return }
        let start = max(0, column)
        let end = min(columns, width.map { column + $0 } ?? columns)
        guard start < end else { return }
        let blank = Cell.blank(role)
        overwrite(row: row, column: start, count: end - start) { cells, first in
            cells[first..<(first + end - start)].update(repeating: blank)
        }
    }

    /// Writes `text` from a position, at most `width` columns (to the right edge if nil); cut text ends in
    /// "…". Returns the columns written.
    @discardableResult
    package mutating func put(_ text: String, row: Int, column: Int, width: Int? = nil, role: ThemeRole) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let limit = min(columns, width.map { column + max(0, $0) } ?? columns)
        guard column < limit else { return 0 }
        let written = text.utf8.withContiguousStorageIfAvailable { bytes in
            putNarrow(bytes, row: row, column: column, limit: limit, role: role)
        }
        if let written = written ?? nil { return written }
        return putClusters(text, row: row, column: column, limit: limit, role: role)
    }

    /// Writes text made only of ASCII, or of scalars below U+0300, byte by byte without building characters:
    /// every such scalar is a grapheme cluster one column wide, except CR LF outside ASCII text. Returns nil,
    /// having written nothing, for other text.
    private mutating func putNarrow(
        _ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, limit: Int, role: ThemeRole
    ) -> Int? {
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            // A lead byte from 0xCC on starts a scalar from U+0300, which may join its neighbours.
            guard byte < 0xCC else { return nil }
            isASCII = false
        }
        guard !bytes.isEmpty else { return 0 }
        if isASCII {
            return putGlyphs(row: row, column: column, limit: limit, role: role, glyphCount: bytes.count) { emit in
                for byte in bytes { emit(UInt32(byte)) }
            }
        }
        let count = Self.latinClusterCount(bytes)
        return putGlyphs(row: row, column: column, limit: limit, role: role, glyphCount: count) { emit in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    emit(UInt32(byte))
                    index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                } else {
                    emit(UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                    index += 2
                }
            }
        }
    }

    /// Grapheme clusters in UTF-8 of scalars below U+0300: one per scalar, with CR LF counted once.
    private static func latinClusterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            if !(byte == 0x0A && previous == 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }

    /// Writes `glyphCount` one-column glyphs that `produce` emits in order, control characters as U+FFFD;
    /// when they do not fit before `limit`, the last column that fits shows "…". Returns the columns written.
    private mutating func putGlyphs(
        row: Int, column: Int, limit: Int, role: ThemeRole, glyphCount: Int,
        produce: ((UInt32) -> Void) -> Void
    ) -> Int {
        let isCut = glyphCount > limit - column
        let count = isCut ? limit - column : glyphCount
        overwrite(row: row, column: column, count: count) { cells, first in
            var index = first
            let end = first + count
            produce { value in
                guard index < end else { return }
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                cells[index] = Cell(glyph: isControl ? 0xFFFD : value, width: 1, role: role)
                index += 1
            }
            if isCut { cells[end - 1] = Cell(glyph: 0x2026, width: 1, role: role) }
        }
        return count
    }

    /// Writes text of any kind character by character, wide characters in two columns.
    private mutating func putClusters(_ text: String, row: Int, column: Int, limit: Int, role: ThemeRole) -> Int {
        var current = column
        for character in text {
            let shown = Self.displayable(character)
            let columnsNeeded = DisplayWidth.of(shown)
            if columnsNeeded == 0 { continue }
            if current + columnsNeeded > limit {
                markCut(row: row, column: current, start: column, limit: limit, role: role)
                return limit - column
            }
            let cell = Cell(glyph: glyph(for: shown), width: UInt8(columnsNeeded), role: role)
            set(row: row, column: current, cell: cell)
            if columnsNeeded == 2 { set(row: row, column: current + 1, cell: .continuation(role)) }
            current += columnsNeeded
        }
        return current - column
    }

    /// The glyph value of a character: its scalar, or a new entry of the cluster table.
    private mutating func glyph(for character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return first.value
        }
        clusters.append(character)
        return Cell.clusterBase + UInt32(clusters.count - 1)
    }

    /// Ends cut text with "…" in the last column that belongs to it.
    private mutating func markCut(row: Int, column: Int, start: Int, limit: Int, role: ThemeRole) {
        for blank in column..<limit { set(row: row, column: blank, cell: .blank(role)) }
        let last = limit - 1
        guard last >= start else { return }
        set(row: row, column: last, cell: Cell(glyph: 0x2026, width: 1, role: role))
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

    /// Lets `write` replace `count` cells of a row from `column` with one-column cells (it gets the buffer and
    /// the first index), after blanking the outer halves of wide characters the stretch cuts through; as
    /// `set` for each cell, in one pass.
    private mutating func overwrite(
        row: Int, column: Int, count: Int, _ write: (inout UnsafeMutableBufferPointer<Cell>, Int) -> Void
    ) {
        guard count > 0 else { return }
        let first = row * columns + column
        let last = first + count - 1
        if cells[first].width == 0, column > 0, cells[first - 1].width == 2 {
            cells[first - 1] = .blank(cells[first - 1].role)
        }
        if cells[last].width == 2, column + count < columns {
            cells[last + 1] = .blank(cells[last + 1].role)
        }
        cells.withUnsafeMutableBufferPointer { write(&$0, first) }
    }

    /// A character a terminal shows as itself: control characters become U+FFFD.
    private static func displayable(_ character: Character) -> Character {
        guard let first = character.unicodeScalars.first else { return "\u{FFFD}" }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return "\u{FFFD}" }
        return character
    }
}
