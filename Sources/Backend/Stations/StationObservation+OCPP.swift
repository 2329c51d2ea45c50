import Domain
import OCPP

extension StationObservation {
    /// What the alarm rules learn from one answered request; every request is at least a sign of life.
    static func observations(
        of request: ChargePointRequest, answered response: ChargePointResponse, settings: StationSettings
    ) -> [StationObservation] {
        switch (request, response) {
        case (.bootNotification, .bootNotification(let answer)) where answer.status == .accepted:
            return [.booted(heartbeatInterval: settings.heartbeatInterval)]
        case (.statusNotification(let status), _):
            guard let connectorStatus = ConnectorStatus(rawValue: status.status.rawValue),
                let errorCode = ConnectorErrorCode(rawValue: status.errorCode.rawValue)
            else { return [.messageReceived] }
            return [
                .statusReported(
                    connector: status.connectorId, status: connectorStatus, errorCode: errorCode, info: status.info,
                    vendorErrorCode: status.vendorErrorCode)
            ]
        case (.firmwareStatusNotification(let notification), _):
            return Domain.FirmwareStatus(rawValue: notification.status.rawValue).map { [.firmwareStatusReported($0)] }
                ?? [.messageReceived]
        case (.diagnosticsStatusNotification(let notification), _):
            return Domain.DiagnosticsStatus(rawValue: notification.status.rawValue).map {
                [.diagnosticsStatusReported($0)]
            }
                ?? [.messageReceived]
        case (.startTransaction(let start), .startTransaction(let answer)):
            return [.transactionStarted(TransactionID(Int64(answer.transactionId)), connector: start.connectorId)]
        case (.stopTransaction(let stop), _):
            return [.transactionStopped(TransactionID(Int64(stop.transactionId)))]
        default:
            return [.messageReceived]
        }
    }
}
