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
        var keys: FleetSearchKeys?
        return includes(row, keys: &keys)
    }

    /// Whether `row` is in the scope, reading its search keys from `keys` and folding them into it only when the
    /// filter must read them: several checks of one row fold its texts once.
    package func includes(_ row: FleetRow, keys: inout FleetSearchKeys?) -> Bool {
        if filter.isEmpty || stations.contains(row.id) { return true }
        let folded = keys ?? FleetSearchKeys(row)
        keys = folded
        return filter.matches(folded)
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
