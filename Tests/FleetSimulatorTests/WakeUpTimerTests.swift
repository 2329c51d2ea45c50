import NIOCore
import NIOEmbedded
import Testing

@testable import FleetSimulator

@Suite("Wake-up timer")
struct WakeUpTimerTests {
    /// Remembers which wake-ups arrived, in order.
    final class Recorder: WakeUpTarget {
        var woken: [Duration] = []
        func wakeUp(requested: Duration) { woken.append(requested) }
    }

    @Test("wake-ups come when due, by deadline, and those at one deadline in the order asked")
    func order() {
        let loop = EmbeddedEventLoop()
        let timer = WakeUpTimer(eventLoop: loop)
        let recorder = Recorder()
        let start = loop.now
        timer.schedule(recorder, at: start + .milliseconds(30), requested: .milliseconds(30))
        timer.schedule(recorder, at: start + .milliseconds(10), requested: .milliseconds(10))
        timer.schedule(recorder, at: start + .milliseconds(10), requested: .milliseconds(11))
        loop.advanceTime(by: .milliseconds(9))
        #expect(recorder.woken.isEmpty)
        loop.advanceTime(by: .milliseconds(1))
        #expect(recorder.woken == [.milliseconds(10), .milliseconds(11)])
        loop.advanceTime(by: .milliseconds(20))
        #expect(recorder.woken == [.milliseconds(10), .milliseconds(11), .milliseconds(30)])
    }

    @Test("an earlier wake-up asked for later still comes first, and the armed one still comes")
    func earlierSupersedes() {
        let loop = EmbeddedEventLoop()
        let timer = WakeUpTimer(eventLoop: loop)
        let recorder = Recorder()
        let start = loop.now
        timer.schedule(recorder, at: start + .milliseconds(50), requested: .milliseconds(50))
        timer.schedule(recorder, at: start + .milliseconds(5), requested: .milliseconds(5))
        loop.advanceTime(by: .milliseconds(5))
        #expect(recorder.woken == [.milliseconds(5)])
        timer.schedule(recorder, at: start + .milliseconds(20), requested: .milliseconds(20))
        loop.advanceTime(by: .milliseconds(15))
        #expect(recorder.woken == [.milliseconds(5), .milliseconds(20)])
        loop.advanceTime(by: .milliseconds(30))
        #expect(recorder.woken == [.milliseconds(5), .milliseconds(20), .milliseconds(50)])
    }

    @Test("a wake-up asked for from inside a wake-up is kept")
    func rescheduleWhileFiring() {
        final class Repeater: WakeUpTarget {
            let timer: WakeUpTimer
            let loop: EmbeddedEventLoop
            var woken: [Duration] = []
            init(timer: WakeUpTimer, loop: EmbeddedEventLoop) {
                self.timer = timer
                self.loop = loop
            }
            func wakeUp(requested: Duration) {
                woken.append(requested)
                guard woken.count < 3 else { return }
                timer.schedule(self, at: loop.now + .milliseconds(1), requested: requested + .milliseconds(1))
            }
        }
        let loop = EmbeddedEventLoop()
        let repeater = Repeater(timer: WakeUpTimer(eventLoop: loop), loop: loop)
        repeater.timer.schedule(repeater, at: loop.now + .milliseconds(1), requested: .milliseconds(1))
        for _ in 0..<5 { loop.advanceTime(by: .milliseconds(1)) }
        #expect(repeater.woken == [.milliseconds(1), .milliseconds(2), .milliseconds(3)])
    }
}
