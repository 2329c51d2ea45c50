/// ClearCache.req: empty the authorization cache. No fields (1.6 §6.11).
package struct ClearCacheRequest: Sendable, Equatable {
    package init() {}
}

extension ClearCacheRequest: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}

/// ClearCache.conf: whether the cache was cleared (1.6 §6.12).
package struct ClearCacheResponse: Sendable, Equatable {
    /// Whether the cache was cleared.
    package var status: ClearCacheStatus

    package init(status: ClearCacheStatus) {
        self.status = status
    }
}

extension ClearCacheResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ClearCacheStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point cleared its authorization cache.
package enum ClearCacheStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
}
