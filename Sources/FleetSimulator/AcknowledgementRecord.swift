/// One message the central system acknowledged with a CALLRESULT, as a line of the acknowledgement log.
///
/// The log (`--ack-log PATH`) is JSON Lines: one object per line, UTF-8, absent keys omitted, keys in this order:
/// `type station connector transactionId idTag meterStart meterStop reason status errorCode vendorErrorCode timestamp
/// values`.
/// A line is written only after the CALLRESULT arrived, so the log is what the stations were told is stored.
///
///     {"type":"StartTransaction","station":"SIM-00001","connector":1,"transactionId":42,"idTag":"04A1B2C3D4E5F6",
///      "meterStart":1200,"timestamp":"2025-05-01T10:00:00.000Z"}
///     {"type":"StopTransaction","station":"SIM-00001","transactionId":42,"meterStop":9600,"reason":"Local",
///      "timestamp":"2025-05-01T10:40:00.000Z"}
///     {"type":"MeterValues","station":"SIM-00001","connector":1,"transactionId":42,
///      "timestamp":"2025-05-01T10:01:00.000Z",
///      "values":{"Energy.Active.Import.Register":"1340","Power.Active.Import":"7400"}}
///     {"type":"StatusNotification","station":"SIM-00001","connector":1,"status":"Charging","errorCode":"NoError",
///      "timestamp":"2025-05-01T10:00:00.500Z"}
///
/// (Each record is one line; the examples wrap.) Fields:
/// - `type`: the acknowledged action: `StartTransaction`, `StopTransaction`, `MeterValues` or `StatusNotification`.
/// - `station`: the charge point id. `timestamp`: the message's own timestamp, ISO 8601 UTC with milliseconds.
/// - `connector`: the connector id (0 for the whole station in a StatusNotification); absent for StopTransaction.
/// - `transactionId`: the id the StartTransaction answer gave; absent for a MeterValues outside a transaction.
/// - `idTag`, `meterStart` (Wh): StartTransaction only. `meterStop` (Wh), `reason`: StopTransaction only.
/// - `values`: MeterValues only, measurand → sampled value, strings as sent (`Energy.Active.Import.Register` in Wh,
///   `Power.Active.Import` in W, `SoC` in percent when the car reports it).
/// - `status`, `errorCode`, and `vendorErrorCode` when there is one: StatusNotification only.
package struct AcknowledgementRecord: Sendable, Equatable, Codable {
    package var type: String
    package var station: String
    package var connector: Int?
    package var transactionId: Int64?
    package var idTag: String?
    package var meterStart: Int64?
    package var meterStop: Int64?
    package var reason: String?
    package var status: String?
    package var errorCode: String?
    package var vendorErrorCode: String?
    package var timestamp: String
    package var values: [String: String]?

    /// The record of `request`, acknowledged by `answer`; nil for messages the log does not keep.
    ///
    /// `timestamp` is the one the message carried.
    package init?(request: StationMessage, answer: CallAnswer, station: ChargePointID, timestamp: String) {
        guard case .result = answer else { return nil }
        self.type = request.action
        self.station = station.rawValue
        self.timestamp = timestamp
        switch request {
        case .startTransaction(let connector, let idTag, let meterStart):
            guard let transactionID = answer.integer("transactionId") else { return nil }
            self.connector = connector
            self.transactionId = transactionID
            self.idTag = idTag
            self.meterStart = meterStart
        case .stopTransaction(let transactionID, _, let meterStop, let reason):
            self.transactionId = transactionID
            self.meterStop = meterStop
            self.reason = reason.rawValue
        case .meterValues(let reading):
            self.connector = reading.connector
            self.transactionId = reading.transactionID
            self.values = reading.values
        case .statusNotification(let connector, let status, let errorCode, let vendorErrorCode):
            self.connector = connector
            self.status = status.rawValue
            self.errorCode = errorCode.rawValue
            self.vendorErrorCode = vendorErrorCode
        case .bootNotification, .heartbeat, .authorize, .diagnosticsStatusNotification, .firmwareStatusNotification:
            return nil
        }
    }

    /// The record as one line of JSON, newline included, keys in the documented order.
    package var line: String {
        var fields = [("type", quoted(type)), ("station", quoted(station))]
        if let connector { fields.append(("connector", String(connector))) }
        if let transactionId { fields.append(("transactionId", String(transactionId))) }
        if let idTag { fields.append(("idTag", quoted(idTag))) }
        if let meterStart { fields.append(("meterStart", String(meterStart))) }
        if let meterStop { fields.append(("meterStop", String(meterStop))) }
        if let reason { fields.append(("reason", quoted(reason))) }
        if let status { fields.append(("status", quoted(status))) }
        if let errorCode { fields.append(("errorCode", quoted(errorCode))) }
        if let vendorErrorCode { fields.append(("vendorErrorCode", quoted(vendorErrorCode))) }
        fields.append(("timestamp", quoted(timestamp)))
        if let values {
            let members = values.sorted { $0.key < $1.key }.map { quoted($0.key) + ":" + quoted($0.value) }
            fields.append(("values", "{" + members.joined(separator: ",") + "}"))
        }
        return "{" + fields.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n"
    }

    /// `text` as a JSON string literal.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
