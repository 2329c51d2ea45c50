import NIOCore

/// Wakes a station's task when its simulation next has something to do: a scheduled task on the station's event loop
/// that yields `.timerFired` into the station's event stream.
///
/// At most one wake-up is pending; asking for another time cancels it. A wake-up is at least 1 ms away, so a
/// simulation that asks for a time already passed cannot spin.
struct WakeUpTimer {
    private let eventLoop: any EventLoop
    private let continuation: AsyncStream<ChargePointClient.Event>.Continuation
    private var scheduled: Scheduled<Void>?
    private var scheduledFor: Duration?

    init(eventLoop: any EventLoop, continuation: AsyncStream<ChargePointClient.Event>.Continuation) {
        self.eventLoop = eventLoop
        self.continuation = continuation
    }

    /// Plans the wake-up at `wakeUp` (nil for none); `now` is the current offset from the simulation's start.
    mutating func schedule(at wakeUp: Duration?, now: Duration) {
        guard wakeUp != scheduledFor else { return }
        scheduled?.cancel()
        scheduled = nil
        scheduledFor = wakeUp
        guard let wakeUp else { return }
        let delay = max(wakeUp - now, .milliseconds(1))
        scheduled = eventLoop.scheduleTask(in: .nanoseconds(delay.nanoseconds)) { [continuation] in
            continuation.yield(.timerFired)
        }
    }

    /// The wake-up arrived; the next `schedule` plans anew even for the same time.
    mutating func fired() {
        scheduled = nil
        scheduledFor = nil
    }

    /// Cancels the pending wake-up, when the station ends.
    mutating func cancel() {
        scheduled?.cancel()
        fired()
    }
}
