import BackendClient
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import Backend

/// The routes in process (Hummingbird's `.router` test client): statuses, error bodies and the bearer check.
@Suite("APIRoutes", .timeLimit(.minutes(1)))
struct APIRoutesTests {
    private static func application(_ backend: TestBackend) -> some ApplicationProtocol {
        Application(
            router: APIRoutes.router(api: backend.api(over: backend.idleServer()), metrics: backend.metrics),
            logger: backend.logger)
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from body: ByteBuffer) throws -> Value {
        try APIContract.makeDecoder().decode(type, from: Data(body.readableBytesView))
    }

    private static func json(_ value: some Encodable) throws -> ByteBuffer {
        ByteBuffer(bytes: try APIContract.makeEncoder().encode(value))
    }

    /// Logs `userName` in and returns the bearer header for its token.
    private static func bearer(
        _ client: some TestClientProtocol, userName: String = TestCallers.anna.userName
    ) async throws -> HTTPFields {
        let body = try json(APIContract.Login(userName: userName, password: TestAccounts.password))
        let grant = try await client.execute(uri: APIContract.Route.login.template, method: .post, body: body) {
            try decode(SessionGrant.self, from: $0.body)
        }
        return [.authorization: "Bearer \(grant.token)"]
    }

    @Test("GET /metrics answers Prometheus text without a login, open alarms counted by severity")
    func metrics() async throws {
        try await TestBackend.run { backend in
            backend.metrics.stationConnected()
            try await Self.application(backend).test(.router) { client in
                try await client.execute(uri: "/metrics", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                    let text = String(buffer: response.body)
                    #expect(text.contains("leitstand_stations_connected 1"))
                    #expect(text.contains(#"leitstand_open_alarms{severity="critical"} 0"#))
                }
            }
        }
    }

    @Test("login answers the grant; a wrong password answers 401 with the refusal in an error body")
    func login() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await Self.application(backend).test(.router) { client in
                let wrong = try Self.json(APIContract.Login(userName: "anna", password: "not-the-password"))
                try await client.execute(uri: APIContract.Route.login.template, method: .post, body: wrong) {
                    response in
                    #expect(response.status == .unauthorized)
                    let body = try Self.decode(APIErrorBody.self, from: response.body)
                    #expect(body.detail == .loginRefused(.wrongCredentials(remainingAttempts: nil)))
                }
                let headers = try await Self.bearer(client)
                try await client.execute(uri: APIContract.Route.fleet.template, method: .get, headers: headers) {
                    #expect($0.status == .ok)
                    let fleet = try Self.decode(FleetSnapshot.self, from: $0.body)
                    #expect(fleet.rows.count == 5)
                }
            }
        }
    }

    @Test(
        "every route but login answers 401 with an error body without a valid bearer token",
        arguments: APIContract.Route.allCases.filter(\.needsToken))
    func tokenRequired(_ route: APIContract.Route) async throws {
        try await TestBackend.run { backend in
            let path = route.template.replacingOccurrences(of: "{id}", with: "1")
                .replacingOccurrences(of: "{name}", with: "anna").replacingOccurrences(of: "{tag}", with: "CARD-OK")
            let method: HTTPRequest.Method = route.method == .get ? .get : .post
            try await Self.application(backend).test(.router) { client in
                for headers: HTTPFields in [
                    [:], [.authorization: "Bearer not-a-token"], [.authorization: "Basic YQ=="],
                ] {
                    try await client.execute(uri: path, method: method, headers: headers) { response in
                        #expect(response.status == .unauthorized)
                        #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="leitstand""#)
                        let body = try Self.decode(APIErrorBody.self, from: response.body)
                        #expect(body.detail == .loginRefused(.sessionExpired))
                    }
                }
            }
        }
    }

    @Test("GET a station a customer may not see answers 404 like an unknown one, with a sentence in \"error\"")
    func foreignStationIsNotFound() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await Self.application(backend).test(.router) { client in
                let headers = try await Self.bearer(client, userName: TestCallers.kunde.userName)
                for station in [TestFleet.otherStation, TestFleet.unknownStation] {
                    try await client.execute(uri: APIContract.station(station), method: .get, headers: headers) {
                        #expect($0.status == .notFound)
                        let body = try Self.decode(APIErrorBody.self, from: $0.body)
                        #expect(body == APIErrorBody(.stationNotFound(station)))
                        #expect(body.error == "No station \(station) is registered.")
                    }
                }
                try await client.execute(uri: APIContract.station(TestFleet.station), method: .get, headers: headers) {
                    #expect($0.status == .ok)
                    let detail = try Self.decode(StationDetail.self, from: $0.body)
                    #expect(detail.row.id == TestFleet.station)
                }
            }
        }
    }

    @Test("a path whose station id is not valid answers 400 with an error body")
    func invalidStationID() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await Self.application(backend).test(.router) { client in
                let headers = try await Self.bearer(client)
                try await client.execute(
                    uri: "\(APIContract.prefix)/stations/not!valid", method: .get, headers: headers
                ) { response in
                    #expect(response.status == .badRequest)
                    guard case .invalidRequest = try Self.decode(APIErrorBody.self, from: response.body).detail else {
                        Issue.record("expected an invalid request")
                        return
                    }
                }
            }
        }
    }

    @Test("POST a Reset answers 403, logged under the caller's login whatever name the body gives")
    func postResetIsForbidden() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            let body =
                #"{"command": "Reset", "payload": {"type": "Hard"}, "reason": "Frozen display", "requestedBy": "mallory"}"#
            try await Self.application(backend).test(.router) { client in
                let headers = try await Self.bearer(client)
                try await client.execute(
                    uri: APIContract.commands(TestFleet.station), method: .post, headers: headers,
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .forbidden)
                    let refusal = CommandRefusal.changeTicketRequired(command: .reset, station: TestFleet.station)
                    let answer = try Self.decode(APIErrorBody.self, from: response.body)
                    #expect(answer == APIErrorBody(.refused(refusal)))
                    #expect(answer.error.contains("change order confirmed by the customer in writing by e-mail"))
                }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
            #expect(log.map(\.reason) == ["Frozen display"])
        }
    }

    @Test(
        "POST a command with a malformed body answers 400 and logs nothing",
        arguments: [
            "not json",
            #"["Reset"]"#,
            #"{"command": "FlyToMoon", "reason": "r"}"#,
            #"{"command": "GetConfiguration"}"#,
            #"{"command": "GetConfiguration", "reason": ""}"#,
            #"{"command": "GetConfiguration", "payload": {"key": "HeartbeatInterval"}, "reason": "r"}"#,
        ])
    func postMalformedCommand(_ body: String) async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await Self.application(backend).test(.router) { client in
                let headers = try await Self.bearer(client)
                try await client.execute(
                    uri: APIContract.commands(TestFleet.station), method: .post, headers: headers,
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .badRequest)
                    guard case .invalidRequest = try Self.decode(APIErrorBody.self, from: response.body).detail else {
                        Issue.record("expected an invalid request")
                        return
                    }
                }
            }
            #expect(try await backend.store.commandLog(station: TestFleet.station, limit: 10).isEmpty)
        }
    }

    @Test("GET the live configuration of a station that is not connected answers 409; a customer gets 403")
    func configurationOfOfflineStation() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await Self.application(backend).test(.router) { client in
                let agent = try await Self.bearer(client)
                try await client.execute(
                    uri: APIContract.configuration(TestFleet.station), method: .get, headers: agent
                ) {
                    #expect($0.status == .conflict)
                    let answer = try Self.decode(APIErrorBody.self, from: $0.body)
                    #expect(answer.detail == .refused(.stationOffline(station: TestFleet.station)))
                }
                let customer = try await Self.bearer(client, userName: TestCallers.kunde.userName)
                try await client.execute(
                    uri: APIContract.configuration(TestFleet.station), method: .get, headers: customer
                ) { #expect($0.status == .forbidden) }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
        }
    }

    @Test(
        "accounts: a supervisor creates a login (201), not twice (409) nor with a short password (400); an agent may not (403); logout ends the session (401)"
    )
    func accounts() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            let newcomer = NewAccount(
                userName: "nora", displayName: "Nora New", role: .agent, customerID: nil, password: "nora-password-1")
            try await Self.application(backend).test(.router) { client in
                let login = try Self.json(
                    APIContract.Login(userName: TestAccounts.supervisor, password: TestAccounts.supervisorPassword))
                let grant = try await client.execute(uri: APIContract.Route.login.template, method: .post, body: login)
                {
                    try Self.decode(SessionGrant.self, from: $0.body)
                }
                let supervisor: HTTPFields = [.authorization: "Bearer \(grant.token)"]
                let route = APIContract.Route.createAccount.template
                try await client.execute(uri: route, method: .post, headers: supervisor, body: try Self.json(newcomer))
                {
                    #expect($0.status == .created)
                    let created = try Self.decode(AccountSummary.self, from: $0.body)
                    #expect(created.userName == "nora")
                }
                try await client.execute(uri: route, method: .post, headers: supervisor, body: try Self.json(newcomer))
                {
                    #expect($0.status == .conflict)
                    let detail = try Self.decode(APIErrorBody.self, from: $0.body).detail
                    #expect(detail == .accountRefused(.userNameTaken(AccountName("nora")!)))
                }
                var weak = newcomer
                weak.userName = "otto"
                weak.password = "short"
                try await client.execute(uri: route, method: .post, headers: supervisor, body: try Self.json(weak)) {
                    #expect($0.status == .badRequest)
                    let detail = try Self.decode(APIErrorBody.self, from: $0.body).detail
                    #expect(detail == .accountRefused(.passwordTooShort))
                }
                let agent = try await Self.bearer(client)
                try await client.execute(uri: route, method: .post, headers: agent, body: try Self.json(newcomer)) {
                    guard case .forbidden = try Self.decode(APIErrorBody.self, from: $0.body).detail else {
                        Issue.record("expected forbidden, got \($0.status)")
                        return
                    }
                    #expect($0.status == .forbidden)
                }
                try await client.execute(uri: APIContract.Route.logout.template, method: .post, headers: agent) {
                    #expect($0.status == .noContent)
                }
                try await client.execute(uri: APIContract.Route.fleet.template, method: .get, headers: agent) {
                    #expect($0.status == .unauthorized)
                }
            }
        }
    }
}
