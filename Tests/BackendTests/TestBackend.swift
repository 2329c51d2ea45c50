import Accounts
import Backend
import Domain
import Logging
import OCPPServer
import Storage
import Telemetry

/// The backend's services over an in-memory `TestFleet` store: the group committer and the alarm service run for
/// the length of one test.
struct TestBackend: Sendable {
    let store: LeitstandDatabase
    let committer: GroupCommitter
    let metrics: LeitstandMetrics
    let events: EventBus<BackendEvent>
    let clock: FakeWallClock
    let alarms: AlarmService
    let board: FleetBoard
    /// The real account service on the same store; cheap password hashes, the fake clock.
    let accounts: AccountService
    let settings: StationSettings
    let logger: Logger

    /// Logs go nowhere: tests read the store and the events, not the log.
    static let quietLogger = Logger(label: "backend-tests") { _ in SwiftLogNoOpLogHandler() }

    /// Starts the services (committer, alarm rules, fleet board), runs `body`, then cancels them and waits until
    /// they have stopped.
    ///
    /// - Parameters:
    ///   - tickInterval: How often the alarm rules look at the (fake) clock.
    ///   - subscriberCapacity: Unread live updates a subscriber of the fleet board may hold.
    ///   - loginPolicy: How long sessions last, on the fake clock.
    @discardableResult
    static func run<Result: Sendable>(
        foreignCards: ForeignCardPolicy = .acceptAsRoaming,
        alarmSettings: AlarmSettings = AlarmSettings(),
        tickInterval: Duration = .seconds(3600),
        subscriberCapacity: Int = 20_000,
        loginPolicy: LoginPolicy = LoginPolicy(),
        _ body: (TestBackend) async throws -> Result
    ) async throws -> Result {
        let store = try await TestFleet.store()
        let clock = FakeWallClock()
        let events = EventBus<BackendEvent>()
        let metrics = LeitstandMetrics()
        let committer = GroupCommitter(store: store, metrics: metrics, logger: quietLogger)
        let alarms = AlarmService(
            settings: alarmSettings, store: store, events: events, clock: clock, tickInterval: tickInterval,
            logger: quietLogger)
        let board = try await FleetBoard.load(
            store: store, alarms: alarms, events: events, subscriberCapacity: subscriberCapacity, logger: quietLogger)
        let accounts = AccountService(
            store: store, policy: loginPolicy, iterations: TestAccounts.iterations, clock: { clock.now() })
        let backend = TestBackend(
            store: store, committer: committer, metrics: metrics, events: events, clock: clock, alarms: alarms,
            board: board,
            accounts: accounts,
            settings: StationSettings(
                heartbeatInterval: .seconds(300), pendingRetryInterval: .seconds(60), foreignCardPolicy: foreignCards),
            logger: quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await committer.run() }
            group.addTask { try await alarms.run() }
            group.addTask { try await board.run() }
            defer { group.cancelAll() }
            let result = try await body(backend)
            group.cancelAll()
            try await group.waitForAll()
            return result
        }
    }

    func stationAccess(policy: UnknownStationPolicy) -> StationAccess {
        StationAccess(store: store, committer: committer, policy: policy, clock: clock, logger: logger)
    }

    func gateway() -> StationGateway {
        StationGateway(
            committer: committer, alarms: alarms, events: events, settings: settings, clock: clock, metrics: metrics,
            logger: logger)
    }

    func commands(over server: OCPPServer, timeout: Duration = .seconds(5)) -> CommandService {
        CommandService(
            server: server, committer: committer, events: events, clock: clock, timeout: timeout, logger: logger)
    }

    func api(over server: OCPPServer) -> BackendAPI {
        BackendAPI(
            store: store, alarmStore: store, alarms: alarms, commands: commands(over: server), board: board,
            accounts: accounts)
    }

    /// An OCPP server wired to this backend that is never started: every station counts as not connected.
    func idleServer() -> OCPPServer {
        OCPPServer(
            configuration: OCPPServerConfiguration(host: "127.0.0.1", port: 0),
            authenticator: stationAccess(policy: .reject), handler: gateway(), logger: logger)
    }
}
