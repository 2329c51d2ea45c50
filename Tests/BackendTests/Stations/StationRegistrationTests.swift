import Backend
import Credentials
import Domain
import Testing

@Suite("StationRegistration")
struct StationRegistrationTests {
    @Test("a pending station is registered: accepted, on its site, with a hash of its new password")
    func registersPendingStation() async throws {
        let store = try await TestFleet.store()
        let station = try await StationRegistration.add(
            TestFleet.pendingStation, site: TestFleet.site, password: "new-station-key", into: store)
        #expect(station.registration == .accepted)
        #expect(station.siteID == TestFleet.site)
        let stored = try #require(try await store.station(TestFleet.pendingStation))
        #expect(stored == station)
        let hash = try #require(stored.passwordHash.flatMap { PasswordHash(encoded: $0) })
        #expect(hash.verify("new-station-key"))
    }

    @Test("a new station without a site is registered as accepted")
    func registersNewStation() async throws {
        let store = try await TestFleet.store()
        _ = try await StationRegistration.add(
            TestFleet.unknownStation, site: nil, password: "new-station-key", into: store)
        #expect(try await store.station(TestFleet.unknownStation)?.registration == .accepted)
    }

    @Test("a password shorter than the minimum is refused, and nothing changes")
    func shortPassword() async throws {
        let store = try await TestFleet.store()
        await #expect(
            throws: StationRegistration.Refusal.passwordTooShort(minimum: StationRegistration.minimumPasswordLength)
        ) {
            try await StationRegistration.add(TestFleet.pendingStation, site: nil, password: "short", into: store)
        }
        #expect(try await store.station(TestFleet.pendingStation)?.registration == .pending)
    }

    @Test("a site that does not exist is refused")
    func unknownSite() async throws {
        let store = try await TestFleet.store()
        await #expect(throws: StationRegistration.Refusal.unknownSite(SiteID("S-NOWHERE"))) {
            try await StationRegistration.add(
                TestFleet.pendingStation, site: SiteID("S-NOWHERE"), password: "new-station-key", into: store)
        }
    }
}
