import OCPP
import Testing

@Suite("Responses to charge points")
struct ChargePointResponseTests {
    @Test("a response sent as a CALLRESULT reads back as the same response", arguments: Samples.chargePointResponses)
    func roundTrip(response: ChargePointResponse) throws {
        let text = Frame.callResult(response.callResult(messageID: "r-1")).encoded()
        guard case .callResult(let result) = try Frame.decode(text).get() else {
            Issue.record("\(text) is not a CALLRESULT")
            return
        }
        #expect(result.messageID == "r-1")
        #expect(ChargePointResponse.decode(result, answering: response.action) == .success(response))
    }

    @Test("a BootNotification answer is written as the specification shows it")
    func bootNotificationText() {
        let response = ChargePointResponse.bootNotification(
            BootNotificationResponse(status: .accepted, currentTime: Samples.noon, interval: 300))
        #expect(
            response.payload.encodedText()
                == #"{"currentTime":"2024-05-01T12:30:00.000Z","interval":300,"status":"Accepted"}"#)
    }

    @Test("a response that breaks its schema is reported with the result's message id")
    func violation() throws {
        let result = CallResult(messageID: "r-2", payload: try JSONValue(parsing: #"{"idTagInfo":{"status":"OK"}}"#))
        let error = try #require(ChargePointResponse.decode(result, answering: .authorize).failure)
        #expect(error.messageID == "r-2")
        #expect(error.code == .formationViolation)
        #expect(
            error.description
                == "idTagInfo.status: 'OK' is not allowed; "
                + "expected one of Accepted, Blocked, Expired, Invalid, ConcurrentTx")
    }

    @Test("an answer to one action does not read as the answer to another")
    func wrongAction() {
        let payload = ChargePointResponse.heartbeat(HeartbeatResponse(currentTime: Samples.noon)).payload
        #expect(ChargePointResponse.decode(payload, answering: .meterValues).failure?.code == .formationViolation)
    }
}
