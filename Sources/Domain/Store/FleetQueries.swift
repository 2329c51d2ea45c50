/// Store reads for the fleet board and the station screen that `LeitstandStore` answers only one station at a
/// time or for the whole fleet: each is one query, so that 20,000 stations cost one round trip, not 20,000.
package protocol FleetQueries: Sendable {
    /// The latest status of every connector of every station, by station id, then connector number.
    func currentStatusesOfAllStations() async throws -> [StatusReport]
    /// A station's sessions not yet stopped, newest first.
    func openSessions(station: StationID) async throws -> [ChargingSession]
}
