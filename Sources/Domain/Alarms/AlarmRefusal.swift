/// Why an alarm could not be acknowledged.
package enum AlarmRefusal: Error, Sendable, Equatable {
    /// Someone acknowledged it before; an alarm is acknowledged once.
    case alreadyAcknowledged(AlarmID, by: AgentLogin)
    /// The comment was empty or only blanks; an acknowledgement must say what is being done.
    case commentMissing(AlarmID)
}
