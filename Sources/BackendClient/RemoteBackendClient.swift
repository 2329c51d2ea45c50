import AsyncHTTPClient
import Domain
import Foundation
import NIOCore
import NIOHTTP1

/// `BackendClient` over the backend's HTTP/JSON API (`leitstand serve --api-port`).
package struct RemoteBackendClient: BackendClient {
    /// The API's base URL, e.g. `http://127.0.0.1:8181`.
    package let baseURL: String
    /// How long one call may take, the station's answer included.
    package let timeout: TimeAmount
    private let http: HTTPClient

    package init(baseURL: String, timeout: TimeAmount = .seconds(70), http: HTTPClient = .shared) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.http = http
    }

    package func station(_ id: StationID) async throws(BackendClientError) -> StationOverview {
        try await call(.GET, APIContract.station(id), agent: nil, body: nil)
    }

    package func openAlarms() async throws(BackendClientError) -> [AlarmSummary] {
        try await call(.GET, APIContract.alarms, agent: nil, body: nil)
    }

    package func liveConfiguration(
        of station: StationID, keys: [String], as agent: AgentLogin
    ) async throws(BackendClientError) -> StationConfiguration {
        var components = URLComponents()
        components.queryItems = keys.map { URLQueryItem(name: "key", value: $0) }
        let query = keys.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
        return try await call(.GET, APIContract.configuration(station) + query, agent: agent, body: nil)
    }

    package func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        let payload: Any
        do {
            payload = try JSONSerialization.jsonObject(with: Data(command.payloadJSON.utf8))
        } catch {
            throw .invalidRequest("the payload is not JSON")
        }
        let body: [String: Any] = [
            "command": command.command.rawValue, "payload": payload, "reason": command.reason,
            "requestedBy": command.requestedBy.rawValue,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: body) else {
            throw .invalidRequest("the payload is not a JSON object")
        }
        return try await call(.POST, APIContract.commands(command.station), agent: command.requestedBy, body: data)
    }

    private func call<Answer: Decodable>(
        _ method: HTTPMethod, _ path: String, agent: AgentLogin?, body: Data?
    ) async throws(BackendClientError) -> Answer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let agent { request.headers.add(name: APIContract.agentHeader, value: agent.rawValue) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let status: HTTPResponseStatus
        let bytes: ByteBuffer
        do {
            let response = try await http.execute(request, timeout: timeout)
            status = response.status
            bytes = try await response.body.collect(upTo: 16 * 1024 * 1024)
        } catch {
            throw .unreachable("\(baseURL): \(error)")
        }
        let decoder = APIContract.makeDecoder()
        let data = Data(bytes.readableBytesView)
        guard (200..<300).contains(status.code) else {
            if let failure = try? decoder.decode(APIErrorBody.self, from: data) { throw failure.detail }
            throw .unreachable("\(baseURL) answered HTTP \(status.code)")
        }
        do {
            return try decoder.decode(Answer.self, from: data)
        } catch {
            throw .unreachable("\(baseURL) sent an answer that cannot be read")
        }
    }
}
