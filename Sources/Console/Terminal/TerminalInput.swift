/// What the terminal reported: a key, or a new size.
enum TerminalInput: Equatable {
    case key(Key)
    case resized
}
