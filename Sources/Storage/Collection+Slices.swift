extension Collection {
    /// The collection cut into consecutive slices of at most `size` elements, in order: one multi-row
    /// statement's rows each.
    func slices(of size: Int) -> [SubSequence] {
        precondition(size > 0, "a slice holds at least one element")
        var slices: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            slices.append(self[start..<end])
            start = end
        }
        return slices
    }
}
