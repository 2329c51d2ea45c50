/// Reads the fields of one JSON object, each checked against its schema, and notes which fields the schema names.
struct PayloadReader {
    private let members: [String: JSONValue]
    /// The names the schema asked for, to find the member it does not define.
    private var schemaNames: [String] = []
    private var presentCount = 0

    init(_ members: [String: JSONValue]) {
        self.members = members
    }

    /// The value of a field the schema requires.
    mutating func required<Schema: FieldSchema>(_ name: String, _ schema: Schema) throws(PayloadViolation)
        -> Schema.Value
    {
        guard let value = try optional(name, schema) else {
            throw PayloadViolation(.missingField(similarName: similarName(to: name)), path: [.field(name)])
        }
        return value
    }

    /// The value of an optional field, or nil when it is absent. A present `null` is a wrong type, as in draft 4.
    mutating func optional<Schema: FieldSchema>(_ name: String, _ schema: Schema) throws(PayloadViolation)
        -> Schema.Value?
    {
        schemaNames.append(name)
        guard let json = members[name] else { return nil }
        presentCount += 1
        do {
            return try schema.read(json)
        } catch {
            throw error.nested(in: .field(name))
        }
    }

    /// Fails on the first member, in name order, that the schema did not ask for.
    func checkForUnknownFields() throws(PayloadViolation) {
        guard presentCount < members.count,
            let unknown = members.keys.filter({ !schemaNames.contains($0) }).min()
        else { return }
        throw PayloadViolation(.unknownField, path: [.field(PayloadViolation.excerpt(unknown))])
    }

    /// A present member whose name differs from `name` only in letter case.
    private func similarName(to name: String) -> String? {
        let folded = name.lowercased()
        return members.keys.first { $0.lowercased() == folded }.map { PayloadViolation.excerpt($0) }
    }
}
