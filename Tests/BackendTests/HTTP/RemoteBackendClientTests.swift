import Backend
import BackendClient
import Domain
import Foundation
import Testing

/// `RemoteBackendGateway` and `RemoteBackendClient` against the real routes over a real socket.
@Suite("RemoteBackendClient", .timeLimit(.minutes(1)))
struct RemoteBackendClientTests {
    @Test("a login over HTTP gets a client for that account; a wrong password is refused")
    func login() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI { server in
                let client = try await backend.remoteClient(server.baseURL)
                #expect(client.account.userName == "anna" && client.account.role == .agent)
                #expect(try await client.fleet().rows.count == 5)
                await #expect(throws: BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))) {
                    try await RemoteBackendGateway(baseURL: server.baseURL).login(
                        userName: "anna", password: "guessed-wrong")
                }
            }
        }
    }

    @Test("a customer's client sees only its own stations, and another customer's station is not found")
    func customerSeesItsOwn() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI { server in
                let client = try await backend.remoteClient(server.baseURL, as: TestCallers.anders)
                #expect(try await client.fleet().rows.map(\.id) == [TestFleet.otherStation])
                #expect(try await client.stationDetail(TestFleet.otherStation).site?.id == TestFleet.otherSite)
                await #expect(throws: BackendClientError.stationNotFound(TestFleet.station)) {
                    try await client.stationDetail(TestFleet.station)
                }
                await #expect(throws: BackendClientError.notFound("Card CARD-OK")) {
                    try await client.card(TestFleet.knownCard)
                }
            }
        }
    }

    @Test("a session that expired, or was logged out, is refused with 401 as expired")
    func expiredSession() async throws {
        try await TestBackend.run(loginPolicy: LoginPolicy(idleTimeout: .seconds(600))) { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI { server in
                let idle = try await backend.remoteClient(server.baseURL)
                let leaving = try await backend.remoteClient(server.baseURL, as: TestCallers.kunde)
                await leaving.logout()
                await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) { try await leaving.fleet() }

                backend.clock.advance(by: .seconds(601))
                await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) { try await idle.openAlarms() }
            }
        }
    }

    @Test("a command over HTTP is refused by the gate and logged under the logged-in account")
    func commandUnderLogin() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI { server in
                let client = try await backend.remoteClient(server.baseURL)
                let refusal = CommandRefusal.changeTicketRequired(command: .reset, station: TestFleet.station)
                await #expect(throws: BackendClientError.refused(refusal)) {
                    try await client.run(
                        CommandRequest(
                            station: TestFleet.station, command: .reset, payloadJSON: #"{"type": "Hard"}"#,
                            reason: "Over HTTP"))
                }
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
        }
    }

    @Test("the event stream opens with resync, delivers a status event's row, and fails when the backend stops")
    func liveUpdates() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            let report = StatusReport(
                stationID: TestFleet.station, connector: 1, status: "Charging", errorCode: "NoError", info: nil,
                vendorID: nil, vendorErrorCode: nil, timestamp: TestFleet.start, receivedAt: TestFleet.start)
            try await backend.serveAPI { server in
                var staff = try await backend.remoteClient(server.baseURL).liveUpdates().makeAsyncIterator()
                var customer = try await backend.remoteClient(server.baseURL, as: TestCallers.anders).liveUpdates()
                    .makeAsyncIterator()
                #expect(try await staff.next() == .resync)
                #expect(try await customer.next() == .resync)

                backend.events.publish(.statusReported(report))
                let row = try await staff.next()
                #expect(row.map(Self.stationID) == TestFleet.station)
                backend.events.publish(.stationConnected(TestFleet.otherStation, at: TestFleet.start))
                let other = try await customer.next()
                #expect(other.map(Self.stationID) == TestFleet.otherStation)

                // The backend stops: the stream ends with an error, so that a console can mark its data stale.
                await server.stop()
                await #expect(throws: BackendClientError.self) { while try await staff.next() != nil {} }
            }
        }
    }

    @Test("a scope travels in the query: the snapshot holds its rows and the stream its updates")
    func scopeOverHTTP() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI { server in
                let client = try await backend.remoteClient(server.baseURL)
                let scope = FleetScope(filter: FleetFilter("id:\"CP-OTHER\""), stations: [TestFleet.neighbour])
                let snapshot = try await client.fleet(in: scope)
                #expect(snapshot.rows.map(\.id) == [TestFleet.neighbour, TestFleet.otherStation])
                #expect(snapshot.stationCount == (try await client.fleet()).rows.count)

                var updates = client.liveUpdates(in: scope).makeAsyncIterator()
                #expect(try await updates.next() == .resync)
                backend.events.publish(.stationConnected(TestFleet.station, at: TestFleet.start))
                backend.events.publish(.stationConnected(TestFleet.otherStation, at: TestFleet.start))
                let row = try await updates.next()
                #expect(row.map(Self.stationID) == TestFleet.otherStation)
            }
        }
    }

    @Test("a logout ends an event stream that is already open, while updates keep coming")
    func logoutEndsStream() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI(keepAlive: .milliseconds(200)) { server in
                let client = try await backend.remoteClient(server.baseURL)
                let updates = client.liveUpdates()
                var first = updates.makeAsyncIterator()
                #expect(try await first.next() == .resync)
                await client.logout()
                let publisher = Task {
                    while !Task.isCancelled {
                        backend.events.publish(.stationConnected(TestFleet.station, at: TestFleet.start))
                        try? await Task.sleep(for: .milliseconds(20))
                    }
                }
                defer { publisher.cancel() }
                let ended = await withTaskGroup(of: Bool.self) { race in
                    race.addTask {
                        do { for try await _ in updates {} } catch {}
                        return true
                    }
                    race.addTask {
                        try? await Task.sleep(for: .seconds(5))
                        return false
                    }
                    let first = await race.next() ?? false
                    race.cancelAll()
                    return first
                }
                #expect(ended, "the stream was still open 5 s after the logout")
            }
        }
    }

    private static func stationID(_ update: LiveUpdate) -> StationID? {
        guard case .station(let row) = update else { return nil }
        return row.id
    }
}
