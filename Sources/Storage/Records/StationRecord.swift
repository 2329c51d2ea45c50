import Domain
import Foundation
import GRDB

/// A row of `stations`: registration, credentials and what the station said at its last boot.
///
/// Written through the statements below rather than `PersistableRecord`, because the boot-reported
/// identity is owned by BootNotifications, not by whoever saves the station.
struct StationRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "stations"

    enum Columns: String, ColumnExpression {
        case id
        case siteID = "site_id"
        case registration
        case passwordHash = "password_hash"
        case vendor, model
        case serialNumber = "serial_number"
        case firmwareVersion = "firmware_version"
        case warrantyEnd = "warranty_end"
        case lastBootAt = "last_boot_at"
        case pendingSince = "pending_since"
        case connectorCount = "connector_count"
    }

    var station: Station

    init(row: Row) throws {
        var identity: StationIdentity?
        if let vendor = try row.decode(String?.self, forColumn: Columns.vendor) {
            identity = StationIdentity(
                vendor: vendor, model: try row.decode(forColumn: Columns.model),
                serialNumber: try row.decode(forColumn: Columns.serialNumber),
                firmwareVersion: try row.decode(forColumn: Columns.firmwareVersion))
        }
        station = Station(
            id: try row.stationID(Columns.id, table: Self.databaseTableName),
            siteID: try row.decode(String?.self, forColumn: Columns.siteID).map { SiteID($0) },
            registration: try row.value(RegistrationState.self, Columns.registration, table: Self.databaseTableName),
            passwordHash: try row.decode(forColumn: Columns.passwordHash),
            identity: identity,
            warrantyEnd: try row.optionalDate(Columns.warrantyEnd),
            lastBootAt: try row.optionalDate(Columns.lastBootAt),
            connectorCount: try row.decode(forColumn: Columns.connectorCount))
    }

    /// Inserts or updates `station`. The boot identity and last boot time are kept when `station` has none,
    /// so that registering a pending station does not forget what it reported.
    static func upsert(_ station: Station, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO stations (id, site_id, registration, password_hash, vendor, model, serial_number,
                    firmware_version, warranty_end, last_boot_at, connector_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    site_id = excluded.site_id,
                    registration = excluded.registration,
                    password_hash = excluded.password_hash,
                    warranty_end = excluded.warranty_end,
                    connector_count = excluded.connector_count,
                    model = CASE WHEN excluded.vendor IS NULL THEN model ELSE excluded.model END,
                    serial_number = CASE WHEN excluded.vendor IS NULL THEN serial_number
                        ELSE excluded.serial_number END,
                    firmware_version = CASE WHEN excluded.vendor IS NULL THEN firmware_version
                        ELSE excluded.firmware_version END,
                    vendor = coalesce(excluded.vendor, vendor),
                    last_boot_at = coalesce(excluded.last_boot_at, last_boot_at)
                """)
        try statement.execute(arguments: [
            station.id.rawValue, station.siteID?.rawValue, station.registration.rawValue, station.passwordHash,
            station.identity?.vendor, station.identity?.model, station.identity?.serialNumber,
            station.identity?.firmwareVersion, station.warrantyEnd?.timeIntervalSince1970,
            station.lastBootAt?.timeIntervalSince1970, station.connectorCount,
        ])
    }

    /// Records a BootNotification and returns the registration, which stays as it is; nil when no such station exists.
    static func recordBoot(_ id: StationID, identity: StationIdentity, at date: Date, in db: Database) throws
        -> RegistrationState?
    {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE stations SET vendor = ?, model = ?, serial_number = ?, firmware_version = ?, last_boot_at = ?
                WHERE id = ? RETURNING registration
                """)
        let registration = try String.fetchOne(
            statement,
            arguments: [
                identity.vendor, identity.model, identity.serialNumber, identity.firmwareVersion,
                date.timeIntervalSince1970, id.rawValue,
            ])
        return registration.flatMap(RegistrationState.init(rawValue:))
    }

    /// Adds `id` as a pending station, unless a station with that id exists already.
    static func insertPending(_ id: StationID, at date: Date, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO stations (id, registration, pending_since) VALUES (?, ?, ?)
                ON CONFLICT(id) DO NOTHING
                """)
        try statement.execute(arguments: [id.rawValue, RegistrationState.pending.rawValue, date.timeIntervalSince1970])
    }
}
