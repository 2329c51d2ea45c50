import Foundation
import OCPP
import Testing

@Suite("MeterValues")
struct MeterValuesTests {
    static let payload = """
        {"connectorId":2,"transactionId":9,"meterValue":[{"timestamp":"2024-05-01T14:30:00.120+02:00",\
        "sampledValue":[{"value":"0012.50","unit":"kWh"},\
        {"value":"<?xml version=\\"1.0\\"?><signedMeterValue/>","format":"SignedData","context":"Sample.Clock"},\
        {"value":"21.5","measurand":"Temperature","unit":"Celsius","location":"Body"},\
        {"value":"21.5","measurand":"Temperature","unit":"Celcius","location":"Body"}]}]}
        """

    @Test("values are kept as the strings the station sent, signed data included")
    func valuesAsSent() throws {
        let request = try MeterValuesRequest.decoded(Self.payload)
        let values = try #require(request.meterValue.first).sampledValue.map(\.value)
        #expect(values == ["0012.50", "<?xml version=\"1.0\"?><signedMeterValue/>", "21.5", "21.5"])
        #expect(request.meterValue.first?.sampledValue[1].format == .signedData)
        #expect(request.meterValue.first?.timestamp == Date(timeIntervalSince1970: 1_714_566_600.12))
    }

    @Test("the meterValue array is kept as received and written back unchanged")
    func rawKept() throws {
        let payload = try JSONValue(parsing: Self.payload)
        let request = try MeterValuesRequest.decoded(Self.payload)
        #expect(request.rawMeterValue == payload.objectValue?["meterValue"])
        #expect(ChargePointRequest.meterValues(request).payload == payload)
    }

    @Test("a request built here writes its typed values as its raw JSON")
    func rawFromTyped() throws {
        let sample = MeterValue(timestamp: Samples.noon, sampledValue: [SampledValue(value: "1", unit: .watts)])
        let request = MeterValuesRequest(connectorId: 1, meterValue: [sample])
        #expect(
            request.rawMeterValue.encodedText()
                == #"[{"sampledValue":[{"unit":"W","value":"1"}],"timestamp":"2024-05-01T12:30:00.000Z"}]"#)
    }
}

extension MeterValuesRequest {
    /// Reads a MeterValues payload written in a test, failing the test when it does not read.
    static func decoded(_ text: String) throws -> MeterValuesRequest {
        let call = Call(messageID: "mv", action: "MeterValues", payload: try JSONValue(parsing: text))
        guard case .meterValues(let request) = try ChargePointRequest.decode(call).get() else {
            throw CallError(messageID: "mv", code: .genericError, description: "not a MeterValues request")
        }
        return request
    }
}
