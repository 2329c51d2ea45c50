import Synchronization

/// The live connections by station id: at most one per station, the newest.
///
/// Registering a second connection for a station returns the first, which the caller then closes.
/// A connection leaves only if it is still the registered one, so a replaced connection that ends late
/// cannot remove its successor.
final class ConnectionRegistry: Sendable {
    private struct State {
        var connections: [String: StationConnection] = [:]
        var lastGeneration: UInt64 = 0
    }

    private let state = Mutex(State())

    init() {}

    /// A number larger than every one handed out before.
    func nextGeneration() -> UInt64 {
        state.withLock { state in
            state.lastGeneration += 1
            return state.lastGeneration
        }
    }

    /// Makes `connection` the station's current one; returns the connection it replaces, if any.
    func register(_ connection: StationConnection) -> StationConnection? {
        state.withLock { $0.connections.updateValue(connection, forKey: connection.stationID) }
    }

    /// Removes `connection` if it is still its station's current one.
    func remove(_ connection: StationConnection) {
        state.withLock { state in
            if state.connections[connection.stationID] === connection {
                state.connections[connection.stationID] = nil
            }
        }
    }

    /// The station's current connection.
    func connection(for stationID: String) -> StationConnection? {
        state.withLock { $0.connections[stationID] }
    }

    /// How many stations are connected.
    var count: Int {
        state.withLock { $0.connections.count }
    }
}
