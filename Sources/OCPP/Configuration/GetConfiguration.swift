/// GetConfiguration.req: read configuration settings (1.6 §6.23).
package struct GetConfigurationRequest: Sendable, Equatable {
    /// The settings to read; nil means all.
    package var key: [String]?

    package init(key: [String]? = nil) {
        self.key = key
    }
}

extension GetConfigurationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        key = try reader.optional("key", .array(of: .string(maxLength: 50)))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("key", key)
    }
}

/// GetConfiguration.conf (1.6 §6.24).
package struct GetConfigurationResponse: Sendable, Equatable {
    /// The settings read.
    package var configurationKey: [KeyValue]?
    /// The requested names the charge point does not know.
    package var unknownKey: [String]?

    package init(configurationKey: [KeyValue]? = nil, unknownKey: [String]? = nil) {
        self.configurationKey = configurationKey
        self.unknownKey = unknownKey
    }
}

extension GetConfigurationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        configurationKey = try reader.optional("configurationKey", .array(of: .object(KeyValue.self)))
        unknownKey = try reader.optional("unknownKey", .array(of: .string(maxLength: 50)))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("configurationKey", configurationKey)
        writer.set("unknownKey", unknownKey)
    }
}
