/// Draws a page's lines below its title, from the scroll position down.
enum PageView {
    static func draw(title: String, lines: [PageLine], state: ConsoleState, on screen: inout VirtualScreen) {
        TitleLine.draw(title, detail: nil, state: state, on: &screen)
        let height = state.pageHeight
        let first = max(0, min(state.pageScroll, lines.count - height))
        for offset in 0..<height {
            let index = first + offset
            guard index < lines.count else { break }
            var column = 0
            for span in lines[index].spans {
                guard column < screen.columns else { break }
                column += screen.put(span.text, row: 2 + offset, column: column, role: span.role)
            }
        }
    }
}
