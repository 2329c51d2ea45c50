import Domain
import Foundation
import OCPP
import Storage
import Testing

@Suite("ChargePointRequestHandler")
struct ChargePointRequestHandlerTests {
    private static let bootPayload = """
        {"chargePointVendor": "Wallbox", "chargePointModel": "Commander 2", "chargePointSerialNumber": "SN-7",
         "firmwareVersion": "5.1.0"}
        """

    @Test(
        "BootNotification is answered with the station's registration and the interval that goes with it",
        arguments: [
            (TestFleet.station, RegistrationStatus.accepted, 300),
            (TestFleet.pendingStation, RegistrationStatus.pending, 60),
            (TestFleet.rejectedStation, RegistrationStatus.rejected, 60),
        ])
    func bootNotification(station: StationID, status: RegistrationStatus, interval: Int) async throws {
        try await TestBackend.run { backend in
            let response = try await backend.handle("BootNotification", Self.bootPayload, from: station)
            let now = backend.clock.now()
            #expect(
                response
                    == .bootNotification(BootNotificationResponse(status: status, currentTime: now, interval: interval))
            )
            let stored = try #require(try await backend.store.station(station))
            #expect(
                stored.identity
                    == StationIdentity(
                        vendor: "Wallbox", model: "Commander 2", serialNumber: "SN-7", firmwareVersion: "5.1.0"))
            #expect(stored.lastBootAt == now)
        }
    }

    @Test("a BootNotification from a station the store does not know fails with the store's reason")
    func bootOfUnknownStation() async throws {
        try await TestBackend.run { backend in
            await #expect(throws: StoreFailure.self) {
                try await backend.handle("BootNotification", Self.bootPayload, from: TestFleet.unknownStation)
            }
        }
    }

    @Test("Heartbeat is answered with the backend's time")
    func heartbeat() async throws {
        try await TestBackend.run { backend in
            backend.clock.advance(by: .seconds(42))
            let response = try await backend.handle("Heartbeat", "{}", from: TestFleet.station)
            #expect(response == .heartbeat(HeartbeatResponse(currentTime: TestFleet.start.addingTimeInterval(42))))
        }
    }

    @Test("a StatusNotification is stored as the connector's current status before it is answered")
    func statusNotification() async throws {
        try await TestBackend.run { backend in
            let response = try await backend.handle(
                "StatusNotification",
                #"{"connectorId": 2, "errorCode": "GroundFailure", "status": "Faulted", "info": "RCD tripped"}"#,
                from: TestFleet.station)
            #expect(response == .statusNotification(StatusNotificationResponse()))
            let statuses = try await backend.store.currentStatuses(station: TestFleet.station)
            #expect(
                statuses == [
                    StatusReport(
                        stationID: TestFleet.station, connector: 2, status: "Faulted", errorCode: "GroundFailure",
                        info: "RCD tripped", vendorID: nil, vendorErrorCode: nil, timestamp: TestFleet.start,
                        receivedAt: TestFleet.start)
                ])
        }
    }

    @Test("a StatusNotification from a station the store does not know fails with a StoreFailure")
    func statusOfUnknownStation() async throws {
        try await TestBackend.run { backend in
            await #expect(throws: StoreFailure.self) {
                try await backend.handle(
                    "StatusNotification", #"{"connectorId": 1, "errorCode": "NoError", "status": "Available"}"#,
                    from: TestFleet.unknownStation)
            }
        }
    }

    @Test("DataTransfer is stored and answered UnknownVendorId")
    func dataTransfer() async throws {
        try await TestBackend.run { backend in
            let response = try await backend.handle(
                "DataTransfer", #"{"vendorId": "com.example", "messageId": "diag", "data": "x"}"#,
                from: TestFleet.station)
            #expect(response == .dataTransfer(DataTransferResponse(status: .unknownVendorId)))
        }
    }
}
