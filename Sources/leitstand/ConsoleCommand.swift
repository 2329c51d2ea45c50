import ArgumentParser
import Backend
import BackendClient
import Console
import Foundation

/// `leitstand console`: the everyday entry for an agent, with a login. On a backend elsewhere with `--connect`;
/// without it, on this machine's store, with the backend (OCPP server and API included) in the same process.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the support desk console, on a backend (--connect) or on this machine's store.")

    @Option(help: "Base URL of a running backend's API, e.g. https://leitstand.example:8181.") var connect: String?
    @Option(help: "PEM file with the certificate (or CA) to trust for an https backend.") var caFile: String?
    @OptionGroup var console: ConsoleOptionGroup
    @OptionGroup var embedded: EmbeddedBackendOptions

    func run() async throws {
        if let connect {
            let gateway: RemoteBackendGateway
            do {
                gateway = try RemoteBackendGateway(baseURL: connect, trustedCertificatesFile: caFile)
            } catch {
                throw ValidationError(error.description)
            }
            try await ConsoleApp(gateway: gateway, options: console.options()).run()
            return
        }
        try await embedded.run(label: "leitstand.console") { running in
            try await ConsoleApp(gateway: running.gateway, options: console.options()).run()
        }
    }
}
