import BackendClient
import Domain

/// `BackendClient` for a console in the backend's own process, bound to one session: every call first asks the
/// accounts who the token stands for, so an expired session or a logout holds here as over HTTP.
package struct InProcessBackendClient: BackendClient {
    package let account: AccountSummary
    private let api: BackendAPI
    private let token: String

    /// How often an open live stream checks that its session is still valid.
    private static let sessionRecheck = Duration.seconds(5)

    init(api: BackendAPI, grant: SessionGrant) {
        self.api = api
        self.account = grant.account
        self.token = grant.token
    }

    private func caller() async throws(BackendClientError) -> Caller {
        try await api.caller(forToken: token)
    }

    package func fleet(in scope: FleetScope) async throws(BackendClientError) -> FleetSnapshot {
        api.fleet(for: try await caller(), in: scope)
    }

    /// Subscribes at once, with the account as it logged in; the token is checked when the first update is read
    /// and again every `sessionRecheck` while updates are read, and the stream ends with
    /// `.loginRefused(.sessionExpired)` when it is no longer valid, or with `.unreachable` when the backend stops.
    package func liveUpdates(in scope: FleetScope) -> AsyncThrowingStream<LiveUpdate, any Error> {
        let subscription = api.liveUpdates(
            for: Caller(
                userName: account.userName, displayName: account.displayName, role: account.role,
                customerID: account.customerID),
            in: scope)
        let api = self.api
        let token = self.token
        let recheck = SessionRecheck(every: Self.sessionRecheck)
        return AsyncThrowingStream {
            if recheck.isDue() { _ = try await api.caller(forToken: token) }
            guard case .update(let update) = await subscription.next() else {
                if Task.isCancelled { return nil }
                throw BackendClientError.unreachable("the backend is stopping")
            }
            return update
        }
    }

    package func stationDetail(_ id: StationID) async throws(BackendClientError) -> StationDetail {
        try await api.stationDetail(id, for: try await caller())
    }

    package func openAlarms() async throws(BackendClientError) -> [AlarmSummary] {
        await api.openAlarms(for: try await caller())
    }

    package func acknowledge(_ alarm: AlarmID, comment: String) async throws(BackendClientError) -> AlarmSummary {
        try await api.acknowledge(alarm, comment: comment, by: try await caller())
    }

    package func card(_ tag: IdTag) async throws(BackendClientError) -> CardReport {
        try await api.card(tag, for: try await caller())
    }

    package func session(_ id: TransactionID) async throws(BackendClientError) -> SessionReport {
        try await api.session(id, for: try await caller())
    }

    package func liveConfiguration(of station: StationID, keys: [String]) async throws(BackendClientError)
        -> StationConfiguration
    {
        try await api.liveConfiguration(of: station, keys: keys, for: try await caller())
    }

    package func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        try await api.run(command, by: try await caller())
    }

    package func changePassword(current: String, new: String) async throws(BackendClientError) {
        try await api.changePassword(of: try await caller(), current: current, new: new, keepingSession: token)
    }

    package func createAccount(_ account: NewAccount) async throws(BackendClientError) -> AccountSummary {
        try await api.createAccount(account, by: try await caller())
    }

    package func resetPassword(of userName: String, to password: String) async throws(BackendClientError) {
        try await api.resetPassword(of: userName, to: password, by: try await caller())
    }

    package func logout() async {
        await api.logout(token: token)
    }
}
