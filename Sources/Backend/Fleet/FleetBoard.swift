import BackendClient
import Domain
import Logging
import ServiceLifecycle
import Synchronization

/// The backend's live list of every station: built from the store and the alarm service at start, then kept
/// current from the event bus. Every change bumps one revision; callers get the rows they may see and the
/// updates to them.
///
/// Cheap per event: a dictionary update, and per subscriber a check and a queue write (`LiveMailbox`), all under
/// one lock held for microseconds. Store reads happen only for stations the board has not seen yet.
package final class FleetBoard: Service, Sendable {
    /// Unread updates a subscriber may hold before it is told to `.resync` instead.
    package let subscriberCapacity: Int
    private let store: any LeitstandStore & FleetQueries
    private let alarms: AlarmService
    private let events: AsyncStream<BackendEvent>
    private let logger: Logger
    private let state: Mutex<State>

    private struct State: ~Copyable {
        var ledger: FleetLedger
        var subscribers: [Int: Subscriber] = [:]
        var nextSubscriber = 0
        var isStopped = false
    }

    /// One subscription: whose, its scope, and where its updates go.
    private struct Subscriber {
        var caller: Caller
        var mailbox: LiveMailbox
        var scope: FleetScope
        /// The rows of a narrowed scope the subscriber was last told of as in it (or that were in it when it
        /// subscribed): a row that leaves the scope is told once more, so that the subscriber sees it go.
        var shown: Set<StationID>

        /// Whether the subscriber is told of `change`; keeps `shown` current. `keys` are the changed row's search
        /// keys, folded by the first subscriber that needs them.
        mutating func wants(_ change: LiveChange, keys: inout FleetSearchKeys?) -> Bool {
            guard caller.maySee(ownedBy: change.owner) else { return false }
            guard case .station(let row) = change.update, !scope.isEverything else { return true }
            guard scope.includes(row, keys: &keys) else { return shown.remove(row.id) != nil }
            shown.insert(row.id)
            return true
        }
    }

    private init(
        ledger: consuming FleetLedger, store: any LeitstandStore & FleetQueries, alarms: AlarmService,
        events: AsyncStream<BackendEvent>, subscriberCapacity: Int, logger: Logger
    ) {
        self.state = Mutex(State(ledger: ledger))
        self.store = store
        self.alarms = alarms
        self.events = events
        self.subscriberCapacity = subscriberCapacity
        self.logger = logger
    }

    /// Builds the board from the store and the alarm service. It subscribes to `events` first, so that nothing
    /// that happens while the store is read is missed; `run()` then applies them.
    ///
    /// - Parameters:
    ///   - messageTimeResolution: How closely `lastMessageAt` follows meter values and heartbeats.
    ///   - subscriberCapacity: Unread updates a slow subscriber may hold before it gets `.resync`.
    package static func load(
        store: any LeitstandStore & FleetQueries, alarms: AlarmService, events: EventBus<BackendEvent>,
        messageTimeResolution: Duration = .seconds(30), subscriberCapacity: Int = 20_000, logger: Logger
    ) async throws -> FleetBoard {
        let subscription = events.subscribe()
        var ledger = FleetLedger(messageTimeResolution: messageTimeResolution)
        ledger.remember(sites: try await store.sites(), customers: try await store.customers())
        for alarm in await alarms.openAlarms() { ledger.restore(alarm) }
        let statuses = Dictionary(grouping: try await store.currentStatusesOfAllStations(), by: \.stationID)
        for station in try await store.stations() {
            _ = ledger.place(
                station, statuses: statuses[station.id] ?? [], liveness: alarms.liveness(of: station.id))
        }
        return FleetBoard(
            ledger: ledger, store: store, alarms: alarms, events: subscription,
            subscriberCapacity: subscriberCapacity, logger: logger)
    }

    /// The stations of `scope` that `caller` may see, as of the current revision.
    package func snapshot(for caller: Caller, in scope: FleetScope = .everything) -> FleetSnapshot {
        state.withLock { $0.ledger.snapshot(for: caller, in: scope) }
    }

    /// A station's row, whoever may see it; nil for a station the board does not know.
    package func row(_ id: StationID) -> FleetRow? {
        state.withLock { $0.ledger.row(id) }
    }

    /// A station's row, read from the store first when the board has not seen the station yet (registered by
    /// another process and never connected); nil for a station the store does not know either.
    package func loadedRow(_ id: StationID) async -> FleetRow? {
        if let row = row(id) { return row }
        await load(id)
        return row(id)
    }

    /// The current revision: every change to any row bumps it.
    package var revision: UInt64 { state.withLock { $0.ledger.revision } }

    /// Subscribes `caller` to the updates they may see of the alarms and of the rows of `scope`, from now on.
    package func subscribe(_ caller: Caller, in scope: FleetScope = .everything) -> LiveSubscription {
        let mailbox = LiveMailbox(capacity: subscriberCapacity)
        let id = state.withLock { state -> Int? in
            guard !state.isStopped else { return nil }
            defer { state.nextSubscriber += 1 }
            let shown = scope.isEverything ? [] : state.ledger.stations(for: caller, in: scope)
            state.subscribers[state.nextSubscriber] = Subscriber(
                caller: caller, mailbox: mailbox, scope: scope, shown: shown)
            return state.nextSubscriber
        }
        guard let id else {
            mailbox.finish()
            return LiveSubscription(mailbox: mailbox) {}
        }
        return LiveSubscription(mailbox: mailbox) { [weak self] in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
    }

    /// The updates `caller` may see, from now on; the stream ends when the backend stops.
    package func updates(for caller: Caller) -> AsyncStream<LiveUpdate> {
        subscribe(caller).updates
    }

    package var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Applies events until the backend shuts down, then ends every subscription.
    package func run() async throws {
        await cancelWhenGracefulShutdown {
            for await event in self.events {
                await self.apply(event)
            }
        }
        let mailboxes = state.withLock { state in
            state.isStopped = true
            defer { state.subscribers.removeAll() }
            return state.subscribers.values.map(\.mailbox)
        }
        for mailbox in mailboxes { mailbox.finish() }
    }

    /// Applies one event. A station the board does not know yet (a newcomer let in as pending, one registered
    /// since the start) or a pending one that boots again is read from the store, which already holds what the
    /// event reported: the store commits before the event is published.
    private func apply(_ event: BackendEvent) async {
        let stationToLoad = state.withLock { state in
            let outcome = state.ledger.apply(event)
            Self.tell(outcome.changes, to: &state.subscribers)
            return outcome.stationToLoad
        }
        if let stationToLoad { await load(stationToLoad) }
    }

    /// Reads a station, its site and customer and its connectors' statuses, and places its row.
    private func load(_ id: StationID) async {
        do {
            guard let station = try await store.station(id) else { return }
            var sites: [Site] = []
            var customers: [Customer] = []
            if let siteID = station.siteID, let site = try await store.site(siteID) {
                sites.append(site)
                if let customer = try await store.customer(site.customerID) { customers.append(customer) }
            }
            let statuses = try await store.currentStatuses(station: id)
            let liveness = alarms.liveness(of: id)
            state.withLock { state in
                state.ledger.remember(sites: sites, customers: customers)
                if let change = state.ledger.place(station, statuses: statuses, liveness: liveness) {
                    Self.tell([change], to: &state.subscribers)
                }
            }
        } catch {
            logger.error(
                "A station could not be read for the fleet board",
                metadata: [LogKey.station: "\(id)", LogKey.error: "\(error)"])
        }
    }

    private static func tell(_ changes: [LiveChange], to subscribers: inout [Int: Subscriber]) {
        for change in changes {
            var keys: FleetSearchKeys?
            for index in subscribers.values.indices where subscribers.values[index].wants(change, keys: &keys) {
                subscribers.values[index].mailbox.post(change.update, as: change.key)
            }
        }
    }
}
