import OCPP
import Testing

@Suite("Schema violations in requests from charge points")
struct ChargePointRequestViolationTests {
    static let status = #""errorCode":"NoError","status":"Available""#

    @Test(
        "each violation is answered with its code, a description naming the field, and the caller's message id",
        arguments: [
            ("Heartbeat", "[]", OCPPErrorCode.formationViolation, "the payload must be a JSON object, got an array"),
            ("Heartbeat", "null", .formationViolation, "the payload must be a JSON object, got null"),
            ("Heartbeat", #"{"now":1}"#, .formationViolation, "now: not a field OCPP 1.6 defines here"),
            (
                "StatusNotification", #"{"connectorId":"1",\#(status)}"#, .typeConstraintViolation,
                "connectorId: expected an integer, got a string"
            ),
            (
                "StatusNotification", #"{"connectorId":1.0,\#(status)}"#, .typeConstraintViolation,
                "connectorId: expected an integer, got a decimal number"
            ),
            ("StatusNotification", "{\(status)}", .protocolError, "connectorId: required field is missing"),
            (
                "StatusNotification", #"{"connectorID":1,\#(status)}"#, .protocolError,
                "connectorId: required field is missing (found 'connectorID'; field names are case-sensitive)"
            ),
            (
                "StatusNotification", #"{"connectorId":1,\#(status),"colour":"red"}"#, .formationViolation,
                "colour: not a field OCPP 1.6 defines here"
            ),
            (
                "StatusNotification", #"{"connectorId":-1,\#(status)}"#, .propertyConstraintViolation,
                "connectorId: -1 is below the minimum of 0"
            ),
            (
                "StatusNotification", #"{"connectorId":1,"errorCode":"Smoke","status":"Available"}"#,
                .formationViolation, "errorCode: 'Smoke' is not a value OCPP 1.6 allows here"
            ),
            (
                "StatusNotification", #"{"connectorId":1,\#(status),"info":"\#(String(repeating: "i", count: 51))"}"#,
                .typeConstraintViolation, "info: 51 characters long, at most 50 allowed"
            ),
            (
                "StatusNotification", #"{"connectorId":1,\#(status),"timestamp":"2024-05-01 12:30:00"}"#,
                .propertyConstraintViolation,
                "timestamp: '2024-05-01 12:30:00' is not an RFC 3339 date-time such as 2024-05-01T12:30:00Z"
            ),
            (
                "DiagnosticsStatusNotification", #"{"status":"Done"}"#, .formationViolation,
                "status: 'Done' is not allowed; expected one of Idle, Uploaded, UploadFailed, Uploading"
            ),
            ("Authorize", #"{"idTag":null}"#, .typeConstraintViolation, "idTag: expected a string, got null"),
            (
                "StartTransaction", #"{"connectorId":0,"idTag":"A","meterStart":0,"timestamp":"2024-05-01T12:30:00Z"}"#,
                .propertyConstraintViolation, "connectorId: 0 is below the minimum of 1"
            ),
            (
                "MeterValues", #"{"connectorId":1,"meterValue":[]}"#, .occurenceConstraintViolation,
                "meterValue: has 0 entries, at least 1 required"
            ),
            (
                "MeterValues",
                #"{"connectorId":1,"meterValue":[{"timestamp":"2024-05-01T12:30:00Z","sampledValue":[]}]}"#,
                .occurenceConstraintViolation, "meterValue[0].sampledValue: has 0 entries, at least 1 required"
            ),
            (
                "MeterValues",
                #"{"connectorId":1,"meterValue":[{"timestamp":"2024-05-01T12:30:00Z","sampledValue":[{"value":"1"},"#
                    + #"{"value":12}]}]}"#, .typeConstraintViolation,
                "meterValue[0].sampledValue[1].value: expected a string, got an integer"
            ),
            (
                "MeterValues",
                #"{"connectorId":1,"meterValue":[{"timestamp":"2024-05-01T12:30:00Z","sampledValue":[{"value":"1","#
                    + #""unit":"Hertz"}]}]}"#, .formationViolation,
                "meterValue[0].sampledValue[0].unit: 'Hertz' is not a value OCPP 1.6 allows here"
            ),
            (
                "MeterValues",
                #"{"connectorId":1,"meterValue":[{"timestamp":"2024-05-01T12:30:00Z","sampledValue":[{"value":"1","#
                    + #""signature":"x"}]}]}"#, .formationViolation,
                "meterValue[0].sampledValue[0].signature: not a field OCPP 1.6 defines here"
            ),
            (
                "StopTransaction",
                #"{"transactionId":5,"meterStop":1,"timestamp":"2024-05-01T12:30:00Z","idTagInfo":{}}"#,
                .formationViolation, "idTagInfo: not a field OCPP 1.6 defines here"
            ),
            (
                "StopTransaction",
                #"{"transactionId":5,"meterStop":1,"timestamp":"2024-05-01T12:30:00Z","transactionData":{}}"#,
                .typeConstraintViolation, "transactionData: expected an array, got an object"
            ),
        ])
    func violation(action: String, payload: String, code: OCPPErrorCode, description: String) throws {
        let call = Call(messageID: "m-42", action: action, payload: try JSONValue(parsing: payload))
        #expect(
            ChargePointRequest.decode(call)
                == .failure(CallError(messageID: "m-42", code: code, description: description)))
    }

    @Test("station text in a description is cut to 60 characters, with control characters replaced")
    func excerpt() throws {
        let value = "\n" + String(repeating: "é", count: 300)
        let payload = JSONValue.object(["status": .string(value)])
        let call = Call(messageID: "m-43", action: "FirmwareStatusNotification", payload: payload)
        let error = try #require(ChargePointRequest.decode(call).failure)
        #expect(error.description.hasPrefix("status: '?éé"))
        #expect(error.description.contains(String(repeating: "é", count: 59) + "…'"))
        #expect(!error.description.contains(String(repeating: "é", count: 60)))
    }

    @Test("an unknown field's name from the station is cut short too")
    func longUnknownField() throws {
        let payload = JSONValue.object([String(repeating: "k", count: 1000): .null])
        let error = try #require(ChargePointRequest.decode(payload, action: .heartbeat).failure)
        #expect(error.description == String(repeating: "k", count: 60) + "…: not a field OCPP 1.6 defines here")
    }
}
