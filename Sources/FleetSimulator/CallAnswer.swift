import OCPP

/// How the central system answered one of our CALLs: a CALLRESULT payload or a CALLERROR code.
package enum CallAnswer: Sendable, Equatable {
    case result(JSONValue)
    case error(OCPPErrorCode)

    /// The result payload's field `key`; nil for a CALLERROR or a missing field.
    package subscript(key: String) -> JSONValue? {
        guard case .result(let payload) = self else { return nil }
        return payload.objectValue?[key]
    }

    /// The integer field `key` of the result payload; nil for a CALLERROR, a missing field or another type.
    package func integer(_ key: String) -> Int64? {
        if case .integer(let value)? = self[key] { value } else { nil }
    }

    /// The `idTagInfo.status` of an Authorize or StartTransaction answer.
    package var idTagStatus: String? {
        self["idTagInfo"]?.objectValue?["status"]?.stringValue
    }
}
