/// One configuration setting of a charge point.
package struct KeyValue: Sendable, Equatable {
    /// The setting's name.
    package var key: String
    /// Whether ChangeConfiguration may change it.
    package var readonly: Bool
    /// Its value, absent when not set.
    package var value: String?

    package init(key: String, readonly: Bool, value: String? = nil) {
        self.key = key
        self.readonly = readonly
        self.value = value
    }
}

extension KeyValue: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        key = try reader.required("key", .string(maxLength: 50))
        readonly = try reader.required("readonly", .boolean)
        value = try reader.optional("value", .string(maxLength: 500))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("key", key)
        writer.set("readonly", readonly)
        writer.set("value", value)
    }
}
