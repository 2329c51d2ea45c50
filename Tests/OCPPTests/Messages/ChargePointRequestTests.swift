import OCPP
import Testing

@Suite("Requests from charge points")
struct ChargePointRequestTests {
    @Test(
        "every charge point action reads a valid payload as a station sends it",
        arguments: [
            ("Authorize", #"{"idTag":"04A2B3C4D5E6F7"}"#),
            ("BootNotification", #"{"chargePointVendor":"VendorX","chargePointModel":"SingleSocketCharger"}"#),
            ("DataTransfer", #"{"vendorId":"com.vendor","messageId":"m","data":"anything at all"}"#),
            ("DiagnosticsStatusNotification", #"{"status":"Uploading"}"#),
            ("FirmwareStatusNotification", #"{"status":"Downloaded"}"#),
            ("Heartbeat", "{}"),
            (
                "MeterValues",
                #"{"connectorId":1,"transactionId":5,"meterValue":[{"timestamp":"2024-05-01T12:30:00.123+02:00","#
                    + #""sampledValue":[{"value":"10.5","measurand":"Current.Import","unit":"A","phase":"L2"}]}]}"#
            ),
            ("StartTransaction", #"{"connectorId":1,"idTag":"ABC","meterStart":0,"timestamp":"2024-05-01T12:30:00Z"}"#),
            ("StatusNotification", #"{"connectorId":0,"errorCode":"NoError","status":"Available"}"#),
            ("StopTransaction", #"{"transactionId":5,"meterStop":1200,"timestamp":"2024-05-01T13:30:00Z"}"#),
        ])
    func validPayload(action: String, payload: String) throws {
        let call = Call(messageID: "m-1", action: action, payload: try JSONValue(parsing: payload))
        let request = try ChargePointRequest.decode(call).get()
        #expect(request.action.rawValue == action)
    }

    @Test("the samples cover every charge point action")
    func samplesCoverEveryAction() {
        #expect(Set(Samples.chargePointRequests.map(\.action)) == Set(ChargePointAction.allCases))
        #expect(Set(Samples.chargePointResponses.map(\.action)) == Set(ChargePointAction.allCases))
    }

    @Test("a request sent as a frame reads back as the same request", arguments: Samples.chargePointRequests)
    func roundTrip(request: ChargePointRequest) throws {
        let text = Frame.call(request.call(messageID: "rt-1")).encoded()
        guard case .call(let call) = try Frame.decode(text).get() else {
            Issue.record("\(text) is not a CALL")
            return
        }
        #expect(call.action == request.action.rawValue)
        #expect(ChargePointRequest.decode(call) == .success(request))
    }

    @Test("an action OCPP 1.6 does not have is answered NotImplemented with the caller's message id")
    func unknownAction() {
        let call = Call(messageID: "u-9", action: "FlyToMoon", payload: .object([:]))
        #expect(
            ChargePointRequest.decode(call)
                == .failure(
                    CallError(
                        messageID: "u-9", code: .notImplemented,
                        description: "'FlyToMoon' is not an OCPP 1.6 action implemented here")))
    }

    @Test(
        "an action of the central system sent by a charge point is answered NotSupported",
        arguments: CentralSystemAction.allCases.filter { $0 != .dataTransfer })
    func centralSystemAction(action: CentralSystemAction) {
        let call = Call(messageID: "u-10", action: action.rawValue, payload: .object([:]))
        #expect(
            ChargePointRequest.decode(call)
                == .failure(
                    CallError(
                        messageID: "u-10", code: .notSupported,
                        description: "'\(action.rawValue)' is sent only by a central system, never by a charge point")))
    }

    @Test("an unknown action name from the station is cut short in the description")
    func longUnknownAction() throws {
        let call = Call(messageID: "u-11", action: String(repeating: "X", count: 500), payload: .object([:]))
        let error = try #require(ChargePointRequest.decode(call).failure)
        #expect(error.description.count < 110)
        #expect(error.description.contains("…"))
    }
}
