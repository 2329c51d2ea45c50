import Domain
import Foundation

/// `BackendClient` over the backend's HTTP/JSON API, acting for the login whose bearer token it holds.
/// Made by `RemoteBackendGateway.login`.
package struct RemoteBackendClient: BackendClient {
    package let account: AccountSummary
    let transport: APITransport
    let token: String

    init(transport: APITransport, grant: SessionGrant) {
        self.transport = transport
        self.account = grant.account
        self.token = grant.token
    }

    package func fleet(in scope: FleetScope) async throws(BackendClientError) -> FleetSnapshot {
        try await transport.call(.GET, APIContract.Route.fleet.template + Self.query(scope.queryItems), token: token)
    }

    package func stationDetail(_ id: StationID) async throws(BackendClientError) -> StationDetail {
        try await transport.call(.GET, APIContract.station(id), token: token)
    }

    package func openAlarms() async throws(BackendClientError) -> [AlarmSummary] {
        try await transport.call(.GET, APIContract.Route.alarms.template, token: token)
    }

    package func acknowledge(_ alarm: AlarmID, comment: String) async throws(BackendClientError) -> AlarmSummary {
        try await transport.call(
            .POST, APIContract.acknowledgement(alarm), token: token, body: APIContract.Acknowledgement(comment: comment)
        )
    }

    package func card(_ tag: IdTag) async throws(BackendClientError) -> CardReport {
        try await transport.call(.GET, APIContract.card(tag), token: token)
    }

    package func session(_ id: TransactionID) async throws(BackendClientError) -> SessionReport {
        try await transport.call(.GET, APIContract.session(id), token: token)
    }

    package func liveConfiguration(of station: StationID, keys: [String]) async throws(BackendClientError)
        -> StationConfiguration
    {
        let query = Self.query(keys.map { URLQueryItem(name: "key", value: $0) })
        return try await transport.call(.GET, APIContract.configuration(station) + query, token: token)
    }

    /// `items` as a percent-encoded query with its `?`, or nothing without items.
    static func query(_ items: [URLQueryItem]) -> String {
        var components = URLComponents()
        components.queryItems = items
        return items.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
    }

    package func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        let payload: Any
        do {
            payload = try JSONSerialization.jsonObject(with: Data(command.payloadJSON.utf8))
        } catch {
            throw .invalidRequest("the payload is not JSON")
        }
        let body: [String: Any] = ["command": command.command.rawValue, "payload": payload, "reason": command.reason]
        guard let data = try? JSONSerialization.data(withJSONObject: body) else {
            throw .invalidRequest("the payload is not a JSON object")
        }
        let answer = try await transport.exchange(
            .POST, APIContract.commands(command.station), token: token, body: data)
        do {
            return try APIContract.makeDecoder().decode(CommandLogEntry.self, from: answer)
        } catch {
            throw .unreachable("\(transport.baseURL) sent an answer that cannot be read")
        }
    }

    package func changePassword(current: String, new: String) async throws(BackendClientError) {
        try await transport.send(
            .POST, APIContract.Route.changePassword.template, token: token,
            body: APIContract.PasswordChange(current: current, new: new))
    }

    package func createAccount(_ account: NewAccount) async throws(BackendClientError) -> AccountSummary {
        try await transport.call(.POST, APIContract.Route.createAccount.template, token: token, body: account)
    }

    package func resetPassword(of userName: String, to password: String) async throws(BackendClientError) {
        try await transport.send(
            .POST, APIContract.accountPassword(userName), token: token,
            body: APIContract.PasswordReset(password: password))
    }

    package func logout() async {
        // Nothing is left to do when this fails: the session then ends by its idle timeout.
        try? await transport.send(.POST, APIContract.Route.logout.template, token: token)
    }
}
