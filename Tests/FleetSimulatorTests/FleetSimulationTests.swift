import FleetSimulator
import Foundation
import Testing

@Suite("Fleet simulation over real sockets")
struct FleetSimulationTests {
    private func configuration(port: Int, stations: Int) -> SimulationConfiguration {
        var configuration = SimulationConfiguration(
            endpoint: OCPPEndpoint(host: "127.0.0.1", port: port, path: "/ocpp"),
            stations: stations
        )
        configuration.duration = .seconds(2)
        configuration.connectsPerSecond = 50
        configuration.messagesPerSecond = 60
        configuration.eventLoopThreads = 1
        return configuration
    }

    @Test("stations connect with ocpp1.6 and Basic auth, exchange CALLs and log what was acknowledged")
    func endToEnd() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ack-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (report, handshakes) = try await FakeCentralSystem.withRunning { port, fake in
            var configuration = configuration(port: port, stations: 3)
            configuration.acknowledgementLogPath = path
            return (try await FleetSimulation(configuration: configuration).run(), fake.handshakes)
        }
        #expect(report.connections.opened == 3)
        #expect(report.connections.failed == 0)
        #expect(report.connections.closed == 3)
        #expect(report.calls.answered >= 9)
        #expect(report.calls.errors.isEmpty)
        #expect(report.calls.timeouts == 0)
        #expect(report.latency.count > 0)
        #expect(report.sendLag.count > 0)
        #expect(Set(handshakes.map(\.uri)) == ["/ocpp/SIM-00001", "/ocpp/SIM-00002", "/ocpp/SIM-00003"])
        #expect(handshakes.allSatisfy { $0.subprotocol == "ocpp1.6" })
        let credentials = Data("SIM-00002:\(SimulationConfiguration.demoPassword)".utf8).base64EncodedString()
        #expect(handshakes.contains { $0.authorization == "Basic \(credentials)" })

        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try JSONDecoder().decode(AcknowledgementRecord.self, from: Data($0.utf8)) }
        let stationsWithStatus = Set(
            records.filter { $0.type == "StatusNotification" && $0.connector == 0 }.map(\.station)
        )
        #expect(stationsWithStatus == ["SIM-00001", "SIM-00002", "SIM-00003"])
    }

    @Test("a warm-up leaves the boots and first reports out of the figures, and only them")
    func warmup() async throws {
        let (warm, cold) = try await FakeCentralSystem.withRunning { port, _ in
            var configuration = configuration(port: port, stations: 3)
            configuration.duration = .seconds(4)
            configuration.warmup = .seconds(1)
            let warm = try await FleetSimulation(configuration: configuration).run()
            configuration.duration = .seconds(2)
            configuration.warmup = .seconds(10)
            return (warm, try await FleetSimulation(configuration: configuration).run())
        }
        // The steady phase starts a second after the ramp, however long a busy machine takes for the ramp.
        #expect(warm.steadySeconds <= 3)
        #expect(warm.latency.count < warm.calls.answered, "connections: \(warm.connections)")
        if warm.steadySeconds >= 1 { #expect(warm.latency.count > 0) }
        #expect(cold.calls.answered >= 3)
        #expect(cold.steadySeconds == 0)
        #expect(cold.latency.count == 0)
    }

    @Test("a central system that does not agree on ocpp1.6 counts as a failed connection")
    func refusedSubprotocol() async throws {
        let report = try await FakeCentralSystem.withRunning(offersSubprotocol: false) { port, _ in
            var configuration = configuration(port: port, stations: 1)
            // Long enough for the refused handshake to be counted on a machine busy with a build.
            configuration.duration = .seconds(5)
            return try await FleetSimulation(configuration: configuration).run()
        }
        #expect(report.connections.opened == 0)
        #expect(report.connections.failed >= 1)
        #expect(report.calls.sent == 0)
    }
}
