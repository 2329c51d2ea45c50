import Domain
import GRDB

/// Alarms, written one at a time by the alarm service.
extension LeitstandDatabase: AlarmStore {
    package func insertAlarm(_ draft: AlarmDraft) async throws -> AlarmID {
        try await writer.write { db in
            try AlarmRecord(draft).insert(db)
            return AlarmID(db.lastInsertedRowID)
        }
    }

    package func updateAlarm(_ alarm: Alarm) async throws {
        try await writer.write { db in
            do {
                try AlarmRecord(alarm).update(db)
            } catch RecordError.recordNotFound {
                throw StoreFailure("Alarm \(alarm.id) was not updated: no such alarm is stored.")
            }
        }
    }

    package func alarm(_ id: AlarmID) async throws -> Alarm? {
        try await writer.read { db in try AlarmRecord.fetchOne(db, key: id.rawValue)?.alarm }
    }

    package func openAlarms() async throws -> [Alarm] {
        try await writer.read { db in
            try AlarmRecord
                .filter(sql: "cleared_at IS NULL OR acknowledged_at IS NULL")
                .order(AlarmRecord.Columns.id)
                .fetchAll(db).compactMap(\.alarm)
        }
    }

    package func alarmHistory(station: StationID, limit: Int) async throws -> [Alarm] {
        try await writer.read { db in
            try AlarmRecord
                .filter(AlarmRecord.Columns.stationID == station.rawValue)
                .order(AlarmRecord.Columns.raisedAt.desc, AlarmRecord.Columns.id.desc)
                .limit(limit)
                .fetchAll(db).compactMap(\.alarm)
        }
    }
}
