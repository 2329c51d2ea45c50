/// GetLocalListVersion.req: which local list version is installed? No fields (1.6 §6.27).
package struct GetLocalListVersionRequest: Sendable, Equatable {
    package init() {}
}

extension GetLocalListVersionRequest: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}

/// GetLocalListVersion.conf: the installed local list version (1.6 §6.28).
package struct GetLocalListVersionResponse: Sendable, Equatable {
    /// The version; 0 when the list is empty, -1 when the charge point does not support local lists.
    package var listVersion: Int

    package init(listVersion: Int) {
        self.listVersion = listVersion
    }
}

extension GetLocalListVersionResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        listVersion = try reader.required("listVersion", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("listVersion", listVersion)
    }
}
