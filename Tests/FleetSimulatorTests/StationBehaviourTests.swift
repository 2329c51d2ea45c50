import FleetSimulator
import OCPP
import Testing

@Suite("Station behaviour and pacing")
struct StationBehaviourTests {
    @Test(
        "pacing to a fleet rate gives that rate in expectation",
        arguments: [(5_000.0, 10_000), (200.0, 10), (50.0, 3)]
    )
    func pacing(rate: Double, stations: Int) {
        let paced = StationBehaviour().paced(toFleetRate: rate, stations: stations)
        let expected = paced.expectedMessageRate * Double(stations)
        #expect(abs(expected - rate) / rate < 0.01)
    }

    @Test("a paced station sends about its expected rate, mostly MeterValues")
    func simulatedRate() {
        var fixed = StationBehaviour()
        fixed.connectorCounts = 2...2
        fixed.meanTimeBetweenDisconnects = nil
        let behaviour = fixed.paced(toFleetRate: 400, stations: 100)
        var total = 0
        var meterValues = 0
        let end = Duration.seconds(2_000)
        for stream in 0..<10 {
            let calls = Self.calls(of: behaviour, seed: 5, stream: stream, until: end)
            total += calls.count
            meterValues += calls.filter { $0.call.action == "MeterValues" }.count
        }
        let rate = Double(total) / 10 / 2_000
        #expect(abs(rate - behaviour.expectedMessageRate) / behaviour.expectedMessageRate < 0.05)
        #expect(Double(meterValues) / Double(total) > 0.6)
    }

    @Test(
        "a paced fleet sends its rate already before its first sessions end, and would not without starting mid-cycle",
        arguments: [true, false]
    )
    func rateFromTheStart(startsMidCycle: Bool) {
        var fixed = StationBehaviour()
        fixed.meanTimeBetweenDisconnects = nil
        var behaviour = fixed.paced(toFleetRate: 400, stations: 100)
        behaviour.startsMidCycle = startsMidCycle
        let interval = behaviour.meterValueInterval
        let window = (interval * 5)..<(interval * 20)
        var sent = 0
        for stream in 0..<100 {
            sent +=
                Self.calls(of: behaviour, seed: 11, stream: stream, until: window.upperBound)
                .filter { window.contains($0.at) }.count
        }
        let rate = Double(sent) / ((window.upperBound - window.lowerBound) / .seconds(1))
        let shortfall = (400 - rate) / 400
        if startsMidCycle {
            #expect(abs(shortfall) < 0.05, "fleet rate \(rate) msg/s, goal 400")
        } else {
            #expect(shortfall > 0.05, "fleet rate \(rate) msg/s, goal 400")
        }
    }

    /// The CALLs one station with `behaviour` sends until `end`, answered by a scripted central system.
    private static func calls(
        of behaviour: StationBehaviour, seed: UInt64, stream: Int, until end: Duration
    ) -> [(call: Call, at: Duration)] {
        var central = ScriptedCentralSystem()
        var station = StationSimulation(
            id: ChargePointID("SIM-\(stream)"),
            behaviour: behaviour,
            random: SeededGenerator(seed: seed, stream: stream),
            epoch: ScriptedCentralSystem.epoch,
            endsAt: end
        )
        central.drive(&station, until: end)
        return central.calls
    }

    @Test("pacing keeps the meter interval at 1 ms or more")
    func floor() {
        let paced = StationBehaviour().paced(toFleetRate: 1_000_000, stations: 1)
        #expect(paced.meterValueInterval >= .milliseconds(1))
    }
}
