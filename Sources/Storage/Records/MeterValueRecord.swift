import Domain
import GRDB

/// A row of `meter_values`: one MeterValues entry, its sampled values kept as the JSON text received.
///
/// Inserted through a cached statement (it is on the batch's hot path), hence not `PersistableRecord`.
/// `transaction_id` has no foreign key: a reading for a transaction the store does not know is kept too.
/// The readings of a transaction form a chain, newest to oldest through `previous_id` (see `MeterChainHeads`).
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

    /// Inserts `reading`, pointing to its transaction's newest reading before it, and makes it the newest.
    static func insert(_ reading: MeterReading, chains: MeterChainHeads, in db: Database) throws {
        let transaction = reading.transactionID?.rawValue
        let previous = try transaction.flatMap { try chains.newest(of: $0, in: db) }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO meter_values
                    (station_id, connector, transaction_id, timestamp, sampled_values, energy_wh, previous_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            reading.stationID.rawValue, reading.connector, transaction, reading.timestamp.timeIntervalSince1970,
            reading.sampledValuesJSON, reading.energyWh, previous,
        ])
        if let transaction { chains.moved(transaction, to: db.lastInsertedRowID) }
    }

    /// The id of a transaction's newest reading (argument 1: the transaction): the newest in the tail not yet
    /// saved as a head, else the saved head. NULL when it has none.
    static let newestSQL = """
        SELECT coalesce(
            (SELECT max(id) FROM meter_values
                WHERE id > (SELECT flushed_through FROM meter_chain_state) AND transaction_id = ?1),
            (SELECT last_id FROM meter_chain_heads WHERE transaction_id = ?1))
        """

    /// A transaction's readings, walked along its chain, in the order they were taken. A link must point to an
    /// older row, so that no damage to the chain could make the walk go round in a circle.
    static func readings(of transaction: TransactionID, in db: Database) throws -> [MeterValueRecord] {
        try MeterValueRecord.fetchAll(
            db,
            sql: """
                WITH RECURSIVE chain(id) AS (
                    \(newestSQL)
                    UNION ALL
                    SELECT reading.previous_id FROM meter_values AS reading JOIN chain ON reading.id = chain.id
                    WHERE reading.previous_id < reading.id
                )
                SELECT reading.* FROM chain JOIN meter_values AS reading ON reading.id = chain.id
                ORDER BY reading.timestamp, reading.id
                """,
            arguments: [transaction.rawValue])
    }
}
