import FleetSimulator
import OCPP
import Testing

@Suite("A simulated station answering the central system")
struct StationSimulationCommandTests {
    /// A booted station with one connector, idle for hours.
    private func bootedStation() -> StationSimulation {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.idleIntervals = 100...100 }
        central.drive(&station, until: .zero)
        return station
    }

    private func call(_ action: String, _ payload: [String: JSONValue] = [:], id: String = "cs-1") -> Frame {
        .call(Call(messageID: id, action: action, payload: .object(payload)))
    }

    /// The payload of the CALLRESULT among `actions`.
    private func result(_ actions: [StationSimulation.Action]) -> [String: JSONValue]? {
        for action in actions {
            if case .send(.callResult(let result)) = action { return result.payload.objectValue }
        }
        return nil
    }

    @Test("GetConfiguration lists the plausible keys and names the unknown ones")
    func getConfiguration() throws {
        var station = bootedStation()
        let all = try #require(result(station.frameReceived(call("GetConfiguration"), at: .seconds(1))))
        guard case .array(let keys)? = all["configurationKey"] else {
            Issue.record("no configurationKey")
            return
        }
        let names = keys.compactMap { $0.objectValue?["key"]?.stringValue }
        for key in ["HeartbeatInterval", "MeterValueSampleInterval", "NumberOfConnectors", "AuthorizeRemoteTxRequests"]
        {
            #expect(names.contains(key))
        }
        let some = try #require(
            result(
                station.frameReceived(
                    call("GetConfiguration", ["key": .array([.string("NumberOfConnectors"), .string("Warp")])]),
                    at: .seconds(1)
                )
            )
        )
        #expect(some["unknownKey"] == .array([.string("Warp")]))
        #expect(
            some["configurationKey"]
                == .array([
                    .object(["key": .string("NumberOfConnectors"), "readonly": .bool(true), "value": .string("1")])
                ])
        )
    }

    @Test("ChangeConfiguration accepts a writable key, rejects a read-only one and a bad value")
    func changeConfiguration() {
        var station = bootedStation()
        func change(_ key: String, _ value: String) -> JSONValue? {
            result(
                station.frameReceived(
                    call("ChangeConfiguration", ["key": .string(key), "value": .string(value)]),
                    at: .seconds(1)
                )
            )?[
                "status"
            ]
        }
        #expect(change("HeartbeatInterval", "60") == .string("Accepted"))
        #expect(station.heartbeatInterval == .seconds(60))
        #expect(change("NumberOfConnectors", "4") == .string("Rejected"))
        #expect(change("HeartbeatInterval", "soon") == .string("Rejected"))
        #expect(change("Warp", "9") == .string("NotSupported"))
    }

    @Test("TriggerMessage is accepted and the triggered message goes out next")
    func triggerMessage() throws {
        var station = bootedStation()
        let actions = station.frameReceived(
            call("TriggerMessage", ["requestedMessage": .string("StatusNotification"), "connectorId": .integer(1)]),
            at: .seconds(5)
        )
        #expect(result(actions)?["status"] == .string("Accepted"))
        let sent = try #require(actions.onlyCall)
        #expect(sent.action == "StatusNotification")
        #expect(sent.field("connectorId") == .integer(1))
    }

    @Test("TriggerMessage for an unknown message answers NotImplemented, for an unknown connector Rejected")
    func triggerRefusals() {
        var station = bootedStation()
        let unknown = station.frameReceived(
            call("TriggerMessage", ["requestedMessage": .string("Coffee")]),
            at: .seconds(1)
        )
        #expect(result(unknown)?["status"] == .string("NotImplemented"))
        let connector = station.frameReceived(
            call("TriggerMessage", ["requestedMessage": .string("MeterValues"), "connectorId": .integer(9)]),
            at: .seconds(1)
        )
        #expect(result(connector)?["status"] == .string("Rejected"))
    }

    @Test("GetLocalListVersion tells the version SendLocalList set")
    func localListVersion() {
        var station = bootedStation()
        #expect(
            result(station.frameReceived(call("GetLocalListVersion"), at: .seconds(1)))?["listVersion"] == .integer(0)
        )
        _ = station.frameReceived(
            call("SendLocalList", ["listVersion": .integer(7), "updateType": .string("Full")]),
            at: .seconds(1)
        )
        #expect(
            result(station.frameReceived(call("GetLocalListVersion"), at: .seconds(1)))?["listVersion"] == .integer(7)
        )
    }

    @Test("RemoteStartTransaction starts a session with Authorize for the given card")
    func remoteStart() throws {
        var station = bootedStation()
        let actions = station.frameReceived(
            call("RemoteStartTransaction", ["idTag": .string("REMOTE-1"), "connectorId": .integer(1)]),
            at: .seconds(9)
        )
        #expect(result(actions)?["status"] == .string("Accepted"))
        let sent = try #require(actions.onlyCall)
        #expect(sent.action == "Authorize")
        #expect(sent.field("idTag") == .string("REMOTE-1"))
    }

    @Test("RemoteStopTransaction of an unknown transaction is rejected")
    func remoteStopUnknown() {
        var station = bootedStation()
        let actions = station.frameReceived(
            call("RemoteStopTransaction", ["transactionId": .integer(99)]),
            at: .seconds(1)
        )
        #expect(result(actions)?["status"] == .string("Rejected"))
    }

    @Test("Reset is accepted, and the station disconnects to boot again")
    func reset() {
        var station = bootedStation()
        let actions = station.frameReceived(call("Reset", ["type": .string("Soft")]), at: .seconds(1))
        #expect(result(actions)?["status"] == .string("Accepted"))
        #expect(actions.last == .disconnect)
        _ = station.connectionClosed(at: .seconds(1))
        #expect(station.boot == .required)
    }

    @Test("every central system action gets a CALLRESULT, an unknown one CALLERROR NotImplemented")
    func everyAction() {
        var station = bootedStation()
        let payloads: [CentralSystemOperation: [String: JSONValue]] = [
            .changeAvailability: ["connectorId": .integer(1), "type": .string("Inoperative")],
            .changeConfiguration: ["key": .string("ConnectionTimeOut"), "value": .string("30")],
            .remoteStartTransaction: ["idTag": .string("X")],
            .remoteStopTransaction: ["transactionId": .integer(1)],
            .reserveNow: ["connectorId": .integer(1), "reservationId": .integer(1), "idTag": .string("X")],
            .reset: ["type": .string("Hard")],
            .sendLocalList: ["listVersion": .integer(1), "updateType": .string("Full")],
            .triggerMessage: ["requestedMessage": .string("Heartbeat")],
            .unlockConnector: ["connectorId": .integer(1)],
        ]
        for operation in CentralSystemOperation.allCases {
            let actions = station.frameReceived(call(operation.rawValue, payloads[operation] ?? [:]), at: .seconds(1))
            #expect(result(actions) != nil, "\(operation.rawValue) got no CALLRESULT")
        }
        let unknown = station.frameReceived(call("FlyToMoon", id: "cs-9"), at: .seconds(1))
        #expect(
            unknown.first
                == .send(
                    .callError(
                        CallError(messageID: "cs-9", code: .notImplemented, description: "Unknown action FlyToMoon.")
                    )
                )
        )
    }

    @Test("a CALL missing a required field gets CALLERROR ProtocolError")
    func missingField() {
        var station = bootedStation()
        let actions = station.frameReceived(call("UnlockConnector", id: "cs-3"), at: .seconds(1))
        guard case .send(.callError(let error))? = actions.first else {
            Issue.record("expected a CALLERROR, got \(actions)")
            return
        }
        #expect(error.code == .protocolError)
        #expect(error.messageID == "cs-3")
    }
}
