import FleetSimulator
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
        for seed in 0..<10 {
            var central = ScriptedCentralSystem()
            var station = StationSimulation(
                id: ChargePointID("SIM-\(seed)"),
                behaviour: behaviour,
                random: SeededGenerator(seed: 5, stream: seed),
                epoch: ScriptedCentralSystem.epoch,
                endsAt: end
            )
            central.drive(&station, until: end)
            total += central.calls.count
            meterValues += central.calls.filter { $0.call.action == "MeterValues" }.count
        }
        let rate = Double(total) / 10 / 2_000
        #expect(abs(rate - behaviour.expectedMessageRate) / behaviour.expectedMessageRate < 0.05)
        #expect(Double(meterValues) / Double(total) > 0.6)
    }

    @Test("pacing keeps the meter interval at 1 ms or more")
    func floor() {
        let paced = StationBehaviour().paced(toFleetRate: 1_000_000, stations: 1)
        #expect(paced.meterValueInterval >= .milliseconds(1))
    }
}
