import Foundation
import OCPP

/// One typed, valid value of every request and response of OCPP 1.6, for round trips.
enum Samples {
    static let noon = Date(timeIntervalSince1970: 1_714_566_600)  // 2024-05-01T12:30:00Z
    static let withMilliseconds = Date(timeIntervalSince1970: 1_714_566_600.25)

    static let idTagInfo = IdTagInfo(expiryDate: noon, parentIdTag: "FLEET-7", status: .accepted)

    static let meterValue = MeterValue(
        timestamp: withMilliseconds,
        sampledValue: [
            SampledValue(value: "1234.5"),
            SampledValue(
                value: "AP;0;3;ALCV3ABBBISHMA2RYEGAZE3HV5YQBQRQAEHAUEPACCAAAE", context: .samplePeriodic,
                format: .signedData, measurand: .energyActiveImportRegister, phase: .l1N, location: .outlet,
                unit: .kilowattHours),
        ])

    static let chargingProfile = ChargingProfile(
        chargingProfileId: 12, transactionId: 77, stackLevel: 1, chargingProfilePurpose: .txProfile,
        chargingProfileKind: .recurring, recurrencyKind: .daily, validFrom: noon,
        validTo: noon.addingTimeInterval(86_400),
        chargingSchedule: ChargingSchedule(
            duration: 3600, startSchedule: noon, chargingRateUnit: .amperes,
            chargingSchedulePeriod: [
                ChargingSchedulePeriod(startPeriod: 0, limit: 16),
                ChargingSchedulePeriod(startPeriod: 1800, limit: 21.4, numberPhases: 1),
            ], minChargingRate: 6.1))

    static let chargePointRequests: [ChargePointRequest] = [
        .authorize(AuthorizeRequest(idTag: "04A2B3C4D5E6F7")),
        .bootNotification(
            BootNotificationRequest(
                chargePointVendor: "Leitwerk", chargePointModel: "AC22", chargePointSerialNumber: "SN-0042",
                chargeBoxSerialNumber: "CB-0042", firmwareVersion: "1.4.2", iccid: "8949000000000000001",
                imsi: "262010000000001", meterType: "EM340", meterSerialNumber: "M-991")),
        .dataTransfer(DataTransferRequest(vendorId: "com.leitwerk", messageId: "diag", data: "{\"t\":41}")),
        .diagnosticsStatusNotification(DiagnosticsStatusNotificationRequest(status: .uploaded)),
        .firmwareStatusNotification(FirmwareStatusNotificationRequest(status: .installationFailed)),
        .heartbeat(HeartbeatRequest()),
        .meterValues(MeterValuesRequest(connectorId: 1, transactionId: 77, meterValue: [meterValue])),
        .startTransaction(
            StartTransactionRequest(
                connectorId: 2, idTag: "04A2B3C4D5E6F7", meterStart: 1200, reservationId: 5, timestamp: noon)),
        .statusNotification(
            StatusNotificationRequest(
                connectorId: 0, errorCode: .groundFailure, info: "RCD tripped", status: .faulted, timestamp: noon,
                vendorId: "com.leitwerk", vendorErrorCode: "E17")),
        .stopTransaction(
            StopTransactionRequest(
                idTag: "04A2B3C4D5E6F7", meterStop: 9876, timestamp: noon, transactionId: 77, reason: .evDisconnected,
                transactionData: [meterValue])),
    ]

    static let chargePointResponses: [ChargePointResponse] = [
        .authorize(AuthorizeResponse(idTagInfo: idTagInfo)),
        .bootNotification(BootNotificationResponse(status: .accepted, currentTime: withMilliseconds, interval: 300)),
        .dataTransfer(DataTransferResponse(status: .unknownMessageId, data: "")),
        .diagnosticsStatusNotification(DiagnosticsStatusNotificationResponse()),
        .firmwareStatusNotification(FirmwareStatusNotificationResponse()),
        .heartbeat(HeartbeatResponse(currentTime: noon)),
        .meterValues(MeterValuesResponse()),
        .startTransaction(StartTransactionResponse(idTagInfo: IdTagInfo(status: .concurrentTx), transactionId: 77)),
        .statusNotification(StatusNotificationResponse()),
        .stopTransaction(StopTransactionResponse(idTagInfo: idTagInfo)),
    ]

    static let centralSystemRequests: [CentralSystemRequest] = [
        .changeAvailability(ChangeAvailabilityRequest(connectorId: 0, type: .inoperative)),
        .changeConfiguration(ChangeConfigurationRequest(key: "HeartbeatInterval", value: "300")),
        .clearCache(ClearCacheRequest()),
        .getConfiguration(GetConfigurationRequest(key: ["HeartbeatInterval", "MeterValueSampleInterval"])),
        .remoteStartTransaction(
            RemoteStartTransactionRequest(connectorId: 1, idTag: "04A2B3C4D5E6F7", chargingProfile: chargingProfile)),
        .remoteStopTransaction(RemoteStopTransactionRequest(transactionId: 77)),
        .reset(ResetRequest(type: .soft)),
        .unlockConnector(UnlockConnectorRequest(connectorId: 2)),
        .triggerMessage(TriggerMessageRequest(requestedMessage: .statusNotification, connectorId: 1)),
        .getDiagnostics(
            GetDiagnosticsRequest(
                location: "ftp://logs.example.com/cp-0042/", retries: 3, retryInterval: 60, startTime: noon,
                stopTime: noon.addingTimeInterval(3600))),
        .updateFirmware(
            UpdateFirmwareRequest(
                location: "https://fw.example.com/ac22-1.5.0.bin", retries: 2, retrieveDate: noon, retryInterval: 30)),
        .sendLocalList(
            SendLocalListRequest(
                listVersion: 8,
                localAuthorizationList: [
                    AuthorizationData(idTag: "04A2B3C4D5E6F7", idTagInfo: idTagInfo),
                    AuthorizationData(idTag: "BLOCKED-1"),
                ], updateType: .differential)),
        .getLocalListVersion(GetLocalListVersionRequest()),
        .reserveNow(
            ReserveNowRequest(
                connectorId: 0, expiryDate: noon, idTag: "04A2B3C4D5E6F7", parentIdTag: "FLEET-7", reservationId: 4)),
        .cancelReservation(CancelReservationRequest(reservationId: 4)),
        .setChargingProfile(SetChargingProfileRequest(connectorId: 1, csChargingProfiles: chargingProfile)),
        .clearChargingProfile(
            ClearChargingProfileRequest(
                id: 12, connectorId: 1, chargingProfilePurpose: .txDefaultProfile, stackLevel: 0)),
        .getCompositeSchedule(GetCompositeScheduleRequest(connectorId: 1, duration: 3600, chargingRateUnit: .watts)),
        .dataTransfer(DataTransferRequest(vendorId: "com.leitwerk")),
    ]

    static let centralSystemResponses: [CentralSystemResponse] = [
        .changeAvailability(ChangeAvailabilityResponse(status: .scheduled)),
        .changeConfiguration(ChangeConfigurationResponse(status: .rebootRequired)),
        .clearCache(ClearCacheResponse(status: .accepted)),
        .getConfiguration(
            GetConfigurationResponse(
                configurationKey: [
                    KeyValue(key: "HeartbeatInterval", readonly: false, value: "300"),
                    KeyValue(key: "ChargePointModel", readonly: true),
                ], unknownKey: ["Colour"])),
        .remoteStartTransaction(RemoteStartTransactionResponse(status: .accepted)),
        .remoteStopTransaction(RemoteStopTransactionResponse(status: .rejected)),
        .reset(ResetResponse(status: .accepted)),
        .unlockConnector(UnlockConnectorResponse(status: .unlockFailed)),
        .triggerMessage(TriggerMessageResponse(status: .notImplemented)),
        .getDiagnostics(GetDiagnosticsResponse(fileName: "cp-0042-2024-05-01.tar.gz")),
        .updateFirmware(UpdateFirmwareResponse()),
        .sendLocalList(SendLocalListResponse(status: .versionMismatch)),
        .getLocalListVersion(GetLocalListVersionResponse(listVersion: -1)),
        .reserveNow(ReserveNowResponse(status: .occupied)),
        .cancelReservation(CancelReservationResponse(status: .rejected)),
        .setChargingProfile(SetChargingProfileResponse(status: .notSupported)),
        .clearChargingProfile(ClearChargingProfileResponse(status: .unknown)),
        .getCompositeSchedule(
            GetCompositeScheduleResponse(
                status: .accepted, connectorId: 1, scheduleStart: noon,
                chargingSchedule: chargingProfile.chargingSchedule)),
        .dataTransfer(DataTransferResponse(status: .accepted, data: "ok")),
    ]
}
