import HeapModule
import NIOCore

/// What a `WakeUpTimer` wakes: a station's driver, or a test's recorder.
protocol WakeUpTarget: AnyObject {
    /// The wake-up planned for `requested` is due; called on the timer's event loop.
    func wakeUp(requested: Duration)
}

/// One event loop's timer for all the stations on it: a heap of wake-ups behind a single armed NIO task.
///
/// NIO keeps each scheduled task in its loop's heap as a struct of closures and promises, so with thousands of
/// stations per loop the sift of every insert and removal copies and retains those structs: it was a fifth of the
/// simulator's CPU. Here an entry is a deadline, a counter and one reference, and NIO holds one task per loop (two
/// for a moment when an earlier wake-up supersedes the armed one; the later one fires and finds what is due).
final class WakeUpTimer: @unchecked Sendable {
    // Sendable proof: `queue`, `sequence` and `armedAt` are read and written only on `eventLoop`.
    private struct Entry: Comparable {
        let at: NIODeadline
        /// Orders wake-ups at the same deadline by when they were asked for.
        let sequence: UInt64
        let target: any WakeUpTarget
        /// What the target asked for, handed back to it so that it can tell this wake-up from a stale one.
        let requested: Duration

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence)
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.at == rhs.at && lhs.sequence == rhs.sequence
        }
    }

    private let eventLoop: any EventLoop
    private var queue = Heap<Entry>()
    private var sequence: UInt64 = 0
    /// The deadline of the NIO task armed last and not yet fired.
    private var armedAt: NIODeadline?

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Calls `target.wakeUp(requested:)` on the event loop once `deadline` has passed; wake-ups due together
    /// come in the order of their deadlines, and those at one deadline in the order they were asked for.
    func schedule(_ target: any WakeUpTarget, at deadline: NIODeadline, requested: Duration) {
        eventLoop.assertInEventLoop()
        sequence &+= 1
        queue.insert(Entry(at: deadline, sequence: sequence, target: target, requested: requested))
        if let armedAt, armedAt <= deadline { return }
        arm(at: deadline)
    }

    private func arm(at deadline: NIODeadline) {
        armedAt = deadline
        eventLoop.scheduleTask(deadline: deadline) { self.fire(armedFor: deadline) }
    }

    private func fire(armedFor deadline: NIODeadline) {
        if armedAt == deadline { armedAt = nil }
        let now = eventLoop.now
        while let first = queue.min, first.at <= now {
            let entry = queue.removeMin()
            entry.target.wakeUp(requested: entry.requested)
        }
        guard let next = queue.min?.at else { return }
        if let armedAt, armedAt <= next { return }
        arm(at: next)
    }
}
