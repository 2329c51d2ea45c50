import Domain
import Foundation

/// The HTTP API's routes and JSON conventions, shared by the server routes, `RemoteBackendClient` and the
/// test that holds `docs/openapi.yaml` to them.
package enum APIContract {
    package static let prefix = "/api/v1"
    /// Prometheus metrics, outside the API's prefix and without a login.
    package static let metricsPath = "/metrics"

    /// Every route of the API. The server registers exactly these; `template` marks parameters as OpenAPI does.
    package enum Route: String, Sendable, CaseIterable {
        case login, logout, changePassword, createAccount, resetPassword
        case fleet, events, station, configuration, commands
        case alarms, acknowledgement, card, session

        package var method: Method {
            switch self {
            case .fleet, .events, .station, .configuration, .alarms, .card, .session: .get
            case .login, .logout, .changePassword, .createAccount, .resetPassword, .commands, .acknowledgement: .post
            }
        }

        /// The path with `{name}` for each parameter, e.g. `/api/v1/stations/{id}`.
        package var template: String {
            switch self {
            case .login: "\(prefix)/login"
            case .logout: "\(prefix)/logout"
            case .changePassword: "\(prefix)/password"
            case .createAccount: "\(prefix)/accounts"
            case .resetPassword: "\(prefix)/accounts/{name}/password"
            case .fleet: "\(prefix)/fleet"
            case .events: "\(prefix)/events"
            case .station: "\(prefix)/stations/{id}"
            case .configuration: "\(prefix)/stations/{id}/configuration"
            case .commands: "\(prefix)/stations/{id}/commands"
            case .alarms: "\(prefix)/alarms"
            case .acknowledgement: "\(prefix)/alarms/{id}/acknowledgement"
            case .card: "\(prefix)/cards/{tag}"
            case .session: "\(prefix)/sessions/{id}"
            }
        }

        /// Whether the route needs `Authorization: Bearer <token>`; only logging in does not.
        package var needsToken: Bool { self != .login }
    }

    /// The HTTP methods the API uses.
    package enum Method: String, Sendable {
        case get = "GET"
        case post = "POST"
    }

    package static func station(_ id: StationID) -> String { "\(prefix)/stations/\(id)" }
    package static func configuration(_ id: StationID) -> String { "\(prefix)/stations/\(id)/configuration" }
    package static func commands(_ id: StationID) -> String { "\(prefix)/stations/\(id)/commands" }
    package static func acknowledgement(_ id: AlarmID) -> String { "\(prefix)/alarms/\(id)/acknowledgement" }
    package static func card(_ tag: IdTag) -> String { "\(prefix)/cards/\(segment(tag.rawValue))" }
    package static func session(_ id: TransactionID) -> String { "\(prefix)/sessions/\(id)" }
    package static func accountPassword(_ userName: String) -> String {
        "\(prefix)/accounts/\(segment(userName))/password"
    }

    /// Media type of the live event stream (`GET /api/v1/events`): server-sent events, one JSON `LiveUpdate`
    /// per event, opening with a `resync` event once subscribed and a comment line as keep-alive.
    package static let eventStreamType = "text/event-stream"

    /// `text` percent-encoded for one path segment (a card's id tag may hold `/`, `?` or spaces).
    package static func segment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    package static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// The body of every error answer: a sentence for people and the typed error for clients.
package struct APIErrorBody: Sendable, Codable, Equatable {
    package var error: String
    package var detail: BackendClientError

    package init(_ detail: BackendClientError) {
        self.error = detail.description
        self.detail = detail
    }
}
