import OCPP
import Testing

@Suite("Schema violations")
struct PayloadViolationTests {
    @Test(
        "each kind of violation gets the CALLERROR code documented on PayloadViolation",
        arguments: [
            (PayloadViolation.Problem.payloadNotAnObject(found: "an array"), OCPPErrorCode.formationViolation),
            (.unknownField, .formationViolation),
            (.missingField(similarName: nil), .protocolError),
            (.wrongType(expected: "an integer", found: "a string"), .typeConstraintViolation),
            (.tooLong(length: 21, maximum: 20), .typeConstraintViolation),
            (.notAllowedValue("x", allowed: ["A", "W"]), .formationViolation),
            (.notInTenths(value: 4.11), .formationViolation),
            (.tooFewItems(count: 0, minimum: 1), .occurenceConstraintViolation),
            (.invalidDateTime("x"), .propertyConstraintViolation),
            (.invalidURI("x"), .propertyConstraintViolation),
            (.belowMinimum(value: -1, minimum: 0), .propertyConstraintViolation),
        ])
    func codes(problem: PayloadViolation.Problem, code: OCPPErrorCode) {
        #expect(PayloadViolation(problem).code == code)
    }

    @Test("the description leads with the path to the field")
    func pathInDescription() {
        let violation = PayloadViolation(
            .wrongType(expected: "a string", found: "an integer"),
            path: [.field("meterValue"), .index(0), .field("sampledValue"), .index(2), .field("value")])
        #expect(violation.description == "meterValue[0].sampledValue[2].value: expected a string, got an integer")
    }

    @Test("a CallError made from a violation carries the caller's message id, the code and the description")
    func callError() {
        let violation = PayloadViolation(.missingField(similarName: "idtag"), path: [.field("idTag")])
        #expect(
            violation.callError(messageID: "m-7")
                == CallError(
                    messageID: "m-7", code: .protocolError,
                    description: "idTag: required field is missing (found 'idtag'; field names are case-sensitive)"))
    }
}
