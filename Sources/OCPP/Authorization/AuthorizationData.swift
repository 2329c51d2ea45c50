/// One entry of a local authorization list.
package struct AuthorizationData: Sendable, Equatable {
    /// The identifier the entry is about.
    package var idTag: String
    /// Its authorization; absent in a differential update means delete the entry.
    package var idTagInfo: IdTagInfo?

    package init(idTag: String, idTagInfo: IdTagInfo? = nil) {
        self.idTag = idTag
        self.idTagInfo = idTagInfo
    }
}

extension AuthorizationData: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTag = try reader.required("idTag", .string(maxLength: 20))
        idTagInfo = try reader.optional("idTagInfo", .object(IdTagInfo.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTag", idTag)
        writer.set("idTagInfo", idTagInfo)
    }
}
