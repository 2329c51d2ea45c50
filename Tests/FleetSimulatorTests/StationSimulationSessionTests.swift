import FleetSimulator
import OCPP
import Testing

@Suite("A simulated station's sessions under commands and disconnects")
struct StationSimulationSessionTests {
    private func command(_ action: String, _ payload: [String: JSONValue]) -> Frame {
        .call(Call(messageID: "cs-1", action: action, payload: .object(payload)))
    }

    private func emptyResult(for call: Call) -> Frame {
        .callResult(CallResult(messageID: call.messageID, payload: .object([:])))
    }

    @Test("RemoteStopTransaction while a sample is outstanding stops the session once the sample is answered")
    func remoteStopDuringSample() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.samplesPerSession = 5...5 }
        let (sample, at) = try #require(central.drive(&station, until: .seconds(3_600)) { $0.action == "MeterValues" })
        let transaction = try #require(sample.field("transactionId"))
        let answer = station.frameReceived(command("RemoteStopTransaction", ["transactionId": transaction]), at: at)
        #expect(
            answer == [
                .send(.callResult(CallResult(messageID: "cs-1", payload: .object(["status": .string("Accepted")]))))
            ]
        )
        let next = try #require(station.frameReceived(emptyResult(for: sample), at: at + .seconds(1)).onlyCall)
        #expect(next.action == "StopTransaction")
        #expect(next.field("reason") == .string("Remote"))
        #expect(next.field("transactionId") == transaction)
    }

    @Test("a Reset during a session stops it with SoftReset, then the station reboots")
    func resetDuringSession() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.samplesPerSession = 5...5 }
        let (sample, at) = try #require(central.drive(&station, until: .seconds(3_600)) { $0.action == "MeterValues" })
        _ = station.frameReceived(command("Reset", ["type": .string("Soft")]), at: at)
        let stop = try #require(station.frameReceived(emptyResult(for: sample), at: at).onlyCall)
        #expect(stop.action == "StopTransaction")
        #expect(stop.field("reason") == .string("SoftReset"))
        let afterStop = station.frameReceived(emptyResult(for: stop), at: at)
        #expect(afterStop.first == .complete(CallOutcome(action: "StopTransaction", kind: .answered)))
        #expect(afterStop.last == .disconnect)
        #expect(station.boot == .required)
    }

    @Test("occasional disconnects reconnect without a new boot, and report the statuses again")
    func disconnects() {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.meanTimeBetweenDisconnects = .seconds(300) }
        central.drive(&station, until: .seconds(7_200))
        let boots = central.calls.filter { $0.call.action == "BootNotification" }
        let stationStatuses = central.calls.filter {
            $0.call.action == "StatusNotification" && $0.call.field("connectorId") == .integer(0)
        }
        #expect(boots.count == 1)
        #expect(stationStatuses.count > 5)
    }

    @Test("a connector made inoperative reports Unavailable and starts no session until operative again")
    func inoperative() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.idleIntervals = 10...10 }
        central.drive(&station, until: .zero)
        let actions = station.frameReceived(
            command("ChangeAvailability", ["connectorId": .integer(1), "type": .string("Inoperative")]),
            at: .seconds(1)
        )
        let report = try #require(actions.onlyCall)
        #expect(report.field("status") == .string("Unavailable"))
        _ = station.frameReceived(emptyResult(for: report), at: .seconds(1))
        #expect(station.connectors.first?.dueAt == nil)
        let operative = station.frameReceived(
            command("ChangeAvailability", ["connectorId": .integer(1), "type": .string("Operative")]),
            at: .seconds(2)
        )
        #expect(try #require(operative.onlyCall).field("status") == .string("Available"))
    }
}
