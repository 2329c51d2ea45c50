import ArgumentParser
import Console
import Foundation

/// `leitstand benchmark console`: the console's drawing figures of BENCHMARKS.md, measured in this process.
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Measure what BENCHMARKS.md reports (run a release build).",
        subcommands: [Console.self])

    /// Full and incremental frames of the fleet view with a large fleet loaded, and the memory that fleet takes.
    struct Console: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "console",
            abstract: "Time full and incremental frames of the fleet view on the virtual screen; print JSON.")

        @Option(help: "Stations in the fleet.") var stations = 20_000
        @Option(help: "Frames of each kind to time.") var frames = 1_000
        @Option(help: "Terminal rows.") var rows = 50
        @Option(help: "Terminal columns.") var columns = 160

        func run() async throws {
            let before = Self.residentKiB()
            let loaded = ConsoleBenchmark.loadedState(stations: stations, rows: rows, columns: columns)
            let after = withExtendedLifetime(loaded) { Self.residentKiB() }
            let result = ConsoleBenchmark.run(stations: stations, frames: frames, rows: rows, columns: columns)
            let report = Report(
                stations: result.stations, frames: result.frames, rows: result.rows, columns: result.columns,
                fullFrameMs: Milliseconds(
                    median: result.fullFrameMedian, p99: result.fullFrameP99, worst: result.fullFrameWorst),
                incrementalFrameMs: Milliseconds(
                    median: result.incrementalMedian, p99: result.incrementalP99, worst: result.incrementalWorst),
                cellsWrittenPerIncrementalFrame: result.changedCells, residentKiBBefore: before,
                residentKiBWithFleet: after)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }

        /// What the benchmark prints: the timings, and the process's resident memory before the fleet was loaded
        /// into a console's model and while that model is alive.
        struct Report: Encodable {
            var stations, frames, rows, columns: Int
            var fullFrameMs: Milliseconds
            var incrementalFrameMs: Milliseconds
            var cellsWrittenPerIncrementalFrame: Int
            var residentKiBBefore: Int
            var residentKiBWithFleet: Int
        }

        /// Frame times in milliseconds.
        struct Milliseconds: Encodable {
            var median, p99, worst: Double

            init(median: Duration, p99: Duration, worst: Duration) {
                self.median = Self.milliseconds(median)
                self.p99 = Self.milliseconds(p99)
                self.worst = Self.milliseconds(worst)
            }

            private static func milliseconds(_ duration: Duration) -> Double {
                let (seconds, attoseconds) = duration.components
                return ((Double(seconds) * 1e3 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
            }
        }

        /// VmRSS of this process, from /proc.
        static func residentKiB() -> Int {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
            else { return 0 }
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
    }
}
