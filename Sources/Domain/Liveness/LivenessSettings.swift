/// When a station counts as online, and how patient the offline and flapping alarms are.
package struct LivenessSettings: Sendable, Equatable {
    /// The heartbeat interval assumed until the backend reports the one it gave the station.
    package var defaultHeartbeatInterval: Duration
    /// A connected station is offline once nothing arrived for this many heartbeat intervals; above 1.
    package var heartbeatGraceFactor: Double
    /// A drop that reconnects within this raises nothing.
    package var reconnectGrace: Duration
    /// Stations the backend tracks at start-up get this long to reconnect before they count as offline alarms.
    package var startupGrace: Duration
    /// Drops within `flapWindow` that make a station flap; at least 2.
    package var flapThreshold: Int
    package var flapWindow: Duration
    /// A flapping alarm clears once the station went this long without a drop.
    package var flapSettleTime: Duration
    /// While a station flaps, a drop raises `stationOffline` only after this long, instead of `reconnectGrace`.
    package var flappingOfflineDelay: Duration

    package init(
        defaultHeartbeatInterval: Duration = .seconds(300),
        heartbeatGraceFactor: Double = 2,
        reconnectGrace: Duration = .seconds(60),
        startupGrace: Duration = .seconds(300),
        flapThreshold: Int = 3,
        flapWindow: Duration = .seconds(15 * 60),
        flapSettleTime: Duration = .seconds(30 * 60),
        flappingOfflineDelay: Duration = .seconds(10 * 60)
    ) {
        self.defaultHeartbeatInterval = defaultHeartbeatInterval
        self.heartbeatGraceFactor = heartbeatGraceFactor
        self.reconnectGrace = reconnectGrace
        self.startupGrace = startupGrace
        self.flapThreshold = flapThreshold
        self.flapWindow = flapWindow
        self.flapSettleTime = flapSettleTime
        self.flappingOfflineDelay = flappingOfflineDelay
    }
}
