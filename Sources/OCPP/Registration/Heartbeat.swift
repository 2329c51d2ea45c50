import Foundation

/// Heartbeat.req: the charge point is alive. No fields (1.6 §6.29).
package struct HeartbeatRequest: Sendable, Equatable {
    package init() {}
}

extension HeartbeatRequest: PayloadObject {
    init(reading reader: inout PayloadReader) {}

    func write(to writer: inout PayloadWriter) {}
}

/// Heartbeat.conf: the central system's clock (1.6 §6.30).
package struct HeartbeatResponse: Sendable, Equatable {
    /// The central system's current time.
    package var currentTime: Date

    package init(currentTime: Date) {
        self.currentTime = currentTime
    }
}

extension HeartbeatResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        currentTime = try reader.required("currentTime", .dateTime)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("currentTime", currentTime)
    }
}
