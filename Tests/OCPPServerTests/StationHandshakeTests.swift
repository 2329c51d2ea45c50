import Foundation
import NIOHTTP1
import Testing

@testable import OCPPServer

@Suite("StationHandshake")
struct StationHandshakeTests {
    private static func basic(_ credentials: String) -> String {
        "Basic " + Data(credentials.utf8).base64EncodedString()
    }

    @Test("the station id is the percent-decoded segment after /ocpp/, ignoring a query")
    func stationID() throws {
        #expect(try StationHandshake.stationID(fromURI: "/ocpp/CP-1") == "CP-1")
        #expect(try StationHandshake.stationID(fromURI: "/ocpp/CP%20%C3%A4?x=1") == "CP ä")
    }

    @Test(
        "other paths are refused as unknown",
        arguments: ["/", "/ocpp", "/ocpp/", "/ocpp/a/b", "/x/ocpp/a", "/ocpp/%zz"]
    )
    func unknownPath(uri: String) {
        #expect(throws: HandshakeRefusal.unknownPath) { try StationHandshake.stationID(fromURI: uri) }
    }

    @Test("ocpp1.6 may be any of several offered subprotocols; without it the handshake is refused")
    func subprotocol() throws {
        let offered = HTTPHeaders([("Sec-WebSocket-Protocol", "ocpp2.0.1,  ocpp1.6")])
        #expect(try StationHandshake(uri: "/ocpp/CP-1", headers: offered).stationID == "CP-1")
        let other = HTTPHeaders([("Sec-WebSocket-Protocol", "ocpp2.0.1")])
        #expect(throws: HandshakeRefusal.missingSubprotocol) { try StationHandshake(uri: "/ocpp/CP-1", headers: other) }
        #expect(throws: HandshakeRefusal.missingSubprotocol) { try StationHandshake(uri: "/ocpp/CP-1", headers: [:]) }
    }

    @Test("Basic credentials give the password, which may contain colons; none gives nil")
    func password() throws {
        #expect(try StationHandshake.password(from: Self.basic("CP-1:a:b"), stationID: "CP-1") == "a:b")
        #expect(try StationHandshake.password(from: nil, stationID: "CP-1") == nil)
    }

    @Test("credentials for another user or in another form are refused")
    func badCredentials() {
        #expect(throws: HandshakeRefusal.userNameMismatch) {
            try StationHandshake.password(from: Self.basic("CP-2:pw"), stationID: "CP-1")
        }
        for header in ["Bearer abc", "Basic !!!", Self.basic("no-colon")] {
            #expect(throws: HandshakeRefusal.malformedCredentials) {
                try StationHandshake.password(from: header, stationID: "CP-1")
            }
        }
    }
}
