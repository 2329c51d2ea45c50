import Domain

/// Everything `leitstand serve` can set; defaults suit a production fleet.
package struct BackendConfiguration: Sendable {
    package var databasePath: String
    package var ocppHost = "0.0.0.0"
    /// 0 lets the system pick a port (tests).
    package var ocppPort = 8180
    /// Loopback by default; with `tls` set the API may listen beyond it (every route but login needs a session).
    package var apiHost = "127.0.0.1"
    package var apiPort = 8181
    /// Serve the API over `https` with these files; nil serves plain `http`.
    package var tls: TLSFiles?
    package var unknownStations = UnknownStationPolicy.reject
    package var stations = StationSettings(
        heartbeatInterval: .seconds(300), pendingRetryInterval: .seconds(60), foreignCardPolicy: .acceptAsRoaming)
    package var alarms = AlarmSettings()
    /// How long a station has to answer a remote command.
    package var commandTimeout = Duration.seconds(60)
    /// How long the frame journal keeps frames.
    package var journalRetention = Duration.seconds(30 * 24 * 3600)
    /// Largest WebSocket message a station may send, in bytes.
    package var maximumMessageSize = 64 * 1024
    /// Sustained frames per second one station may send before it is slowed down.
    package var messagesPerSecond = 20.0
    package var messageBurst = 50

    package init(databasePath: String) {
        self.databasePath = databasePath
    }
}
