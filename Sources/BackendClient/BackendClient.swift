import Domain

/// The console's only road to the backend: in process (`InProcessBackendClient`, in Backend) or over HTTP
/// (`RemoteBackendClient`). Both end in the same `BackendAPI`, so every rule holds on either road.
package protocol BackendClient: Sendable {
    /// One station's registration, connection and connector states.
    func station(_ id: StationID) async throws(BackendClientError) -> StationOverview
    /// The open alarms, most severe first.
    func openAlarms() async throws(BackendClientError) -> [AlarmSummary]
    /// The station's configuration as it reports it now (GetConfiguration); `keys` empty means all.
    func liveConfiguration(of station: StationID, keys: [String], as agent: AgentLogin) async throws(BackendClientError)
        -> StationConfiguration
    /// Sends a remote command through the command gate; changing commands are refused until change tickets exist.
    func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry
}
