/// The rules for calls from the central system to one station. Pure: it only decides who to resume.
///
/// OCPP-J allows one outstanding CALL per direction, so callers take turns: one holds the turn, the others
/// wait in arrival order. The holder's answer is routed to its sink by message id. Closing fails every
/// waiter and the sink at once, and every later caller right away. Generic over the waiter and the sink so
/// that tests drive it with plain values; `StationConnection` uses continuations.
struct OutgoingCallQueue<Waiter, AnswerSink> {
    /// What to do with a caller that asked for the turn.
    enum TurnAction {
        /// The caller holds the turn now: resume it.
        case proceed(Waiter)
        /// The caller waits until an earlier one releases the turn.
        case wait
        /// The connection is closed: fail the caller with `CloseReason`.
        case fail(Waiter, CloseReason)
        /// The caller's task was cancelled before it queued: fail it with `CancellationError`.
        case cancel(Waiter)
    }

    private var isTurnTaken = false
    private var waiters: [(id: Int, waiter: Waiter)] = []
    private var nextWaiterID = 0
    private var awaited: (messageID: String, sink: AnswerSink)?
    /// Why the connection closed; nil while open.
    private(set) var closeReason: CloseReason?

    init() {}

    /// A fresh id to name a caller by, before it asks for the turn.
    mutating func makeWaiterID() -> Int {
        nextWaiterID += 1
        return nextWaiterID
    }

    /// A caller asks for the turn. `isCancelled` is read under the same lock as `cancelWaiter(_:)` runs.
    mutating func turnRequested(by waiter: Waiter, id: Int, isCancelled: Bool) -> TurnAction {
        if let closeReason { return .fail(waiter, closeReason) }
        if isCancelled { return .cancel(waiter) }
        guard isTurnTaken else {
            isTurnTaken = true
            return .proceed(waiter)
        }
        waiters.append((id, waiter))
        return .wait
    }

    /// A queued caller's task was cancelled: the waiter to fail, if it was still queued.
    mutating func cancelWaiter(_ id: Int) -> Waiter? {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
        return waiters.remove(at: index).waiter
    }

    /// The holder is done: the next waiter, which now holds the turn, or nil when the turn is free.
    mutating func turnReleased() -> Waiter? {
        guard !waiters.isEmpty else {
            isTurnTaken = false
            return nil
        }
        return waiters.removeFirst().waiter
    }

    /// The holder sent its CALL and waits for the answer to `messageID`. Non-nil: closed meanwhile, fail now.
    mutating func answerAwaited(messageID: String, sink: AnswerSink) -> CloseReason? {
        if let closeReason { return closeReason }
        awaited = (messageID, sink)
        return nil
    }

    /// An answer arrived: the sink waiting for it, or nil when no call waits for that id (a late answer).
    mutating func answerArrived(messageID: String) -> AnswerSink? {
        guard let awaited, awaited.messageID == messageID else { return nil }
        self.awaited = nil
        return awaited.sink
    }

    /// The holder stopped waiting (timeout or cancellation); a later answer to `messageID` is dropped.
    mutating func answerAbandoned(messageID: String) {
        if awaited?.messageID == messageID { awaited = nil }
    }

    /// The connection closed: everyone to fail. The first reason sticks; later calls return nothing.
    mutating func closed(_ reason: CloseReason) -> (waiters: [Waiter], sink: AnswerSink?) {
        guard closeReason == nil else { return ([], nil) }
        closeReason = reason
        defer {
            waiters.removeAll()
            awaited = nil
        }
        return (waiters.map(\.waiter), awaited?.sink)
    }
}
