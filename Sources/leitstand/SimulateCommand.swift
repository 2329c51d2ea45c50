import ArgumentParser
import Backend
import FleetSimulator
import Foundation

/// `leitstand simulate`: a fleet of simulated charge points, the demo's traffic and the load generator.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Play a fleet of OCPP 1.6J charge points against a central system and report throughput and latency.")

    @Option(help: "The central system's OCPP URL; each station connects to URL/{id}.") var url: String
    @Option(help: "How many stations.") var stations: Int
    @Option(help: "How long to run, in seconds (the connect ramp included).") var seconds = 60
    @Option(help: "Target OCPP messages per second for the whole fleet (load mode); without it, a demo pace.")
    var rate: Double?
    @Option(help: "New connections per second during the ramp.") var connectsPerSecond = 100.0
    @Option(help: "Seconds after the ramp left out of the figures, while the boots and first reports settle.")
    var warmup = 0
    @Option(help: "Station id prefix; ids are PREFIX + a 5-digit number.") var prefix = "LS-"
    @Option(help: "Number of the first station.") var first = 1
    @Option(help: "Basic-auth password of every station.") var password = DemoDataSet.demoStationPassword
    @Option(help: "Write one JSON line per acknowledged message here (for durability checks).") var ackLog: String?
    @Option(help: "Seed of the simulation's random choices.") var seed: UInt64 = 1
    @Flag(help: "Print the report as JSON.") var json = false

    func validate() throws {
        guard stations >= 1 else { throw ValidationError("--stations must be at least 1.") }
        guard seconds >= 1 else { throw ValidationError("--seconds must be at least 1.") }
        if let rate, rate <= 0 { throw ValidationError("--rate must be positive.") }
        guard connectsPerSecond > 0 else { throw ValidationError("--connects-per-second must be positive.") }
        guard warmup >= 0 else { throw ValidationError("--warmup must not be negative.") }
    }

    func run() async throws {
        let endpoint: OCPPEndpoint
        do { endpoint = try OCPPEndpoint(url: url) } catch { throw ValidationError("\(error)") }
        var configuration = SimulationConfiguration(endpoint: endpoint, stations: stations)
        configuration.duration = .seconds(seconds)
        configuration.messagesPerSecond = rate
        configuration.connectsPerSecond = connectsPerSecond
        configuration.warmup = .seconds(warmup)
        configuration.stationIDPrefix = prefix
        configuration.firstStationNumber = first
        configuration.seed = seed
        configuration.acknowledgementLogPath = ackLog
        let password = self.password
        configuration.password = { _ in password }
        let report = try await FleetSimulation(configuration: configuration).run()
        print(json ? report.json : report.table)
    }
}
