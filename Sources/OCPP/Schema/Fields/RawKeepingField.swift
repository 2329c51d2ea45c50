/// Another field's schema, that also hands back the JSON as received, for data kept whole (meter values).
struct RawKeepingField<Wrapped: FieldSchema>: FieldSchema {
    var wrapped: Wrapped

    func read(_ json: JSONValue) throws(PayloadViolation) -> (value: Wrapped.Value, raw: JSONValue) {
        (try wrapped.read(json), json)
    }
}

extension FieldSchema {
    static func keepingRaw<Wrapped>(_ wrapped: Wrapped) -> Self where Self == RawKeepingField<Wrapped> {
        RawKeepingField(wrapped: wrapped)
    }
}
