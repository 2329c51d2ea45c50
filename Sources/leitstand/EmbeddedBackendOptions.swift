import ArgumentParser
import Backend
import Foundation
import Logging

/// The backend inside a console's own process (`leitstand console` without `--connect`, `leitstand demo`): its
/// store, its ports, and a log file, since the terminal belongs to the console.
struct EmbeddedBackendOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "OCPP port for charge points; 0 picks a free one.") var ocppPort = 8180
    @Option(help: "API port for remote consoles; 0 picks a free one.") var apiPort = 8181
    @Option(help: "Log file of the backend (default: next to the database).") var logFile: String?

    /// The log file: `--log-file`, else `leitstand.log` beside the database.
    var resolvedLogFile: String {
        logFile
            ?? ((database.resolvedPath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("leitstand.log")
    }

    /// Runs the backend and `foreground` beside it; the backend stops when `foreground` returns.
    func run(
        label: String, foreground: @escaping @Sendable (LeitstandBackend.Running) async throws -> Void
    ) async throws {
        let logger = try FileLogging.bootstrap(path: resolvedLogFile, label: label)
        var configuration = BackendConfiguration(databasePath: database.resolvedPath)
        configuration.ocppPort = ocppPort
        configuration.apiPort = apiPort
        try await LeitstandBackend.run(configuration, logger: logger, foreground: foreground)
    }
}
