import Foundation

/// What the central system knows of a station's connection and when it last heard from it.
///
/// Online while connected and a message arrived within the offline rule's silence limit. This is the plain fact;
/// the offline alarm adds the reconnect grace on top. Reads no clock: callers pass `now`.
package struct StationLiveness: Sendable, Equatable {
    package private(set) var isConnected = false
    /// The last sign of life: the last message, or the connect itself. Nil for a station never heard from.
    package private(set) var lastMessageAt: Date?
    /// When the open connection opened; nil while disconnected.
    package private(set) var connectedAt: Date?
    /// When the last connection closed, or when tracking began for a station not yet seen; nil while connected.
    package private(set) var disconnectedAt: Date?
    package private(set) var rule: OfflineRule

    /// A station not connected since `disconnectedAt`.
    init(rule: OfflineRule, disconnectedAt: Date) {
        self.rule = rule
        self.disconnectedAt = disconnectedAt
    }

    package func isOnline(now: Date) -> Bool { offlineSince(now: now) == nil }

    /// The last sign of life of an offline station; nil while it is online.
    ///
    /// For a dropped station that is the drop; for a connected but silent one, its last message.
    package func offlineSince(now: Date) -> Date? {
        guard isConnected, let lastMessageAt else { return disconnectedAt }
        return rule.isSilent(lastMessageAt: lastMessageAt, now: now) ? lastMessageAt : nil
    }

    /// When a connected station turns offline unless a message arrives first; nil while disconnected.
    package var silenceDeadline: Date? {
        guard isConnected, let lastMessageAt else { return nil }
        return rule.offlineAt(lastMessageAt: lastMessageAt)
    }

    mutating func connected(at now: Date) {
        isConnected = true
        connectedAt = now
        disconnectedAt = nil
        lastMessageAt = now
    }

    mutating func disconnected(at now: Date) {
        isConnected = false
        connectedAt = nil
        disconnectedAt = now
    }

    /// A sign of life; ignored while disconnected (a message processed after its connection closed).
    mutating func messageReceived(at now: Date) {
        guard isConnected else { return }
        lastMessageAt = max(lastMessageAt ?? now, now)
    }

    mutating func heartbeatIntervalChanged(to interval: Duration) {
        rule.heartbeatInterval = interval
    }
}
