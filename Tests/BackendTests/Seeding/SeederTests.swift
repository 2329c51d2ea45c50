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
        let counts = try await Seeder.load(
            data, into: store, stationPassword: "seed-password-1", accountIterations: 1_000)

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

    @Test("demo logins are created with their roles and hashed passwords; seeding again keeps changed passwords")
    func demoLogins() async throws {
        let data = try DemoDataSet.load(from: DemoDataSetTests.seedsFolder)
        let store = try LeitstandDatabase.inMemory()
        let first = try await Seeder.load(
            data, into: store, stationPassword: "seed-password-1", accountIterations: 1_000)
        #expect(first.accounts == data.accounts.count)

        let portal = try #require(data.accounts.first { $0.role == .customer })
        let name = try #require(AccountName(portal.userName))
        let stored = try #require(try await store.account(named: name))
        #expect(stored.customerID == portal.customerID)
        #expect(PasswordHash(encoded: stored.passwordHash)?.verify(portal.password) == true)

        let changed = try PasswordHash.make(password: "a-new-password-9", iterations: 1_000)
        _ = try await store.updateAccount(named: name) { account in
            account.setPassword(hash: changed.description, at: stored.createdAt)
            return ((), .keepAll)
        }
        let second = try await Seeder.load(
            data, into: store, stationPassword: "seed-password-1", accountIterations: 1_000)
        #expect(second.accounts == 0)
        #expect(try await store.account(named: name)?.passwordHash == changed.description)
    }
}
