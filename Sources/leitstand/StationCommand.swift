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
        commandName: "config",
        abstract: "Print a station's live configuration (GetConfiguration, a reading command).",
        discussion:
            "Logs in to the backend's API as --user. The password comes from \(PasswordInput.environmentVariable), "
            + "a prompt, or one line of standard input.")

    @Argument(help: "The station's charge point id.") var id: String
    @Option(name: .customLong("key"), help: "Only these keys (repeatable).") var keys: [String] = []
    @Option(help: "The backend's API (http:// or https://).") var api = "http://127.0.0.1:8181"
    @Option(help: "The login to use (kept in the command log).") var user: String
    @Option(help: "A PEM file of certificates to trust for https (a self-signed server certificate).")
    var caCertificate: String?

    func validate() throws {
        guard StationID(id) != nil else { throw ValidationError("A station id has 1 to 48 letters, digits or -_.:*") }
    }

    func run() async throws {
        guard let stationID = StationID(id) else { return }
        guard let password = PasswordInput.read(prompt: "Password for \(user): ") else {
            throw ValidationError("No password: set \(PasswordInput.environmentVariable) or give it on standard input.")
        }
        do {
            let gateway = try RemoteBackendGateway(baseURL: api, trustedCertificatesFile: caCertificate)
            let client = try await gateway.login(userName: user, password: password)
            let configuration = await Self.read(keys, of: stationID, with: client)
            await client.logout()
            Self.show(try configuration.get())
        } catch {
            FileHandle.standardError.write(Data("leitstand: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }

    private static func read(_ keys: [String], of station: StationID, with client: any BackendClient) async
        -> Result<StationConfiguration, BackendClientError>
    {
        do {
            return .success(try await client.liveConfiguration(of: station, keys: keys))
        } catch {
            return .failure(error)
        }
    }

    private static func show(_ configuration: StationConfiguration) {
        for entry in configuration.entries {
            let value = entry.value.map { TerminalSafeText.sanitize($0) } ?? "(not set)"
            print("\(TerminalSafeText.sanitize(entry.key)) = \(value)\(entry.isReadonly ? "  (read-only)" : "")")
        }
        for key in configuration.unknownKeys {
            print("\(TerminalSafeText.sanitize(key)): unknown to the station")
        }
    }
}
