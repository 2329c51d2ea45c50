/// A JSON Schema `string` with an `enum`, read into the Swift enumeration whose raw values are the wire values.
struct EnumerationField<Enumeration: RawRepresentable<String> & CaseIterable>: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> Enumeration {
        guard case .string(let text) = json else { throw .wrongType(expected: "a string", found: json) }
        guard let value = Enumeration(rawValue: text) else {
            throw PayloadViolation(
                .notAllowedValue(PayloadViolation.excerpt(text), allowed: Enumeration.allCases.map(\.rawValue)))
        }
        return value
    }
}

extension FieldSchema {
    static func enumeration<Enumeration>(_ type: Enumeration.Type) -> Self
    where Self == EnumerationField<Enumeration> {
        EnumerationField()
    }
}
