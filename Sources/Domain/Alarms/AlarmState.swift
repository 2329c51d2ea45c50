/// Where an alarm stands: whether its condition still holds and whether a person took it on.
package enum AlarmState: String, Sendable, Codable, CaseIterable {
    /// The condition holds and nobody has acknowledged it.
    case raised
    /// The condition holds and a person acknowledged it.
    case acknowledged
    /// The condition is gone but nobody has acknowledged it yet.
    case cleared
    /// Cleared and acknowledged: history only.
    case closed
}
