extension PayloadViolation: CustomStringConvertible {
    /// A sentence a support agent can act on, led by the field's path:
    /// "connectorId: expected an integer, got a string".
    package var description: String {
        guard !path.isEmpty else { return sentence }
        return "\(pathText): \(sentence)"
    }

    /// The path as it reads in a payload, for example `meterValue[0].sampledValue[2].unit`.
    package var pathText: String {
        var text = ""
        for element in path {
            switch element {
            case .field(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let position):
                text += "[\(position)]"
            }
        }
        return text
    }

    /// The enumerations listed in full in a description; longer ones (Measurand has 22 values) are not.
    static let listedAllowedValuesLimit = 8

    private var sentence: String {
        switch problem {
        case .payloadNotAnObject(let found):
            "the payload must be a JSON object, got \(found)"
        case .unknownField:
            "not a field OCPP 1.6 defines here"
        case .missingField(similarName: .none):
            "required field is missing"
        case .missingField(similarName: .some(let similarName)):
            "required field is missing (found '\(similarName)'; field names are case-sensitive)"
        case .wrongType(let expected, let found):
            "expected \(expected), got \(found)"
        case .notAllowedValue(let value, let allowed) where allowed.count <= Self.listedAllowedValuesLimit:
            "'\(value)' is not allowed; expected one of \(allowed.joined(separator: ", "))"
        case .notAllowedValue(let value, _):
            "'\(value)' is not a value OCPP 1.6 allows here"
        case .tooLong(let length, let maximum):
            "\(length) characters long, at most \(maximum) allowed"
        case .belowMinimum(let value, let minimum):
            "\(value) is below the minimum of \(minimum)"
        case .notInTenths(let value):
            "\(value) has more than one decimal place; OCPP 1.6 allows steps of 0.1"
        case .tooFewItems(let count, let minimum):
            "has \(count) \(count == 1 ? "entry" : "entries"), at least \(minimum) required"
        case .invalidDateTime(let value):
            "'\(value)' is not an RFC 3339 date-time such as 2024-05-01T12:30:00Z"
        case .invalidURI(let value):
            "'\(value)' is not a URI such as ftp://example.com/logs/"
        }
    }
}
