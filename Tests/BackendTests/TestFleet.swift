import Credentials
import Domain
import Foundation
import Storage

/// The reference data backend tests start from: one customer and site with a station in each registration state and
/// cards, and another customer with one site, station and card (for what a customer may not see).
enum TestFleet {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)
    static let customer = CustomerID("C-TEST")
    static let site = SiteID("S-TEST")
    /// Accepted, with `password`.
    static let station = StationID("CP-1")!
    /// Accepted, with `password`.
    static let neighbour = StationID("CP-2")!
    /// Pending registration, no password yet.
    static let pendingStation = StationID("CP-PENDING")!
    /// Rejected by the operator, although it has `password`.
    static let rejectedStation = StationID("CP-REJECTED")!
    /// Not in the store.
    static let unknownStation = StationID("CP-UNKNOWN")!
    static let password = "station-secret-1"

    static let otherCustomer = CustomerID("C-OTHER")
    static let otherSite = SiteID("S-OTHER")
    /// Accepted, with `password`, at the other customer's site.
    static let otherStation = StationID("CP-OTHER")!
    /// The other customer's card.
    static let otherCard = IdTag("CARD-OTHER")

    static let knownCard = IdTag("CARD-OK")
    static let blockedCard = IdTag("CARD-BLOCKED")
    static let expiredCard = IdTag("CARD-EXPIRED")
    /// Not in the store: another provider's card.
    static let foreignCard = IdTag("ROAMING-42")

    /// A new in-memory store holding the fleet.
    static func store() async throws -> LeitstandDatabase {
        let store = try LeitstandDatabase.inMemory()
        try await load(into: store)
        return store
    }

    /// Saves the fleet into `store`.
    static func load(into store: some LeitstandStore) async throws {
        // Few iterations: the tests check which password passes, not how slowly.
        let hash = try PasswordHash.make(password: password, iterations: 1_000).description
        try await store.saveCustomers([
            Customer(
                id: customer, name: "Stadtwerke Test", contacts: [], billingEmail: "billing@test.example",
                servicePackage: ServicePackage(name: "Basic", interventionHours: 24, includesYearlyMaintenance: false)),
            Customer(
                id: otherCustomer, name: "Autohaus Anders", contacts: [], billingEmail: "billing@anders.example",
                servicePackage: ServicePackage(name: "Basic", interventionHours: 24, includesYearlyMaintenance: false)),
        ])
        try await store.saveSites([
            Site(
                id: site, customerID: customer, name: "Testhof", street: "Weg 1", postalCode: "70173",
                city: "Stuttgart",
                latitude: 48.78, longitude: 9.18, accessNotes: "", contact: nil),
            Site(
                id: otherSite, customerID: otherCustomer, name: "Autohaus Hof", street: "Ring 2", postalCode: "74072",
                city: "Heilbronn", latitude: 49.14, longitude: 9.22, accessNotes: "", contact: nil),
        ])
        try await store.saveStations([
            Station(id: station, siteID: site, registration: .accepted, passwordHash: hash, connectorCount: 2),
            Station(id: neighbour, siteID: site, registration: .accepted, passwordHash: hash, connectorCount: 2),
            Station(id: pendingStation, siteID: nil, registration: .pending, passwordHash: nil),
            Station(id: rejectedStation, siteID: site, registration: .rejected, passwordHash: hash),
            Station(
                id: otherStation, siteID: otherSite, registration: .accepted, passwordHash: hash, connectorCount: 1),
        ])
        try await store.saveCards([
            ChargingCard(idTag: knownCard, holder: "Lena Braun", customerID: customer),
            ChargingCard(idTag: blockedCard, holder: "Max Blocker", customerID: customer, isBlocked: true),
            ChargingCard(
                idTag: expiredCard, holder: "Erna Alt", customerID: customer,
                expiresAt: start.addingTimeInterval(-86_400)),
            ChargingCard(idTag: otherCard, holder: "Olga Anders", customerID: otherCustomer),
        ])
    }
}
