/// Why a station counts as offline.
package enum OfflineCause: String, Sendable, Codable, CaseIterable {
    /// Its connection closed and it did not come back within the reconnect grace.
    case disconnected
    /// Its connection is open but nothing arrived within the heartbeat limit.
    case silent
}
