/// The backend's log metadata keys: dotted, lower case, declared once.
enum LogKey {
    static let station = "ocpp.station"
    static let action = "ocpp.action"
    static let messageID = "ocpp.message_id"
    static let error = "error"
    static let agent = "agent.login"
}
