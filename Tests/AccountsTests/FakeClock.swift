import Foundation
import Synchronization

/// A wall clock that stands still until a test moves it; starts at 2025-06-15 15:06:40 UTC.
final class FakeClock: Sendable {
    static let start = Date(timeIntervalSince1970: 1_750_000_000)

    private let time = Mutex(FakeClock.start)

    func now() -> Date { time.withLock { $0 } }

    /// Moves the clock forward by whole seconds (the store keeps times to the microsecond).
    func advance(by duration: Duration) {
        time.withLock { $0 = $0.addingTimeInterval(Double(duration.components.seconds)) }
    }
}
