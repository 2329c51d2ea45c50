import BackendClient
import Domain
import Foundation

/// Times drawing the fleet view, for BENCHMARKS.md: a full frame (every row drawn, every cell different
/// from the previous frame) and an incremental one (one row changed by a live update, then drawn and
/// diffed). Run it in a release build; it prints nothing.
package enum ConsoleBenchmark {
    /// Median and worst time per frame.
    package struct Result: Sendable {
        package var stations: Int
        package var frames: Int
        package var rows: Int
        package var columns: Int
        package var fullFrameMedian: Duration
        package var fullFrameWorst: Duration
        package var incrementalMedian: Duration
        package var incrementalWorst: Duration
        /// Cells the terminal had to write for an incremental frame (the last one).
        package var changedCells: Int
    }

    package static func run(stations: Int = 20_000, frames: Int = 200, rows: Int = 50, columns: Int = 160) -> Result {
        let clock = ContinuousClock()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        var state = ConsoleState(
            language: .german, now: now, timeZone: TimeZone(identifier: "UTC") ?? .current,
            rows: rows, columns: columns)
        let fleet = syntheticFleet(count: stations, now: now)
        _ = state.handle(
            .received(
                .loggedIn(
                    .success(
                        AccountSummary(
                            userName: "bench", displayName: "Bench", role: .agent, customerID: nil)))))
        _ = state.handle(
            .received(
                .fleetLoaded(
                    .success(FleetSnapshot(revision: 1, rows: fleet)),
                    generation: state.generation)))
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
            stations: stations, frames: frames, rows: rows, columns: columns, fullFrameMedian: median(full),
            fullFrameWorst: full.max() ?? .zero, incrementalMedian: median(incremental),
            incrementalWorst: incremental.max() ?? .zero, changedCells: runs.reduce(0) { $0 + $1.count })
    }

    private static func median(_ values: [Duration]) -> Duration {
        let sorted = values.sorted()
        return sorted.isEmpty ? .zero : sorted[sorted.count / 2]
    }
}
