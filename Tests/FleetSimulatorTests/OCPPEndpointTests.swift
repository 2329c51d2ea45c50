import FleetSimulator
import Testing

@Suite("Central system URL")
struct OCPPEndpointTests {
    @Test("a ws URL gives host, port and the path before the station id")
    func parses() throws {
        let endpoint = try OCPPEndpoint(url: "ws://127.0.0.1:8180/ocpp/")
        #expect(endpoint == OCPPEndpoint(host: "127.0.0.1", port: 8180, path: "/ocpp"))
        #expect(endpoint.path(for: ChargePointID(prefix: "SIM-", index: 1)) == "/ocpp/SIM-00001")
        #expect(endpoint.hostHeader == "127.0.0.1:8180")
    }

    @Test("the port defaults to 80 and the path may be empty; IPv6 hosts are bracketed")
    func defaults() throws {
        #expect(try OCPPEndpoint(url: "ws://localhost") == OCPPEndpoint(host: "localhost", port: 80, path: ""))
        let six = try OCPPEndpoint(url: "ws://[::1]:9000/ocpp")
        #expect(six == OCPPEndpoint(host: "::1", port: 9000, path: "/ocpp"))
        #expect(six.hostHeader == "[::1]:9000")
    }

    @Test(
        "other schemes, a missing host and bad ports are refused",
        arguments: [
            "wss://example.org/ocpp", "http://127.0.0.1/ocpp", "ws:///ocpp", "ws://host:0/", "ws://host:99999",
            "ws://host:x",
        ]
    )
    func refuses(url: String) {
        #expect(throws: SimulationError.self) { try OCPPEndpoint(url: url) }
    }
}
