import OCPP
import Testing

@Suite("Requests from the central system")
struct CentralSystemRequestTests {
    @Test("the samples cover every central system action")
    func samplesCoverEveryAction() {
        #expect(Set(Samples.centralSystemRequests.map(\.action)) == Set(CentralSystemAction.allCases))
        #expect(Set(Samples.centralSystemResponses.map(\.action)) == Set(CentralSystemAction.allCases))
    }

    @Test("a request sent as a frame reads back as the same request", arguments: Samples.centralSystemRequests)
    func roundTrip(request: CentralSystemRequest) throws {
        let text = Frame.call(request.call(messageID: "cs-1")).encoded()
        guard case .call(let call) = try Frame.decode(text).get() else {
            Issue.record("\(text) is not a CALL")
            return
        }
        #expect(CentralSystemRequest.decode(call) == .success(request))
    }

    @Test(
        "every central system action reads a minimal valid payload",
        arguments: [
            ("ChangeAvailability", #"{"connectorId":0,"type":"Operative"}"#),
            ("ChangeConfiguration", #"{"key":"K","value":""}"#),
            ("ClearCache", "{}"),
            ("GetConfiguration", "{}"),
            ("RemoteStartTransaction", #"{"idTag":"A"}"#),
            ("RemoteStopTransaction", #"{"transactionId":-3}"#),
            ("Reset", #"{"type":"Hard"}"#),
            ("UnlockConnector", #"{"connectorId":1}"#),
            ("TriggerMessage", #"{"requestedMessage":"Heartbeat"}"#),
            ("GetDiagnostics", #"{"location":"ftp://user:p%40ss@host:21/dir/"}"#),
            ("UpdateFirmware", #"{"location":"https://h/fw?v=1#x","retrieveDate":"2024-05-01T12:30:00Z"}"#),
            ("SendLocalList", #"{"listVersion":1,"updateType":"Full"}"#),
            ("GetLocalListVersion", "{}"),
            (
                "ReserveNow",
                #"{"connectorId":0,"expiryDate":"2024-05-01T12:30:00Z","idTag":"A","reservationId":1}"#
            ),
            ("CancelReservation", #"{"reservationId":1}"#),
            (
                "SetChargingProfile",
                #"{"connectorId":0,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,"#
                    + #""chargingProfilePurpose":"ChargePointMaxProfile","chargingProfileKind":"Absolute","#
                    + #""chargingSchedule":{"chargingRateUnit":"W","chargingSchedulePeriod":[]}}}"#
            ),
            ("ClearChargingProfile", "{}"),
            ("GetCompositeSchedule", #"{"connectorId":0,"duration":60}"#),
            ("DataTransfer", #"{"vendorId":"v"}"#),
        ])
    func validPayload(action: String, payload: String) throws {
        let call = Call(messageID: "cs-2", action: action, payload: try JSONValue(parsing: payload))
        #expect(try CentralSystemRequest.decode(call).get().action.rawValue == action)
    }

    @Test(
        "a charge point answers violations in the central system's requests with their codes",
        arguments: [
            ("UnlockConnector", #"{"connectorId":0}"#, OCPPErrorCode.propertyConstraintViolation),
            ("GetDiagnostics", #"{"location":"logs/today"}"#, .propertyConstraintViolation),
            ("GetDiagnostics", #"{"location":"ftp://host/a b"}"#, .propertyConstraintViolation),
            ("GetDiagnostics", #"{"location":"ftp://host/%zz"}"#, .propertyConstraintViolation),
            ("ChangeConfiguration", #"{"key":"K"}"#, .protocolError),
            ("GetConfiguration", #"{"key":[]}"#, nil),
            ("GetConfiguration", #"{"key":["\#(String(repeating: "k", count: 51))"]}"#, .typeConstraintViolation),
            ("Reset", #"{"type":"hard"}"#, .formationViolation),
            (
                "SetChargingProfile",
                #"{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,"#
                    + #""chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute","#
                    + #""chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"#
                    + #""limit":4.11}]}}}"#, .formationViolation
            ),
        ] as [(String, String, OCPPErrorCode?)])
    func violation(action: String, payload: String, code: OCPPErrorCode?) throws {
        let call = Call(messageID: "cs-3", action: action, payload: try JSONValue(parsing: payload))
        let result = CentralSystemRequest.decode(call)
        #expect(result.failure?.code == code)
        #expect(result.failure.map(\.messageID) ?? "cs-3" == "cs-3")
    }

    @Test("an action of the charge point sent by a central system is answered NotSupported")
    func chargePointAction() {
        let call = Call(messageID: "cs-4", action: "BootNotification", payload: .object([:]))
        #expect(
            CentralSystemRequest.decode(call)
                == .failure(
                    CallError(
                        messageID: "cs-4", code: .notSupported,
                        description: "'BootNotification' is sent only by a charge point, never by a central system")))
    }

    @Test("an action OCPP 1.6 does not have is answered NotImplemented")
    func unknownAction() {
        let call = Call(messageID: "cs-5", action: "SignCertificate", payload: .object([:]))
        #expect(CentralSystemRequest.decode(call).failure?.code == .notImplemented)
    }
}
