/// The logger metadata keys this module sets, dotted and lower case.
enum LogMetadataKey {
    /// The charge point identity from the connection URL.
    static let station = "ocpp.station"
    /// The id of the CALL a log line is about.
    static let messageID = "ocpp.message_id"
    /// The OCPP action of the CALL a log line is about.
    static let action = "ocpp.action"
    /// The peer's address, `ip:port`.
    static let remoteAddress = "ocpp.remote_address"
    /// The connection's generation; tells a station's successive connections apart.
    static let generation = "ocpp.connection"
    /// The generation of the connection a new one replaces.
    static let replacedGeneration = "ocpp.replaced_connection"
    /// Why a session ended (`CloseReason`).
    static let closeReason = "ocpp.close_reason"
    /// Why a handshake was refused (`HandshakeRefusal`).
    static let refusal = "ocpp.refusal"
    /// The HTTP status a refused handshake got.
    static let httpStatus = "http.status"
    /// The error code of a CALLERROR the server sent.
    static let errorCode = "ocpp.error_code"
    /// The description of a CALLERROR the server sent.
    static let errorDescription = "ocpp.error_description"
    /// The configured sustained rate, in frames per second.
    static let rateLimit = "ocpp.rate_limit"
    /// The configured burst, in frames.
    static let burstLimit = "ocpp.burst_limit"
    /// The address the server binds.
    static let host = "ocpp.host"
    /// The port the server listens on.
    static let port = "ocpp.port"
    /// A failure's description, for the log only.
    static let error = "error"
}
