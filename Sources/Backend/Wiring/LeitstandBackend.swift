import Accounts
import Domain
import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import OCPPServer
import ServiceLifecycle
import Storage
import Telemetry

/// The backend as one running whole: store, OCPP server, alarm rules, fleet board, API, each a service in one group.
///
/// Services start in dependency order and stop in reverse on SIGTERM or SIGINT: whatever runs in the foreground
/// first, then the API and the OCPP server stop taking work (live event streams end), then the fleet board, and
/// the group committer writes what is queued last.
package enum LeitstandBackend {
    /// The ports the backend listens on, once both are bound.
    package struct Ports: Sendable, Equatable {
        package var ocpp: Int
        package var api: Int
    }

    /// Runs until SIGTERM or SIGINT; calls `ready` once both servers listen.
    package static func run(
        _ configuration: BackendConfiguration, logger: Logger, ready: @escaping @Sendable (Ports) -> Void
    ) async throws {
        try await run(configuration, logger: logger) { running in
            ready(running.ports)
            try? await gracefulShutdown()
        }
    }

    /// Runs `foreground` once both servers listen, and the backend beside it; stops when `foreground` returns.
    /// On SIGTERM or SIGINT `foreground` is told first (it is last in the group), then the backend behind it.
    package static func run(
        _ configuration: BackendConfiguration, logger: Logger,
        foreground: @escaping @Sendable (Running) async throws -> Void
    ) async throws {
        let clock = SystemWallClock()
        let database = try LeitstandDatabase.open(path: configuration.databasePath)
        let events = EventBus<BackendEvent>(logger: logger)
        let metrics = LeitstandMetrics()
        let committer = GroupCommitter(store: database, metrics: metrics, logger: logger)
        let alarms = AlarmService(
            settings: configuration.alarms, store: database, events: events, clock: clock, logger: logger)
        await alarms.restore(
            stations: try await database.stations(), openSessions: try await database.openSessions(),
            openAlarms: try await database.openAlarms())
        let server = ocppServer(
            configuration, database: database, committer: committer, alarms: alarms, events: events, clock: clock,
            metrics: metrics, logger: logger)
        let board = try await FleetBoard.load(store: database, alarms: alarms, events: events, logger: logger)
        let commands = CommandService(
            server: server, committer: committer, events: events, clock: clock,
            timeout: configuration.commandTimeout, logger: logger)
        let api = BackendAPI(
            store: database, alarmStore: database, alarms: alarms, commands: commands, board: board,
            accounts: AccountService(store: database))
        let apiPort = PortRelay()
        let pruner = JournalPruner(
            store: database, retention: configuration.journalRetention, clock: clock, logger: logger)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: committer), .init(service: alarms), .init(service: board), .init(service: pruner),
            .init(service: OCPPServerService(server: server)),
            .init(
                service: try httpServer(
                    api: api, metrics: metrics, configuration: configuration, announcing: apiPort, logger: logger)),
            .init(
                service: ForegroundJob(
                    server: server, apiPort: apiPort, gateway: InProcessBackendGateway(api: api), job: foreground),
                successTerminationBehavior: .gracefullyShutdownGroup,
                failureTerminationBehavior: .gracefullyShutdownGroup),
        ]
        if let checkpointer = database.checkpointer {
            services.insert(.init(service: CheckpointService(checkpointer: checkpointer, logger: logger)), at: 0)
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The OCPP server with the station access rules and the gateway that handles every station's calls.
    private static func ocppServer(
        _ configuration: BackendConfiguration, database: LeitstandDatabase, committer: GroupCommitter,
        alarms: AlarmService, events: EventBus<BackendEvent>, clock: any WallClock, metrics: LeitstandMetrics,
        logger: Logger
    ) -> OCPPServer {
        OCPPServer(
            configuration: OCPPServerConfiguration(
                host: configuration.ocppHost, port: configuration.ocppPort,
                maximumMessageSize: configuration.maximumMessageSize,
                messagesPerSecond: configuration.messagesPerSecond, messageBurst: configuration.messageBurst),
            authenticator: StationAccess(
                store: database, committer: committer, policy: configuration.unknownStations, clock: clock,
                logger: logger),
            handler: StationGateway(
                committer: committer, alarms: alarms, events: events,
                settings: configuration.stations, clock: clock, metrics: metrics, logger: logger),
            logger: logger)
    }

    /// The HTTP API on its address, over `https` when the configuration names TLS files.
    private static func httpServer(
        api: BackendAPI, metrics: LeitstandMetrics, configuration: BackendConfiguration, announcing apiPort: PortRelay,
        logger: Logger
    ) throws -> some Service {
        Application(
            router: APIRoutes.router(api: api, metrics: metrics),
            server: try configuration.tls.map { try .tls(.http1(), tlsConfiguration: $0.serverConfiguration()) }
                ?? .http1(),
            configuration: .init(address: .hostname(configuration.apiHost, port: configuration.apiPort)),
            onServerRunning: { channel in apiPort.announce(channel.localAddress?.port ?? configuration.apiPort) },
            logger: logger)
    }
}
