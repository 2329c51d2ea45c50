import Domain
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Status history chains")
struct StatusChainTests {
    @Test("a station's newest reports come from all its connectors' chains, newest first, up to the limit")
    func newestAcrossConnectors() async throws {
        let database = try await Fixture.seededDatabase()
        let reports = [
            Fixture.status(Fixture.cp1, connector: 1, "Available", at: 0),
            Fixture.status(Fixture.cp2, connector: 1, "Available", at: 1),
            Fixture.status(Fixture.cp1, connector: 0, "Available", at: 2),
            Fixture.status(Fixture.cp1, connector: 2, "Preparing", at: 3),
            Fixture.status(Fixture.cp1, connector: 1, "Charging", at: 4),
            Fixture.status(Fixture.cp1, connector: 2, "Charging", at: 5),
            Fixture.status(Fixture.cp1, connector: 1, "Finishing", at: 6),
        ]
        _ = try await database.apply(reports.prefix(4).map { .statusReported($0) })
        _ = try await database.apply(reports.dropFirst(4).map { .statusReported($0) })

        let cp1 = reports.filter { $0.stationID == Fixture.cp1 }
        #expect(try await database.statusHistory(station: Fixture.cp1, limit: 10) == Array(cp1.reversed()))
        #expect(try await database.statusHistory(station: Fixture.cp1, limit: 3) == Array(cp1.reversed().prefix(3)))
        #expect(try await database.statusHistory(station: Fixture.cp2, limit: 10) == [reports[1]])
    }

    @Test("reports stored before the chains are chained per connector in order of arrival when migrated")
    func migration() async throws {
        try await Fixture.withDatabasePath { path in
            try await Fixture.writeOldStore(
                at: path, upTo: "v6-journal-moved-out",
                """
                INSERT INTO stations (id, registration) VALUES ('CP-1', 'accepted'), ('CP-2', 'accepted');
                INSERT INTO status_history (station_id, connector, status, error_code, timestamp, received_at)
                VALUES ('CP-1', 1, 'Available', 'NoError', 1, 1), ('CP-2', 1, 'Available', 'NoError', 2, 2),
                    ('CP-1', 2, 'Available', 'NoError', 3, 3), ('CP-1', 1, 'Charging', 'NoError', 4, 4);
                INSERT INTO connectors (station_id, number, status, error_code, timestamp, updated_at)
                VALUES ('CP-1', 1, 'Charging', 'NoError', 4, 4), ('CP-1', 2, 'Available', 'NoError', 3, 3),
                    ('CP-2', 1, 'Available', 'NoError', 2, 2);
                """)

            let database = try LeitstandDatabase.open(path: path)
            defer { try? database.close() }
            let later = Fixture.status(Fixture.cp1, connector: 2, "Preparing", at: 5)
            _ = try await database.apply([.statusReported(later)])
            let history = try await database.statusHistory(station: Fixture.cp1, limit: 10)
            #expect(history.map(\.status) == ["Preparing", "Charging", "Available", "Available"])
            #expect(history.map(\.connector) == [2, 1, 2, 1])
            #expect(try await database.statusHistory(station: Fixture.cp2, limit: 10).map(\.status) == ["Available"])
        }
    }
}
