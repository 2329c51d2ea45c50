/// Reset.req: restart the charge point (1.6 §6.39).
package struct ResetRequest: Sendable, Equatable {
    /// Hard or soft.
    package var type: ResetType

    package init(type: ResetType) {
        self.type = type
    }
}

extension ResetRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        type = try reader.required("type", .enumeration(ResetType.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("type", type)
    }
}

/// Reset.conf (1.6 §6.40).
package struct ResetResponse: Sendable, Equatable {
    /// Whether it will reset.
    package var status: ResetStatus

    package init(status: ResetStatus) {
        self.status = status
    }
}

extension ResetResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ResetStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// How hard a Reset restarts the charge point.
package enum ResetType: String, Sendable, CaseIterable {
    case hard = "Hard"
    case soft = "Soft"
}

/// Whether the charge point will reset.
package enum ResetStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
}
