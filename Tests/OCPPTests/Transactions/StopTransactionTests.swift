import OCPP
import Testing

@Suite("StopTransaction")
struct StopTransactionTests {
    @Test("transactionData is kept as received, and an empty sampledValue passes as the schemas allow")
    func rawTransactionData() throws {
        let text = """
            {"transactionId":5,"meterStop":1200,"timestamp":"2024-05-01T12:30:00Z","reason":"EVDisconnected",\
            "transactionData":[{"timestamp":"2024-05-01T12:30:00Z","sampledValue":[]},\
            {"timestamp":"2024-05-01T12:30:00Z","sampledValue":[{"value":"OCMF|{}|{}","format":"SignedData"}]}]}
            """
        let payload = try JSONValue(parsing: text)
        guard
            case .stopTransaction(let request) = try ChargePointRequest.decode(payload, action: .stopTransaction).get()
        else {
            Issue.record("not a StopTransaction request")
            return
        }
        #expect(request.rawTransactionData == payload.objectValue?["transactionData"])
        #expect(request.transactionData?.last?.sampledValue.first?.value == "OCMF|{}|{}")
        #expect(request.reason == .evDisconnected)
        let written = ChargePointRequest.stopTransaction(request).payload.objectValue
        #expect(written?["transactionData"] == payload.objectValue?["transactionData"])
    }

    @Test("without transactionData there is no raw copy either")
    func noTransactionData() {
        let request = StopTransactionRequest(meterStop: 1, timestamp: Samples.noon, transactionId: 2)
        #expect(request.rawTransactionData == nil)
        #expect(ChargePointRequest.stopTransaction(request).payload.objectValue?["transactionData"] == nil)
    }
}
