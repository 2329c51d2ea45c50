import BackendClient
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import Backend

@Suite("APIRoutes")
struct APIRoutesTests {
    private static func application(_ backend: TestBackend) -> some ApplicationProtocol {
        Application(router: APIRoutes.router(api: backend.api(over: backend.idleServer())), logger: backend.logger)
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from body: ByteBuffer) throws -> Value {
        try APIContract.makeDecoder().decode(type, from: Data(body.readableBytesView))
    }

    @Test("GET a station answers 200 with its overview as JSON")
    func getStation() async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(uri: APIContract.station(TestFleet.station), method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    let overview = try Self.decode(StationOverview.self, from: response.body)
                    #expect(overview.id == TestFleet.station)
                    #expect(overview.siteID == TestFleet.site)
                    #expect(overview.registration == .accepted)
                    #expect(!overview.isConnected)
                }
            }
        }
    }

    @Test("GET an unknown station answers 404 with a sentence in \"error\"")
    func getUnknownStation() async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(uri: APIContract.station(TestFleet.unknownStation), method: .get) { response in
                    #expect(response.status == .notFound)
                    let body = try Self.decode(APIErrorBody.self, from: response.body)
                    #expect(body == APIErrorBody(.stationNotFound(TestFleet.unknownStation)))
                    #expect(body.error == "No station CP-UNKNOWN is registered.")
                }
            }
        }
    }

    @Test("GET a path whose station id is not valid answers 400")
    func invalidStationID() async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(uri: "\(APIContract.prefix)/stations/not!valid", method: .get) { response in
                    #expect(response.status == .badRequest)
                }
            }
        }
    }

    @Test("POST a Reset answers 403 with the change-order sentence, and the refusal is in the command log")
    func postResetIsForbidden() async throws {
        try await TestBackend.run { backend in
            let body =
                #"{"command": "Reset", "payload": {"type": "Hard"}, "reason": "Frozen display", "requestedBy": "anna"}"#
            try await Self.application(backend).test(.router) { client in
                try await client.execute(
                    uri: APIContract.commands(TestFleet.station), method: .post, body: ByteBuffer(string: body)
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
            #"{"command": "FlyToMoon", "reason": "r", "requestedBy": "anna"}"#,
            #"{"command": "GetConfiguration", "reason": "r"}"#,
            #"{"command": "GetConfiguration", "reason": "", "requestedBy": "anna"}"#,
            #"{"command": "GetConfiguration", "payload": {"key": "HeartbeatInterval"}, "reason": "r", "requestedBy": "anna"}"#,
        ])
    func postMalformedCommand(_ body: String) async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(
                    uri: APIContract.commands(TestFleet.station), method: .post, body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .badRequest)
                    let answer = try Self.decode(APIErrorBody.self, from: response.body)
                    guard case .invalidRequest = answer.detail else {
                        Issue.record("expected an invalid request, got \(answer.detail)")
                        return
                    }
                }
            }
            #expect(try await backend.store.commandLog(station: TestFleet.station, limit: 10).isEmpty)
        }
    }

    @Test("GET the live configuration of a station that is not connected answers 409")
    func configurationOfOfflineStation() async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(
                    uri: APIContract.configuration(TestFleet.station), method: .get,
                    headers: [HTTPField.Name(APIContract.agentHeader)!: "ben"]
                ) { response in
                    #expect(response.status == .conflict)
                    let answer = try Self.decode(APIErrorBody.self, from: response.body)
                    #expect(answer.detail == .refused(.stationOffline(station: TestFleet.station)))
                }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("ben")])
        }
    }

    @Test("GET the alarms answers 200 with a JSON array")
    func getAlarms() async throws {
        try await TestBackend.run { backend in
            try await Self.application(backend).test(.router) { client in
                try await client.execute(uri: APIContract.alarms, method: .get) { response in
                    #expect(response.status == .ok)
                    let alarms = try Self.decode([AlarmSummary].self, from: response.body)
                    #expect(alarms.isEmpty)
                }
            }
        }
    }
}
