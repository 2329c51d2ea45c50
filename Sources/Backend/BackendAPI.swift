import BackendClient
import Domain
import Foundation
import OCPP

/// What the backend offers its clients. `InProcessBackendClient` and the HTTP routes both call this,
/// so every rule (the command gate above all) holds on either road.
package struct BackendAPI: Sendable {
    private let store: any LeitstandStore
    private let alarms: AlarmService
    private let commands: CommandService

    package init(store: any LeitstandStore, alarms: AlarmService, commands: CommandService) {
        self.store = store
        self.alarms = alarms
        self.commands = commands
    }

    package func station(_ id: StationID) async throws(BackendClientError) -> StationOverview {
        do {
            guard let station = try await store.station(id) else { throw BackendClientError.stationNotFound(id) }
            let liveness = await alarms.liveness(of: id)
            return StationOverview(
                id: id, siteID: station.siteID, registration: station.registration, identity: station.identity,
                isConnected: liveness?.isConnected ?? false, lastMessageAt: liveness?.lastMessageAt,
                connectors: try await store.currentStatuses(station: id))
        } catch let error as BackendClientError {
            throw error
        } catch {
            throw .unreachable("the store could not be read")
        }
    }

    package func openAlarms() async -> [AlarmSummary] {
        await alarms.openAlarms().map(AlarmSummary.init)
    }

    package func liveConfiguration(
        of station: StationID, keys: [String], as agent: AgentLogin
    ) async throws(BackendClientError) -> StationConfiguration {
        let request = CentralSystemRequest.getConfiguration(GetConfigurationRequest(key: keys.isEmpty ? nil : keys))
        let entry = try await commands.run(
            CommandRequest(
                station: station, command: .getConfiguration, payloadJSON: request.payload.encodedText(),
                requestedBy: agent, reason: "Read the live configuration"))
        switch entry.outcome {
        case .answered(let json)?:
            guard let payload = try? JSONValue(parsing: json),
                case .success(.getConfiguration(let response)) = CentralSystemResponse.decode(
                    payload, answering: .getConfiguration)
            else { throw .stationFailed("the station's answer could not be read") }
            return StationConfiguration(
                entries: (response.configurationKey ?? []).map {
                    StationConfiguration.Entry(key: $0.key, value: $0.value, isReadonly: $0.readonly)
                }, unknownKeys: response.unknownKey ?? [])
        case .failed(let code, let description)?:
            throw .stationFailed("\(code): \(description)")
        case .timedOut?:
            throw .stationFailed("no answer in time")
        case .disconnected?:
            throw .stationFailed("the connection closed before the answer came")
        case .refused(let reason)?:
            throw .stationFailed(reason)
        case nil:
            throw .stationFailed("no answer")
        }
    }

    package func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        try await commands.run(command)
    }
}
