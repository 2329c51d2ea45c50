import OCPP

extension JSONValue {
    /// The integer field `key` of an object; nil when absent or not an integer.
    func integerField(_ key: String) -> Int64? {
        if case .integer(let value)? = objectValue?[key] { value } else { nil }
    }

    /// The string field `key` of an object; nil when absent or not a string.
    func stringField(_ key: String) -> String? {
        objectValue?[key]?.stringValue
    }
}
