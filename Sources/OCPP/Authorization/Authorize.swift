/// Authorize.req: may this idTag charge? (1.6 §6.1)
package struct AuthorizeRequest: Sendable, Equatable {
    /// The identifier to authorize (an IdToken).
    package var idTag: String

    package init(idTag: String) {
        self.idTag = idTag
    }
}

extension AuthorizeRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTag = try reader.required("idTag", .string(maxLength: 20))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTag", idTag)
    }
}

/// Authorize.conf: the verdict on the idTag (1.6 §6.2).
package struct AuthorizeResponse: Sendable, Equatable {
    /// The authorization status, expiry and parent id.
    package var idTagInfo: IdTagInfo

    package init(idTagInfo: IdTagInfo) {
        self.idTagInfo = idTagInfo
    }
}

extension AuthorizeResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        idTagInfo = try reader.required("idTagInfo", .object(IdTagInfo.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("idTagInfo", idTagInfo)
    }
}
