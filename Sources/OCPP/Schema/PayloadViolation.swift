/// A payload that breaks its OCPP 1.6 JSON schema: where, what was wrong, and the CALLERROR code that says so.
///
/// The codes follow what python-ocpp 2.1.0 (`ocpp/messages.py`, the peer of our integration tests) answers for
/// the same schema failure, spelled as OCPP-J 1.6 §4.2.3 spells them, unless that library does not check the rule:
///
/// - payload not a JSON object → FormationViolation: it does not have the PDU's structure
///   (python-ocpp says TypeConstraintViolation).
/// - a field the schema does not define → FormationViolation. python-ocpp sends FormatViolation, the OCPP 2.0
///   name; the 1.6 errata keep FormationViolation.
/// - a required field missing → ProtocolError, as python-ocpp sends; 1.6: "Payload for Action is incomplete".
///   (Not OccurenceConstraintViolation: python-ocpp never sends that for a missing field.)
/// - a wrong JSON type, `null` included, and `1.0` where an integer belongs (JSON Schema draft 4)
///   → TypeConstraintViolation, as python-ocpp sends.
/// - a string longer than its CiString maxLength → TypeConstraintViolation, as python-ocpp sends; in 1.6 the
///   length is part of the data type (CiString20Type).
/// - a value outside the enumeration, a decimal that is not a multiple of 0.1 → FormationViolation, because
///   python-ocpp sends FormatViolation for `enum` and `multipleOf`.
/// - an array with fewer items than minItems → OccurenceConstraintViolation; 1.6: "violates occurence
///   constraints" (python-ocpp sends FormatViolation).
/// - a bad RFC 3339 date-time or URI, a connectorId below the minimum of its 1.6 §6 field type
///   → PropertyConstraintViolation; 1.6: "a field contains an invalid value". python-ocpp checks neither
///   formats nor these minimums (its schemas have none).
///
/// The first violation found is reported: fields in the order the schema lists them, depth first, and the
/// unknown fields of an object after its known ones. Text that came from the station (a value, an unknown
/// field's name) appears in `description` cut to `excerptLength` characters.
package struct PayloadViolation: Error, Sendable, Equatable {
    /// What was wrong with the value at `path`.
    package enum Problem: Sendable, Equatable {
        /// The payload itself is not an object; `found` names what it is ("an array").
        case payloadNotAnObject(found: String)
        case unknownField
        /// `similarName` is a present key that differs only in letter case, the usual cause.
        case missingField(similarName: String?)
        case wrongType(expected: String, found: String)
        case notAllowedValue(String, allowed: [String])
        /// Lengths count Unicode scalars, as JSON Schema does.
        case tooLong(length: Int, maximum: Int)
        case belowMinimum(value: Int, minimum: Int)
        case notInTenths(value: Double)
        case tooFewItems(count: Int, minimum: Int)
        case invalidDateTime(String)
        case invalidURI(String)
    }

    /// One step from the payload down to the offending value.
    package enum PathElement: Sendable, Equatable {
        case field(String)
        case index(Int)
    }

    /// The longest piece of station text that a description repeats.
    package static let excerptLength = 60

    package var problem: Problem
    /// From the payload's top level down; empty when the payload as a whole is wrong.
    package var path: [PathElement]

    package init(_ problem: Problem, path: [PathElement] = []) {
        self.problem = problem
        self.path = path
    }

    /// The CALLERROR code for this violation; see the table above.
    package var code: OCPPErrorCode {
        switch problem {
        case .payloadNotAnObject, .unknownField, .notAllowedValue, .notInTenths: .formationViolation
        case .missingField: .protocolError
        case .wrongType, .tooLong: .typeConstraintViolation
        case .tooFewItems: .occurenceConstraintViolation
        case .invalidDateTime, .invalidURI, .belowMinimum: .propertyConstraintViolation
        }
    }

    /// The CALLERROR that answers a CALL whose payload has this violation.
    package func callError(messageID: String) -> CallError {
        CallError(messageID: messageID, code: code, description: description)
    }

    /// This violation, found inside the value that `element` leads to.
    func nested(in element: PathElement) -> PayloadViolation {
        PayloadViolation(problem, path: [element] + path)
    }

    /// Station text made safe to repeat: at most `excerptLength` characters, control characters as `?`.
    static func excerpt(_ text: some StringProtocol) -> String {
        var result = ""
        for (count, scalar) in text.unicodeScalars.enumerated() {
            guard count < excerptLength else {
                result.append("…")
                break
            }
            result.unicodeScalars.append(scalar.properties.generalCategory == .control ? "?" : scalar)
        }
        return result
    }
}
