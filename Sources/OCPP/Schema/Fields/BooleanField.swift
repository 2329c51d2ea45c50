/// A JSON Schema `boolean`.
struct BooleanField: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> Bool {
        guard case .bool(let value) = json else { throw .wrongType(expected: "a boolean", found: json) }
        return value
    }
}

extension FieldSchema where Self == BooleanField {
    static var boolean: BooleanField { BooleanField() }
}
