/// A station's configuration keys as it reported them (GetConfiguration.conf).
package struct StationConfiguration: Sendable, Equatable, Codable {
    package var entries: [Entry]
    /// Keys asked for that the station does not know.
    package var unknownKeys: [String]

    package init(entries: [Entry], unknownKeys: [String]) {
        self.entries = entries
        self.unknownKeys = unknownKeys
    }

    /// One configuration key; every text is as the station sent it (show it through `TerminalSafeText`).
    package struct Entry: Sendable, Equatable, Codable {
        package var key: String
        package var value: String?
        package var isReadonly: Bool

        package init(key: String, value: String?, isReadonly: Bool) {
            self.key = key
            self.value = value
            self.isReadonly = isReadonly
        }
    }
}
