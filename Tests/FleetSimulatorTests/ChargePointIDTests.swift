import FleetSimulator
import Testing

@Suite("Station ids")
struct ChargePointIDTests {
    @Test("ids are the prefix and a zero-padded number")
    func format() {
        #expect(ChargePointID(prefix: "SIM-", index: 1).rawValue == "SIM-00001")
        #expect(ChargePointID(prefix: "CP", index: 123_456).rawValue == "CP123456")
        var configuration = SimulationConfiguration(endpoint: OCPPEndpoint(host: "h", port: 1, path: ""), stations: 2)
        configuration.firstStationNumber = 10
        #expect(configuration.stationID(0).rawValue == "SIM-00010")
    }
}
