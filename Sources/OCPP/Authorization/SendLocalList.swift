/// SendLocalList.req: replace or change the charge point's local authorization list (1.6 §6.41).
package struct SendLocalListRequest: Sendable, Equatable {
    /// The list's version after this update.
    package var listVersion: Int
    /// The entries of the full list, or the changes of a differential one.
    package var localAuthorizationList: [AuthorizationData]?
    /// Whether this is the full list or a change.
    package var updateType: UpdateType

    package init(listVersion: Int, localAuthorizationList: [AuthorizationData]? = nil, updateType: UpdateType) {
        self.listVersion = listVersion
        self.localAuthorizationList = localAuthorizationList
        self.updateType = updateType
    }
}

extension SendLocalListRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        listVersion = try reader.required("listVersion", .integer)
        localAuthorizationList = try reader.optional(
            "localAuthorizationList", .array(of: .object(AuthorizationData.self)))
        updateType = try reader.required("updateType", .enumeration(UpdateType.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("listVersion", listVersion)
        writer.set("localAuthorizationList", localAuthorizationList)
        writer.set("updateType", updateType)
    }
}

/// SendLocalList.conf: whether the update was applied (1.6 §6.42).
package struct SendLocalListResponse: Sendable, Equatable {
    /// Whether the update was applied.
    package var status: UpdateStatus

    package init(status: UpdateStatus) {
        self.status = status
    }
}

extension SendLocalListResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(UpdateStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether SendLocalList replaces the local list or changes it.
package enum UpdateType: String, Sendable, CaseIterable {
    case differential = "Differential"
    case full = "Full"
}

/// Whether the charge point applied a local list update.
package enum UpdateStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case failed = "Failed"
    case notSupported = "NotSupported"
    case versionMismatch = "VersionMismatch"
}
