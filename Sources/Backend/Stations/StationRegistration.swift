import Credentials
import Domain

/// Registers a station, or re-registers one that waited as pending, with its Basic-auth password.
package enum StationRegistration {
    /// Why a station could not be registered.
    package enum Refusal: Error, Equatable, CustomStringConvertible {
        case unknownSite(SiteID)
        case passwordTooShort(minimum: Int)

        package var description: String {
            switch self {
            case .unknownSite(let site): "There is no site \(site); `leitstand seed` loads the demo sites."
            case .passwordTooShort(let minimum):
                "A station password needs at least \(minimum) characters (OCPP AuthorizationKey: 16 to 40 bytes recommended)."
            }
        }
    }

    package static let minimumPasswordLength = 8

    package static func add(
        _ id: StationID, site: SiteID?, password: String, into store: any LeitstandStore
    ) async throws -> Station {
        guard password.utf8.count >= minimumPasswordLength else {
            throw Refusal.passwordTooShort(minimum: minimumPasswordLength)
        }
        if let site, try await store.site(site) == nil { throw Refusal.unknownSite(site) }
        let hash = try PasswordHash.make(password: password, iterations: PasswordHash.stationIterations)
        var station =
            try await store.station(id)
            ?? Station(id: id, siteID: site, registration: .accepted, passwordHash: nil)
        station.siteID = site ?? station.siteID
        station.registration = .accepted
        station.passwordHash = hash.description
        try await store.saveStations([station])
        return station
    }
}
