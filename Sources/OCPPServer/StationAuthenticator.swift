/// Decides whether a charge point may open an OCPP session; the backend implements it.
///
/// Called once per handshake, after the path and the subprotocol were checked and before the upgrade.
/// It runs off the event loop and may take its time (a slow password hash, a database read); the station
/// waits for its answer.
package protocol StationAuthenticator: Sendable {
    /// The decision for one handshake.
    func authenticate(_ request: ConnectionRequest) async -> ConnectionDecision
}
