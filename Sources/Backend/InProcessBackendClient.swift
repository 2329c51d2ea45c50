import BackendClient
import Domain

/// `BackendClient` for a console in the backend's own process: calls `BackendAPI` directly.
package struct InProcessBackendClient: BackendClient {
    private let api: BackendAPI

    package init(api: BackendAPI) {
        self.api = api
    }

    package func station(_ id: StationID) async throws(BackendClientError) -> StationOverview {
        try await api.station(id)
    }

    package func openAlarms() async throws(BackendClientError) -> [AlarmSummary] {
        await api.openAlarms()
    }

    package func liveConfiguration(
        of station: StationID, keys: [String], as agent: AgentLogin
    ) async throws(BackendClientError) -> StationConfiguration {
        try await api.liveConfiguration(of: station, keys: keys, as: agent)
    }

    package func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        try await api.run(command)
    }
}
