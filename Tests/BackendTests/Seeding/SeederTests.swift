import Backend
import Credentials
import Domain
import Storage
import Testing

@Suite("Seeder")
struct SeederTests {
    @Test("the demo data set is stored whole, every station accepted with a hash of the given password")
    func seeds() async throws {
        let data = try DemoDataSet.load(from: DemoDataSetTests.seedsFolder)
        let store = try LeitstandDatabase.inMemory()
        let counts = try await Seeder.load(data, into: store, stationPassword: "seed-password-1")

        #expect(counts.customers == data.customers.count)
        #expect(counts.sites == data.sites.count)
        #expect(counts.stations == data.stations.count)
        #expect(counts.cards == data.cards.count)
        #expect(try await store.stationCount() == data.stations.count)
        #expect(try await store.sites().count == data.sites.count)
        #expect(try await store.customers().count == data.customers.count)
        let card = try #require(data.cards.first)
        #expect(try await store.card(card.idTag) == card)

        let seed = try #require(data.stations.first)
        let station = try #require(try await store.station(seed.id))
        #expect(station.registration == .accepted)
        #expect(station.siteID == seed.siteID)
        #expect(station.connectorCount == seed.connectorCount)
        let hash = try #require(station.passwordHash.flatMap { PasswordHash(encoded: $0) })
        #expect(hash.verify("seed-password-1"))
        #expect(!hash.verify("seed-password-2"))
    }
}
