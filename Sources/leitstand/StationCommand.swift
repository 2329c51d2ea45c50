import ArgumentParser
import Backend
import BackendClient
import Console
import Domain
import Foundation
import Storage

/// `leitstand station …`: register a station, read its live configuration.
struct StationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station", abstract: "Register stations and read their live state.",
        subcommands: [AddStation.self, ShowConfiguration.self])
}

/// `leitstand station add`.
struct AddStation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register a station (or accept a pending one) with its Basic-auth password.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The station's charge point id, as in ws://…/ocpp/{id}.") var id: String
    @Option(help: "The site the station stands at.") var site: String?
    @Option(help: "The station's Basic-auth password (OCPP AuthorizationKey).") var password: String

    func validate() throws {
        guard StationID(id) != nil else { throw ValidationError("A station id has 1 to 48 letters, digits or -_.:*") }
    }

    func run() async throws {
        guard let stationID = StationID(id) else { return }
        let store = try LeitstandDatabase.open(path: database.resolvedPath)
        do {
            let station = try await StationRegistration.add(
                stationID, site: site.map { SiteID($0) }, password: password, into: store)
            print("Registered \(station.id)\(station.siteID.map { " at site \($0)" } ?? "").")
        } catch let refusal as StationRegistration.Refusal {
            throw ValidationError(refusal.description)
        }
    }
}

/// `leitstand station config`.
struct ShowConfiguration: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Print a station's live configuration (GetConfiguration, a reading command).")

    @Argument(help: "The station's charge point id.") var id: String
    @Option(name: .customLong("key"), help: "Only these keys (repeatable).") var keys: [String] = []
    @Option(help: "The backend's API.") var api = "http://127.0.0.1:8181"
    @Option(name: .customLong("as"), help: "Who asks (kept in the command log).")
    var agent = ProcessInfo.processInfo.environment["USER"] ?? "cli"

    func validate() throws {
        guard StationID(id) != nil else { throw ValidationError("A station id has 1 to 48 letters, digits or -_.:*") }
    }

    func run() async throws {
        guard let stationID = StationID(id) else { return }
        let client = RemoteBackendClient(baseURL: api)
        let configuration: StationConfiguration
        do {
            configuration = try await client.liveConfiguration(of: stationID, keys: keys, as: AgentLogin(agent))
        } catch {
            FileHandle.standardError.write(Data("leitstand: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
        for entry in configuration.entries {
            let value = entry.value.map { TerminalSafeText.sanitize($0) } ?? "(not set)"
            print("\(TerminalSafeText.sanitize(entry.key)) = \(value)\(entry.isReadonly ? "  (read-only)" : "")")
        }
        for key in configuration.unknownKeys {
            print("\(TerminalSafeText.sanitize(key)): unknown to the station")
        }
    }
}
