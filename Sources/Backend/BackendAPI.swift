import Accounts
import BackendClient
import Domain
import Foundation

/// What the backend offers its clients, for one caller at a time. `InProcessBackendClient` and the HTTP routes
/// both call this, so every rule holds on either road: a customer sees only what belongs to it (anything else
/// answers as if it did not exist), only staff send commands and acknowledge alarms, and both are logged under
/// the caller's own login.
package struct BackendAPI: Sendable {
    /// How many entries of each history (frames, statuses, alarms, commands, authorisations, sessions) one answer holds.
    package static let historyLimit = 50

    let store: any LeitstandStore & FleetQueries
    let alarmStore: any AlarmStore
    let alarms: AlarmService
    let commands: CommandService
    let board: FleetBoard
    let accounts: any AccountAuthority

    package init(
        store: any LeitstandStore & FleetQueries, alarmStore: any AlarmStore, alarms: AlarmService,
        commands: CommandService, board: FleetBoard, accounts: any AccountAuthority
    ) {
        self.store = store
        self.alarmStore = alarmStore
        self.alarms = alarms
        self.commands = commands
        self.board = board
        self.accounts = accounts
    }

    /// The rows of `scope` the caller may see, and how many stations they may see in all.
    package func fleet(for caller: Caller, in scope: FleetScope = .everything) -> FleetSnapshot {
        board.snapshot(for: caller, in: scope)
    }

    /// The caller's live updates to the alarms and to the rows of `scope` from now on; the subscription ends when
    /// the returned object goes away.
    package func liveUpdates(for caller: Caller, in scope: FleetScope = .everything) -> LiveSubscription {
        board.subscribe(caller, in: scope)
    }

    package func stationDetail(_ id: StationID, for caller: Caller) async throws(BackendClientError) -> StationDetail {
        let row = try await visibleRow(id, for: caller)
        let limit = Self.historyLimit
        return try await reading {
            guard var station = try await store.station(id) else { throw BackendClientError.stationNotFound(id) }
            // The station key's hash stays in the backend: nobody at a console needs it to help a caller.
            station.passwordHash = nil
            let site = try await station.siteID.asyncFlatMap { try await store.site($0) }
            return StationDetail(
                row: row, station: station, site: site,
                customer: try await site.asyncFlatMap { try await store.customer($0.customerID) },
                connectors: try await store.currentStatuses(station: id),
                openSessions: try await store.openSessions(station: id),
                recentFrames: try await store.journal(station: id, limit: limit),
                statusHistory: try await store.statusHistory(station: id, limit: limit),
                alarmHistory: try await alarmStore.alarmHistory(station: id, limit: limit).map(AlarmSummary.init),
                commandLog: try await store.commandLog(station: id, limit: limit))
        }
    }

    /// The open alarms the caller may see, most severe first, then oldest first.
    package func openAlarms(for caller: Caller) async -> [AlarmSummary] {
        await alarms.openAlarms()
            .filter { caller.maySee(ownedBy: owner(of: $0.key.stationID)) }
            .map(AlarmSummary.init)
    }

    /// Acknowledges an alarm in the caller's name (staff only).
    package func acknowledge(_ id: AlarmID, comment: String, by caller: Caller) async throws(BackendClientError)
        -> AlarmSummary
    {
        let stored = try await reading { try await alarmStore.alarm(id) }
        guard let stored, caller.maySee(ownedBy: owner(of: stored.key.stationID)) else {
            throw .notFound("Alarm \(id)")
        }
        try Self.requireStaff(caller, to: "acknowledge alarms")
        do {
            return AlarmSummary(try await alarms.acknowledge(id, by: caller.login, comment: comment))
        } catch AlarmRefusal.alreadyAcknowledged(_, let agent) {
            throw .invalidRequest("alarm \(id) was already acknowledged by \(agent).")
        } catch AlarmRefusal.commentMissing {
            throw .invalidRequest("an acknowledgement needs a comment that says what is being done.")
        } catch let error as AlarmLookupError {
            throw .invalidRequest(error.description)
        } catch {
            throw .unreachable("the acknowledgement could not be stored")
        }
    }

    /// The row of a station the caller may see; one they may not see is answered as not found, like one that
    /// does not exist, so that a customer learns nothing of other customers' stations.
    func visibleRow(_ id: StationID, for caller: Caller) async throws(BackendClientError) -> FleetRow {
        guard let row = await board.loadedRow(id), caller.maySee(ownedBy: row.customerID) else {
            throw .stationNotFound(id)
        }
        return row
    }

    /// The customer a station belongs to, as the fleet board knows it.
    func owner(of station: StationID) -> CustomerID? {
        board.row(station)?.customerID
    }

    /// Refuses customers: commands and acknowledgements are the operator's staff's business.
    static func requireStaff(_ caller: Caller, to action: String) throws(BackendClientError) {
        guard caller.role.operatesStations else { throw .forbidden(action) }
    }

    /// Runs store reads; a failure of the store becomes `.unreachable`, a `BackendClientError` passes through.
    func reading<Value>(_ work: () async throws -> Value) async throws(BackendClientError) -> Value {
        do {
            return try await work()
        } catch let error as BackendClientError {
            throw error
        } catch {
            throw .unreachable("the backend's store could not be read")
        }
    }
}

extension Optional {
    /// `flatMap` for an asynchronous, throwing transform.
    fileprivate func asyncFlatMap<Mapped>(_ transform: (Wrapped) async throws -> Mapped?) async rethrows -> Mapped? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
