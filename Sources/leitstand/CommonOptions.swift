import ArgumentParser
import Foundation
import Logging

/// Where the embedded store lives, shared by every subcommand that opens it.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (default: $XDG_DATA_HOME/leitstand/leitstand.sqlite).")
    var path: String?

    /// The database file to open: `--db`, else the user's data directory.
    var resolvedPath: String {
        if let path { return path }
        let environment = ProcessInfo.processInfo.environment
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("leitstand/leitstand.sqlite")
    }
}

/// How much the process logs, to standard error.
struct LoggingOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: LogLevel = .info

    /// Bootstraps swift-log once for this process and returns the root logger.
    func bootstrap(label: String) -> Logger {
        let level = Logger.Level(rawValue: logLevel.rawValue) ?? .info
        LoggingSystem.bootstrap { name in
            var handler = StreamLogHandler.standardError(label: name)
            handler.logLevel = level
            return handler
        }
        return Logger(label: label)
    }
}

/// swift-log's levels as a command-line value (a conformance of our own type, not a retroactive one).
enum LogLevel: String, CaseIterable, ExpressibleByArgument {
    case trace, debug, info, notice, warning, error, critical
}
