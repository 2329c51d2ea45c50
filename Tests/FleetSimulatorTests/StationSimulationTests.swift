import FleetSimulator
import OCPP
import Testing

@Suite("A simulated station's scenario")
struct StationSimulationTests {
    @Test("a new station connects at once and boots first")
    func bootsFirst() throws {
        var station = ScriptedCentralSystem.station()
        #expect(station.timeReached(.zero) == [.connect])
        let actions = station.connectionOpened(at: .milliseconds(5))
        let call = try #require(actions.onlyCall)
        #expect(call.action == "BootNotification")
        #expect(call.field("chargePointVendor")?.stringValue?.isEmpty == false)
        #expect(call.field("chargePointSerialNumber")?.stringValue?.hasPrefix("SIM-00001-") == true)
        #expect(call.field("firmwareVersion") != nil)
    }

    @Test("an accepted boot is followed by Available for connector 0 and every connector")
    func statusAfterBoot() {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.connectorCounts = 2...2 }
        central.drive(&station, until: .zero)
        let statuses = central.calls.filter { $0.call.action == "StatusNotification" }.map(\.call)
        #expect(central.calls.first?.call.action == "BootNotification")
        #expect(statuses.map { $0.field("connectorId") } == [.integer(0), .integer(1), .integer(2)])
        #expect(statuses.allSatisfy { $0.field("status") == .string("Available") })
        #expect(statuses.allSatisfy { $0.field("errorCode") == .string("NoError") })
    }

    @Test("a session runs Authorize, Preparing, StartTransaction, Charging, samples, Stop, Finishing, Available")
    func sessionSequence() {
        var central = ScriptedCentralSystem()
        central.heartbeatSeconds = 3_600
        var station = ScriptedCentralSystem.station {
            $0.samplesPerSession = 2...2
            $0.heartbeatIntervalCap = .seconds(3_600)
        }
        central.drive(&station, until: .seconds(600))
        let labels = central.calls.map(\.call.label)
        #expect(
            Array(labels.prefix(12)) == [
                "BootNotification", "Status Available", "Status Available", "Authorize", "Status Preparing",
                "StartTransaction", "Status Charging", "MeterValues", "MeterValues", "StopTransaction",
                "Status Finishing", "Status Available",
            ]
        )
    }

    @Test("MeterValues come one meter interval apart and carry the transaction id and string samples")
    func meterValues() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station {
            $0.samplesPerSession = 3...3
            $0.meterValueInterval = .seconds(10)
        }
        central.drive(&station, until: .seconds(120))
        let samples = central.calls.filter { $0.call.action == "MeterValues" }
        try #require(samples.count >= 3)
        #expect(samples[1].at - samples[0].at == .seconds(10))
        let payload = samples[0].call.payload
        #expect(payload.objectValue?["transactionId"] == .integer(1))
        guard case .array(let meterValues)? = payload.objectValue?["meterValue"],
            case .array(let sampled)? = meterValues.first?.objectValue?["sampledValue"]
        else {
            Issue.record("MeterValues without meterValue[0].sampledValue")
            return
        }
        let measurands = sampled.compactMap { $0.objectValue?["measurand"]?.stringValue }
        #expect(Array(measurands.prefix(2)) == ["Energy.Active.Import.Register", "Power.Active.Import"])
        #expect(sampled.allSatisfy { $0.objectValue?["value"]?.stringValue.flatMap { Int($0) } != nil })
        #expect(sampled.first?.objectValue?["unit"] == .string("Wh"))
    }

    @Test("StopTransaction reports the meter the session reached and a reason")
    func stopTransaction() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.samplesPerSession = 2...2 }
        central.drive(&station, until: .seconds(900))
        let start = try #require(central.calls.first { $0.call.action == "StartTransaction" }?.call)
        let stop = try #require(central.calls.first { $0.call.action == "StopTransaction" }?.call)
        guard case .integer(let meterStart)? = start.field("meterStart"),
            case .integer(let meterStop)? = stop.field("meterStop")
        else {
            Issue.record("meterStart or meterStop missing")
            return
        }
        #expect(meterStop > meterStart)
        #expect(stop.field("transactionId") == .integer(1))
        #expect(["Local", "EVDisconnected"].contains(stop.field("reason")?.stringValue ?? ""))
    }

    @Test("a card the central system refuses starts no transaction")
    func refusedCard() {
        var central = ScriptedCentralSystem()
        central.idTagStatus = "Invalid"
        var station = ScriptedCentralSystem.station { $0.foreignTagProbability = 1 }
        central.drive(&station, until: .seconds(1_800))
        let actions = Set(central.calls.map(\.call.action))
        #expect(actions.contains("Authorize"))
        #expect(!actions.contains("StartTransaction"))
        #expect(!central.calls.contains { $0.call.label == "Status Preparing" })
    }

    @Test("heartbeats follow the interval of the boot answer, capped by the behaviour")
    func heartbeatInterval() {
        var central = ScriptedCentralSystem()
        central.heartbeatSeconds = 7_200
        var station = ScriptedCentralSystem.station {
            $0.heartbeatIntervalCap = .seconds(120)
            $0.meterValueInterval = .seconds(3_600)
        }
        central.drive(&station, until: .seconds(500))
        let heartbeats = central.calls.filter { $0.call.action == "Heartbeat" }.map(\.at)
        #expect(heartbeats == [.seconds(120), .seconds(240), .seconds(360), .seconds(480)])
    }

    @Test("a fault reports Faulted with an error code and a vendor code, and later Available")
    func fault() throws {
        var central = ScriptedCentralSystem()
        var station = ScriptedCentralSystem.station { $0.faultProbability = 1 }
        central.drive(&station, until: .seconds(1_200))
        let statuses = central.calls.map(\.call).filter { $0.action == "StatusNotification" }
        let faulted = try #require(statuses.first { $0.field("status") == .string("Faulted") })
        #expect(faulted.field("errorCode") != .string("NoError"))
        #expect(faulted.field("vendorErrorCode")?.stringValue?.hasPrefix("E-") == true)
        let afterFault = statuses.drop { $0.field("status") != .string("Faulted") }.dropFirst()
        #expect(afterFault.first?.field("status") == .string("Available"))
    }

    @Test("the same seed gives the same messages, another seed other ones")
    func determinism() {
        func messages(seed: UInt64) -> [String] {
            var central = ScriptedCentralSystem()
            var station = ScriptedCentralSystem.station(seed: seed) {
                $0.connectorCounts = 1...2
                $0.faultProbability = 0.2
                $0.foreignTagProbability = 0.3
            }
            central.drive(&station, until: .seconds(7_200))
            return central.calls.map { "\($0.at) \(Frame.call($0.call).encoded())" }
        }
        #expect(messages(seed: 11) == messages(seed: 11))
        #expect(messages(seed: 11) != messages(seed: 12))
    }
}

extension [StationSimulation.Action] {
    /// The CALL of the only send action among these, if there is exactly one.
    var onlyCall: Call? {
        let calls = compactMap { action -> Call? in
            if case .send(.call(let call)) = action { call } else { nil }
        }
        return calls.count == 1 ? calls.first : nil
    }
}
