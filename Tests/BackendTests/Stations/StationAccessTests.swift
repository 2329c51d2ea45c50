import Backend
import Domain
import OCPPServer
import Testing

@Suite("StationAccess")
struct StationAccessTests {
    private static func request(_ station: StationID, password: String?) -> ConnectionRequest {
        ConnectionRequest(stationID: station.rawValue, password: password, remoteAddress: "192.0.2.7:40000")
    }

    @Test("a registered station with the right password is let in, again and again")
    func rightPassword() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .reject)
            #expect(await access.authenticate(Self.request(TestFleet.station, password: TestFleet.password)) == .accept)
            #expect(await access.authenticate(Self.request(TestFleet.station, password: TestFleet.password)) == .accept)
        }
    }

    @Test(
        "a registered station with a wrong or missing password is refused as unauthorized",
        arguments: ["station-secret-2", "", nil] as [String?])
    func wrongPassword(_ password: String?) async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .acceptAsPending)
            // A right password first, so a cached success cannot let a wrong one through.
            #expect(await access.authenticate(Self.request(TestFleet.station, password: TestFleet.password)) == .accept)
            #expect(
                await access.authenticate(Self.request(TestFleet.station, password: password)) == .reject(.unauthorized)
            )
        }
    }

    @Test("a rejected station is refused even with its right password")
    func rejectedStation() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .acceptAsPending)
            let decision = await access.authenticate(
                Self.request(TestFleet.rejectedStation, password: TestFleet.password))
            #expect(decision == .reject(.unauthorized))
        }
    }

    @Test("a pending station without a password yet is let in")
    func pendingStationWithoutPassword() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .reject)
            #expect(await access.authenticate(Self.request(TestFleet.pendingStation, password: nil)) == .accept)
        }
    }

    @Test("an unknown station is refused as unknown when the policy rejects them, and nothing is stored")
    func unknownStationRejected() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .reject)
            let decision = await access.authenticate(Self.request(TestFleet.unknownStation, password: "whatever-1"))
            #expect(decision == .reject(.unknownStation))
            let stored = try await backend.store.station(TestFleet.unknownStation)
            #expect(stored == nil)
        }
    }

    @Test("an unknown station is let in and stored as pending when the policy accepts them as pending")
    func unknownStationPending() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .acceptAsPending)
            #expect(await access.authenticate(Self.request(TestFleet.unknownStation, password: nil)) == .accept)
            let stored = try #require(try await backend.store.station(TestFleet.unknownStation))
            #expect(stored.registration == .pending)
            #expect(stored.passwordHash == nil)
            // It comes back as a known pending station.
            #expect(await access.authenticate(Self.request(TestFleet.unknownStation, password: nil)) == .accept)
        }
    }

    @Test("a charge point identity that is no valid station id is refused as unknown")
    func invalidStationID() async throws {
        try await TestBackend.run { backend in
            let access = backend.stationAccess(policy: .acceptAsPending)
            let decision = await access.authenticate(
                ConnectionRequest(stationID: "no spaces/allowed", password: nil, remoteAddress: nil))
            #expect(decision == .reject(.unknownStation))
        }
    }
}
