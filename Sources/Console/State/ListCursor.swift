/// The selected line of a list and the first line shown, kept so the selection is always on screen.
package struct ListCursor: Sendable, Equatable {
    package var selected = 0
    package var top = 0

    package init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` lines within `count` lines, `height` of them visible.
    package mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    /// Selects line `index` (clamped) and scrolls as little as needed to show it.
    package mutating func select(_ index: Int, count: Int, height: Int) {
        selected = max(0, min(index, count - 1))
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
