import Domain
import Foundation
import OCPP

extension IdTagInfo {
    /// The OCPP answer for a card decision.
    init(_ decision: CardDecision) {
        let status: AuthorizationStatus =
            switch decision.verdict {
            case .accepted: .accepted
            case .blocked: .blocked
            case .expired: .expired
            case .invalid: .invalid
            case .concurrentTx: .concurrentTx
            }
        self.init(status: status)
    }
}

extension StationIdentity {
    /// What a station says about itself in its BootNotification; the charge box serial stands in for a missing one.
    init(_ boot: BootNotificationRequest) {
        self.init(
            vendor: boot.chargePointVendor, model: boot.chargePointModel,
            serialNumber: boot.chargePointSerialNumber ?? boot.chargeBoxSerialNumber,
            firmwareVersion: boot.firmwareVersion)
    }
}

extension SessionStop {
    /// How a session ended, from its StopTransaction; `transactionData` is kept as the station sent it.
    init(_ stop: StopTransactionRequest) {
        self.init(
            meterStopWh: Int64(stop.meterStop), stoppedAt: stop.timestamp, reason: stop.reason?.rawValue,
            idTag: stop.idTag.map { IdTag($0) }, transactionDataJSON: stop.rawTransactionData?.encodedText())
    }
}

extension StatusReport {
    /// A status history line from a StatusNotification; the receive time stands in for a missing timestamp.
    init(_ notification: StatusNotificationRequest, station: StationID, receivedAt: Date) {
        self.init(
            stationID: station, connector: notification.connectorId, status: notification.status.rawValue,
            errorCode: notification.errorCode.rawValue, info: notification.info, vendorID: notification.vendorId,
            vendorErrorCode: notification.vendorErrorCode, timestamp: notification.timestamp ?? receivedAt,
            receivedAt: receivedAt)
    }
}

extension MeterReading {
    /// One reading per `meterValue` entry, each keeping its sampled values as the station sent them.
    static func readings(of request: MeterValuesRequest, station: StationID) -> [MeterReading] {
        let raw: [JSONValue] = if case .array(let entries) = request.rawMeterValue { entries } else { [] }
        return request.meterValue.enumerated().map { index, entry in
            let sampled = index < raw.count ? raw[index].objectValue?["sampledValue"] : nil
            return MeterReading(
                stationID: station, connector: request.connectorId,
                transactionID: request.transactionId.map { TransactionID(Int64($0)) }, timestamp: entry.timestamp,
                sampledValuesJSON: (sampled ?? .array([])).encodedText(), energyWh: entry.importedEnergyWh)
        }
    }
}

extension MeterValue {
    /// The plain `Energy.Active.Import.Register` reading in Wh, if this sample has one.
    var importedEnergyWh: Double? {
        for sample in sampledValue
        where (sample.measurand ?? .energyActiveImportRegister) == .energyActiveImportRegister
            && (sample.format ?? .raw) == .raw && sample.phase == nil
        {
            guard let number = Double(sample.value) else { continue }
            switch sample.unit ?? .wattHours {
            case .wattHours: return number
            case .kilowattHours: return number * 1_000
            default: continue
            }
        }
        return nil
    }
}
