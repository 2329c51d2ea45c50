import Domain
import Foundation
import OCPP
import Storage
import Testing

@Suite("ChargePointRequestHandler: transactions and meter values")
struct ChargePointRequestHandlerTransactionTests {
    private static let transactionData = """
        [{"timestamp": "2026-01-01T01:00:00Z", "sampledValue": [{"value": "12345", "context": "Transaction.End",
          "format": "SignedData", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]
        """

    @Test("StartTransactions get increasing transaction ids and are stored with their billing class")
    func startTransactions() async throws {
        try await TestBackend.run(foreignCards: .acceptAsRoaming) { backend in
            let first = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 1_000)
            let second = try await backend.start(connector: 2, card: TestFleet.foreignCard, meterStart: 2_000)
            #expect(first.idTagInfo == IdTagInfo(status: .accepted))
            #expect(second.idTagInfo == IdTagInfo(status: .accepted))
            #expect(second.transactionId > first.transactionId)

            let internalSession = try #require(
                try await backend.store.session(TransactionID(Int64(first.transactionId))))
            #expect(
                internalSession
                    == ChargingSession(
                        id: TransactionID(Int64(first.transactionId)), stationID: TestFleet.station, connector: 1,
                        idTag: TestFleet.knownCard, billing: .internal, meterStartWh: 1_000, startedAt: TestFleet.start)
            )
            let roamingSession = try #require(
                try await backend.store.session(TransactionID(Int64(second.transactionId))))
            #expect(roamingSession.billing == .externalRoaming)
            #expect(roamingSession.connector == 2)
        }
    }

    @Test("a StartTransaction with a blocked card is answered Blocked, still numbered, and stored without billing")
    func startWithBlockedCard() async throws {
        try await TestBackend.run { backend in
            let answer = try await backend.start(connector: 1, card: TestFleet.blockedCard, meterStart: 0)
            #expect(answer.idTagInfo == IdTagInfo(status: .blocked))
            let session = try #require(try await backend.store.session(TransactionID(Int64(answer.transactionId))))
            #expect(session.billing == nil)
        }
    }

    @Test("StopTransaction closes the session, keeps transactionData as sent and judges the stopping card")
    func stopTransaction() async throws {
        try await TestBackend.run { backend in
            let started = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 1_000)
            let response = try await backend.handle(
                "StopTransaction",
                """
                {"transactionId": \(started.transactionId), "meterStop": 13345, "timestamp": "2026-01-01T01:00:00Z",
                 "reason": "EVDisconnected", "idTag": "\(TestFleet.knownCard)", "transactionData": \(Self.transactionData)}
                """,
                from: TestFleet.station)
            #expect(response == .stopTransaction(StopTransactionResponse(idTagInfo: IdTagInfo(status: .accepted))))

            let session = try #require(try await backend.store.session(TransactionID(Int64(started.transactionId))))
            let stop = try #require(session.stop)
            #expect(stop.meterStopWh == 13_345)
            #expect(stop.stoppedAt == TestFleet.start.addingTimeInterval(3_600))
            #expect(stop.reason == "EVDisconnected")
            #expect(stop.idTag == TestFleet.knownCard)
            #expect(session.energyWh == 12_345)
            let kept = try #require(stop.transactionDataJSON)
            #expect(try JSONValue(parsing: kept) == JSONValue(parsing: Self.transactionData))
            #expect(try await backend.store.openSessions().isEmpty)
        }
    }

    @Test("a StopTransaction without an idTag is answered without idTagInfo and judges no card")
    func stopWithoutCard() async throws {
        try await TestBackend.run { backend in
            let started = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 0)
            let response = try await backend.handle(
                "StopTransaction",
                #"{"transactionId": \#(started.transactionId), "meterStop": 500, "timestamp": "2026-01-01T00:30:00Z"}"#,
                from: TestFleet.station)
            #expect(response == .stopTransaction(StopTransactionResponse()))
            #expect(try await backend.store.authorizations(idTag: TestFleet.knownCard, limit: 10).count == 1)
            #expect(try await backend.store.session(TransactionID(Int64(started.transactionId)))?.isOpen == false)
        }
    }

    @Test("a StopTransaction for another station's transaction is refused by the store")
    func stopOfAnotherStationsTransaction() async throws {
        try await TestBackend.run { backend in
            let started = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 0)
            await #expect(throws: StoreFailure.self) {
                try await backend.handle(
                    "StopTransaction",
                    #"{"transactionId": \#(started.transactionId), "meterStop": 500, "timestamp": "2026-01-01T00:30:00Z"}"#,
                    from: TestFleet.neighbour)
            }
            #expect(try await backend.store.session(TransactionID(Int64(started.transactionId)))?.isOpen == true)
        }
    }

    @Test("MeterValues are stored as sent, with the energy register read in Wh from Wh and kWh samples")
    func meterValues() async throws {
        try await TestBackend.run { backend in
            let started = try await backend.start(connector: 1, card: TestFleet.knownCard, meterStart: 0)
            let meterValue = """
                [{"timestamp": "2026-01-01T00:15:00Z", "sampledValue": [{"value": "1500", "unit": "Wh"}]},
                 {"timestamp": "2026-01-01T00:30:00Z",
                  "sampledValue": [{"value": "7.2", "measurand": "Power.Active.Import", "unit": "kW"},
                                   {"value": "2.5", "measurand": "Energy.Active.Import.Register", "unit": "kWh"}]},
                 {"timestamp": "2026-01-01T00:45:00Z",
                  "sampledValue": [{"value": "11", "measurand": "Current.Import", "unit": "A", "phase": "L1"}]}]
                """
            let response = try await backend.handle(
                "MeterValues",
                #"{"connectorId": 1, "transactionId": \#(started.transactionId), "meterValue": \#(meterValue)}"#,
                from: TestFleet.station)
            #expect(response == .meterValues(MeterValuesResponse()))

            let readings = try await backend.store.meterReadings(
                transaction: TransactionID(Int64(started.transactionId)))
            #expect(readings.map(\.energyWh) == [1_500, 2_500, nil])
            #expect(readings.map(\.timestamp) == [900, 1_800, 2_700].map { TestFleet.start.addingTimeInterval($0) })
            guard case .array(let sent) = try JSONValue(parsing: meterValue) else {
                Issue.record("the test's meterValue is not an array")
                return
            }
            #expect(
                try readings.map { try JSONValue(parsing: $0.sampledValuesJSON) }
                    == sent.map { $0.objectValue?["sampledValue"] })
        }
    }
}
