import Foundation

/// All alarm rules for one station: observations in, alarm actions out. Pure: no clock reads, no I/O.
///
/// Nests one watch per concern (connection, boots, connector faults, file transfers, transactions) and asks each.
/// `nextDeadline` says when `tick` could next have something to do, so a fleet need not tick every station.
package struct StationMonitor: Sendable, Equatable {
    package let stationID: StationID
    private var connection: ConnectionWatch
    private var boots: BootWatch
    private var faults: ConnectorFaultWatch
    private var transfers: FileTransferWatch
    private var transactions: TransactionWatch

    /// A station seen for the first time at `now`, not yet connected; no offline alarm until it has connected.
    package init(stationID: StationID, settings: AlarmSettings = AlarmSettings(), now: Date) {
        self.init(stationID: stationID, settings: settings, disconnectedAt: now, offlineDueAt: nil, lastBootAt: nil)
    }

    init(
        stationID: StationID, settings: AlarmSettings, disconnectedAt: Date, offlineDueAt: Date?, lastBootAt: Date?
    ) {
        self.stationID = stationID
        connection = ConnectionWatch(
            stationID: stationID, settings: settings.liveness, disconnectedAt: disconnectedAt,
            offlineDueAt: offlineDueAt)
        boots = BootWatch(stationID: stationID, settings: settings, lastBootAt: lastBootAt)
        faults = ConnectorFaultWatch(stationID: stationID, settings: settings)
        transfers = FileTransferWatch(stationID: stationID)
        transactions = TransactionWatch(stationID: stationID, maxDuration: settings.transactionMaxDuration)
    }

    /// A station the store knows, tracked from `now` while not yet connected.
    ///
    /// It counts as offline (an alarm) unless it connects within `startupGrace`. Restored alarms clear as their
    /// conditions go; one for a transaction that is no longer open clears at the first tick.
    package init(stationID: StationID, settings: AlarmSettings = AlarmSettings(), restoring: Restoration, now: Date) {
        self.init(
            stationID: stationID, settings: settings, disconnectedAt: now,
            offlineDueAt: now.adding(settings.liveness.startupGrace), lastBootAt: restoring.lastBootAt)
        for session in restoring.openSessions where session.isOpen {
            transactions.restore(session.id, connector: session.connector, startedAt: session.startedAt)
        }
        for alarm in restoring.activeAlarms where !alarm.isCleared {
            restore(alarm, now: now)
        }
    }

    /// Whether the station is connected and when it was last heard from.
    package var liveness: StationLiveness { connection.liveness }

    /// Applies one observation made at `now`; returns the alarms to raise, update or clear.
    package mutating func handle(_ observation: StationObservation, at now: Date) -> [AlarmAction] {
        switch observation {
        case .connected:
            boots.connected(at: now)
            return connection.connected(at: now)
        case .disconnected:
            boots.disconnected()
            return connection.disconnected(at: now)
        default:
            return connection.messageReceived(at: now) + handleMessage(observation, at: now)
        }
    }

    /// Raises and clears what time alone decides. Cheap when nothing is due; see `nextDeadline`.
    package mutating func tick(now: Date) -> [AlarmAction] {
        connection.tick(now: now) + boots.tick(now: now) + faults.tick(now: now) + transactions.tick(now: now)
    }

    /// The earliest instant at which `tick` could return an action; nil while only observations can change things.
    package var nextDeadline: Date? {
        [connection.nextDeadline, boots.nextDeadline, faults.nextDeadline, transactions.nextDeadline]
            .compactMap { $0 }.min()
    }

    private mutating func handleMessage(_ observation: StationObservation, at now: Date) -> [AlarmAction] {
        switch observation {
        case .connected, .disconnected, .messageReceived:
            return []  // connects and drops are `handle`'s; a bare message is only a sign of life
        case .booted(let interval):
            connection.heartbeatIntervalChanged(to: interval)
            return boots.booted(at: now)
        case .heartbeatIntervalChanged(let interval):
            connection.heartbeatIntervalChanged(to: interval)
            return []
        case .statusReported(let connector, let status, let errorCode, let info, let vendorErrorCode):
            return faults.statusReported(
                connector: connector, status: status, errorCode: errorCode, info: info,
                vendorErrorCode: vendorErrorCode, lastBootAt: boots.lastBootAt, at: now)
        case .firmwareStatusReported(let status):
            return transfers.firmwareStatusReported(status, at: now)
        case .diagnosticsStatusReported(let status):
            return transfers.diagnosticsStatusReported(status, at: now)
        case .transactionStarted(let id, let connector):
            transactions.started(id, connector: connector, at: now)
            return []
        case .transactionStopped(let id):
            return transactions.stopped(id)
        }
    }

    private mutating func restore(_ alarm: Alarm, now: Date) {
        switch alarm.key.kind {
        case .stationOffline: connection.restoreOffline()
        case .connectionFlapping: connection.restoreFlapping(alarm, now: now)
        case .bootLoop: boots.restoreLoop(alarm, now: now)
        case .bootNotificationMissing: boots.restoreMissing()
        case .connectorFaulted: faults.restore(alarm)
        case .firmwareUpdateFailed, .diagnosticsUploadFailed: transfers.restore(alarm)
        case .transactionOpenTooLong: transactions.restore(alarm, now: now)
        }
    }
}
