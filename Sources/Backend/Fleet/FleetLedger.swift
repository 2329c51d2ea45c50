import BackendClient
import Domain
import Foundation

/// The fleet board's state: one `FleetRow` per station, the reference data they are made from, each station's
/// open alarms, and the revision every change bumps. Pure: events go in, the changes to tell subscribers come out.
struct FleetLedger {
    /// What applying an event yields.
    struct Outcome: Equatable {
        /// What subscribers are to be told, in order.
        var changes: [LiveChange] = []
        /// A station the ledger must (re)read from the store: unknown to it, or pending and now booting.
        var stationToLoad: StationID?
    }

    /// How precisely a row follows message times that change nothing else (meter values, heartbeats): a newer
    /// time is taken once it is this much later, so that a busy station does not make a new row every second.
    let messageTimeResolution: TimeInterval
    private(set) var revision: UInt64 = 0
    private var rows: [StationID: FleetRow] = [:]
    private var alarms: [StationID: [AlarmID: AlarmSeverity]] = [:]
    private var sites: [SiteID: Site] = [:]
    private var customers: [CustomerID: Customer] = [:]

    init(messageTimeResolution: Duration) {
        self.messageTimeResolution = TimeInterval(messageTimeResolution.components.seconds)
    }

    var stationCount: Int { rows.count }

    func row(_ id: StationID) -> FleetRow? { rows[id] }

    func site(_ id: SiteID) -> Site? { sites[id] }

    func customer(_ id: CustomerID) -> Customer? { customers[id] }

    /// The rows of `scope` that `caller` may see, by station id, and how many stations they may see in all.
    func snapshot(for caller: Caller, in scope: FleetScope) -> FleetSnapshot {
        let visible = rows.values.filter { caller.maySee(ownedBy: $0.customerID) }
        let inScope = scope.isEverything ? visible : visible.filter(scope.includes)
        return FleetSnapshot(
            revision: revision, rows: inScope.sorted { $0.id < $1.id }, stationCount: visible.count)
    }

    /// The ids of the rows of `scope` that `caller` may see.
    func stations(for caller: Caller, in scope: FleetScope) -> Set<StationID> {
        Set(rows.values.lazy.filter { caller.maySee(ownedBy: $0.customerID) && scope.includes($0) }.map(\.id))
    }

    mutating func remember(sites: [Site], customers: [Customer]) {
        for site in sites { self.sites[site.id] = site }
        for customer in customers { self.customers[customer.id] = customer }
    }

    /// Makes (or remakes) a station's row from the store's facts; returns the change when the row is new or differs.
    mutating func place(_ station: Station, statuses: [StatusReport], liveness: StationLiveness?) -> LiveChange? {
        let site = station.siteID.flatMap { sites[$0] }
        let severities = alarms[station.id, default: [:]].values
        var row = FleetRow(
            id: station.id, revision: rows[station.id]?.revision ?? 0, customerID: site?.customerID,
            customerName: site.flatMap { customers[$0.customerID]?.name } ?? "", siteID: station.siteID,
            siteName: site?.name ?? "", street: site?.street ?? "", postalCode: site?.postalCode ?? "",
            city: site?.city ?? "", registration: station.registration, isConnected: liveness?.isConnected ?? false,
            lastMessageAt: liveness?.lastMessageAt, vendor: station.identity?.vendor ?? "",
            model: station.identity?.model ?? "", firmwareVersion: station.identity?.firmwareVersion ?? "",
            connectors: statuses.sorted { $0.connector < $1.connector }.map(ConnectorState.init),
            openAlarmCount: severities.count, worstAlarmSeverity: severities.max())
        guard row != rows[station.id] else { return nil }
        revision += 1
        row.revision = revision
        rows[station.id] = row
        return LiveChange(row)
    }

    /// Takes an open (or no longer open) alarm in, before or after its station has a row.
    mutating func restore(_ alarm: Alarm) {
        if alarm.state == .closed {
            alarms[alarm.key.stationID]?[alarm.id] = nil
        } else {
            alarms[alarm.key.stationID, default: [:]][alarm.id] = alarm.severity
        }
    }

    mutating func apply(_ event: BackendEvent) -> Outcome {
        switch event {
        case .stationConnected(let id, let at):
            return update(id) { row in
                row.isConnected = true
                row.lastMessageAt = at
            }
        case .stationDisconnected(let id, _):
            return update(id) { $0.isConnected = false }
        case .stationBooted(let id, let identity, let at):
            var outcome = update(id) { row in
                row.vendor = identity.vendor
                row.model = identity.model
                row.firmwareVersion = identity.firmwareVersion ?? ""
                row.lastMessageAt = at
            }
            if rows[id]?.registration == .pending { outcome.stationToLoad = id }
            return outcome
        case .statusReported(let report):
            return update(report.stationID) { row in
                row.connectors.removeAll { $0.connector == report.connector }
                row.connectors.append(ConnectorState(report))
                row.connectors.sort { $0.connector < $1.connector }
                row.lastMessageAt = report.receivedAt
            }
        case .meterValuesReported(let id, _, let at), .heartbeatReceived(let id, let at):
            let resolution = messageTimeResolution
            return update(id) { row in
                guard let last = row.lastMessageAt, at.timeIntervalSince(last) < resolution else {
                    row.lastMessageAt = at
                    return
                }
            }
        case .alarmRaised(let alarm), .alarmChanged(let alarm):
            return Outcome(changes: alarmChanged(alarm))
        case .sessionStarted, .sessionStopped, .commandFinished:
            return Outcome()
        }
    }

    /// Changes a row; an unknown station is to be loaded instead. Bumps the revision only when the row changed.
    private mutating func update(_ id: StationID, _ change: (inout FleetRow) -> Void) -> Outcome {
        guard var row = rows[id] else { return Outcome(stationToLoad: id) }
        change(&row)
        guard row != rows[id] else { return Outcome() }
        revision += 1
        row.revision = revision
        rows[id] = row
        return Outcome(changes: [LiveChange(row)])
    }

    private mutating func alarmChanged(_ alarm: Alarm) -> [LiveChange] {
        let station = alarm.key.stationID
        restore(alarm)
        var changes = [LiveChange(alarm, owner: rows[station]?.customerID)]
        let severities = alarms[station, default: [:]].values
        let counts = update(station) { row in
            row.openAlarmCount = severities.count
            row.worstAlarmSeverity = severities.max()
        }
        if counts.stationToLoad == nil { changes.insert(contentsOf: counts.changes, at: 0) }
        return changes
    }
}

/// One update for subscribers, with what decides who gets it and what it replaces in a slow reader's queue.
struct LiveChange: Equatable, Sendable {
    var key: LiveMailbox.Key
    var update: LiveUpdate
    /// The customer whose station it is about; nil for a station without a site (only staff see it).
    var owner: CustomerID?

    init(_ row: FleetRow) {
        key = .station(row.id)
        update = .station(row)
        owner = row.customerID
    }

    init(_ alarm: Alarm, owner: CustomerID?) {
        key = .alarm(alarm.id)
        update = .alarm(AlarmSummary(alarm))
        self.owner = owner
    }
}

extension ConnectorState {
    init(_ report: StatusReport) {
        self.init(
            connector: report.connector, status: report.status, errorCode: report.errorCode, since: report.timestamp)
    }
}
