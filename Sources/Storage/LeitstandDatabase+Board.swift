import Domain
import GRDB

/// The fleet board's whole-fleet reads and the station screen's open sessions.
extension LeitstandDatabase: FleetQueries {
    package func currentStatusesOfAllStations() async throws -> [StatusReport] {
        try await writer.read { db in
            try ConnectorRecord
                .order(ConnectorRecord.Columns.stationID, ConnectorRecord.Columns.number)
                .fetchAll(db).map(\.report)
        }
    }

    package func openSessions(station: StationID) async throws -> [ChargingSession] {
        try await writer.read { db in
            try TransactionRecord
                .filter(TransactionRecord.Columns.stationID == station.rawValue)
                .filter(TransactionRecord.Columns.stoppedAt == nil)
                .filter(TransactionRecord.Columns.isStopOnly == false)
                .order(TransactionRecord.Columns.id.desc)
                .fetchAll(db).compactMap(\.session)
        }
    }
}
