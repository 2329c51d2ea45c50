import Credentials
import Domain

/// Loads the demo data set into a store: reference data only, no traffic.
package enum Seeder {
    /// What was loaded, for the command's report.
    package struct Counts: Sendable, Equatable {
        package var customers: Int
        package var sites: Int
        package var stations: Int
        package var cards: Int
    }

    /// Saves `dataSet`; every station gets `stationPassword` (one hash, computed once).
    package static func load(
        _ dataSet: DemoDataSet, into store: any LeitstandStore, stationPassword: String
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
        return Counts(
            customers: dataSet.customers.count, sites: dataSet.sites.count, stations: dataSet.stations.count,
            cards: dataSet.cards.count)
    }
}
