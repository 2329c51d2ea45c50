import OCPP

/// A request a simulated charge point sends to the central system, before it is framed as a CALL.
package enum StationMessage: Sendable, Equatable {
    case bootNotification(ChargePointIdentity)
    case heartbeat
    case statusNotification(
        connector: Int,
        status: ChargePointStatus,
        errorCode: ChargePointErrorCode,
        vendorErrorCode: String?
    )
    case authorize(idTag: String)
    case startTransaction(connector: Int, idTag: String, meterStart: Int64)
    case meterValues(MeterReading)
    case stopTransaction(transactionID: Int64, idTag: String, meterStop: Int64, reason: Reason)
    case diagnosticsStatusNotification
    case firmwareStatusNotification

    /// The OCPP action name, as the CALL carries it.
    package var action: String {
        switch self {
        case .bootNotification: "BootNotification"
        case .heartbeat: "Heartbeat"
        case .statusNotification: "StatusNotification"
        case .authorize: "Authorize"
        case .startTransaction: "StartTransaction"
        case .meterValues: "MeterValues"
        case .stopTransaction: "StopTransaction"
        case .diagnosticsStatusNotification: "DiagnosticsStatusNotification"
        case .firmwareStatusNotification: "FirmwareStatusNotification"
        }
    }

    /// The CALL's payload; `timestamp` is the ISO 8601 time the message reports.
    package func payload(timestamp: String) -> JSONValue {
        switch self {
        case .bootNotification(let identity):
            .object([
                "chargePointVendor": .string(identity.vendor),
                "chargePointModel": .string(identity.model),
                "chargePointSerialNumber": .string(identity.serialNumber),
                "firmwareVersion": .string(identity.firmwareVersion),
                "meterType": .string(identity.meterType),
            ])
        case .heartbeat:
            .object([:])
        case .statusNotification(let connector, let status, let errorCode, let vendorErrorCode):
            statusPayload(
                connector: connector,
                status: status,
                errorCode: errorCode,
                vendorErrorCode: vendorErrorCode,
                timestamp: timestamp
            )
        case .authorize(let idTag):
            .object(["idTag": .string(idTag)])
        case .startTransaction(let connector, let idTag, let meterStart):
            .object([
                "connectorId": .integer(Int64(connector)),
                "idTag": .string(idTag),
                "meterStart": .integer(meterStart),
                "timestamp": .string(timestamp),
            ])
        case .meterValues(let reading):
            reading.payload(timestamp: timestamp)
        case .stopTransaction(let transactionID, let idTag, let meterStop, let reason):
            .object([
                "transactionId": .integer(transactionID),
                "idTag": .string(idTag),
                "meterStop": .integer(meterStop),
                "timestamp": .string(timestamp),
                "reason": .string(reason.rawValue),
            ])
        case .diagnosticsStatusNotification, .firmwareStatusNotification:
            .object(["status": .string("Idle")])
        }
    }

    private func statusPayload(
        connector: Int,
        status: ChargePointStatus,
        errorCode: ChargePointErrorCode,
        vendorErrorCode: String?,
        timestamp: String
    ) -> JSONValue {
        var payload: [String: JSONValue] = [
            "connectorId": .integer(Int64(connector)),
            "status": .string(status.rawValue),
            "errorCode": .string(errorCode.rawValue),
            "timestamp": .string(timestamp),
        ]
        if let vendorErrorCode { payload["vendorErrorCode"] = .string(vendorErrorCode) }
        return .object(payload)
    }
}
