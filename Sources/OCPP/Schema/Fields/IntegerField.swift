/// A JSON Schema `integer`: a number without fraction or exponent, optionally with a minimum.
///
/// `1.0` is not an integer here, as in JSON Schema draft 4 (the OCPP 1.6 schemas' draft) and python-ocpp.
struct IntegerField: FieldSchema {
    /// The smallest allowed value, where a 1.6 §6 field type sets one ("integer connectorId >= 0").
    var minimum: Int?

    func read(_ json: JSONValue) throws(PayloadViolation) -> Int {
        guard case .integer(let wide) = json, let value = Int(exactly: wide) else {
            throw .wrongType(expected: "an integer", found: json)
        }
        if let minimum, value < minimum { throw PayloadViolation(.belowMinimum(value: value, minimum: minimum)) }
        return value
    }
}

extension FieldSchema where Self == IntegerField {
    static var integer: IntegerField { IntegerField(minimum: nil) }

    static func integer(minimum: Int) -> IntegerField { IntegerField(minimum: minimum) }
}
