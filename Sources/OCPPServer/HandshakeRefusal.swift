import NIOHTTP1

/// Why the server answered a charge point's handshake with an HTTP error instead of upgrading.
enum HandshakeRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is not `/ocpp/{chargePointId}`.
    case unknownPath
    /// `Sec-WebSocket-Protocol` does not offer `ocpp1.6`.
    case missingSubprotocol
    /// The request is no valid WebSocket handshake (no upgrade, or a bad key or version).
    case notWebSocket
    /// The `Authorization` header is not readable HTTP Basic credentials.
    case malformedCredentials
    /// The Basic user name is not the charge point identity from the path.
    case userNameMismatch
    /// The authenticator refused the password.
    case unauthorized
    /// The authenticator does not know the charge point identity.
    case unknownStation

    init(_ refusal: ConnectionDecision.Refusal) {
        switch refusal {
        case .unauthorized: self = .unauthorized
        case .unknownStation: self = .unknownStation
        }
    }

    /// The HTTP status the station gets.
    var status: HTTPResponseStatus {
        switch self {
        case .unknownPath, .unknownStation: .notFound
        case .missingSubprotocol, .notWebSocket: .badRequest
        case .malformedCredentials, .userNameMismatch, .unauthorized: .unauthorized
        }
    }

    /// The response body: one short sentence for the station's log.
    var description: String {
        switch self {
        case .unknownPath: "Charge points connect to /ocpp/{chargePointId}."
        case .missingSubprotocol: "The WebSocket subprotocol ocpp1.6 is required."
        case .notWebSocket: "Expected a WebSocket handshake."
        case .malformedCredentials: "The Authorization header is not valid HTTP Basic credentials."
        case .userNameMismatch: "The user name must be the charge point identity."
        case .unauthorized: "Unknown charge point or wrong password."
        case .unknownStation: "Unknown charge point."
        }
    }

    /// The complete response: status, `Connection: close`, a plain-text body and, for 401, the Basic challenge.
    var response: (head: HTTPResponseHead, body: String) {
        let body = description + "\n"
        var headers = HTTPHeaders([
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", String(body.utf8.count)),
            ("Connection", "close"),
        ])
        if status == .unauthorized {
            headers.add(name: "WWW-Authenticate", value: #"Basic realm="OCPP", charset="UTF-8""#)
        }
        return (HTTPResponseHead(version: .http1_1, status: status, headers: headers), body)
    }
}
