import BackendClient
import Domain
import OCPP

/// Remote commands, in the caller's name and through the command gate.
extension BackendAPI {
    /// Sends a command (staff only); it is logged under the caller's login, whatever else the request says.
    package func run(_ command: CommandRequest, by caller: Caller) async throws(BackendClientError) -> CommandLogEntry {
        if caller.role == .customer { _ = try await visibleRow(command.station, for: caller) }
        try Self.requireStaff(caller, to: "send commands to stations")
        return try await commands.run(command, by: caller.login)
    }

    /// Reads the station's configuration (GetConfiguration, a reading command); `keys` empty asks for all.
    package func liveConfiguration(of station: StationID, keys: [String], for caller: Caller)
        async throws(BackendClientError) -> StationConfiguration
    {
        let request = CentralSystemRequest.getConfiguration(GetConfigurationRequest(key: keys.isEmpty ? nil : keys))
        let entry = try await run(
            CommandRequest(
                station: station, command: .getConfiguration, payloadJSON: request.payload.encodedText(),
                reason: "Read the live configuration"), by: caller)
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
}
