import ArgumentParser
import Backend
import Domain
import Foundation

/// `leitstand serve`: the backend with its OCPP server and API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the backend: the OCPP 1.6J central system, the alarm rules and the API.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var logging: LoggingOptions

    @Option(help: "Address the OCPP server binds.") var ocppHost = "0.0.0.0"
    @Option(help: "Port for charge points (ws://HOST:PORT/ocpp/{id}); 0 picks a free one.") var ocppPort = 8180
    @Option(help: "Address the API binds; beyond loopback only with --tls-certificate.") var apiHost = "127.0.0.1"
    @Option(help: "Port of the HTTP/JSON API; 0 picks a free one.") var apiPort = 8181
    @Option(help: "PEM certificate chain: serve the API over https (with --tls-key).") var tlsCertificate: String?
    @Option(help: "PEM private key for --tls-certificate.") var tlsKey: String?
    @Option(help: "Unknown station ids: reject, or pending (let in, shown to agents for registration).")
    var unknownStations = UnknownStationPolicy.reject
    @Option(help: "Foreign charging cards: accept (external roaming) or refuse.")
    var foreignCards = ForeignCardPolicy.acceptAsRoaming
    @Option(help: "Heartbeat interval told to stations, in seconds.") var heartbeatInterval = 300
    @Option(help: "Seconds a dropped station may take to reconnect before it is reported offline.")
    var reconnectGrace = 60
    @Option(help: "Seconds a connected station may take to send its BootNotification.") var bootGrace = 300
    @Option(help: "Seconds after a boot during which a Faulted status waits to see if it is transient.")
    var faultConfirmDelay = 120
    @Option(help: "Days the frame journal keeps frames.") var journalRetentionDays = 30

    func validate() throws {
        guard (tlsCertificate == nil) == (tlsKey == nil) else {
            throw ValidationError("--tls-certificate and --tls-key go together.")
        }
        guard tlsCertificate != nil || Self.isLoopback(apiHost) else {
            throw ValidationError(
                "--api-host \(apiHost) reaches beyond this machine; passwords and session tokens must not cross a "
                    + "network in clear text. Give --tls-certificate and --tls-key, or bind to 127.0.0.1.")
        }
        guard heartbeatInterval > 0 else { throw ValidationError("--heartbeat-interval must be at least 1 second.") }
        guard journalRetentionDays > 0 else { throw ValidationError("--journal-retention-days must be at least 1.") }
        guard reconnectGrace >= 0, bootGrace >= 0, faultConfirmDelay >= 0 else {
            throw ValidationError("Grace periods and delays cannot be negative.")
        }
    }

    func run() async throws {
        let logger = logging.bootstrap(label: "leitstand.serve")
        try await LeitstandBackend.run(backendConfiguration, logger: logger) { ports in
            FileHandle.standardOutput.write(Data("listening ocpp=\(ports.ocpp) api=\(ports.api)\n".utf8))
        }
    }

    private var backendConfiguration: BackendConfiguration {
        var configuration = BackendConfiguration(databasePath: database.resolvedPath)
        configuration.ocppHost = ocppHost
        configuration.ocppPort = ocppPort
        configuration.apiHost = apiHost
        configuration.apiPort = apiPort
        if let tlsCertificate, let tlsKey {
            configuration.tls = TLSFiles(certificateChainPath: tlsCertificate, privateKeyPath: tlsKey)
        }
        configuration.unknownStations = unknownStations
        configuration.stations.foreignCardPolicy = foreignCards
        configuration.stations.heartbeatInterval = .seconds(heartbeatInterval)
        configuration.alarms.liveness.reconnectGrace = .seconds(reconnectGrace)
        configuration.alarms.liveness.defaultHeartbeatInterval = .seconds(heartbeatInterval)
        configuration.alarms.bootNotificationDelay = .seconds(bootGrace)
        configuration.alarms.faultSettleAfterBoot = .seconds(faultConfirmDelay)
        configuration.journalRetention = .seconds(journalRetentionDays * 24 * 3600)
        return configuration
    }

    private static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}

extension UnknownStationPolicy: ExpressibleByArgument {}
extension ForeignCardPolicy: ExpressibleByArgument {}
