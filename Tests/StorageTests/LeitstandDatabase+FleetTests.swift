import Domain
import Foundation
import Storage
import Testing

@Suite("Reference data")
struct LeitstandDatabaseFleetTests {
    @Test("a customer keeps its contacts in order, and saving it again replaces them")
    func customers() async throws {
        let database = try await Fixture.seededDatabase()
        #expect(try await database.customer(Fixture.customerID) == Fixture.customer)

        var changed = Fixture.customer
        changed.contacts = [Contact(name: "Neu", email: "neu@example.org", role: .technical)]
        changed.servicePackage.interventionHours = 48
        let second = Customer(
            id: CustomerID("C-2"), name: "Autohaus", contacts: [], billingEmail: "a@example.org",
            servicePackage: ServicePackage(name: "Basis", interventionHours: 72, includesYearlyMaintenance: false))
        try await database.saveCustomers([changed, second])
        #expect(try await database.customers() == [changed, second])
        #expect(try await database.customer(CustomerID("C-3")) == nil)
    }

    @Test("sites come back with and without a site contact")
    func sites() async throws {
        let database = try await Fixture.seededDatabase()
        var bare = Fixture.site
        bare.id = SiteID("S-2")
        bare.contact = nil
        try await database.saveSites([bare])
        #expect(try await database.sites() == [Fixture.site, bare])
        #expect(try await database.site(SiteID("S-2")) == bare)
    }

    @Test("stations come back as saved, and saving one without identity keeps what its boot reported")
    func stations() async throws {
        let database = try await Fixture.seededDatabase()
        let identity = StationIdentity(vendor: "Alpitronic", model: "HYC300", serialNumber: nil, firmwareVersion: "2.1")
        _ = try await database.applyOne(.stationBooted(Fixture.cp1, identity, at: Fixture.at(5)))

        var registered = Fixture.station(Fixture.cp1)
        registered.registration = .rejected
        registered.connectorCount = 4
        try await database.saveStations([registered])

        let stored = try #require(try await database.station(Fixture.cp1))
        #expect(stored.registration == .rejected)
        #expect(stored.connectorCount == 4)
        #expect(stored.identity == identity)
        #expect(stored.lastBootAt == Fixture.at(5))

        var seeded = registered
        seeded.identity = StationIdentity(vendor: "ABB", model: "Terra", serialNumber: "S", firmwareVersion: nil)
        try await database.saveStations([seeded])
        #expect(try await database.station(Fixture.cp1)?.identity == seeded.identity)
        #expect(try await database.stations().map(\.id) == [Fixture.cp1, Fixture.cp2])
        #expect(try await database.stationCount() == 2)
    }

    @Test("station credentials list every station that has a password hash")
    func credentials() async throws {
        let database = try await Fixture.seededDatabase()
        _ = try await database.applyOne(
            .stationPendingRegistration(try #require(StationID("CP-NEW")), at: Fixture.at(0)))
        let credentials = try await database.stationCredentials()
        #expect(
            credentials == [
                Fixture.cp1: Fixture.station(Fixture.cp1).passwordHash,
                Fixture.cp2: Fixture.station(Fixture.cp2).passwordHash,
            ])
    }

    @Test("cards are found by their id tag")
    func cards() async throws {
        let database = try await Fixture.seededDatabase()
        let card = ChargingCard(
            idTag: Fixture.tag, holder: "Erika Muster", customerID: Fixture.customerID, isBlocked: true,
            expiresAt: Fixture.at(86_400))
        let plain = ChargingCard(idTag: IdTag("PLAIN"), holder: "Max", customerID: Fixture.customerID)
        try await database.saveCards([card, plain])
        #expect(try await database.card(Fixture.tag) == card)
        #expect(try await database.card(IdTag("PLAIN")) == plain)
        #expect(try await database.card(IdTag("NONE")) == nil)
    }
}
