import Credentials
import Domain
import Foundation

/// Loads the demo data set into a store: reference data and demo logins, no traffic.
package enum Seeder {
    /// What was loaded, for the command's report.
    package struct Counts: Sendable, Equatable {
        package var customers: Int
        package var sites: Int
        package var stations: Int
        package var cards: Int
        /// Demo logins created now; those that existed already are left as they are.
        package var accounts: Int
    }

    /// Saves `dataSet`; every station gets `stationPassword` (one hash, computed once). A demo login whose name is
    /// taken keeps its password, so seeding again never undoes a password change.
    package static func load(
        _ dataSet: DemoDataSet, into store: any LeitstandStore & AccountStore, stationPassword: String,
        accountIterations: Int = PasswordHash.defaultIterations
    ) async throws -> Counts {
        let hash = try PasswordHash.make(password: stationPassword, iterations: PasswordHash.stationIterations)
        try await store.saveCustomers(dataSet.customers)
        try await store.saveSites(dataSet.sites)
        try await store.saveStations(
            dataSet.stations.map { seed in
                Station(
                    id: seed.id, siteID: seed.siteID, registration: .accepted, passwordHash: hash.description,
                    warrantyEnd: seed.warrantyEnd, connectorCount: seed.connectorCount)
            })
        try await store.saveCards(dataSet.cards)
        var accounts = 0
        for seed in dataSet.accounts where try await createAccount(seed, in: store, iterations: accountIterations) {
            accounts += 1
        }
        return Counts(
            customers: dataSet.customers.count, sites: dataSet.sites.count, stations: dataSet.stations.count,
            cards: dataSet.cards.count, accounts: accounts)
    }

    /// Creates the login unless its name is taken; true when it was created.
    private static func createAccount(
        _ seed: SeedAccount, in store: any AccountStore, iterations: Int
    ) async throws -> Bool {
        let draft = try AccountDraft(
            userName: seed.userName, displayName: seed.displayName, role: seed.role, customerID: seed.customerID,
            password: seed.password)
        if try await store.account(named: draft.userName) != nil { return false }
        let hash = try PasswordHash.make(password: seed.password, iterations: iterations)
        try await store.insertAccount(Account(draft, passwordHash: hash.description, createdBy: nil, at: Date()))
        return true
    }
}
