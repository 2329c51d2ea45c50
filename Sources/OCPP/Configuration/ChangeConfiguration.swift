/// ChangeConfiguration.req: set one configuration setting (1.6 §6.9).
package struct ChangeConfigurationRequest: Sendable, Equatable {
    /// The setting's name.
    package var key: String
    /// The new value, as text.
    package var value: String

    package init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

extension ChangeConfigurationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        key = try reader.required("key", .string(maxLength: 50))
        value = try reader.required("value", .string(maxLength: 500))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("key", key)
        writer.set("value", value)
    }
}

/// ChangeConfiguration.conf (1.6 §6.10).
package struct ChangeConfigurationResponse: Sendable, Equatable {
    /// Whether the change was taken.
    package var status: ConfigurationStatus

    package init(status: ConfigurationStatus) {
        self.status = status
    }
}

extension ChangeConfigurationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(ConfigurationStatus.self))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
    }
}

/// Whether the charge point took a configuration change.
package enum ConfigurationStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
    case rebootRequired = "RebootRequired"
    case notSupported = "NotSupported"
}
