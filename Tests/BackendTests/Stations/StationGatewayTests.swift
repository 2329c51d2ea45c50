import Backend
import BackendClient
import Domain
import Foundation
import OCPP
import Testing

/// The gateway over a real OCPP server and WebSocket: what a charge point sees, what is stored, what is told.
@Suite("StationGateway", .timeLimit(.minutes(1)))
struct StationGatewayTests {
    private static let boot =
        #"{"chargePointVendor": "Alfen", "chargePointModel": "Eve Single", "firmwareVersion": "6.1"}"#

    @Test("a station that connects and boots is answered Accepted, and subscribers hear it connect and boot")
    func connectAndBoot() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            try await backend.serveOCPP { _, port in
                try await TestStation.connect(
                    port: port, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    let answer = try await station.call("BootNotification", Self.boot)
                    let expected = BootNotificationResponse(
                        status: .accepted, currentTime: TestFleet.start, interval: 300)
                    #expect(
                        answer
                            == .callResult(
                                CallResult(
                                    messageID: "m1", payload: ChargePointResponse.bootNotification(expected).payload)))
                }
            }
            #expect(await events.next() == .stationConnected(TestFleet.station, at: TestFleet.start))
            let identity = StationIdentity(
                vendor: "Alfen", model: "Eve Single", serialNumber: nil, firmwareVersion: "6.1")
            #expect(await events.next() == .stationBooted(TestFleet.station, identity, at: TestFleet.start))
            #expect(try await backend.store.station(TestFleet.station)?.identity == identity)
        }
    }

    @Test("a Faulted StatusNotification is stored, answered, and raises an alarm")
    func faultedStatusRaisesAlarm() async throws {
        try await TestBackend.run { backend in
            var events = backend.events.subscribe().makeAsyncIterator()
            try await backend.serveOCPP { _, port in
                try await TestStation.connect(
                    port: port, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    let answer = try await station.call(
                        "StatusNotification", #"{"connectorId": 1, "errorCode": "GroundFailure", "status": "Faulted"}"#)
                    #expect(answer == .callResult(CallResult(messageID: "m1", payload: .object([:]))))
                }
            }
            let alarm = try #require(await events.nextRaisedAlarm())
            #expect(alarm.key == AlarmKey(stationID: TestFleet.station, kind: .connectorFaulted, connector: 1))
            #expect(try await backend.store.currentStatuses(station: TestFleet.station).map(\.status) == ["Faulted"])
        }
    }

    @Test("a malformed call is answered with its CALLERROR and stores nothing")
    func malformedCall() async throws {
        try await TestBackend.run { backend in
            try await backend.serveOCPP { _, port in
                try await TestStation.connect(
                    port: port, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    let answer = try await station.call(
                        "StatusNotification", #"{"connectorId": "one", "status": "Available"}"#)
                    guard case .callError(let error) = answer else {
                        Issue.record("expected a CALLERROR, got \(answer)")
                        return
                    }
                    #expect(error.messageID == "m1")
                    #expect(error.code != .internalError)
                    let unknown = try await station.call("FlyToMoon", "{}")
                    #expect(unknown.messageID == "m2")
                    guard case .callError(let notImplemented) = unknown else {
                        Issue.record("expected a CALLERROR, got \(unknown)")
                        return
                    }
                    #expect(notImplemented.code == .notImplemented)
                }
            }
            #expect(try await backend.store.statusHistory(station: TestFleet.station, limit: 10).isEmpty)
            let metrics = backend.metrics.exposition(openAlarms: [])
            #expect(metrics.contains(#"leitstand_ocpp_messages_total{action="StatusNotification"} 1"#))
            #expect(metrics.contains(#"leitstand_ocpp_messages_total{action="unknown"} 1"#))
            #expect(metrics.contains(#"leitstand_ocpp_errors_total{code="NotImplemented"} 1"#))
            #expect(metrics.contains("leitstand_stations_connected 0"))
        }
    }

    @Test("a message the store refuses is answered CALLERROR InternalError with the caller's message id")
    func storeRefusalIsInternalError() async throws {
        try await TestBackend.run { backend in
            let start = TransactionStart(
                stationID: TestFleet.neighbour, connector: 1, idTag: TestFleet.knownCard, billing: .internal,
                meterStartWh: 0, startedAt: TestFleet.start, reservationID: nil)
            guard
                case .transactionNumbered(let neighbours) = try await backend.committer.commit(
                    .transactionStarted(start))
            else {
                Issue.record("the store numbered no transaction")
                return
            }
            try await backend.serveOCPP { _, port in
                try await TestStation.connect(
                    port: port, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    let answer = try await station.call(
                        "StopTransaction",
                        #"{"transactionId": \#(neighbours.rawValue), "meterStop": 10, "timestamp": "2026-01-01T00:10:00Z"}"#
                    )
                    guard case .callError(let error) = answer else {
                        Issue.record("expected a CALLERROR, got \(answer)")
                        return
                    }
                    #expect(error.messageID == "m1")
                    #expect(error.code == .internalError)
                }
            }
            #expect(try await backend.store.session(neighbours)?.isOpen == true)
        }
    }

    @Test("an unknown station let in as pending is answered Pending at boot")
    func unknownStationIsPending() async throws {
        try await TestBackend.run { backend in
            try await backend.serveOCPP(unknownStations: .acceptAsPending) { _, port in
                try await TestStation.connect(port: port, stationID: TestFleet.unknownStation.rawValue, password: nil) {
                    station in
                    let answer = try await station.call("BootNotification", Self.boot)
                    let expected = BootNotificationResponse(
                        status: .pending, currentTime: TestFleet.start, interval: 60)
                    #expect(
                        answer
                            == .callResult(
                                CallResult(
                                    messageID: "m1", payload: ChargePointResponse.bootNotification(expected).payload)))
                }
            }
            #expect(try await backend.store.station(TestFleet.unknownStation)?.registration == .pending)
        }
    }

    @Test("a station with a wrong password does not get in")
    func wrongPasswordRefused() async throws {
        try await TestBackend.run { backend in
            try await backend.serveOCPP { _, port in
                await #expect(throws: TestStation.Failure.self) {
                    try await TestStation.connect(
                        port: port, stationID: TestFleet.station.rawValue, password: "wrong-password"
                    ) {
                        _ in
                    }
                }
            }
        }
    }

    @Test("a reading command to a connected station is sent, answered and logged; a changing one is still refused")
    func commandsToConnectedStation() async throws {
        try await TestBackend.run { backend in
            try await backend.serveOCPP { server, port in
                let api = backend.api(over: server)
                try await TestStation.connect(
                    port: port, stationID: TestFleet.station.rawValue, password: TestFleet.password
                ) {
                    station in
                    // Once an answer came back, the session is open and the connection registered.
                    _ = try await station.call("Heartbeat", "{}")
                    async let configuration = api.liveConfiguration(
                        of: TestFleet.station, keys: ["HeartbeatInterval"], for: TestCallers.anna)
                    let sent = try await station.receive()
                    guard case .call(let call) = sent else {
                        Issue.record("expected a CALL, got \(sent)")
                        return
                    }
                    #expect(call.action == "GetConfiguration")
                    #expect(call.payload == .object(["key": .array([.string("HeartbeatInterval")])]))
                    let answer =
                        #"{"configurationKey": [{"key": "HeartbeatInterval", "readonly": false, "value": "300"}]}"#
                    try await station.send(
                        .callResult(CallResult(messageID: call.messageID, payload: try JSONValue(parsing: answer))))
                    #expect(
                        try await configuration
                            == StationConfiguration(
                                entries: [
                                    StationConfiguration.Entry(
                                        key: "HeartbeatInterval", value: "300", isReadonly: false)
                                ],
                                unknownKeys: []))

                    await #expect(
                        throws: BackendClientError.refused(
                            .changeTicketRequired(command: .reset, station: TestFleet.station))
                    ) {
                        try await api.run(
                            CommandRequest(
                                station: TestFleet.station, command: .reset, payloadJSON: #"{"type": "Soft"}"#,
                                reason: "Connected, still no change order"), by: TestCallers.anna)
                    }
                }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            let answered = try #require(log.first { $0.command == .getConfiguration })
            guard case .answered(let response)? = answered.outcome else {
                Issue.record("expected an answered command, got \(String(describing: answered.outcome))")
                return
            }
            #expect(try JSONValue(parsing: response).objectValue?["configurationKey"] != nil)
            #expect(answered.requestedBy == AgentLogin("anna"))
            #expect(log.contains { $0.command == .reset && $0.outcome != nil })
        }
    }
}
