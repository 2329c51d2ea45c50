import Foundation

/// Where the backend reads the time of day; tests pass a fixed or stepping one.
package protocol WallClock: Sendable {
    func now() -> Date
}

/// The system's wall clock.
package struct SystemWallClock: WallClock {
    package init() {}
    package func now() -> Date { Date() }
}
