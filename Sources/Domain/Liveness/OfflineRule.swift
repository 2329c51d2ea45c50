import Foundation

/// Decides when a silent station counts as offline.
///
/// Offline once nothing arrived for `graceFactor` heartbeat intervals. Reads no clock: callers pass `now`.
package struct OfflineRule: Sendable, Equatable {
    /// The interval the central system gave the station; OCPP lets any message stand in for a heartbeat.
    package var heartbeatInterval: Duration
    package var graceFactor: Double

    package init(heartbeatInterval: Duration, graceFactor: Double) {
        self.heartbeatInterval = heartbeatInterval
        self.graceFactor = graceFactor
    }

    /// How long a connected station may stay silent.
    package var silenceLimit: Duration { heartbeatInterval * graceFactor }

    /// The instant a station last heard from at `lastMessageAt` turns offline.
    package func offlineAt(lastMessageAt: Date) -> Date { lastMessageAt.adding(silenceLimit) }

    package func isSilent(lastMessageAt: Date, now: Date) -> Bool { now >= offlineAt(lastMessageAt: lastMessageAt) }
}
