/// Why a charge point's session ended.
package enum CloseReason: Sendable, Hashable, CustomStringConvertible {
    /// The station sent a WebSocket close frame, with its close code if it gave one.
    case closedByStation(code: UInt16?)
    /// The connection dropped without a close frame (reset, timeout in the network, process killed).
    case connectionLost
    /// A newer connection with the same station id took over; the station is still online.
    case replaced
    /// The server is shutting down (close code 1001).
    case serverShutdown
    /// The station sent a message larger than `OCPPServerConfiguration.maximumMessageSize` (close code 1009).
    case messageTooLarge
    /// The station sent a binary frame; OCPP-J uses text frames only (close code 1003).
    case unsupportedData
    /// The station broke the WebSocket protocol (close code 1002).
    case protocolViolation

    /// Whether the station may be considered gone; false only when a newer connection replaced this one.
    package var isStationGone: Bool { self != .replaced }

    package var description: String {
        switch self {
        case .closedByStation(let code?): "closed by the station (code \(code))"
        case .closedByStation(nil): "closed by the station"
        case .connectionLost: "connection lost"
        case .replaced: "replaced by a newer connection"
        case .serverShutdown: "server shutdown"
        case .messageTooLarge: "message too large"
        case .unsupportedData: "binary frame received"
        case .protocolViolation: "WebSocket protocol violation"
        }
    }
}
