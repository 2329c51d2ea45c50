/// The authenticator's answer to a charge point's handshake.
package enum ConnectionDecision: Sendable, Equatable {
    /// Upgrade the connection to WebSocket with subprotocol `ocpp1.6`.
    case accept
    /// Answer the handshake with an HTTP error and close.
    case reject(Refusal)

    /// Why a handshake is refused, and so which HTTP status the station gets.
    package enum Refusal: Sendable, Equatable {
        /// The password is missing or wrong: HTTP 401 with `WWW-Authenticate: Basic`, so the station may retry.
        case unauthorized
        /// The charge point identity is not known: HTTP 404.
        ///
        /// OCPP-J 1.6 (section 3.1.1) asks a central system that does not recognise the identity in the URL path
        /// to answer 404. An authenticator that must not reveal which identities exist answers `.unauthorized`.
        case unknownStation
    }
}
