import Testing

@testable import OCPPServer

@Suite("MessageThrottle")
struct MessageThrottleTests {
    private let start = ContinuousClock.now

    @Test("a full bucket admits a burst, then asks the next frame to wait one token's time")
    func burstThenWait() {
        var throttle = MessageThrottle(rate: 10, burst: 3, now: start)
        let decisions = (0..<4).map { _ in throttle.frameArrived(at: start) }
        #expect(decisions == [.admit, .admit, .admit, .wait(.milliseconds(100), startsEpisode: true)])
    }

    @Test("a flood is one episode: only its first wait starts one")
    func oneEpisodePerFlood() {
        var throttle = MessageThrottle(rate: 10, burst: 1, now: start)
        #expect(throttle.frameArrived(at: start) == .admit)
        #expect(throttle.frameArrived(at: start) == .wait(.milliseconds(100), startsEpisode: true))
        #expect(
            throttle.frameArrived(at: start + .milliseconds(100)) == .wait(.milliseconds(100), startsEpisode: false)
        )
    }

    @Test("waiting as told keeps the sustained rate, and a pause refills the bucket and ends the episode")
    func refill() {
        var throttle = MessageThrottle(rate: 10, burst: 2, now: start)
        _ = throttle.frameArrived(at: start)
        _ = throttle.frameArrived(at: start)
        #expect(throttle.frameArrived(at: start) == .wait(.milliseconds(100), startsEpisode: true))
        let later = start + .seconds(1)
        #expect(throttle.frameArrived(at: later) == .admit)
        #expect(throttle.frameArrived(at: later) == .admit)
        #expect(throttle.frameArrived(at: later) == .wait(.milliseconds(100), startsEpisode: true))
    }
}
