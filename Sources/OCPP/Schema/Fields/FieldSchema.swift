/// The schema of one field's value: checks a JSON value and turns it into its Swift value in one step.
///
/// A violation thrown here has a path relative to the value; `PayloadReader` and `ArrayField` put the field
/// name and the index in front of it.
protocol FieldSchema {
    associatedtype Value
    func read(_ json: JSONValue) throws(PayloadViolation) -> Value
}

extension JSONValue {
    /// This value's JSON type with its article, as descriptions use it: "an integer", "a string".
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .decimal: "a decimal number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension PayloadViolation {
    /// A value of the wrong JSON type.
    static func wrongType(expected: String, found json: JSONValue) -> PayloadViolation {
        PayloadViolation(.wrongType(expected: expected, found: json.kindDescription))
    }
}
