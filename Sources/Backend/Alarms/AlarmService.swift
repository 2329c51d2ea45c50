import Domain
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs the alarm rules over everything stations report, keeps alarms durable and tells subscribers.
///
/// Observations are judged at once by the pure `FleetMonitor`, under a lock and without an actor hop, so that any
/// thread (a station's event loop among them) can report one; the alarm actions it returns are queued and
/// applied in order by `run()`, one at a time, so that a raise is stored before its clear and a message
/// from a station never waits for an alarm to be written.
package actor AlarmService: Service {
    private let monitor: Mutex<FleetMonitor>
    private var book = AlarmBook()
    private let store: any AlarmStore
    private let events: EventBus<BackendEvent>
    private let clock: any WallClock
    private let tickInterval: Duration
    private let logger: Logger
    private let work: AsyncStream<Work>
    private let workInput: AsyncStream<Work>.Continuation

    private enum Work {
        case actions([AlarmAction], at: Date)
        case acknowledge(
            AlarmID, by: AgentLogin, comment: String, at: Date, reply: CheckedContinuation<Alarm, any Error>)
    }

    package init(
        settings: AlarmSettings, store: any AlarmStore, events: EventBus<BackendEvent>, clock: any WallClock,
        tickInterval: Duration = .seconds(1), logger: Logger
    ) {
        self.monitor = Mutex(FleetMonitor(settings: settings))
        self.store = store
        self.events = events
        self.clock = clock
        self.tickInterval = tickInterval
        self.logger = logger
        (work, workInput) = AsyncStream.makeStream(of: Work.self)
    }

    /// Starts watching the stored fleet: each station with its last boot, open sessions and open alarms.
    package func restore(stations: [Station], openSessions: [ChargingSession], openAlarms: [Alarm]) {
        let now = clock.now()
        let sessionsByStation = Dictionary(grouping: openSessions, by: \.stationID)
        let alarmsByStation = Dictionary(grouping: openAlarms.filter { !$0.isCleared }, by: \.key.stationID)
        monitor.withLock { rules in
            for station in stations {
                rules.track(
                    station.id,
                    restoring: StationMonitor.Restoration(
                        lastBootAt: station.lastBootAt, openSessions: sessionsByStation[station.id] ?? [],
                        activeAlarms: alarmsByStation[station.id] ?? []), now: now)
            }
        }
        book.restore(openAlarms)
    }

    /// Judges one thing a station did or reported at `now`.
    package nonisolated func observe(_ observation: StationObservation, from station: StationID, at now: Date) {
        // Queued under the lock, so that actions reach the queue in the order the monitor decided them.
        monitor.withLock { rules in
            let actions = rules.handle(observation, from: station, at: now)
            if !actions.isEmpty { workInput.yield(.actions(actions, at: now)) }
        }
    }

    /// Records that `agent` took an alarm on; throws `AlarmRefusal` or a store error.
    package func acknowledge(_ id: AlarmID, by agent: AgentLogin, comment: String) async throws -> Alarm {
        let now = clock.now()
        return try await withCheckedThrowingContinuation { reply in
            workInput.yield(.acknowledge(id, by: agent, comment: comment, at: now, reply: reply))
        }
    }

    /// Alarms not yet closed, most severe first, then oldest first.
    package func openAlarms() -> [Alarm] { book.openAlarms }

    /// What the rules know of a station's connection; nil for a station never tracked.
    package nonisolated func liveness(of station: StationID) -> StationLiveness? {
        monitor.withLock { $0[station]?.liveness }
    }

    package func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask { await self.tickUntilCancelled() }
                for await item in work {
                    await perform(item)
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.workInput.finish()
        }
    }

    private func tickUntilCancelled() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: tickInterval) } catch { return }
            tick()
        }
    }

    private func tick() {
        let now = clock.now()
        monitor.withLock { rules in
            let actions = rules.tick(now: now)
            if !actions.isEmpty { workInput.yield(.actions(actions, at: now)) }
        }
    }

    private func perform(_ item: Work) async {
        switch item {
        case .actions(let actions, let now):
            for action in actions { await apply(action, at: now) }
        case .acknowledge(let id, let agent, let comment, let now, let reply):
            do {
                guard var alarm = book.alarm(id) else { throw AlarmLookupError.notOpen(id) }
                try alarm.acknowledge(by: agent, comment: comment, at: now)
                try await store.updateAlarm(alarm)
                book.replace(alarm)
                events.publish(.alarmChanged(alarm))
                reply.resume(returning: alarm)
            } catch {
                reply.resume(throwing: error)
            }
        }
    }

    private func apply(_ action: AlarmAction, at now: Date) async {
        do {
            switch action {
            case .raise(let draft):
                let alarm = Alarm(id: try await store.insertAlarm(draft), draft: draft)
                book.insert(alarm)
                logger.info(
                    "Alarm raised",
                    metadata: [LogKey.station: "\(draft.key.stationID)", "alarm.kind": "\(draft.key.kind.rawValue)"])
                events.publish(.alarmRaised(alarm))
            case .update(let key, let count, let facts):
                guard var alarm = book.active(key) else { return }
                alarm.update(count: count, facts: facts)
                try await store.updateAlarm(alarm)
                book.replace(alarm)
                events.publish(.alarmChanged(alarm))
            case .clear(let key):
                guard var alarm = book.active(key) else { return }
                alarm.clear(at: now)
                try await store.updateAlarm(alarm)
                book.replace(alarm)
                events.publish(.alarmChanged(alarm))
            }
        } catch {
            logger.error("An alarm could not be stored", metadata: [LogKey.error: "\(error)"])
        }
    }
}

/// Why an alarm could not be acted on.
package enum AlarmLookupError: Error, Equatable, CustomStringConvertible {
    case notOpen(AlarmID)

    package var description: String {
        switch self {
        case .notOpen(let id): "Alarm \(id) is not open (it does not exist or is already closed)."
        }
    }
}
