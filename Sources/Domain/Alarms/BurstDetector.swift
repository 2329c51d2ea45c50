import Foundation

/// Counts repeats of one event (a drop, a boot) in a sliding window, then counts on while they keep coming.
///
/// A burst begins when `threshold` events fall within `window` (both ends included) and ends once `settleTime`
/// passes without one. Keeps at most `threshold` instants, however often the event repeats.
struct BurstDetector: Sendable, Equatable {
    /// A burst under way.
    struct Burst: Sendable, Equatable {
        /// Events since the burst began, counting those that began it.
        var count: Int
        /// The first event of the burst.
        var since: Date
        var lastEventAt: Date
    }

    /// What one recorded event did.
    enum Outcome: Sendable, Equatable {
        case began(Burst)
        case continued(Burst)

        /// Raises the alarm `key` for a burst that began, updates it for one that continued.
        func action(for key: AlarmKey, at now: Date) -> AlarmAction {
            switch self {
            case .began(let burst):
                .raise(AlarmDraft(key: key, facts: AlarmFacts(since: burst.since), count: burst.count, raisedAt: now))
            case .continued(let burst):
                .update(key, count: burst.count, facts: AlarmFacts(since: burst.since))
            }
        }
    }

    let threshold: Int
    let window: Duration
    let settleTime: Duration
    private(set) var burst: Burst?
    /// Recent events while no burst is under way, oldest first.
    private var recent: [Date] = []

    init(threshold: Int, window: Duration, settleTime: Duration) {
        self.threshold = threshold
        self.window = window
        self.settleTime = settleTime
    }

    /// Records one event; nil while events are too sparse to make a burst.
    mutating func record(at now: Date) -> Outcome? {
        if var current = burst {
            current.count += 1
            current.lastEventAt = now
            burst = current
            return .continued(current)
        }
        let windowStart = now.adding(.zero - window)
        recent.removeAll { $0 < windowStart }
        recent.append(now)
        guard recent.count >= threshold, let first = recent.first else { return nil }
        let began = Burst(count: recent.count, since: first, lastEventAt: now)
        burst = began
        recent = []
        return .began(began)
    }

    /// When the burst under way ends unless another event comes first.
    var settleDeadline: Date? { burst.map { $0.lastEventAt.adding(settleTime) } }

    /// Ends the burst if it has settled by `now`; returns whether it did.
    mutating func settle(now: Date) -> Bool {
        guard let deadline = settleDeadline, now >= deadline else { return false }
        burst = nil
        return true
    }

    /// Takes up a burst that a stored alarm says is under way, as if its last event happened at `now`.
    mutating func resume(count: Int, since: Date, now: Date) {
        burst = Burst(count: count, since: since, lastEventAt: now)
        recent = []
    }
}
