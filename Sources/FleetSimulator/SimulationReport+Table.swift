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
        rows.append(("latency ms", latencyRow))
        rows.append(("sent by action", Self.list(sentByAction)))
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n") + "\n"
    }

    private var latencyRow: String {
        guard let p50 = latency.p50, let p90 = latency.p90, let p99 = latency.p99, let max = latency.max else {
            return "no answers in the steady phase"
        }
        return "p50 \(Self.fixed(p50, 2))  p90 \(Self.fixed(p90, 2))  p99 \(Self.fixed(p99, 2))  "
            + "max \(Self.fixed(max, 2))  (\(latency.count) answers)"
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
