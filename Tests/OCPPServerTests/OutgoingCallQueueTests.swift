import Testing

@testable import OCPPServer

@Suite("OutgoingCallQueue")
struct OutgoingCallQueueTests {
    private typealias Queue = OutgoingCallQueue<String, String>

    private static func request(_ queue: inout Queue, _ waiter: String, isCancelled: Bool = false) -> Queue.TurnAction {
        let id = queue.makeWaiterID()
        return queue.turnRequested(by: waiter, id: id, isCancelled: isCancelled)
    }

    @Test("the first caller proceeds and later ones wait, then get the turn in arrival order")
    func fifo() {
        var queue = Queue()
        guard case .proceed("a") = Self.request(&queue, "a") else {
            Issue.record("a should proceed")
            return
        }
        guard case .wait = Self.request(&queue, "b"), case .wait = Self.request(&queue, "c") else {
            Issue.record("b and c should wait")
            return
        }
        #expect(queue.turnReleased() == "b")
        #expect(queue.turnReleased() == "c")
        #expect(queue.turnReleased() == nil)
        guard case .proceed("d") = Self.request(&queue, "d") else {
            Issue.record("the turn should be free")
            return
        }
    }

    @Test("a cancelled waiter leaves the queue and is skipped")
    func cancelledWaiter() {
        var queue = Queue()
        _ = Self.request(&queue, "a")
        let id = queue.makeWaiterID()
        _ = queue.turnRequested(by: "b", id: id, isCancelled: false)
        _ = Self.request(&queue, "c")
        #expect(queue.cancelWaiter(id) == "b")
        #expect(queue.cancelWaiter(id) == nil)
        #expect(queue.turnReleased() == "c")
        guard case .cancel("x") = Self.request(&queue, "x", isCancelled: true) else {
            Issue.record("an already cancelled caller should fail at once")
            return
        }
    }

    @Test("an answer reaches the sink waiting for its message id, and only once")
    func answerRouting() {
        var queue = Queue()
        _ = Self.request(&queue, "a")
        #expect(queue.answerAwaited(messageID: "m-1", sink: "sink-1") == nil)
        #expect(queue.answerArrived(messageID: "m-2") == nil)
        #expect(queue.answerArrived(messageID: "m-1") == "sink-1")
        #expect(queue.answerArrived(messageID: "m-1") == nil)
    }

    @Test("an abandoned call's late answer is dropped")
    func abandoned() {
        var queue = Queue()
        _ = Self.request(&queue, "a")
        _ = queue.answerAwaited(messageID: "m-1", sink: "sink-1")
        queue.answerAbandoned(messageID: "m-1")
        #expect(queue.answerArrived(messageID: "m-1") == nil)
    }

    @Test("closing fails the waiters and the pending answer, keeps the first reason, and fails later callers")
    func closing() {
        var queue = Queue()
        _ = Self.request(&queue, "a")
        _ = queue.answerAwaited(messageID: "m-1", sink: "sink-1")
        _ = Self.request(&queue, "b")
        let failed = queue.closed(.replaced)
        #expect(failed.waiters == ["b"])
        #expect(failed.sink == "sink-1")
        #expect(queue.closed(.connectionLost).waiters.isEmpty)
        #expect(queue.closeReason == .replaced)
        #expect(queue.answerAwaited(messageID: "m-2", sink: "sink-2") == .replaced)
        guard case .fail("c", .replaced) = Self.request(&queue, "c") else {
            Issue.record("a caller after closing should fail")
            return
        }
    }
}
