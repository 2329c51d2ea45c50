/// The line under the header: the view's title, its details and the stale marker.
enum TitleLine {
    static func draw(_ title: String, detail: String?, state: ConsoleState, on screen: inout VirtualScreen) {
        screen.fill(row: 1, role: .text)
        var column = screen.put(" \(title)", row: 1, column: 0, role: .title)
        if let detail {
            column += screen.put("  \(detail)", row: 1, column: column, role: .textDim)
        }
        if case .lost(let since, _, _) = state.model.connection {
            let marker = " " + state.strings.staleSince(TimeText.clock(since, timeZone: state.timeZone)) + " "
            let start = max(column + 1, screen.columns - DisplayWidth.of(marker))
            screen.put(marker, row: 1, column: start, role: .stale)
        }
    }
}
