/// A nested JSON object with its own schema, such as `idTagInfo` or a `sampledValue` entry.
struct ObjectField<Object: PayloadObject>: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> Object {
        guard case .object(let members) = json else { throw .wrongType(expected: "an object", found: json) }
        return try Object(validating: members)
    }
}

extension FieldSchema {
    static func object<Object>(_ type: Object.Type) -> Self where Self == ObjectField<Object> {
        ObjectField()
    }
}
