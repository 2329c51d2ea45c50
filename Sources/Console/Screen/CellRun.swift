/// A stretch of changed cells in one row: what the terminal must write after a frame.
package struct CellRun: Sendable, Equatable {
    package var row: Int
    package var column: Int
    package var count: Int

    package init(row: Int, column: Int, count: Int) {
        self.row = row
        self.column = column
        self.count = count
    }
}
