import FleetSimulator
import Foundation
import OCPP
import Testing

@Suite("Simulation report")
struct SimulationReportTests {
    private func statistics() -> SimulationStatistics {
        var statistics = SimulationStatistics()
        for _ in 0..<8 { statistics.recordSent(action: "MeterValues") }
        for _ in 0..<2 { statistics.recordSent(action: "StatusNotification") }
        for millis in 1...6 {
            statistics.record(
                CallOutcome(action: "MeterValues", kind: .answered),
                latency: .milliseconds(millis),
                steadySecond: 0
            )
        }
        statistics.record(
            CallOutcome(action: "MeterValues", kind: .answered), latency: .seconds(9), sendLag: .seconds(3),
            steadySecond: nil)
        statistics.record(
            CallOutcome(action: "StatusNotification", kind: .refused(.formationViolation)),
            latency: .milliseconds(2),
            sendLag: .milliseconds(1),
            steadySecond: 0
        )
        statistics.record(
            CallOutcome(action: "MeterValues", kind: .timedOut), latency: nil, sendLag: .milliseconds(4),
            steadySecond: 0
        )
        statistics.record(CallOutcome(action: "StatusNotification", kind: .lost), latency: nil, steadySecond: 0)
        statistics.connectionsOpened = 3
        statistics.connectionFailures = 1
        statistics.connectionsClosed = 3
        return statistics
    }

    private func report() -> SimulationReport {
        SimulationReport(
            statistics: statistics(),
            stations: 3,
            duration: .seconds(10),
            steadyPhase: .seconds(7),
            messagesPerSecondGoal: 1
        )
    }

    @Test("throughput counts the answers of the steady phase only")
    func throughput() {
        #expect(report().throughput == 1)
        #expect(report().latency.count == 7)
    }

    @Test("the send lag counts the timed calls of the steady phase, whatever their answer, and nothing else")
    func sendLag() {
        #expect(report().sendLag.count == 2)
        #expect(report().sendLag.max == 4)
    }

    @Test("counts split answers, errors by code, timeouts and losses")
    func counts() {
        let calls = report().calls
        #expect(calls.sent == 10)
        #expect(calls.answered == 7)
        #expect(calls.errors == ["FormationViolation": 1])
        #expect(calls.timeouts == 1)
        #expect(calls.lost == 1)
    }

    @Test("the table shows one topic a line")
    func table() {
        let lines = report().table.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "stations        3",
                "duration        10.0 s, steady 7.0 s",
                "throughput      1.0 answers/s (goal 1)",
                "calls           sent 10, answered 7, errors 1, timeouts 1, lost 1",
                "call errors     FormationViolation 1",
                "connections     opened 3, failed 1, closed 3",
                "latency ms      p50 3.00  p90 6.00  p99 6.00  max 6.00  (7 answers)",
                "slow answers    0 over 50 ms (0.00 %), in 0 of 1 seconds",
                "send lag ms     p50 1.00  p90 4.00  p99 4.00  max 4.00  (2 timed calls)",
                "sent by action  MeterValues 8, StatusNotification 2",
            ]
        )
    }

    @Test("answers are counted by the second of the steady phase they arrived in, with the slow ones and the slowest")
    func answersBySecond() {
        var statistics = SimulationStatistics()
        let answered = CallOutcome(action: "MeterValues", kind: .answered)
        statistics.record(answered, latency: .milliseconds(10), steadySecond: 0)
        statistics.record(answered, latency: .milliseconds(80), steadySecond: 2)
        statistics.record(answered, latency: .milliseconds(60), steadySecond: 2)
        statistics.record(answered, latency: .milliseconds(20), steadySecond: 2)
        statistics.record(answered, latency: .milliseconds(500), steadySecond: nil)
        let report = SimulationReport(
            statistics: statistics, stations: 1, duration: .seconds(4), steadyPhase: .seconds(3),
            messagesPerSecondGoal: nil)
        #expect(report.answersBySecond.map(\.answers) == [1, 0, 3])
        #expect(report.answersBySecond.map(\.slow) == [0, 0, 2])
        #expect(report.answersBySecond.map(\.maxMilliseconds) == [10, 0, 80])
        #expect(report.table.contains("slow answers    2 over 50 ms (50.00 %), in 1 of 3 seconds\n"))
    }

    @Test("without answers in the steady phase the table says so")
    func emptyLatency() {
        let report = SimulationReport(
            statistics: SimulationStatistics(),
            stations: 1,
            duration: .seconds(1),
            steadyPhase: .zero,
            messagesPerSecondGoal: nil
        )
        #expect(report.table.contains("latency ms      no answers in the steady phase"))
        #expect(report.table.contains("send lag ms     no timed calls"))
        #expect(report.throughput == 0)
    }

    @Test("the JSON decodes back to the same report")
    func json() throws {
        let original = report()
        let decoded = try JSONDecoder().decode(SimulationReport.self, from: Data(original.json.utf8))
        #expect(decoded == original)
        #expect(original.json.contains("\"throughput\" : 1"))
    }
}
