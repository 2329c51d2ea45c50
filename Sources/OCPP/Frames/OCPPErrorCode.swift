/// The error codes a CALLERROR may carry (OCPP-J 1.6, section 4.2.3), spelled as on the wire.
///
/// `occurenceConstraintViolation` keeps the specification's spelling, which peers match exactly.
package enum OCPPErrorCode: String, Sendable, CaseIterable, Codable {
    /// The action is not known to the receiver.
    case notImplemented = "NotImplemented"
    /// The action is known but not supported in this direction or by this receiver.
    case notSupported = "NotSupported"
    /// The receiver failed while handling a valid request.
    case internalError = "InternalError"
    /// The payload is incomplete.
    case protocolError = "ProtocolError"
    /// A security issue kept the receiver from completing the action.
    case securityError = "SecurityError"
    /// The frame or payload is syntactically wrong or does not fit the action's structure.
    case formationViolation = "FormationViolation"
    /// A field holds a value outside what the schema allows.
    case propertyConstraintViolation = "PropertyConstraintViolation"
    /// A field occurs too often or too rarely.
    case occurenceConstraintViolation = "OccurenceConstraintViolation"
    /// A field has the wrong data type.
    case typeConstraintViolation = "TypeConstraintViolation"
    /// Any other error.
    case genericError = "GenericError"
}
