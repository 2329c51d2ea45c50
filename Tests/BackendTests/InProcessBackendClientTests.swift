import Backend
import BackendClient
import Domain
import Testing

/// The in-process road: a login through the account service, and a client whose every call checks its session.
@Suite("InProcessBackendClient", .timeLimit(.minutes(1)))
struct InProcessBackendClientTests {
    @Test("a login gets a client acting for that account; a wrong password is refused")
    func login() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            let gateway = InProcessBackendGateway(api: backend.api(over: backend.idleServer()))
            let client = try await gateway.login(userName: "kunde", password: TestAccounts.password)
            #expect(client.account.customerID == TestFleet.customer)
            let fleet = try await client.fleet()
            #expect(fleet.rows.allSatisfy { $0.customerID == TestFleet.customer } && fleet.rows.count == 3)
            await #expect(throws: BackendClientError.loginRefused(.wrongCredentials(remainingAttempts: nil))) {
                try await gateway.login(userName: "kunde", password: "not-the-password")
            }
        }
    }

    @Test("after logout or once the session expired, every call and the live stream are refused as expired")
    func sessionEnds() async throws {
        try await TestBackend.run(loginPolicy: LoginPolicy(idleTimeout: .seconds(600))) { backend in
            try await TestAccounts.create(in: backend.accounts)
            let gateway = InProcessBackendGateway(api: backend.api(over: backend.idleServer()))
            let leaving = try await gateway.login(userName: "anna", password: TestAccounts.password)
            let idle = try await gateway.login(userName: "kunde", password: TestAccounts.password)
            await leaving.logout()
            await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) { try await leaving.openAlarms() }
            var updates = leaving.liveUpdates().makeAsyncIterator()
            await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) { try await updates.next() }

            backend.clock.advance(by: .seconds(601))
            await #expect(throws: BackendClientError.loginRefused(.sessionExpired)) {
                try await idle.stationDetail(TestFleet.station)
            }
        }
    }

    @Test("the live stream carries the account's updates, and a command runs under its login")
    func liveUpdatesAndCommands() async throws {
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            let gateway = InProcessBackendGateway(api: backend.api(over: backend.idleServer()))
            let client = try await gateway.login(userName: "anna", password: TestAccounts.password)
            var updates = client.liveUpdates().makeAsyncIterator()
            backend.events.publish(.stationConnected(TestFleet.neighbour, at: TestFleet.start))
            guard case .station(let row)? = try await updates.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(row.id == TestFleet.neighbour && row.isConnected)

            await #expect(throws: BackendClientError.refused(.stationOffline(station: TestFleet.station))) {
                try await client.liveConfiguration(of: TestFleet.station, keys: [])
            }
            let log = try await backend.store.commandLog(station: TestFleet.station, limit: 10)
            #expect(log.map(\.requestedBy) == [AgentLogin("anna")])
        }
    }
}
