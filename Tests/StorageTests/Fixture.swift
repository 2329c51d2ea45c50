import Domain
import Foundation
import GRDB

@testable import Storage

/// Reference data and change builders shared by the storage tests.
enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    static let customerID = CustomerID("C-1")
    static let siteID = SiteID("S-1")
    static let cp1 = StationID("CP-1")!
    static let cp2 = StationID("CP-2")!
    static let unknownStation = StationID("CP-404")!
    static let tag = IdTag("04A1B2C3D4")

    /// `t0` plus `seconds`.
    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static let customer = Customer(
        id: customerID, name: "Stadtwerke Musterstadt",
        contacts: [
            Contact(name: "Erika Muster", email: "erika@example.org", phone: "+49 30 1234", role: .changeAuthority),
            Contact(name: "Max Beispiel", email: "max@example.org", role: .billing),
        ],
        billingEmail: "rechnung@example.org",
        servicePackage: ServicePackage(name: "Premium", interventionHours: 24, includesYearlyMaintenance: true))

    static let site = Site(
        id: siteID, customerID: customerID, name: "Rathausplatz", street: "Rathausplatz 1", postalCode: "12345",
        city: "Musterstadt", latitude: 52.52, longitude: 13.405, accessNotes: "Level -1, gate code 4711",
        contact: Contact(
            name: "Hausmeister Krause", email: "krause@example.org", phone: "+49 170 1", role: .siteContact))

    static func station(_ id: StationID, registration: RegistrationState = .accepted) -> Station {
        Station(
            id: id, siteID: siteID, registration: registration, passwordHash: "$pbkdf2-sha256$i=1$c2FsdA$aGFzaA",
            warrantyEnd: at(86_400 * 365), connectorCount: 2)
    }

    /// An in-memory database with one customer, one site and stations CP-1 and CP-2.
    static func seededDatabase() async throws -> LeitstandDatabase {
        try await seed(LeitstandDatabase.inMemory())
    }

    /// `database` with one customer, one site and stations CP-1 and CP-2.
    static func seed(_ database: LeitstandDatabase) async throws -> LeitstandDatabase {
        try await database.saveCustomers([customer])
        try await database.saveSites([site])
        try await database.saveStations([station(cp1), station(cp2)])
        return database
    }

    static func status(
        _ station: StationID, connector: ConnectorNumber, _ status: String, at seconds: Double
    ) -> StatusReport {
        StatusReport(
            stationID: station, connector: connector, status: status,
            errorCode: status == "Faulted" ? "GroundFailure" : "NoError", info: nil, vendorID: nil,
            vendorErrorCode: nil, timestamp: at(seconds - 1), receivedAt: at(seconds))
    }

    static func start(_ station: StationID, connector: ConnectorNumber = 1, at seconds: Double) -> TransactionStart {
        TransactionStart(
            stationID: station, connector: connector, idTag: tag, billing: .internal, meterStartWh: 1_000,
            startedAt: at(seconds), reservationID: nil)
    }

    static func stop(meterStopWh: Int64 = 12_500, at seconds: Double) -> SessionStop {
        SessionStop(
            meterStopWh: meterStopWh, stoppedAt: at(seconds), reason: "EVDisconnected", idTag: tag,
            transactionDataJSON: #"[{"timestamp":"2025-06-15T15:06:40Z","sampledValue":[{"value":"12500"}]}]"#)
    }

    /// Runs `body` with the path of a database file in a fresh folder, and removes the folder afterwards.
    static func withDatabasePath<T>(_ body: (String) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leitstand-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder.appendingPathComponent("leitstand.sqlite").path)
    }

    /// Writes a store file at `path` migrated only up to `migration`, with `sql` run on it: data as an older
    /// release left it, for a test of the migrations after it.
    static func writeOldStore(at path: String, upTo migration: String, _ sql: String) async throws {
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: migration)
        try await old.write { db in try db.execute(sql: sql) }
        try old.close()
    }

    static func journalEntry(_ station: StationID, at seconds: Double, _ text: String) -> JournalEntry {
        JournalEntry(stationID: station, at: at(seconds), direction: .fromStation, text: text)
    }
}

extension LeitstandDatabase {
    /// Applies one change and returns its receipt, failing the test when the change failed.
    func applyOne(_ change: StoreChange) async throws -> StoreReceipt {
        try await apply([change])[0].get()
    }

    /// Starts a session and returns its id.
    func startSession(_ start: TransactionStart) async throws -> TransactionID {
        guard case .transactionNumbered(let id) = try await applyOne(.transactionStarted(start)) else {
            throw StoreFailure("transactionStarted did not return a transaction id")
        }
        return id
    }
}
