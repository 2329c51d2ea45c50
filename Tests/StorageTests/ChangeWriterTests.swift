import Domain
import Foundation
import GRDB
import Storage
import Testing

@Suite("Applying a batch of changes")
struct ChangeWriterTests {
    @Test("a change for an unknown station fails alone, with a sentence, while the rest of its batch commits")
    func failingChangeFailsAlone() async throws {
        let database = try await Fixture.seededDatabase()
        let reading = MeterReading(
            stationID: Fixture.unknownStation, connector: 1, transactionID: nil, timestamp: Fixture.at(1),
            sampledValuesJSON: #"[{"value":"10"}]"#, energyWh: 10)
        let results = try await database.apply([
            .statusReported(Fixture.status(Fixture.cp1, connector: 1, "Charging", at: 0)),
            .meterValuesReported([reading]),
            .statusReported(Fixture.status(Fixture.cp2, connector: 1, "Available", at: 2)),
        ])

        #expect(results.count == 3)
        #expect((try? results[0].get()) == .applied)
        #expect((try? results[2].get()) == .applied)
        guard case .failure(let failure) = results[1] else {
            Issue.record("the meter reading of an unknown station was stored")
            return
        }
        #expect(
            failure.message
                == "1 meter value(s) from CP-404 was not stored: station CP-404 is not registered in Leitstand.")
        #expect(try await database.currentStatuses(station: Fixture.cp1).map(\.status) == ["Charging"])
        #expect(try await database.currentStatuses(station: Fixture.cp2).map(\.status) == ["Available"])
    }

    @Test("a change that fails halfway leaves none of its rows behind")
    func failedChangeRollsBackWhole() async throws {
        let database = try await Fixture.seededDatabase()
        let readings = [Fixture.cp1, Fixture.unknownStation].map { station in
            MeterReading(
                stationID: station, connector: 1, transactionID: nil, timestamp: Fixture.at(1),
                sampledValuesJSON: #"[{"value":"10"}]"#, energyWh: 10)
        }
        let results = try await database.apply([.meterValuesReported(readings)])
        #expect((try? results[0].get()) == nil)
        let stored = try await database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meter_values")
        }
        #expect(stored == 0)
    }

    @Test("a boot stores what the station said and when, and a pending station stays pending")
    func bootKeepsRegistration() async throws {
        let database = try await Fixture.seededDatabase()
        let newcomer = try #require(StationID("CP-NEW"))
        let identity = StationIdentity(vendor: "ABB", model: "Terra AC", serialNumber: "SN-1", firmwareVersion: "1.8.2")
        _ = try await database.applyOne(.stationPendingRegistration(newcomer, at: Fixture.at(0)))
        #expect(
            try await database.applyOne(.stationBooted(newcomer, identity, at: Fixture.at(1)))
                == .stationRegistration(.pending))
        #expect(
            try await database.applyOne(.stationBooted(Fixture.cp1, identity, at: Fixture.at(2)))
                == .stationRegistration(.accepted))

        let pending = try #require(try await database.station(newcomer))
        #expect(pending.registration == .pending)
        #expect(pending.identity == identity)
        #expect(pending.lastBootAt == Fixture.at(1))
        #expect(pending.passwordHash == nil)
        let accepted = try #require(try await database.station(Fixture.cp1))
        #expect(accepted.registration == .accepted)
        #expect(accepted.identity == identity)
        #expect(accepted.lastBootAt == Fixture.at(2))
    }

    @Test("an unannounced station is added as pending, and an existing station is left as it was")
    func pendingRegistration() async throws {
        let database = try await Fixture.seededDatabase()
        let newcomer = try #require(StationID("CP-NEW"))
        _ = try await database.applyOne(.stationPendingRegistration(newcomer, at: Fixture.at(0)))
        _ = try await database.applyOne(.stationPendingRegistration(Fixture.cp1, at: Fixture.at(0)))
        #expect(
            try await database.station(newcomer)
                == Station(id: newcomer, siteID: nil, registration: .pending, passwordHash: nil))
        #expect(try await database.station(Fixture.cp1) == Fixture.station(Fixture.cp1))
    }

    @Test("a boot from a station that is not registered fails with a sentence")
    func bootOfUnknownStation() async throws {
        let database = try await Fixture.seededDatabase()
        let identity = StationIdentity(vendor: "ABB", model: "Terra AC", serialNumber: nil, firmwareVersion: nil)
        let result = try await database.apply([.stationBooted(Fixture.unknownStation, identity, at: Fixture.at(0))])
        let expected = StoreFailure(
            "The boot notification of CP-404 was not stored: no station CP-404 is registered in Leitstand.")
        #expect(result == [.failure(expected)])
    }

    @Test("a status report is kept in the history and becomes its connector's current status")
    func statusUpsertsConnector() async throws {
        let database = try await Fixture.seededDatabase()
        let available = Fixture.status(Fixture.cp1, connector: 1, "Available", at: 0)
        let faulted = Fixture.status(Fixture.cp1, connector: 1, "Faulted", at: 5)
        let wholeStation = Fixture.status(Fixture.cp1, connector: 0, "Available", at: 6)
        _ = try await database.apply([.statusReported(available), .statusReported(faulted)])
        _ = try await database.applyOne(.statusReported(wholeStation))

        #expect(try await database.currentStatuses(station: Fixture.cp1) == [wholeStation, faulted])
        #expect(
            try await database.statusHistory(station: Fixture.cp1, limit: 10) == [wholeStation, faulted, available])
        #expect(try await database.currentStatuses(station: Fixture.cp2).isEmpty)
    }

    @Test("firmware and diagnostics notifications and data transfers are stored as sent")
    func notificationsAndDataTransfers() async throws {
        let database = try await Fixture.seededDatabase()
        _ = try await database.apply([
            .stationNotified(Fixture.cp1, kind: "FirmwareStatusNotification", status: "Installed", at: Fixture.at(0)),
            .dataTransferReceived(
                Fixture.cp1, vendorID: "com.abb", messageID: "Temp", dataJSON: #"{"celsius":41}"#, at: Fixture.at(1)),
        ])
        let (notification, transfer) = try database.reader.read { db in
            (
                try Row.fetchOne(db, sql: "SELECT station_id, kind, status, at FROM station_notifications"),
                try Row.fetchOne(db, sql: "SELECT vendor_id, message_id, data, received_at FROM data_transfers")
            )
        }
        #expect(
            notification == [
                "station_id": "CP-1", "kind": "FirmwareStatusNotification", "status": "Installed",
                "at": Fixture.at(0).timeIntervalSince1970,
            ])
        #expect(
            transfer == [
                "vendor_id": "com.abb", "message_id": "Temp", "data": #"{"celsius":41}"#,
                "received_at": Fixture.at(1).timeIntervalSince1970,
            ])
    }
}
