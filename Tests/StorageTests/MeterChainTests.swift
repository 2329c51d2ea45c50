import Domain
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Meter value chains")
struct MeterChainTests {
    /// Heads saved at every batch, or never (all of them still in the tail).
    static let flushIntervals: [Duration] = [.zero, .seconds(3_600)]

    @Test("interleaved sessions' readings come back per session, in the order taken", arguments: flushIntervals)
    func interleavedSessions(flushInterval: Duration) async throws {
        let database = try await Fixture.seed(
            LeitstandDatabase(
                DatabaseQueue(), journal: DatabaseQueue(), meterChains: MeterChainHeads(flushInterval: flushInterval)))
        let first = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
        let second = try await database.startSession(Fixture.start(Fixture.cp2, at: 1))
        _ = try await database.apply([
            .meterValuesReported([Self.reading(first, at: 10), Self.reading(second, at: 11)]),
            .meterValuesReported([Self.reading(nil, at: 12)]),
        ])
        _ = try await database.applyOne(
            .meterValuesReported([Self.reading(first, at: 30), Self.reading(first, at: 20)]))
        _ = try await database.applyOne(
            .meterValuesReported([Self.reading(second, at: 31), Self.reading(first, at: 40)]))

        #expect(try await database.meterReadings(transaction: first).map(\.timestamp) == Self.times(10, 20, 30, 40))
        #expect(try await database.meterReadings(transaction: second).map(\.timestamp) == Self.times(11, 31))
        #expect(try await database.meterReadings(transaction: TransactionID(999)).isEmpty)

        let (heads, flushedThrough, newest) = try await database.reader.read { db in
            (
                try [Int64: Int64](
                    uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT * FROM meter_chain_heads").map {
                        ($0["transaction_id"], $0["last_id"])
                    }),
                try Int64.fetchOne(db, sql: "SELECT flushed_through FROM meter_chain_state"),
                try Int64.fetchOne(db, sql: "SELECT max(id) FROM meter_values")
            )
        }
        if flushInterval == .zero {
            #expect(heads == [first.rawValue: 7, second.rawValue: 6])
            #expect(flushedThrough == newest)
        } else {
            #expect(heads.isEmpty)
            #expect(flushedThrough == 0)
        }
    }

    @Test("readings without a transaction move the tail's start on, so that the tail stays short")
    func readingsWithoutTransaction() async throws {
        let database = try await Fixture.seed(
            LeitstandDatabase(
                DatabaseQueue(), journal: DatabaseQueue(), meterChains: MeterChainHeads(flushInterval: .zero)))
        _ = try await database.applyOne(.meterValuesReported([Self.reading(nil, at: 10), Self.reading(nil, at: 20)]))
        let flushedThrough = try await database.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT flushed_through FROM meter_chain_state")
        }
        #expect(flushedThrough == 2)
    }

    @Test("after a restart the chains go on, from the tail and from the saved heads, and a stopped session's too")
    func restart() async throws {
        try await Fixture.withDatabasePath { path in

            let (open, stopped, tailOnly) = try await {
                let database = try await Fixture.seed(
                    LeitstandDatabase(
                        DatabasePool(path: path), journal: DatabasePool(path: LeitstandDatabase.journalPath(for: path)),
                        meterChains: MeterChainHeads(flushInterval: .zero)))
                defer { try? database.close() }
                let open = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
                let stopped = try await database.startSession(Fixture.start(Fixture.cp2, at: 0))
                _ = try await database.applyOne(
                    .meterValuesReported([Self.reading(open, at: 10), Self.reading(stopped, at: 10)]))
                _ = try await database.applyOne(
                    .transactionStopped(stopped, stationID: Fixture.cp2, Fixture.stop(at: 15)))
                return (
                    open, stopped, try await database.startSession(Fixture.start(Fixture.cp1, connector: 2, at: 16))
                )
            }()
            // Readings whose heads are never saved: this writer stops before its first flush.
            let unsaved = try LeitstandDatabase(
                DatabasePool(path: path), journal: DatabasePool(path: LeitstandDatabase.journalPath(for: path)),
                meterChains: MeterChainHeads(flushInterval: .seconds(3_600)))
            _ = try await unsaved.applyOne(
                .meterValuesReported([Self.reading(open, at: 20), Self.reading(tailOnly, at: 20)]))
            try unsaved.close()

            let database = try LeitstandDatabase.open(path: path)
            defer { try? database.close() }
            _ = try await database.apply([
                .meterValuesReported([Self.reading(open, at: 30), Self.reading(stopped, at: 30)]),
                .meterValuesReported([Self.reading(tailOnly, at: 30)]),
            ])
            #expect(try await database.meterReadings(transaction: open).map(\.timestamp) == Self.times(10, 20, 30))
            #expect(try await database.meterReadings(transaction: stopped).map(\.timestamp) == Self.times(10, 30))
            #expect(try await database.meterReadings(transaction: tailOnly).map(\.timestamp) == Self.times(20, 30))
        }
    }

    @Test("a refused change in a batch leaves the other readings' chains whole")
    func refusedChange() async throws {
        let database = try await Fixture.seededDatabase()
        let id = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
        _ = try await database.applyOne(.meterValuesReported([Self.reading(id, at: 10)]))
        var unknown = Self.reading(id, at: 15)
        unknown.stationID = Fixture.unknownStation
        let results = try await database.apply([
            .meterValuesReported([Self.reading(id, at: 20)]),
            .meterValuesReported([Self.reading(id, at: 25), unknown]),
            .meterValuesReported([Self.reading(id, at: 30)]),
        ])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        _ = try await database.applyOne(.meterValuesReported([Self.reading(id, at: 40)]))
        #expect(try await database.meterReadings(transaction: id).map(\.timestamp) == Self.times(10, 20, 30, 40))
    }

    @Test("readings stored before the chains are chained per session in order of arrival when migrated")
    func migration() async throws {
        try await Fixture.withDatabasePath { path in
            try await Fixture.writeOldStore(
                at: path, upTo: "v7-status-chains",
                """
                INSERT INTO stations (id, registration) VALUES ('CP-1', 'accepted'), ('CP-2', 'accepted');
                INSERT INTO transactions (id, station_id, connector, id_tag, billing, meter_start_wh, started_at)
                VALUES (7, 'CP-1', 1, 'A', 'internal', 0, 0), (8, 'CP-2', 1, 'B', 'internal', 0, 0);
                INSERT INTO meter_values (station_id, connector, transaction_id, timestamp, sampled_values)
                VALUES ('CP-1', 1, 7, 10, '[]'), ('CP-2', 1, 8, 11, '[]'), ('CP-1', 1, NULL, 12, '[]'),
                    ('CP-1', 1, 7, 20, '[]');
                """)

            let database = try LeitstandDatabase.open(path: path)
            defer { try? database.close() }
            _ = try await database.applyOne(
                .meterValuesReported([Self.reading(TransactionID(7), at: 30), Self.reading(TransactionID(8), at: 31)]))
            let readings = { (id: Int64) in try await database.meterReadings(transaction: TransactionID(id)) }
            #expect(
                try await readings(7).map(\.timestamp.timeIntervalSince1970) == [
                    10, 20, Fixture.at(30).timeIntervalSince1970,
                ])
            #expect(
                try await readings(8).map(\.timestamp.timeIntervalSince1970) == [
                    11, Fixture.at(31).timeIntervalSince1970,
                ])
            let previous = try await database.reader.read { db in
                try Int64?.fetchAll(db, sql: "SELECT previous_id FROM meter_values WHERE id <= 4 ORDER BY id")
            }
            #expect(previous == [nil, nil, nil, 1])
        }
    }

    private static func reading(_ transaction: TransactionID?, at seconds: Double) -> MeterReading {
        MeterReading(
            stationID: Fixture.cp1, connector: 1, transactionID: transaction, timestamp: Fixture.at(seconds),
            sampledValuesJSON: #"[{"value":"\#(Int(seconds))"}]"#, energyWh: seconds)
    }

    private static func times(_ seconds: Double...) -> [Date] {
        seconds.map(Fixture.at)
    }
}
