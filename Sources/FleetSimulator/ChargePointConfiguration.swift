import OCPP

/// A simulated charge point's configuration keys, as GetConfiguration shows them and ChangeConfiguration edits them.
package struct ChargePointConfiguration: Sendable, Equatable {
    /// One configuration key (OCPP 1.6, 7.29 KeyValue).
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var value: String
        package var isReadOnly: Bool
        /// What a value must look like to be accepted.
        package var kind: Kind
    }

    /// The type of a key's value.
    package enum Kind: Sendable, Equatable {
        case integer, boolean, text
    }

    /// What ChangeConfiguration answers (OCPP 1.6, 7.9 ConfigurationStatus).
    package enum ChangeStatus: String, Sendable {
        case accepted = "Accepted"
        case rejected = "Rejected"
        case notSupported = "NotSupported"
    }

    package private(set) var entries: [Entry]

    /// The configuration of a station with `connectors` connectors, sampling every `meterValueInterval`.
    package init(connectors: Int, heartbeatInterval: Duration, meterValueInterval: Duration) {
        func entry(_ key: String, _ value: String, _ kind: Kind, readOnly: Bool = false) -> Entry {
            Entry(key: key, value: value, isReadOnly: readOnly, kind: kind)
        }
        entries = [
            entry("AllowOfflineTxForUnknownId", "false", .boolean),
            entry("AuthorizationCacheEnabled", "true", .boolean),
            entry("AuthorizeRemoteTxRequests", "true", .boolean),
            entry("ClockAlignedDataInterval", "0", .integer),
            entry("ConnectionTimeOut", "60", .integer),
            entry("GetConfigurationMaxKeys", "50", .integer, readOnly: true),
            entry("HeartbeatInterval", String(heartbeatInterval.components.seconds), .integer),
            entry("LocalAuthListEnabled", "true", .boolean),
            entry("LocalAuthListMaxLength", "500", .integer, readOnly: true),
            entry("LocalAuthorizeOffline", "true", .boolean),
            entry("LocalPreAuthorize", "false", .boolean),
            entry("MeterValueSampleInterval", String(max(1, meterValueInterval.components.seconds)), .integer),
            entry("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import,SoC", .text),
            entry("NumberOfConnectors", String(connectors), .integer, readOnly: true),
            entry("ResetRetries", "1", .integer),
            entry("SendLocalListMaxLength", "50", .integer, readOnly: true),
            entry("StopTransactionOnEVSideDisconnect", "true", .boolean),
            entry("StopTransactionOnInvalidId", "true", .boolean),
            entry("StopTxnSampledData", "Energy.Active.Import.Register", .text),
            entry(
                "SupportedFeatureProfiles",
                "Core,FirmwareManagement,LocalAuthListManagement,RemoteTrigger",
                .text,
                readOnly: true
            ),
            entry("TransactionMessageAttempts", "3", .integer),
            entry("TransactionMessageRetryInterval", "60", .integer),
            entry("UnlockConnectorOnEVSideDisconnect", "true", .boolean),
        ]
    }

    /// The value of `key`, nil when the key is unknown.
    package subscript(key: String) -> String? {
        entries.first { $0.key == key }?.value
    }

    /// Sets `key` to `value` if the key exists, is writable and the value has the key's type.
    package mutating func change(_ key: String, to value: String) -> ChangeStatus {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return .notSupported }
        guard !entries[index].isReadOnly, Self.fits(value, entries[index].kind) else { return .rejected }
        entries[index].value = value
        return .accepted
    }

    /// The GetConfiguration answer for `keys`, or for every key when `keys` is empty.
    package func answer(keys: [String]) -> JSONValue {
        let wanted = keys.isEmpty ? entries : entries.filter { keys.contains($0.key) }
        let known = wanted.map { entry -> JSONValue in
            .object(["key": .string(entry.key), "readonly": .bool(entry.isReadOnly), "value": .string(entry.value)])
        }
        let unknown = keys.filter { key in !entries.contains { $0.key == key } }.map(JSONValue.string)
        var payload: [String: JSONValue] = ["configurationKey": .array(known)]
        if !unknown.isEmpty { payload["unknownKey"] = .array(unknown) }
        return .object(payload)
    }

    private static func fits(_ value: String, _ kind: Kind) -> Bool {
        switch kind {
        case .integer: Int(value).map { $0 >= 0 } ?? false
        case .boolean: value == "true" || value == "false"
        case .text: value.utf8.count <= 500
        }
    }
}
