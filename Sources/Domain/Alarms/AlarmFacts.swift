import Foundation

/// The facts a sentence about an alarm needs, beyond its key.
///
/// Station-supplied text (`vendorErrorCode`, `info`) is kept exactly as sent and never interpreted; whoever shows
/// it must escape it for its medium (a terminal, a PDF).
package struct AlarmFacts: Sendable, Equatable, Codable {
    /// The OCPP error code of a `connectorFaulted` alarm.
    package var errorCode: ConnectorErrorCode?
    /// The station's own error code (CiString50), as sent.
    package var vendorErrorCode: String?
    /// The station's free text about the error (CiString50), as sent.
    package var info: String?
    /// The failing step of a `firmwareUpdateFailed` alarm.
    package var firmwareStatus: FirmwareStatus?
    /// Why a `stationOffline` alarm was raised.
    package var offlineCause: OfflineCause?
    /// When the condition began: the last sign of life, the first drop or boot of a burst, the fault report,
    /// the transaction's start.
    package var since: Date?

    package init(
        errorCode: ConnectorErrorCode? = nil, vendorErrorCode: String? = nil, info: String? = nil,
        firmwareStatus: FirmwareStatus? = nil, offlineCause: OfflineCause? = nil, since: Date? = nil
    ) {
        self.errorCode = errorCode
        self.vendorErrorCode = vendorErrorCode
        self.info = info
        self.firmwareStatus = firmwareStatus
        self.offlineCause = offlineCause
        self.since = since
    }
}
