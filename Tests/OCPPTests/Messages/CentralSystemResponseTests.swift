import OCPP
import Testing

@Suite("Responses from charge points")
struct CentralSystemResponseTests {
    @Test("a response sent as a CALLRESULT reads back as the same response", arguments: Samples.centralSystemResponses)
    func roundTrip(response: CentralSystemResponse) throws {
        let text = Frame.callResult(response.callResult(messageID: "cr-1")).encoded()
        guard case .callResult(let result) = try Frame.decode(text).get() else {
            Issue.record("\(text) is not a CALLRESULT")
            return
        }
        #expect(CentralSystemResponse.decode(result, answering: response.action) == .success(response))
    }

    @Test(
        "limits in steps of 0.1 are read although binary decimals cannot hold them exactly",
        arguments: [21.4, 0.3, 7.7, 1_000_000.1, 16, -0.2])
    func limitsInTenths(limit: Double) throws {
        let payload = try Self.compositeSchedule(limit: JSONValue.decimal(limit).encodedText())
        guard
            case .getCompositeSchedule(let response) = try CentralSystemResponse.decode(
                payload, answering: .getCompositeSchedule
            ).get()
        else {
            Issue.record("not a GetCompositeSchedule response")
            return
        }
        #expect(response.chargingSchedule?.chargingSchedulePeriod.first?.limit == limit)
    }

    @Test("a limit with a finer step than 0.1 breaks multipleOf and reads as a FormationViolation")
    func limitTooFine() throws {
        let violation = try #require(
            CentralSystemResponse.decode(try Self.compositeSchedule(limit: "4.11"), answering: .getCompositeSchedule)
                .failure)
        #expect(violation.code == .formationViolation)
        #expect(
            violation.description
                == "chargingSchedule.chargingSchedulePeriod[0].limit: 4.11 has more than one decimal place; "
                + "OCPP 1.6 allows steps of 0.1")
    }

    @Test("a violation in a GetConfiguration answer names the entry")
    func configurationViolation() throws {
        let payload = try JSONValue(
            parsing: #"{"configurationKey":[{"key":"A","readonly":true},{"key":"B","readonly":"true"}]}"#)
        let error = try #require(
            CentralSystemResponse.decode(CallResult(messageID: "cr-2", payload: payload), answering: .getConfiguration)
                .failure)
        #expect(
            error
                == CallError(
                    messageID: "cr-2", code: .typeConstraintViolation,
                    description: "configurationKey[1].readonly: expected a boolean, got a string"))
    }

    static func compositeSchedule(limit: String) throws -> JSONValue {
        try JSONValue(
            parsing: #"{"status":"Accepted","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":"#
                + #"[{"startPeriod":0,"limit":\#(limit)}]}}"#)
    }
}
