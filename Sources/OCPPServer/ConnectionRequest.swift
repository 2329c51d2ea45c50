/// A charge point's WebSocket handshake, as the authenticator sees it.
///
/// Its `description` never shows the password, so the request may be logged whole.
package struct ConnectionRequest: Sendable, Equatable, CustomStringConvertible {
    /// The charge point identity: the percent-decoded last segment of `/ocpp/{chargePointId}`.
    package var stationID: String
    /// The password from HTTP Basic authentication (OCPP security profile 1), or nil when none was sent.
    ///
    /// When one was sent, its user name equals `stationID`; the server refuses any other before asking.
    package var password: String?
    /// The peer's address as `ip:port`, when the socket knows it.
    package var remoteAddress: String?

    package init(stationID: String, password: String?, remoteAddress: String?) {
        self.stationID = stationID
        self.password = password
        self.remoteAddress = remoteAddress
    }

    package var description: String {
        let credentials = password == nil ? "no password" : "password given"
        return "ConnectionRequest(station: \(stationID), \(credentials), from: \(remoteAddress ?? "unknown"))"
    }
}
