import Domain
import Foundation
import Hummingbird
import Logging
import OCPPServer
import ServiceLifecycle
import Storage

/// The backend as one running whole: store, OCPP server, alarm rules, API, each a service in one group.
///
/// Services start in dependency order and stop in reverse on SIGTERM or SIGINT: the API and the OCPP server
/// stop taking work first, the group committer writes what is queued last.
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
        let clock = SystemWallClock()
        let database = try LeitstandDatabase.open(path: configuration.databasePath)
        let events = EventBus<BackendEvent>()
        let committer = GroupCommitter(store: database, logger: logger)
        let alarms = AlarmService(
            settings: configuration.alarms, store: database, events: events, clock: clock, logger: logger)
        await alarms.restore(
            stations: try await database.stations(), openSessions: try await database.openSessions(),
            openAlarms: try await database.openAlarms())

        let server = OCPPServer(
            configuration: OCPPServerConfiguration(
                host: configuration.ocppHost, port: configuration.ocppPort,
                maximumMessageSize: configuration.maximumMessageSize,
                messagesPerSecond: configuration.messagesPerSecond, messageBurst: configuration.messageBurst),
            authenticator: StationAccess(
                store: database, committer: committer, policy: configuration.unknownStations, clock: clock,
                logger: logger),
            handler: StationGateway(
                store: database, committer: committer, alarms: alarms, events: events,
                settings: configuration.stations, clock: clock, logger: logger),
            logger: logger)
        let commands = CommandService(
            server: server, committer: committer, events: events, clock: clock,
            timeout: configuration.commandTimeout, logger: logger)
        let api = BackendAPI(store: database, alarms: alarms, commands: commands)
        let apiPort = PortRelay()
        let http = Application(
            router: APIRoutes.router(api: api),
            configuration: .init(address: .hostname(configuration.apiHost, port: configuration.apiPort)),
            onServerRunning: { channel in apiPort.announce(channel.localAddress?.port ?? configuration.apiPort) },
            logger: logger)

        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: committer),
                    .init(service: alarms),
                    .init(
                        service: JournalPruner(
                            store: database, retention: configuration.journalRetention, clock: clock, logger: logger)),
                    .init(service: OCPPServerService(server: server)),
                    .init(service: http),
                    .init(service: ReadinessAnnouncer(server: server, apiPort: apiPort, ready: ready)),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
