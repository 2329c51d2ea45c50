import Domain
import GRDB

/// A row of `meter_values`: one MeterValues entry, its sampled values kept as the JSON text received.
///
/// Inserted through a cached statement (it is on the batch's hot path), hence not `PersistableRecord`.
/// `transaction_id` has no foreign key: a reading for a transaction the store does not know is kept too.
struct MeterValueRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "meter_values"

    enum Columns: String, ColumnExpression {
        case id
        case stationID = "station_id"
        case connector
        case transactionID = "transaction_id"
        case timestamp
        case sampledValues = "sampled_values"
        case energyWh = "energy_wh"
    }

    var reading: MeterReading

    init(row: Row) throws {
        reading = MeterReading(
            stationID: try row.stationID(Columns.stationID, table: Self.databaseTableName),
            connector: try row.decode(forColumn: Columns.connector),
            transactionID: try row.decode(Int64?.self, forColumn: Columns.transactionID).map { TransactionID($0) },
            timestamp: try row.date(Columns.timestamp),
            sampledValuesJSON: try row.decode(forColumn: Columns.sampledValues),
            energyWh: try row.decode(forColumn: Columns.energyWh))
    }

    static func insert(_ reading: MeterReading, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO meter_values (station_id, connector, transaction_id, timestamp, sampled_values, energy_wh)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            reading.stationID.rawValue, reading.connector, reading.transactionID?.rawValue,
            reading.timestamp.timeIntervalSince1970, reading.sampledValuesJSON, reading.energyWh,
        ])
    }
}
