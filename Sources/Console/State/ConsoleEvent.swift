import Foundation

/// Everything that reaches the console state: keys, terminal size, the clock, and backend answers.
package enum ConsoleEvent: Sendable {
    case key(Key)
    case resized(rows: Int, columns: Int)
    case tick(Date)
    case received(BackendMessage)
}
