import Backend
import Foundation
import Synchronization

/// A wall clock that stands still until a test moves it; starts at 2026-01-01 00:00:00 UTC.
final class FakeWallClock: WallClock {
    private let time: Mutex<Date>

    init(_ start: Date = TestFleet.start) {
        time = Mutex(start)
    }

    func now() -> Date { time.withLock { $0 } }

    /// Moves the clock forward by whole seconds (the store keeps times to the microsecond).
    func advance(by duration: Duration) {
        time.withLock { $0 = $0.addingTimeInterval(Double(duration.components.seconds)) }
    }
}
