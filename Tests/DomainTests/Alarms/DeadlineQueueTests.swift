import Foundation
import Testing

@testable import Domain

@Suite("Deadline queue")
struct DeadlineQueueTests {
    typealias T = AlarmTimeline

    private func id(_ name: String) -> StationID { StationID(name)! }

    @Test("stations come out in deadline order, and only once due")
    func order() {
        var queue = DeadlineQueue()
        queue.schedule(id("C"), at: T.at(30))
        queue.schedule(id("A"), at: T.at(10))
        queue.schedule(id("B"), at: T.at(20))
        queue.schedule(id("D"), at: nil)
        #expect(queue.popDue(now: T.at(5)).isEmpty)
        #expect(queue.popDue(now: T.at(20)) == [id("A"), id("B")])
        #expect(queue.popDue(now: T.at(100)) == [id("C")])
        #expect(queue.popDue(now: T.at(200)).isEmpty)
    }

    @Test("an earlier deadline replaces a later one, and the stale entry is skipped")
    func earlierReplaces() {
        var queue = DeadlineQueue()
        queue.schedule(id("A"), at: T.at(50))
        queue.schedule(id("A"), at: T.at(10))
        #expect(queue.popDue(now: T.at(10)) == [id("A")])
        #expect(queue.popDue(now: T.at(60)).isEmpty)
    }

    @Test("a later deadline keeps the earlier wake-up")
    func laterKeepsEarlier() {
        var queue = DeadlineQueue()
        queue.schedule(id("A"), at: T.at(10))
        queue.schedule(id("A"), at: T.at(50))
        #expect(queue.popDue(now: T.at(10)) == [id("A")])
        #expect(queue.popDue(now: T.at(60)).isEmpty)
    }

    @Test("a removed station never comes out")
    func removed() {
        var queue = DeadlineQueue()
        queue.schedule(id("A"), at: T.at(10))
        queue.remove(id("A"))
        #expect(queue.popDue(now: T.at(60)).isEmpty)
    }

    @Test("many stations come out sorted by deadline", arguments: [1, 2, 17, 500])
    func heapOrder(count: Int) {
        var queue = DeadlineQueue()
        let seconds = (0..<count).map { ($0 * 7919) % 1009 }
        for (index, second) in seconds.enumerated() {
            queue.schedule(id("S\(index)"), at: T.at(Double(second)))
        }
        let expected = seconds.enumerated().sorted { ($0.element, "S\($0.offset)") < ($1.element, "S\($1.offset)") }
            .map { id("S\($0.offset)") }
        #expect(queue.popDue(now: T.at(2000)) == expected)
    }
}
