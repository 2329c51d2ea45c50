import NIOCore

/// Everything a fleet simulation needs: where to connect, how many stations, how fast, for how long.
package struct SimulationConfiguration: Sendable {
    /// The password every simulated station uses unless `password` says otherwise.
    package static let demoPassword = "leitstand-demo"

    package var endpoint: OCPPEndpoint
    package var stations: Int
    /// How long the run lasts, ramp included; the stations stop afterwards.
    package var duration: Duration = .seconds(60)
    /// How many stations open their connection per second at the start.
    package var connectsPerSecond: Double = 100
    /// How long after the connect ramp the figures start counting: the steady phase begins this much later.
    package var warmup: Duration = .zero
    /// The fleet's target for CALLs per second. Nil: the stations keep `behaviour.meterValueInterval` (demo mode).
    /// Set: the meter interval is chosen so the fleet sends about this many (load mode); one CALL per station is
    /// outstanding at a time, so a slow central system gets fewer.
    package var messagesPerSecond: Double?
    package var behaviour = StationBehaviour()
    /// The seed of every random choice of the run; the same seed gives the same stations and scenario.
    package var seed: UInt64 = 1
    /// Station ids are this prefix and a five-digit number from `firstStationNumber` on: `SIM-00001`.
    package var stationIDPrefix = "SIM-"
    package var firstStationNumber = 1
    /// The Basic-auth password of a station.
    package var password: @Sendable (ChargePointID) -> String = { _ in SimulationConfiguration.demoPassword }
    /// Where to write the acknowledgement log (see `AcknowledgementRecord`); nil for none.
    package var acknowledgementLogPath: String?
    /// The limit for a TCP connect and for the WebSocket handshake.
    package var connectTimeout: Duration = .seconds(10)
    /// Threads of the event loop group the connections share.
    package var eventLoopThreads = System.coreCount

    package init(endpoint: OCPPEndpoint, stations: Int) {
        self.endpoint = endpoint
        self.stations = stations
    }

    /// The behaviour the stations run: `behaviour`, paced to `messagesPerSecond` when set.
    package var stationBehaviour: StationBehaviour {
        guard let messagesPerSecond else { return behaviour }
        return behaviour.paced(toFleetRate: messagesPerSecond, stations: stations)
    }

    /// The id of fleet member `index` (counted from 0).
    package func stationID(_ index: Int) -> ChargePointID {
        ChargePointID(prefix: stationIDPrefix, index: firstStationNumber + index)
    }
}
