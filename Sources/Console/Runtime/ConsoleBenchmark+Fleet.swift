import BackendClient
import Domain
import Foundation

extension ConsoleBenchmark {
    /// `count` made-up stations across German cities, with mixed conditions, umlauts and alarms; the same
    /// every time for the same arguments. For the benchmark and tests.
    package static func syntheticFleet(count: Int, now: Date) -> [FleetRow] {
        let cities = ["Stuttgart", "Esslingen", "München", "Köln", "Düsseldorf", "Göppingen", "Ulm", "Freiburg"]
        let streets = ["Hauptstraße", "Bahnhofstr.", "Königstraße", "Marktplatz", "Gartenweg", "Schloßallee"]
        let customers = ["Stadtwerke Süd", "Autohaus Müller", "Hotel Post", "Parkhaus Mitte", "Bäckerei Weiß"]
        let vendors = [("ABB", "Terra AC"), ("Alfen", "Eve Double"), ("Mennekes", "Amtron"), ("Kostad", "DC 50")]
        let statuses = ["Available", "Charging", "Available", "Faulted", "Unavailable", "Available", "SuspendedEV"]
        return (0..<count).compactMap { index in
            guard let id = StationID(String(format: "CP-%05d", index)) else { return nil }
            let vendor = vendors[index % vendors.count]
            let connectorCount = 1 + index % 2
            let connectors = (1...connectorCount).map { number in
                ConnectorState(
                    connector: number, status: statuses[(index + number) % statuses.count],
                    errorCode: "NoError", since: now.addingTimeInterval(-Double(index % 3600)))
            }
            let alarms = index % 11 == 0 ? 1 + index % 3 : 0
            return FleetRow(
                id: id,
                revision: 1, customerID: CustomerID("K\(index % customers.count)"),
                customerName: customers[index % customers.count], siteID: SiteID("S\(index / 2)"),
                siteName: "Standort \(index / 2)", street: "\(streets[index % streets.count]) \(index % 120 + 1)",
                postalCode: String(70000 + index % 9000), city: cities[index % cities.count], registration: .accepted,
                isConnected: index % 17 != 0, lastMessageAt: now.addingTimeInterval(-Double(index % 5000)),
                vendor: vendor.0, model: vendor.1, firmwareVersion: "1.\(index % 9).\(index % 4)",
                connectors: connectors, openAlarmCount: alarms,
                worstAlarmSeverity: alarms > 0 ? AlarmSeverity.allCases[index % 4] : nil)
        }
    }
}
