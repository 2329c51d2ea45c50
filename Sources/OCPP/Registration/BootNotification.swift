import Foundation

/// BootNotification.req: a charge point started and says what it is (1.6 §6.3).
package struct BootNotificationRequest: Sendable, Equatable {
    /// The vendor.
    package var chargePointVendor: String
    /// The model.
    package var chargePointModel: String
    /// The charge point's serial number.
    package var chargePointSerialNumber: String?
    /// The charge box's serial number (deprecated).
    package var chargeBoxSerialNumber: String?
    /// The firmware version.
    package var firmwareVersion: String?
    /// The ICCID of the modem's SIM card.
    package var iccid: String?
    /// The IMSI of the modem's SIM card.
    package var imsi: String?
    /// The type of the main meter.
    package var meterType: String?
    /// The serial number of the main meter.
    package var meterSerialNumber: String?

    package init(
        chargePointVendor: String,
        chargePointModel: String,
        chargePointSerialNumber: String? = nil,
        chargeBoxSerialNumber: String? = nil,
        firmwareVersion: String? = nil,
        iccid: String? = nil,
        imsi: String? = nil,
        meterType: String? = nil,
        meterSerialNumber: String? = nil
    ) {
        self.chargePointVendor = chargePointVendor
        self.chargePointModel = chargePointModel
        self.chargePointSerialNumber = chargePointSerialNumber
        self.chargeBoxSerialNumber = chargeBoxSerialNumber
        self.firmwareVersion = firmwareVersion
        self.iccid = iccid
        self.imsi = imsi
        self.meterType = meterType
        self.meterSerialNumber = meterSerialNumber
    }
}

extension BootNotificationRequest: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        chargePointVendor = try reader.required("chargePointVendor", .string(maxLength: 20))
        chargePointModel = try reader.required("chargePointModel", .string(maxLength: 20))
        chargePointSerialNumber = try reader.optional("chargePointSerialNumber", .string(maxLength: 25))
        chargeBoxSerialNumber = try reader.optional("chargeBoxSerialNumber", .string(maxLength: 25))
        firmwareVersion = try reader.optional("firmwareVersion", .string(maxLength: 50))
        iccid = try reader.optional("iccid", .string(maxLength: 20))
        imsi = try reader.optional("imsi", .string(maxLength: 20))
        meterType = try reader.optional("meterType", .string(maxLength: 25))
        meterSerialNumber = try reader.optional("meterSerialNumber", .string(maxLength: 25))
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("chargePointVendor", chargePointVendor)
        writer.set("chargePointModel", chargePointModel)
        writer.set("chargePointSerialNumber", chargePointSerialNumber)
        writer.set("chargeBoxSerialNumber", chargeBoxSerialNumber)
        writer.set("firmwareVersion", firmwareVersion)
        writer.set("iccid", iccid)
        writer.set("imsi", imsi)
        writer.set("meterType", meterType)
        writer.set("meterSerialNumber", meterSerialNumber)
    }
}

/// BootNotification.conf: whether the charge point is registered (1.6 §6.4).
package struct BootNotificationResponse: Sendable, Equatable {
    /// Whether it is registered.
    package var status: RegistrationStatus
    /// The central system's clock, to set the charge point's.
    package var currentTime: Date
    /// Seconds between heartbeats when accepted; otherwise seconds before the next BootNotification.
    package var interval: Int

    package init(status: RegistrationStatus, currentTime: Date, interval: Int) {
        self.status = status
        self.currentTime = currentTime
        self.interval = interval
    }
}

extension BootNotificationResponse: PayloadObject {
    init(reading reader: inout PayloadReader) throws(PayloadViolation) {
        status = try reader.required("status", .enumeration(RegistrationStatus.self))
        currentTime = try reader.required("currentTime", .dateTime)
        interval = try reader.required("interval", .integer)
    }

    func write(to writer: inout PayloadWriter) {
        writer.set("status", status)
        writer.set("currentTime", currentTime)
        writer.set("interval", interval)
    }
}

/// Whether the central system accepts a booting charge point.
package enum RegistrationStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case pending = "Pending"
    case rejected = "Rejected"
}
