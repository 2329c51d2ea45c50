/// A JSON object of the OCPP 1.6 schemas, a whole payload or one nested in it, read with validation and written back.
///
/// Each conforming type declares its schema once, in `init(reading:)`: the field names, their schemas and which are
/// required. Reading checks and decodes in the same pass over the already parsed `JSONValue`.
protocol PayloadObject: Sendable, Equatable {
    /// Reads the fields from `reader`, in the order the schema lists them, each checked against its schema.
    init(reading reader: inout PayloadReader) throws(PayloadViolation)
    /// Writes the fields to `writer`; optional fields that are nil are left out.
    func write(to writer: inout PayloadWriter)
}

extension PayloadObject {
    /// Checks `payload` against this type's schema and reads it.
    static func decode(_ payload: JSONValue) -> Result<Self, PayloadViolation> {
        guard case .object(let members) = payload else {
            return .failure(PayloadViolation(.payloadNotAnObject(found: payload.kindDescription)))
        }
        return Result { () throws(PayloadViolation) in try Self(validating: members) }
    }

    /// Reads an object's members, rejecting any member the schema does not define (`additionalProperties: false`,
    /// which every OCPP 1.6 schema sets on every object).
    init(validating members: [String: JSONValue]) throws(PayloadViolation) {
        var reader = PayloadReader(members)
        try self.init(reading: &reader)
        try reader.checkForUnknownFields()
    }

    /// This object as JSON.
    var json: JSONValue {
        var writer = PayloadWriter()
        write(to: &writer)
        return .object(writer.members)
    }
}
