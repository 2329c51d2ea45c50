import Domain
import Foundation

/// The HTTP API's paths and JSON conventions, shared by the server routes and `RemoteBackendClient`.
package enum APIContract {
    package static let prefix = "/api/v1"

    package static func station(_ id: StationID) -> String { "\(prefix)/stations/\(id)" }
    package static func configuration(_ id: StationID) -> String { "\(prefix)/stations/\(id)/configuration" }
    package static func commands(_ id: StationID) -> String { "\(prefix)/stations/\(id)/commands" }
    package static let alarms = "\(prefix)/alarms"

    /// Header naming the agent on whose behalf a call is made (until logins exist, issue 3).
    package static let agentHeader = "X-Leitstand-Agent"

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
