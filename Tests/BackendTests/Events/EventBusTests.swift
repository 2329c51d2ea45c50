import Backend
import Testing

@Suite("EventBus")
struct EventBusTests {
    @Test("every subscriber hears every event published after it subscribed, in order")
    func fansOut() async {
        let bus = EventBus<Int>()
        bus.publish(0)
        var first = bus.subscribe().makeAsyncIterator()
        var second = bus.subscribe().makeAsyncIterator()
        #expect(bus.subscriberCount == 2)
        for event in 1...3 { bus.publish(event) }
        var heardByFirst: [Int] = []
        var heardBySecond: [Int] = []
        for _ in 1...3 {
            heardByFirst.append(await first.next() ?? -1)
            heardBySecond.append(await second.next() ?? -1)
        }
        #expect(heardByFirst == [1, 2, 3])
        #expect(heardBySecond == [1, 2, 3])
    }

    @Test("a subscriber that falls behind loses its oldest events, not the newest")
    func slowSubscriberLosesOldest() async {
        let bus = EventBus<Int>(bufferSize: 2)
        var events = bus.subscribe().makeAsyncIterator()
        for event in 1...5 { bus.publish(event) }
        #expect(await events.next() == 4)
        #expect(await events.next() == 5)
        #expect(bus.droppedEvents == 3)
    }

    @Test("events are counted as dropped only when a subscriber's buffer is full")
    func dropsAreCounted() async {
        let bus = EventBus<Int>(bufferSize: 3)
        var events = bus.subscribe().makeAsyncIterator()
        for event in 1...3 { bus.publish(event) }
        #expect(bus.droppedEvents == 0)
        #expect(await events.next() == 1)
        for event in 4...6 { bus.publish(event) }
        #expect(bus.droppedEvents == 2)
    }

    @Test("a subscription that is dropped leaves the bus")
    func droppedSubscriptionLeaves() {
        let bus = EventBus<Int>()
        do {
            let stream = bus.subscribe()
            #expect(bus.subscriberCount == 1)
            _ = stream
        }
        #expect(bus.subscriberCount == 0)
    }
}
