import Domain
import Foundation

/// The stations whose rows a console asks for: those its `/` filter shows, and those it has open on a station page
/// whatever the filter says. The backend sends such a console only these rows, in the snapshot and as they change,
/// plus the last change of a row that leaves the scope. Without a filter a console asks for every row.
package struct FleetScope: Sendable, Equatable {
    package var filter: FleetFilter
    /// Stations wanted whatever the filter says; they matter only with a filter.
    package var stations: Set<StationID>

    /// Every row the caller may see.
    package static let everything = FleetScope()

    package init(filter: FleetFilter = FleetFilter(), stations: Set<StationID> = []) {
        self.filter = filter
        self.stations = filter.isEmpty ? [] : stations
    }

    package var isEverything: Bool { filter.isEmpty }

    /// Whether `row` is in the scope.
    package func includes(_ row: FleetRow) -> Bool {
        filter.isEmpty || stations.contains(row.id) || filter.matches(FleetSearchKeys(row))
    }

    /// The scope as the API's query: `filter` with the filter's text, and one `station` per open station.
    package var queryItems: [URLQueryItem] {
        guard !isEverything else { return [] }
        return [URLQueryItem(name: "filter", value: filter.text)]
            + stations.sorted().map { URLQueryItem(name: "station", value: $0.rawValue) }
    }

    /// Reads the scope from the API's query (`queryItems`); a station id that is not one is left out.
    package init(queryFilter text: String?, queryStations ids: [String]) {
        self.init(filter: FleetFilter(text ?? ""), stations: Set(ids.compactMap { StationID($0) }))
    }
}
