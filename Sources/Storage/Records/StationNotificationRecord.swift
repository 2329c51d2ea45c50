import Domain
import Foundation
import GRDB

/// A row of `station_notifications`: a FirmwareStatusNotification or DiagnosticsStatusNotification as sent.
///
/// Write-only for now: no screen reads these notifications yet.
struct StationNotificationRecord: PersistableRecord {
    static let databaseTableName = "station_notifications"

    enum Columns: String, ColumnExpression {
        case stationID = "station_id"
        case kind, status, at
    }

    var stationID: StationID
    /// The OCPP action name, e.g. `FirmwareStatusNotification`.
    var kind: String
    var status: String
    var at: Date

    func encode(to container: inout PersistenceContainer) {
        container[Columns.stationID] = stationID.rawValue
        container[Columns.kind] = kind
        container[Columns.status] = status
        container[Columns.at] = at.timeIntervalSince1970
    }
}
