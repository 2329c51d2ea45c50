import Domain
import Foundation
import GRDB

/// A row of `data_transfers`: a vendor-specific DataTransfer a station sent, its data kept as JSON text.
///
/// Write-only for now: no screen reads data transfers yet.
struct DataTransferRecord: PersistableRecord {
    static let databaseTableName = "data_transfers"

    enum Columns: String, ColumnExpression {
        case stationID = "station_id"
        case vendorID = "vendor_id"
        case messageID = "message_id"
        case data
        case receivedAt = "received_at"
    }

    var stationID: StationID
    var vendorID: String
    var messageID: String?
    var dataJSON: String?
    var receivedAt: Date

    func encode(to container: inout PersistenceContainer) {
        container[Columns.stationID] = stationID.rawValue
        container[Columns.vendorID] = vendorID
        container[Columns.messageID] = messageID
        container[Columns.data] = dataJSON
        container[Columns.receivedAt] = receivedAt.timeIntervalSince1970
    }
}
