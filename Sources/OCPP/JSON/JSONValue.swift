/// A JSON document as the wire carries it, before any OCPP meaning is given to it.
///
/// Integers and decimals are kept apart so that validation can tell `1` from `1.5`
/// (a `connectorId` must be an integer, a meter reading may be a decimal).
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case decimal(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue {
    /// The text of a JSON string; nil for any other value.
    package var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The members of a JSON object; nil for any other value.
    package var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { value } else { nil }
    }
}
