/// What a monitor asks the alarm service to do; the service stores it and tells the console.
package enum AlarmAction: Sendable, Equatable {
    /// Open a new alarm.
    case raise(AlarmDraft)
    /// The condition of the uncleared alarm with this key occurred again: store the new count and latest facts.
    case update(AlarmKey, count: Int, facts: AlarmFacts)
    /// The condition of the uncleared alarm with this key is gone.
    case clear(AlarmKey)
}
