import Domain
import Foundation

/// The demo data set in `seeds/`: customers, sites in Baden-Württemberg, stations, charging cards and demo logins.
package struct DemoDataSet: Sendable {
    /// The Basic-auth password demo stations get unless told otherwise; the simulator uses it too.
    package static let demoStationPassword = "demo-station-key"

    package var customers: [Customer]
    package var sites: [Site]
    package var stations: [SeedStation]
    package var cards: [ChargingCard]
    package var accounts: [SeedAccount]

    /// Reads `customers.json`, `sites.json`, `stations.json`, `cards.json` and `accounts.json` from `folder`.
    package static func load(from folder: URL) throws(SeedError) -> DemoDataSet {
        DemoDataSet(
            customers: try read([Customer].self, "customers.json", in: folder),
            sites: try read([Site].self, "sites.json", in: folder),
            stations: try read([SeedStation].self, "stations.json", in: folder),
            cards: try read([ChargingCard].self, "cards.json", in: folder),
            accounts: try read([SeedAccount].self, "accounts.json", in: folder))
    }

    /// Adds stations `LS-00201`, `LS-00202`, … until there are `total`, spread round-robin over the sites.
    ///
    /// For load tests and benchmarks, which need thousands of stations in the store.
    package mutating func extend(toStationCount total: Int) {
        guard !sites.isEmpty else { return }
        var number = stations.count
        while stations.count < total {
            number += 1
            let site = sites[number % sites.count]
            guard let id = StationID(String(format: "LS-%05d", number)) else { return }
            stations.append(SeedStation(id: id, siteID: site.id, connectorCount: 2, warrantyEnd: nil))
        }
    }

    private static func read<Value: Decodable>(_ type: Value.Type, _ name: String, in folder: URL) throws(SeedError)
        -> Value
    {
        let url = folder.appendingPathComponent(name)
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: url.path) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do { return try decoder.decode(type, from: data) } catch {
            throw .malformed(file: url.path, detail: "\(error)")
        }
    }
}

/// A station as the demo data set lists it; its password is set when seeding.
package struct SeedStation: Sendable, Codable, Equatable {
    package var id: StationID
    package var siteID: SiteID
    package var connectorCount: Int
    package var warrantyEnd: Date?
}

/// A demo login as `accounts.json` lists it, password in clear: demo data only, never for a real desk.
package struct SeedAccount: Sendable, Codable, Equatable {
    package var userName: String
    package var displayName: String
    package var role: Role
    package var customerID: CustomerID?
    package var password: String
}

/// Why the demo data set could not be read.
package enum SeedError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String)
    case malformed(file: String, detail: String)

    package var description: String {
        switch self {
        case .unreadable(let file): "Cannot read the seed file \(file)."
        case .malformed(let file, let detail): "The seed file \(file) is not valid: \(detail)"
        }
    }
}
