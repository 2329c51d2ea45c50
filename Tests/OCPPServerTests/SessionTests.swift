import NIOCore
import OCPP
import OCPPServer
import Testing

@Suite("Session", .timeLimit(.minutes(1)))
struct SessionTests {
    private static func heartbeat(_ id: String) -> Frame {
        .call(Call(messageID: id, action: "Heartbeat", payload: .object([:])))
    }

    private static let accepted = JSONValue.object(["status": .string("Accepted")])

    @Test("a CALL gets the handler's CALLRESULT, both frames are journaled, and a dropped socket is a lost connection")
    func callAnswered() async throws {
        try await TestServer.run { server in
            let answer = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(Self.heartbeat("m-1"))
                return try await station.receiveOCPP()
            }
            #expect(answer == .callResult(CallResult(messageID: "m-1", payload: Self.accepted)))
            let journal = server.handler.journal.events
            #expect(journal.map(\.direction) == [.incoming, .outgoing])
            #expect(journal.first?.text == Self.heartbeat("m-1").encoded())
            let closed = await server.handler.events.first { if case .closed = $0 { true } else { false } }
            #expect(closed == .closed(station: "CP-1", generation: 1, reason: .connectionLost))
        }
    }

    @Test("CALLs sent back to back reach the handler one at a time and are answered in order")
    func callsTakeTurns() async throws {
        try await TestServer.run { server in
            let ids = (1...12).map { "m-\($0)" }
            let answers = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                for id in ids {
                    try await station.send(.call(Call(messageID: id, action: "Slow", payload: .object([:]))))
                }
                var answers: [Frame] = []
                for _ in ids { answers.append(try await station.receiveOCPP()) }
                return answers
            }
            #expect(answers == ids.map { .callResult(CallResult(messageID: $0, payload: Self.accepted)) })
            #expect(server.handler.slowCalls.most == 1)
        }
    }

    @Test("a station that drops while its CALL is being answered is reported closed only after the answer")
    func closedAfterTheAnswer() async throws {
        try await TestServer.run { server in
            try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(.call(Call(messageID: "m-1", action: "Slow", payload: .object([:]))))
                _ = await server.handler.events.first { if case .callReceived = $0 { true } else { false } }
            }
            let closed = await server.handler.events.first { if case .closed = $0 { true } else { false } }
            #expect(closed == .closed(station: "CP-1", generation: 1, reason: .connectionLost))
            #expect(server.handler.slowCallsAtClose.events == [0])
        }
    }

    @Test("malformed JSON gets a FormationViolation CALLERROR, the backend hears of it, and the session stays open")
    func malformedJSON() async throws {
        try await TestServer.run { server in
            let (error, next) = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(text: #"[2, "m-1", "Heartbeat", {"#)
                let error = try await station.receiveOCPP()
                try await station.send(Self.heartbeat("m-2"))
                return (error, try await station.receiveOCPP())
            }
            guard case .callError(let callError) = error else {
                Issue.record("expected a CALLERROR, got \(error)")
                return
            }
            #expect(callError.code == .formationViolation)
            #expect(next == .callResult(CallResult(messageID: "m-2", payload: Self.accepted)))
            let refused = await server.handler.events.first { if case .frameRefused = $0 { true } else { false } }
            #expect(refused == .frameRefused(station: "CP-1", code: .formationViolation))
        }
    }

    @Test("a frame over the size limit closes the connection with 1009")
    func oversizedFrame() async throws {
        try await TestServer.run(maximumMessageSize: 1024) { server in
            let code = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(text: "[" + String(repeating: " ", count: 2000) + "]")
                return try await station.receiveClose()
            }
            #expect(code == 1009)
            let closed = await server.handler.events.first { if case .closed = $0 { true } else { false } }
            #expect(closed == .closed(station: "CP-1", generation: 1, reason: .messageTooLarge))
            #expect(server.logs.entries.contains { $0.level == .warning && "\($0.message)".contains("limit") })
        }
    }

    @Test("a binary frame closes the connection with 1003")
    func binaryFrame() async throws {
        try await TestServer.run { server in
            let code = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(.binary, ByteBuffer(bytes: [1, 2, 3]))
                return try await station.receiveClose()
            }
            #expect(code == 1003)
        }
    }

    @Test("a ping is answered with a pong carrying the same data")
    func pingPong() async throws {
        try await TestServer.run { server in
            let pong = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(.ping, ByteBuffer(string: "are you there"))
                return try await station.receive()
            }
            #expect(pong.opcode == .pong)
            #expect(String(buffer: pong.unmaskedData) == "are you there")
        }
    }

    @Test("a station's close frame is echoed and reported to the handler with its code")
    func stationCloses() async throws {
        try await TestServer.run { server in
            let echoed = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                var data = ByteBuffer()
                data.writeInteger(UInt16(1000))
                try await station.send(.connectionClose, data)
                return try await station.receiveClose()
            }
            #expect(echoed == 1000)
            let closed = await server.handler.events.first { if case .closed = $0 { true } else { false } }
            #expect(closed == .closed(station: "CP-1", generation: 1, reason: .closedByStation(code: 1000)))
            #expect(server.server.connectedCount == 0)
        }
    }

    @Test("an answer with the wrong message id from the handler becomes an InternalError CALLERROR")
    func misanswered() async throws {
        try await TestServer.run { server in
            let answer = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(.call(Call(messageID: "m-1", action: "Misanswer", payload: .object([:]))))
                return try await station.receiveOCPP()
            }
            guard case .callError(let callError) = answer else {
                Issue.record("expected a CALLERROR, got \(answer)")
                return
            }
            #expect(callError.messageID == "m-1")
            #expect(callError.code == .internalError)
        }
    }

    @Test("the handler can send a call to the station while it answers one of the station's calls")
    func callInsideCall() async throws {
        try await TestServer.run { server in
            let answer = try await TestStation.connect(port: server.port, stationID: "CP-1") { station in
                try await station.send(.call(Call(messageID: "m-1", action: "AskBack", payload: .object([:]))))
                guard case .call(let question) = try await station.receiveOCPP() else { return nil as Frame? }
                #expect(question.action == "GetConfiguration")
                try await station.send(
                    .callResult(CallResult(messageID: question.messageID, payload: .object(["key": .array([])])))
                )
                return try await station.receiveOCPP()
            }
            #expect(answer == .callResult(CallResult(messageID: "m-1", payload: .object(["key": .array([])]))))
        }
    }
}
