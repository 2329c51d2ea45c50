import Domain
import Foundation

/// Something that happened in the fleet, streamed to subscribers (the console).
package enum BackendEvent: Sendable, Equatable {
    case stationConnected(StationID, at: Date)
    case stationDisconnected(StationID, at: Date)
    case stationBooted(StationID, StationIdentity, at: Date)
    case statusReported(StatusReport)
    case sessionStarted(ChargingSession)
    case sessionStopped(TransactionID, stationID: StationID, SessionStop)
    case meterValuesReported(StationID, transactionID: TransactionID?, at: Date)
    /// A Heartbeat: a sign of life with no other news.
    case heartbeatReceived(StationID, at: Date)
    case commandFinished(CommandLogEntry)
    case alarmRaised(Alarm)
    /// An alarm's count, facts, clearing or acknowledgement changed.
    case alarmChanged(Alarm)
}
