import OCPP

/// One MeterValues sample of a connector: the energy register, the power, and the car's state of charge when it tells.
package struct MeterReading: Sendable, Equatable {
    /// Why the sample was taken, as `context` on the wire.
    package enum Context: String, Sendable {
        case samplePeriodic = "Sample.Periodic"
        case trigger = "Trigger"
    }

    package var connector: Int
    /// Nil outside a transaction (a triggered sample of an idle connector).
    package var transactionID: Int64?
    /// The Energy.Active.Import.Register reading, in Wh.
    package var energyWh: Int64
    /// The Power.Active.Import reading, in W.
    package var powerW: Int
    /// The car's SoC in percent, when the car reports it.
    package var stateOfCharge: Int?
    package var context: Context

    package init(
        connector: Int,
        transactionID: Int64?,
        energyWh: Int64,
        powerW: Int,
        stateOfCharge: Int?,
        context: Context = .samplePeriodic
    ) {
        self.connector = connector
        self.transactionID = transactionID
        self.energyWh = energyWh
        self.powerW = powerW
        self.stateOfCharge = stateOfCharge
        self.context = context
    }

    /// The sampled values as measurand → value, the strings the wire carries.
    package var values: [String: String] {
        var values = ["Energy.Active.Import.Register": String(energyWh), "Power.Active.Import": String(powerW)]
        if let stateOfCharge { values["SoC"] = String(stateOfCharge) }
        return values
    }

    func payload(timestamp: String) -> JSONValue {
        var sampled: [JSONValue] = [
            sample(String(energyWh), measurand: "Energy.Active.Import.Register", unit: "Wh", location: "Outlet"),
            sample(String(powerW), measurand: "Power.Active.Import", unit: "W", location: "Outlet"),
        ]
        if let stateOfCharge {
            sampled.append(sample(String(stateOfCharge), measurand: "SoC", unit: "Percent", location: "EV"))
        }
        var payload: [String: JSONValue] = [
            "connectorId": .integer(Int64(connector)),
            "meterValue": .array([.object(["timestamp": .string(timestamp), "sampledValue": .array(sampled)])]),
        ]
        if let transactionID { payload["transactionId"] = .integer(transactionID) }
        return .object(payload)
    }

    private func sample(_ value: String, measurand: String, unit: String, location: String) -> JSONValue {
        .object([
            "value": .string(value), "context": .string(context.rawValue), "format": .string("Raw"),
            "measurand": .string(measurand), "location": .string(location), "unit": .string(unit),
        ])
    }
}
