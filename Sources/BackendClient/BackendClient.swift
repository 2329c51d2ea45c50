import Domain

/// Where a console logs in: in process (`InProcessBackendGateway`, in Backend) or over HTTP
/// (`RemoteBackendGateway`). The client it returns acts for that login until it logs out or expires.
package protocol BackendGateway: Sendable {
    func login(userName: String, password: String) async throws(BackendClientError) -> any BackendClient
}

/// The console's only road to the backend, bound to one login. Both implementations end in the same
/// `BackendAPI`, so every rule (who sees what, the command gate) holds on either road.
package protocol BackendClient: Sendable {
    /// Who is logged in.
    var account: AccountSummary { get }

    /// The stations of `scope` the account may see.
    func fleet(in scope: FleetScope) async throws(BackendClientError) -> FleetSnapshot
    /// Changes from now on to the alarms and to the rows of `scope` the account may see; it ends with an error
    /// when the backend is lost.
    func liveUpdates(in scope: FleetScope) -> AsyncThrowingStream<LiveUpdate, any Error>
    /// Everything about one station for the station screen.
    func stationDetail(_ id: StationID) async throws(BackendClientError) -> StationDetail
    /// The open alarms, most severe first.
    func openAlarms() async throws(BackendClientError) -> [AlarmSummary]
    /// Acknowledges an alarm with the agent's comment; returns it as it now stands.
    func acknowledge(_ alarm: AlarmID, comment: String) async throws(BackendClientError) -> AlarmSummary
    /// A charging card's holder and owner (or that it is foreign), its authorisations and sessions.
    func card(_ tag: IdTag) async throws(BackendClientError) -> CardReport
    /// One session with its meter values.
    func session(_ id: TransactionID) async throws(BackendClientError) -> SessionReport

    /// The station's configuration as it reports it now (GetConfiguration); `keys` empty means all.
    func liveConfiguration(of station: StationID, keys: [String]) async throws(BackendClientError)
        -> StationConfiguration
    /// Sends a remote command through the command gate, in the account's name; changing commands are
    /// refused until change tickets exist.
    func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry

    /// Changes the logged-in account's own password.
    func changePassword(current: String, new: String) async throws(BackendClientError)
    /// Creates a login (supervisors only).
    func createAccount(_ account: NewAccount) async throws(BackendClientError) -> AccountSummary
    /// Sets a new password for someone else and lifts a lockout (supervisors only).
    func resetPassword(of userName: String, to password: String) async throws(BackendClientError)
    /// Ends the session; the client must not be used afterwards.
    func logout() async
}

extension BackendClient {
    /// Every station the account may see.
    package func fleet() async throws(BackendClientError) -> FleetSnapshot {
        try await fleet(in: .everything)
    }

    /// Changes from now on to everything the account may see.
    package func liveUpdates() -> AsyncThrowingStream<LiveUpdate, any Error> {
        liveUpdates(in: .everything)
    }
}
