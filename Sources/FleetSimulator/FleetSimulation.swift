import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A fleet of simulated OCPP 1.6J charge points against one central system: demo traffic or a load test.
///
/// Stations connect in a ramp (`connectsPerSecond`), then run their scenario until `duration` has passed from the
/// start, close their connections and the run returns its `SimulationReport`. Cancelling the task ends it early.
/// One event loop group for all connections; each station is a child of one discarding task group.
package struct FleetSimulation: Sendable {
    package var configuration: SimulationConfiguration

    package init(configuration: SimulationConfiguration) {
        self.configuration = configuration
    }

    /// Runs the fleet; throws when the acknowledgement log cannot be created or written.
    package func run() async throws -> SimulationReport {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, configuration.eventLoopThreads))
        let report: SimulationReport
        do {
            report = try await run(on: group)
        } catch {
            try await group.shutdownGracefully()
            throw error
        }
        try await group.shutdownGracefully()
        return report
    }

    private func run(on group: MultiThreadedEventLoopGroup) async throws -> SimulationReport {
        var log: AcknowledgementLog?
        if let path = configuration.acknowledgementLogPath {
            log = try await AcknowledgementLog.create(path: path, eventLoop: group.next())
        }
        let recorder = StatisticsRecorder(stations: configuration.stations, warmup: configuration.warmup)
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { [log] tasks in
            if let log { tasks.addTask { await log.flushPeriodically() } }
            await runStations(group: group, recorder: recorder, log: log, start: start, epoch: Date())
            tasks.cancelAll()
        }
        let end = min(ContinuousClock.now, start + configuration.duration)
        try await log?.close()
        let (statistics, steadySince) = recorder.snapshot
        return SimulationReport(
            statistics: statistics,
            stations: configuration.stations,
            duration: end - start,
            steadyPhase: steadySince.map { max(.zero, end - $0) } ?? .zero,
            messagesPerSecondGoal: configuration.messagesPerSecond
        )
    }

    /// Starts the stations one by one along the ramp and waits until every one has stopped; cancelling stops them.
    private func runStations(
        group: MultiThreadedEventLoopGroup,
        recorder: StatisticsRecorder,
        log: AcknowledgementLog?,
        start: ContinuousClock.Instant,
        epoch: Date
    ) async {
        let behaviour = configuration.stationBehaviour
        let dialer = WebSocketDialer(endpoint: configuration.endpoint, timeout: configuration.connectTimeout)
        let spacing = Duration.seconds(1 / max(configuration.connectsPerSecond, 0.001))
        let drivers = Mutex<[StationDriver]>([])
        let loops = Array(group.makeIterator())
        let timers = loops.map(WakeUpTimer.init(eventLoop:))
        await withTaskCancellationHandler {
            for index in 0..<configuration.stations {
                let startsAt = start + spacing * index
                guard startsAt < start + configuration.duration else { break }
                do {
                    try await Task.sleep(until: startsAt, clock: .continuous)
                } catch {
                    break
                }
                let id = configuration.stationID(index)
                let driver = StationDriver(
                    simulation: StationSimulation(
                        id: id,
                        behaviour: behaviour,
                        random: SeededGenerator(seed: configuration.seed, stream: index),
                        epoch: epoch,
                        endsAt: configuration.duration
                    ),
                    password: configuration.password(id),
                    dialer: dialer,
                    timer: timers[index % loops.count],
                    eventLoop: loops[index % loops.count],
                    recorder: recorder,
                    acknowledgementLog: log,
                    simulationStart: start
                )
                drivers.withLock { $0.append(driver) }
                driver.start()
                if Task.isCancelled { driver.stop() }
            }
            for driver in drivers.withLock({ $0 }) {
                try? await driver.done.get()
            }
        } onCancel: {
            for driver in drivers.withLock({ $0 }) { driver.stop() }
        }
    }
}
