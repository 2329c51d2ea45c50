import Foundation

extension SimulationReport {
    /// The report as a short text table, one topic a line.
    package var table: String {
        let goal = messagesPerSecondGoal.map { " (goal \(Self.fixed($0, 0)))" } ?? ""
        var rows: [(String, String)] = [
            ("stations", String(stations)),
            ("duration", "\(Self.fixed(durationSeconds, 1)) s, steady \(Self.fixed(steadySeconds, 1)) s"),
            ("throughput", "\(Self.fixed(throughput, 1)) answers/s\(goal)"),
            (
                "calls",
                "sent \(calls.sent), answered \(calls.answered), errors \(calls.errors.values.reduce(0, +)), "
                    + "timeouts \(calls.timeouts), lost \(calls.lost)"
            ),
        ]
        if !calls.errors.isEmpty {
            rows.append(("call errors", Self.list(calls.errors)))
        }
        rows.append(
            ("connections", "opened \(connections.opened), failed \(connections.failed), closed \(connections.closed)")
        )
        rows.append(("latency ms", Self.row(latency, counting: "answers", whenEmpty: "no answers in the steady phase")))
        if latency.count > 0 { rows.append(("slow answers", slowAnswers)) }
        rows.append(("send lag ms", Self.row(sendLag, counting: "timed calls", whenEmpty: "no timed calls")))
        rows.append(("sent by action", Self.list(sentByAction)))
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n") + "\n"
    }

    /// How many answers were slow (`AnswerSecond.slowLatency`), and in how many of the steady phase's seconds
    /// they fell: few seconds for many slow answers means stalls rather than a slow average.
    private var slowAnswers: String {
        let slow = answersBySecond.reduce(0) { $0 + $1.slow }
        let seconds = answersBySecond.filter { $0.slow > 0 }.count
        let share = Self.fixed(Double(slow) / Double(max(latency.count, 1)) * 100, 2)
        let bound = Int(AnswerSecond.slowLatency / .milliseconds(1))
        return "\(slow) over \(bound) ms (\(share) %), in \(seconds) of \(answersBySecond.count) seconds"
    }

    private static func row(_ latency: Latency, counting noun: String, whenEmpty: String) -> String {
        guard let p50 = latency.p50, let p90 = latency.p90, let p99 = latency.p99, let max = latency.max else {
            return whenEmpty
        }
        return "p50 \(fixed(p50, 2))  p90 \(fixed(p90, 2))  p99 \(fixed(p99, 2))  "
            + "max \(fixed(max, 2))  (\(latency.count) \(noun))"
    }

    /// `counts` as `name count` pairs, largest first, ties by name.
    private static func list(_ counts: [String: Int]) -> String {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// `value` with `digits` decimals, independent of the locale.
    private static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
