/// How a simulated charge point behaves: how long sessions last, how often it faults, drops its link or sends.
///
/// Durations of the scenario are counted in meter intervals (`meterValueInterval`), so one parameter sets the pace:
/// a demo fleet samples every minute, a load fleet every second or two, and both keep the same proportions.
/// Wall-clock settings (heartbeat cap, disconnects, timeouts) are real durations.
package struct StationBehaviour: Sendable, Equatable {
    /// The time between two MeterValues of a charging connector; the scenario's unit of time.
    package var meterValueInterval: Duration = .seconds(60)
    /// How many MeterValues a charging session sends before it stops.
    package var samplesPerSession: ClosedRange<Int> = 10...40
    /// How long a connector stays idle between sessions, in meter intervals.
    package var idleIntervals: ClosedRange<Double> = 1...4
    /// How long the car stays plugged in after StopTransaction (Finishing), in meter intervals.
    package var finishingIntervals: ClosedRange<Double> = 0...1
    /// The chance that an idle period ends in a fault instead of a session.
    package var faultProbability: Double = 0.02
    /// How long a fault lasts, in meter intervals.
    package var faultIntervals: ClosedRange<Double> = 2...10
    /// The chance that a session starts with an id tag the operator does not know (a random foreign card).
    package var foreignTagProbability: Double = 0.05
    /// The id tags of the operator's cards; most sessions use one of them.
    package var knownIdTags: [String] = [
        "04A1B2C3D4E5F6", "04B7C8D9E0F1A2", "04C3D4E5F6A7B8", "04D9E0F1A2B3C4", "04E5F6A7B8C9D0", "04F1A2B3C4D5E6",
    ]
    /// The chance that the car of a session reports its state of charge.
    package var stateOfChargeProbability: Double = 0.3
    /// How many connectors a station has.
    package var connectorCounts: ClosedRange<Int> = 1...2
    /// The longest heartbeat interval used, whatever the BootNotification answer says.
    package var heartbeatIntervalCap: Duration = .seconds(300)
    /// The heartbeat interval a station assumes before its first BootNotification answer (for rate planning only).
    package var expectedHeartbeatInterval: Duration = .seconds(300)
    /// The mean time between two unprovoked disconnects of one station; nil for never.
    package var meanTimeBetweenDisconnects: Duration? = .seconds(3600)
    /// How long a station waits before it reconnects after a disconnect it chose.
    package var reconnectDelay: ClosedRange<Duration> = .seconds(1)...(.seconds(5))
    /// The first wait after a failed connection attempt; it doubles with each failure up to `maximumReconnectBackoff`.
    package var reconnectBackoff: Duration = .seconds(1)
    /// The longest wait between two failed connection attempts.
    package var maximumReconnectBackoff: Duration = .seconds(30)
    /// How long a CALL waits for its answer before it counts as timed out.
    package var callTimeout: Duration = .seconds(30)
    /// Whether the first session after a boot sends only a random remainder of its samples, as if the station had
    /// been charging for a while: sessions then end at spread-out times, and a fleet sends at its average rate from
    /// the start instead of only after its first sessions have ended (which takes a whole session's length).
    package var startsMidCycle = false

    package init() {}

    /// The messages one station sends per second on average, given its meter interval.
    package var expectedMessageRate: Double {
        let connectors = Double(connectorCounts.lowerBound + connectorCounts.upperBound) / 2
        let perConnector = expectedMessagesPerCycle / (expectedIntervalsPerCycle * meterValueInterval.seconds)
        return connectors * perConnector + 1 / min(expectedHeartbeatInterval, heartbeatIntervalCap).seconds
    }

    /// This behaviour with the meter interval that makes `stations` stations send `messagesPerSecond` together,
    /// starting mid-cycle (`startsMidCycle`) so that the rate holds from the start.
    ///
    /// Heartbeats are subtracted first; at least a tenth of the goal is left to sessions, and the interval is
    /// at least 1 ms.
    package func paced(toFleetRate messagesPerSecond: Double, stations: Int) -> StationBehaviour {
        let perStation = messagesPerSecond / Double(max(1, stations))
        let heartbeats = 1 / min(expectedHeartbeatInterval, heartbeatIntervalCap).seconds
        let forSessions = max(perStation - heartbeats, perStation / 10)
        let connectors = Double(connectorCounts.lowerBound + connectorCounts.upperBound) / 2
        let seconds = connectors * expectedMessagesPerCycle / (expectedIntervalsPerCycle * forSessions)
        var paced = self
        paced.meterValueInterval = max(.milliseconds(1), .milliseconds(Int64((seconds * 1000).rounded())))
        paced.startsMidCycle = true
        return paced
    }

    /// Messages of one connector cycle (idle, then a session, a refused card or a fault).
    ///
    /// A session sends Authorize, Preparing, StartTransaction, Charging, its samples, StopTransaction, Finishing and
    /// Available; a refused card only Authorize; a fault Faulted and Available.
    private var expectedMessagesPerCycle: Double {
        let session = mean(samplesPerSession) + 7
        let start = foreignTagProbability * 1 + (1 - foreignTagProbability) * session
        return faultProbability * 2 + (1 - faultProbability) * start
    }

    /// Meter intervals of one connector cycle.
    private var expectedIntervalsPerCycle: Double {
        let session = mean(samplesPerSession) + mean(finishingIntervals)
        return mean(idleIntervals) + faultProbability * mean(faultIntervals)
            + (1 - faultProbability) * (1 - foreignTagProbability) * session
    }

    private func mean(_ range: ClosedRange<Int>) -> Double {
        Double(range.lowerBound + range.upperBound) / 2
    }

    private func mean(_ range: ClosedRange<Double>) -> Double {
        (range.lowerBound + range.upperBound) / 2
    }
}
