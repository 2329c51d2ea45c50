import ArgumentParser
import Backend
import Console
import FleetSimulator
import Foundation
import Storage

/// `leitstand demo`: what a new user sees first. The backend on the embedded store (seeded with the demo data when
/// empty), a simulated fleet of the demo stations in the background, and the console logged in as the demo agent.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Backend, demo data, a simulated fleet and the console logged in as the demo agent, in one process.")

    @OptionGroup var embedded: EmbeddedBackendOptions
    @OptionGroup var console: ConsoleOptionGroup
    @Option(help: "Folder with the demo data set (seeded when the store has no stations).") var seeds = "seeds"
    @Option(help: "How many demo stations the simulated fleet plays (LS-00001 …).") var stations = 200

    func validate() throws {
        guard stations >= 1 else { throw ValidationError("--stations must be at least 1.") }
    }

    func run() async throws {
        let dataSet = try DemoDataSet.load(from: URL(fileURLWithPath: seeds, isDirectory: true))
        guard let agent = dataSet.accounts.first(where: { $0.role == .agent }) else {
            throw ValidationError("\(seeds)/accounts.json has no agent login for the demo.")
        }
        let store = try LeitstandDatabase.open(path: embedded.database.resolvedPath)
        if try await store.stationCount() == 0 {
            _ = try await Seeder.load(dataSet, into: store, stationPassword: DemoDataSet.demoStationPassword)
        }
        let stations = self.stations
        let options = console.options(autoLogin: .init(userName: agent.userName, password: agent.password))
        try await embedded.run(label: "leitstand.demo") { running in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var simulation = SimulationConfiguration(
                        endpoint: OCPPEndpoint(host: "127.0.0.1", port: running.ports.ocpp, path: "/ocpp"),
                        stations: stations)
                    simulation.duration = .seconds(7 * 24 * 3600)
                    simulation.stationIDPrefix = "LS-"
                    simulation.password = { _ in DemoDataSet.demoStationPassword }
                    _ = try await FleetSimulation(configuration: simulation).run()
                }
                try await ConsoleApp(gateway: running.gateway, options: options).run()
                group.cancelAll()
            }
        }
    }
}
