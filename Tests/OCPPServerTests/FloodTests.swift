import OCPP
import OCPPServer
import Testing

@Suite("Flood", .timeLimit(.minutes(1)))
struct FloodTests {
    @Test("a flooding station is slowed down while another station still gets prompt answers")
    func floodThrottled() async throws {
        try await TestServer.run(messagesPerSecond: 10, messageBurst: 5) { server in
            let events = server.handler.events
            try await TestStation.connect(port: server.port, stationID: "CP-1") { flooder in
                try await TestStation.connect(port: server.port, stationID: "CP-2") { calm in
                    let flood = (0..<20).map { "f-\($0)" }
                    for id in flood {
                        try await flooder.send(.call(Call(messageID: id, action: "Heartbeat", payload: .object([:]))))
                    }
                    _ = await events.first {
                        $0 == .callReceived(station: "CP-1", action: "Heartbeat", messageID: "f-5")
                    }

                    try await calm.send(.call(Call(messageID: "c-1", action: "Heartbeat", payload: .object([:]))))
                    #expect(try await calm.receiveOCPP().messageID == "c-1")
                    let floodHandled = events.events.filter {
                        if case .callReceived(station: "CP-1", _, _) = $0 { true } else { false }
                    }
                    #expect(floodHandled.count < flood.count)

                    var answered: [String] = []
                    for _ in flood { answered.append(try await flooder.receiveOCPP().messageID) }
                    #expect(answered == flood)
                }
            }
            let warnings = server.logs.entries.filter { $0.level == .warning && "\($0.message)".contains("rate limit") }
            #expect(warnings.count >= 1)
            #expect(warnings.allSatisfy { $0.metadata["ocpp.station"] == "CP-1" })
        }
    }
}
