import BackendClient
import Domain
import Foundation

/// Times drawing the fleet view, for BENCHMARKS.md: a full frame (every row drawn, every cell different
/// from the previous frame) and an incremental one (one row changed by a live update, then drawn and
/// diffed). Run it in a release build; it prints nothing.
package enum ConsoleBenchmark {
    /// Median, 99th percentile and worst time per frame.
    package struct Result: Sendable {
        package var stations: Int
        package var frames: Int
        package var rows: Int
        package var columns: Int
        package var fullFrameMedian: Duration
        package var fullFrameP99: Duration
        package var fullFrameWorst: Duration
        package var incrementalMedian: Duration
        package var incrementalP99: Duration
        package var incrementalWorst: Duration
        /// Cells the terminal had to write for an incremental frame (the last one).
        package var changedCells: Int
    }

    package static func run(stations: Int = 20_000, frames: Int = 200, rows: Int = 50, columns: Int = 160) -> Result {
        let clock = ContinuousClock()
        var state = loadedState(stations: stations, rows: rows, columns: columns)
        let now = state.now
        var screen = VirtualScreen(rows: rows, columns: columns)
        let empty = VirtualScreen(rows: 0, columns: 0)
        var runs: [CellRun] = []
        var full: [Duration] = []
        for _ in 0..<frames {
            full.append(
                clock.measure {
                    ConsoleRenderer.draw(state, on: &screen)
                    screen.changes(from: empty, into: &runs)
                })
        }
        var previous = screen
        var incremental: [Duration] = []
        for frame in 0..<frames {
            let position = frame % min(rows - 5, stations)
            var changed = state.model.fleet.visibleRow(at: position)
            changed.revision += 1
            changed.lastMessageAt = now.addingTimeInterval(-Double(frame % 50))
            let update = changed
            incremental.append(
                clock.measure {
                    _ = state.handle(.received(.live(.station(update), generation: state.generation)))
                    ConsoleRenderer.draw(state, on: &screen)
                    screen.changes(from: previous, into: &runs)
                })
            swap(&screen, &previous)
        }
        return Result(
            stations: stations, frames: frames, rows: rows, columns: columns,
            fullFrameMedian: percentile(50, of: full), fullFrameP99: percentile(99, of: full),
            fullFrameWorst: full.max() ?? .zero, incrementalMedian: percentile(50, of: incremental),
            incrementalP99: percentile(99, of: incremental), incrementalWorst: incremental.max() ?? .zero,
            changedCells: runs.reduce(0) { $0 + $1.count })
    }

    /// A logged-in console state with a synthetic fleet of `stations` loaded, as the benchmark draws it; also what
    /// `leitstand benchmark console` holds while it reads the memory the fleet takes.
    package static func loadedState(stations: Int, rows: Int = 50, columns: Int = 160) -> ConsoleState {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        var state = ConsoleState(
            language: .german, now: now, timeZone: TimeZone(identifier: "UTC") ?? .current,
            rows: rows, columns: columns)
        _ = state.handle(
            .received(
                .loggedIn(
                    .success(
                        AccountSummary(
                            userName: "bench", displayName: "Bench", role: .agent, customerID: nil)))))
        _ = state.handle(
            .received(
                .fleetLoaded(
                    .success(FleetSnapshot(revision: 1, rows: syntheticFleet(count: stations, now: now))),
                    generation: state.generation)))
        return state
    }

    /// The nearest-rank percentile of `values`.
    private static func percentile(_ percent: Int, of values: [Duration]) -> Duration {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .zero }
        let rank = (sorted.count * percent + 99) / 100
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}
