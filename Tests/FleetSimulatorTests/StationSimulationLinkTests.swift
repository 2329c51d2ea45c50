import FleetSimulator
import OCPP
import Testing

@Suite("A simulated station's link and outstanding CALL")
struct StationSimulationLinkTests {
    @Test("only one CALL is outstanding: nothing else goes out before the boot is answered")
    func oneOutstandingCall() {
        var station = ScriptedCentralSystem.station()
        _ = station.timeReached(.zero)
        _ = station.connectionOpened(at: .zero)
        #expect(station.outstanding?.request.action == "BootNotification")
        #expect(station.timeReached(.seconds(5)) == [])
        #expect(station.nextWakeUp == StationBehaviour().callTimeout)
    }

    @Test("an unanswered CALL times out, and a BootNotification is tried again later")
    func timeout() throws {
        var station = ScriptedCentralSystem.station()
        _ = station.timeReached(.zero)
        _ = station.connectionOpened(at: .zero)
        let timeout = StationBehaviour().callTimeout
        let actions = station.timeReached(timeout)
        #expect(actions == [.complete(CallOutcome(action: "BootNotification", kind: .timedOut))])
        #expect(station.boot == .retry(at: timeout + .seconds(10)))
        let retry = try #require(station.timeReached(timeout + .seconds(10)).onlyCall)
        #expect(retry.action == "BootNotification")
    }

    @Test("a late answer to a timed-out CALL is ignored")
    func lateAnswer() throws {
        var station = ScriptedCentralSystem.station()
        _ = station.timeReached(.zero)
        let boot = try #require(station.connectionOpened(at: .zero).onlyCall)
        _ = station.timeReached(StationBehaviour().callTimeout)
        let late = Frame.callResult(
            CallResult(messageID: boot.messageID, payload: .object(["status": .string("Accepted")]))
        )
        #expect(station.frameReceived(late, at: .seconds(31)) == [])
    }

    @Test("a CALLERROR ends the CALL and is reported with its code")
    func callError() throws {
        var station = ScriptedCentralSystem.station()
        _ = station.timeReached(.zero)
        let boot = try #require(station.connectionOpened(at: .zero).onlyCall)
        let error = CallError(messageID: boot.messageID, code: .formationViolation, description: "no")
        let actions = station.frameReceived(.callError(error), at: .seconds(1))
        #expect(
            actions.first == .complete(CallOutcome(action: "BootNotification", kind: .refused(.formationViolation)))
        )
        #expect(station.outstanding == nil)
    }

    @Test("a dropped connection loses the outstanding CALL and reconnects after a delay")
    func droppedConnection() {
        var station = ScriptedCentralSystem.station()
        _ = station.timeReached(.zero)
        _ = station.connectionOpened(at: .zero)
        let actions = station.connectionClosed(at: .seconds(2))
        #expect(actions == [.complete(CallOutcome(action: "BootNotification", kind: .lost))])
        guard case .offline(let reconnectAt) = station.link else {
            Issue.record("expected offline, got \(station.link)")
            return
        }
        #expect(reconnectAt >= .seconds(3) && reconnectAt <= .seconds(7))
        #expect(station.timeReached(reconnectAt) == [.connect])
    }

    @Test("failed connection attempts back off, doubling up to the limit")
    func backoff() {
        var station = ScriptedCentralSystem.station()
        var now = Duration.zero
        var waits: [Duration] = []
        for _ in 0..<8 {
            #expect(station.timeReached(now) == [.connect])
            _ = station.connectionFailed(at: now)
            guard case .offline(let reconnectAt) = station.link else { return }
            waits.append(reconnectAt - now)
            now = reconnectAt
        }
        let limits: [Duration] = [1, 2, 4, 8, 16, 30, 30, 30].map { .seconds($0) }
        for (wait, limit) in zip(waits, limits) {
            #expect(wait <= limit && wait >= limit / 2)
        }
    }

    @Test("at the end of the run the station disconnects and stops")
    func stopsAtTheEnd() {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station(endsAt: .seconds(100))
        central.drive(&station, until: .seconds(100))
        #expect(station.isStopped)
        #expect(station.nextWakeUp == nil)
    }

    @Test("a station that first runs after the end of the run still tries to connect once, then stops")
    func lateStartConnectsOnce() {
        var station = ScriptedCentralSystem.station(endsAt: .seconds(5))
        #expect(station.timeReached(.seconds(9)) == [.connect])
        #expect(station.connectionFailed(at: .seconds(10)) == [])
        #expect(station.isStopped)
        #expect(station.timeReached(.seconds(11)) == [])
    }

    @Test("a station reconnecting after an accepted boot reports its statuses instead of booting again")
    func reconnectWithoutBoot() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station()
        central.drive(&station, until: .zero)
        _ = station.timeReached(.seconds(1))
        _ = station.connectionClosed(at: .seconds(1))
        guard case .offline(let reconnectAt) = station.link else { return }
        #expect(station.timeReached(reconnectAt) == [.connect])
        let call = try #require(station.connectionOpened(at: reconnectAt).onlyCall)
        #expect(call.action == "StatusNotification")
        #expect(call.field("connectorId") == .integer(0))
    }

    @Test("acknowledged StartTransaction is kept for the acknowledgement log with its transaction id")
    func acknowledgements() {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.samplesPerSession = 1...1 }
        central.drive(&station, until: .seconds(600))
        let records = central.otherActions.compactMap { action -> AcknowledgementRecord? in
            if case .acknowledge(let record) = action { record } else { nil }
        }
        let start = records.first { $0.type == "StartTransaction" }
        #expect(start?.transactionId == 1)
        #expect(start?.station == "SIM-00001")
        #expect(records.contains { $0.type == "MeterValues" && $0.transactionId == 1 })
        #expect(records.contains { $0.type == "StopTransaction" && $0.transactionId == 1 })
        #expect(!records.contains { $0.type == "BootNotification" || $0.type == "Authorize" })
    }
}
