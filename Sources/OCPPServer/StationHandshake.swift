import Foundation
import NIOHTTP1

/// What a charge point's upgrade request claims: its identity from the path and its Basic password.
///
/// Pure: reads the request head only. Checks, in order, the path, the subprotocol and the form of the
/// credentials; whether the password is right is the authenticator's business.
struct StationHandshake: Sendable, Equatable {
    /// The only subprotocol this server speaks, as `Sec-WebSocket-Protocol` names it.
    static let subprotocol = "ocpp1.6"
    private static let pathPrefix = "/ocpp/"

    /// The percent-decoded last path segment.
    var stationID: String
    /// The Basic password, or nil when no `Authorization` header was sent.
    var password: String?

    init(uri: String, headers: HTTPHeaders) throws(HandshakeRefusal) {
        stationID = try Self.stationID(fromURI: uri)
        let offered = headers[canonicalForm: "Sec-WebSocket-Protocol"]
        guard offered.contains(where: { $0 == Self.subprotocol }) else { throw .missingSubprotocol }
        password = try Self.password(from: headers.first(name: "Authorization"), stationID: stationID)
    }

    /// The charge point identity in `/ocpp/{chargePointId}`, ignoring a query.
    static func stationID(fromURI uri: String) throws(HandshakeRefusal) -> String {
        let path = uri.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix(pathPrefix) else { throw .unknownPath }
        let segment = path.dropFirst(pathPrefix.count)
        guard !segment.isEmpty, !segment.contains("/"),
            let decoded = String(segment).removingPercentEncoding, !decoded.isEmpty
        else { throw .unknownPath }
        return decoded
    }

    /// The password of `Basic base64(user:password)`, whose user must be `stationID`; nil without a header.
    static func password(from authorization: String?, stationID: String) throws(HandshakeRefusal) -> String? {
        guard let authorization else { return nil }
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1].trimmingCharacters(in: .whitespaces))),
            let credentials = String(data: data, encoding: .utf8),
            let colon = credentials.firstIndex(of: ":")
        else { throw .malformedCredentials }
        guard credentials[..<colon] == stationID else { throw .userNameMismatch }
        return String(credentials[credentials.index(after: colon)...])
    }
}
