import Foundation
import OCPP
import OCPPServer
import Testing

@Suite("Handshake", .timeLimit(.minutes(1)))
struct HandshakeTests {
    @Test("a handshake without ocpp1.6 among its subprotocols gets HTTP 400")
    func subprotocolRefused() async throws {
        try await TestServer.run { server in
            let request = HTTPProbe.handshake(path: "/ocpp/CP-1", subprotocols: "ocpp2.0.1, ocpp1.5")
            let response = try await HTTPProbe.send(request, port: server.port)
            #expect(response.status == 400)
            #expect(response.text.contains("ocpp1.6"))
            #expect(server.authenticator.requests.events.isEmpty)
        }
    }

    @Test("a wrong password gets HTTP 401 with a Basic challenge")
    func wrongPassword() async throws {
        try await TestServer.run(authenticator: FakeAuthenticator(passwords: ["CP-1": "right"])) { server in
            let credentials = Data("CP-1:wrong".utf8).base64EncodedString()
            let request = HTTPProbe.handshake(
                path: "/ocpp/CP-1",
                subprotocols: "ocpp1.6",
                authorization: "Basic \(credentials)"
            )
            let response = try await HTTPProbe.send(request, port: server.port)
            #expect(response.status == 401)
            #expect(response.text.lowercased().contains("www-authenticate: basic"))
            #expect(server.authenticator.requests.events.map(\.password) == ["wrong"])
        }
    }

    @Test("a Basic user name other than the station id gets HTTP 401 without asking the authenticator")
    func userNameMismatch() async throws {
        try await TestServer.run { server in
            let credentials = Data("CP-2:secret".utf8).base64EncodedString()
            let request = HTTPProbe.handshake(
                path: "/ocpp/CP-1",
                subprotocols: "ocpp1.6",
                authorization: "Basic \(credentials)"
            )
            let response = try await HTTPProbe.send(request, port: server.port)
            #expect(response.status == 401)
            #expect(server.authenticator.requests.events.isEmpty)
        }
    }

    @Test("an unknown station gets HTTP 404", arguments: ["/ocpp/CP-404", "/other/CP-1", "/ocpp/", "/ocpp/CP-1/x"])
    func notFound(path: String) async throws {
        try await TestServer.run { server in
            let response = try await HTTPProbe.send(
                HTTPProbe.handshake(path: path, subprotocols: "ocpp1.6"),
                port: server.port
            )
            #expect(response.status == 404)
        }
    }

    @Test("a plain HTTP request gets 400 on the station path and 404 elsewhere")
    func plainHTTP() async throws {
        try await TestServer.run { server in
            let onPath = try await HTTPProbe.send("GET /ocpp/CP-1 HTTP/1.1\r\nHost: x\r\n\r\n", port: server.port)
            let elsewhere = try await HTTPProbe.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n", port: server.port)
            #expect(onPath.status == 400)
            #expect(elsewhere.status == 404)
        }
    }

    @Test("an accepted station negotiates ocpp1.6 and its password is never logged")
    func accepted() async throws {
        try await TestServer.run(authenticator: FakeAuthenticator(passwords: ["CP 1": "s3cret-pw"])) { server in
            let subprotocol = try await TestStation.connect(
                port: server.port,
                stationID: "CP 1",
                pathSegment: "CP%201",
                password: "s3cret-pw"
            ) {
                station in station.subprotocol
            }
            #expect(subprotocol == "ocpp1.6")
            let request = try #require(await server.authenticator.requests.first { _ in true })
            #expect(request.stationID == "CP 1")
            #expect(request.remoteAddress?.hasPrefix("127.0.0.1:") == true)
            _ = await server.handler.events.first { if case .closed = $0 { true } else { false } }
            let logged = server.logs.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
            #expect(logged.contains("Station connected"))
            #expect(!logged.contains("s3cret-pw"))
        }
    }
}
