import FleetSimulator
import Foundation
import OCPP
import Testing

@Suite("Acknowledgement log records")
struct AcknowledgementRecordTests {
    private let station = ChargePointID("SIM-00001")
    private let timestamp = "2025-05-01T10:00:00.000Z"

    @Test("an acknowledged StartTransaction is one line with the transaction id")
    func startTransaction() throws {
        let answer = CallAnswer.result(.object(["transactionId": .integer(42), "idTagInfo": .object([:])]))
        let record = try #require(
            AcknowledgementRecord(
                request: .startTransaction(connector: 1, idTag: "04A1B2C3D4E5F6", meterStart: 1200),
                answer: answer,
                station: station,
                timestamp: timestamp
            )
        )
        #expect(
            record.line
                == #"{"type":"StartTransaction","station":"SIM-00001","connector":1,"transactionId":42,"idTag":"04A1B2C3D4E5F6","meterStart":1200,"timestamp":"2025-05-01T10:00:00.000Z"}"#
                + "\n"
        )
    }

    @Test("an acknowledged MeterValues lists its values by measurand")
    func meterValues() throws {
        let reading = MeterReading(connector: 2, transactionID: 7, energyWh: 1340, powerW: 7400, stateOfCharge: 55)
        let record = try #require(
            AcknowledgementRecord(
                request: .meterValues(reading),
                answer: .result(.object([:])),
                station: station,
                timestamp: timestamp
            )
        )
        #expect(
            record.line
                == #"{"type":"MeterValues","station":"SIM-00001","connector":2,"transactionId":7,"timestamp":"2025-05-01T10:00:00.000Z","values":{"Energy.Active.Import.Register":"1340","Power.Active.Import":"7400","SoC":"55"}}"#
                + "\n"
        )
    }

    @Test("StopTransaction and StatusNotification lines carry their own fields")
    func stopAndStatus() throws {
        let stop = try #require(
            AcknowledgementRecord(
                request: .stopTransaction(transactionID: 7, idTag: "X", meterStop: 9600, reason: .local),
                answer: .result(.object([:])),
                station: station,
                timestamp: timestamp
            )
        )
        #expect(
            stop.line
                == #"{"type":"StopTransaction","station":"SIM-00001","transactionId":7,"meterStop":9600,"reason":"Local","timestamp":"2025-05-01T10:00:00.000Z"}"#
                + "\n"
        )
        let status = try #require(
            AcknowledgementRecord(
                request: .statusNotification(
                    connector: 1,
                    status: .faulted,
                    errorCode: .groundFailure,
                    vendorErrorCode: "E-1042"
                ),
                answer: .result(.object([:])),
                station: station,
                timestamp: timestamp
            )
        )
        #expect(
            status.line
                == #"{"type":"StatusNotification","station":"SIM-00001","connector":1,"status":"Faulted","errorCode":"GroundFailure","vendorErrorCode":"E-1042","timestamp":"2025-05-01T10:00:00.000Z"}"#
                + "\n"
        )
    }

    @Test("a line decodes back to its record, with quotes and control characters escaped")
    func roundTrip() throws {
        let record = try #require(
            AcknowledgementRecord(
                request: .startTransaction(connector: 1, idTag: "a\"b\\c\u{1}", meterStart: 0),
                answer: .result(.object(["transactionId": .integer(1)])),
                station: ChargePointID("SIM \"1\""),
                timestamp: timestamp
            )
        )
        let decoded = try JSONDecoder().decode(AcknowledgementRecord.self, from: Data(record.line.utf8))
        #expect(decoded == record)
    }

    @Test("CALLERRORs and messages the log does not keep make no record")
    func notKept() {
        let error = AcknowledgementRecord(
            request: .meterValues(
                MeterReading(connector: 1, transactionID: 1, energyWh: 1, powerW: 1, stateOfCharge: nil)
            ),
            answer: .error(.internalError),
            station: station,
            timestamp: timestamp
        )
        #expect(error == nil)
        #expect(
            AcknowledgementRecord(
                request: .heartbeat,
                answer: .result(.object([:])),
                station: station,
                timestamp: timestamp
            ) == nil
        )
        #expect(
            AcknowledgementRecord(
                request: .startTransaction(connector: 1, idTag: "X", meterStart: 0),
                answer: .result(.object([:])),
                station: station,
                timestamp: timestamp
            ) == nil
        )
    }
}
