import BackendClient
import Console
import Domain
import Foundation

/// Values the console tests build on: a fixed clock, an agent, rows, alarms and a station's detail.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let agent = AccountSummary(userName: "anna", displayName: "Anna Agent", role: .agent, customerID: nil)

    static func id(_ text: String) -> StationID {
        guard let id = StationID(text) else { preconditionFailure("bad station id in a test: \(text)") }
        return id
    }

    static func row(
        _ id: String, revision: UInt64 = 1, customer: String = "Stadtwerke Süd", site: String = "Parkhaus",
        street: String = "Hauptstraße 5", city: String = "Esslingen", vendor: String = "ABB",
        statuses: [String] = ["Available"], isConnected: Bool = true, lastMessage: TimeInterval = 30,
        alarms: Int = 0, worst: AlarmSeverity? = nil, firmware: String = "1.2.3"
    ) -> FleetRow {
        FleetRow(
            id: Fixtures.id(id), revision: revision, customerID: CustomerID("K1"), customerName: customer,
            siteID: SiteID("S1"), siteName: site, street: street, postalCode: "73728", city: city,
            registration: .accepted, isConnected: isConnected, lastMessageAt: now.addingTimeInterval(-lastMessage),
            vendor: vendor, model: "Terra", firmwareVersion: firmware,
            connectors: statuses.enumerated().map {
                ConnectorState(connector: $0.offset + 1, status: $0.element, errorCode: "NoError", since: now)
            },
            openAlarmCount: alarms, worstAlarmSeverity: worst)
    }

    static func alarm(
        _ number: Int64, station: String = "CP-1", kind: AlarmKind = .connectorFaulted, age: TimeInterval = 60,
        facts: AlarmFacts = AlarmFacts(errorCode: .groundFailure)
    ) -> AlarmSummary {
        AlarmSummary(
            Alarm(
                id: AlarmID(number), key: AlarmKey(stationID: id(station), kind: kind, connector: 1),
                raisedAt: now.addingTimeInterval(-age), facts: facts, count: 1))
    }

    static func acknowledged(_ summary: AlarmSummary, by agent: String, comment: String) -> AlarmSummary {
        var result = summary
        result.acknowledgement = AlarmAcknowledgement(agent: AgentLogin(agent), comment: comment, at: now)
        result.state = .acknowledged
        return result
    }

    static func detail(for row: FleetRow, frames: [String] = [#"[2,"19","BootNotification",{}]"#]) -> StationDetail {
        let site = Site(
            id: SiteID("S1"), customerID: CustomerID("K1"), name: row.siteName, street: row.street,
            postalCode: row.postalCode, city: row.city, latitude: 48.74, longitude: 9.31, accessNotes: "Tor 3",
            contact: Contact(name: "Herr Weiß", email: "weiss@example.org", phone: "+49 711 1", role: .siteContact))
        let customer = Customer(
            id: CustomerID("K1"), name: row.customerName,
            contacts: [Contact(name: "Frau Öz", email: "oez@example.org", role: .changeAuthority)],
            billingEmail: "billing@example.org",
            servicePackage: ServicePackage(name: "Premium", interventionHours: 24, includesYearlyMaintenance: true))
        let station = Station(
            id: row.id, siteID: SiteID("S1"), registration: .accepted, passwordHash: nil,
            identity: StationIdentity(
                vendor: row.vendor, model: row.model, serialNumber: "SN-1", firmwareVersion: "1.2.3"),
            connectorCount: row.connectors.count)
        let session = ChargingSession(
            id: TransactionID(42), stationID: row.id, connector: 1, idTag: IdTag("04A1B2C3"), billing: .internal,
            meterStartWh: 1000, startedAt: now.addingTimeInterval(-600))
        return StationDetail(
            row: row, station: station, site: site, customer: customer, connectors: [], openSessions: [session],
            recentFrames: frames.map { JournalEntry(stationID: row.id, at: now, direction: .fromStation, text: $0) },
            statusHistory: [
                StatusReport(
                    stationID: row.id, connector: 1, status: "Faulted", errorCode: "GroundFailure", info: "RCD",
                    vendorID: nil, vendorErrorCode: nil, timestamp: now, receivedAt: now)
            ],
            alarmHistory: [alarm(7, station: row.id.rawValue)],
            commandLog: [
                CommandLogEntry(
                    stationID: row.id, command: .reset, requestedBy: AgentLogin("bert"), reason: "Kunde ruft an",
                    requestJSON: "{}", requestedAt: now, outcome: .refused(reason: "no ticket"))
            ])
    }

    /// A logged-in console state with `rows` loaded and `alarms` open, live.
    static func state(
        rows: [FleetRow] = [], alarms: [AlarmSummary] = [], language: Language = .english, size: (Int, Int) = (30, 120)
    ) -> ConsoleState {
        var state = ConsoleState(
            language: language, now: now, timeZone: utc, rows: size.0, columns: size.1)
        _ = state.handle(.received(.loggedIn(.success(agent))))
        _ = state.handle(
            .received(.fleetLoaded(.success(FleetSnapshot(revision: 1, rows: rows)), generation: state.generation)))
        _ = state.handle(.received(.alarmsLoaded(.success(alarms), generation: state.generation)))
        return state
    }

    /// Presses keys in order and returns every effect they asked for.
    @discardableResult
    static func press(_ keys: [Key], on state: inout ConsoleState) -> [ConsoleEffect] {
        keys.flatMap { state.handle(.key($0)) }
    }

    /// Types text as character keys.
    static func type(_ text: String) -> [Key] { text.map { .character($0) } }

    /// The screen's text for `state`.
    static func text(_ state: ConsoleState) -> String { ConsoleCapture.text(of: state) }
}
