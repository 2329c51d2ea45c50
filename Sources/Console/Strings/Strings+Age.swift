extension Strings {
    /// "12s", "5m", "3h", "2d" with the language's unit letters: the age of the last message in a column.
    static func compactAge(_ duration: Duration, units: (String, String, String, String)) -> String {
        let seconds = max(0, duration.components.seconds)
        if seconds < 60 { return "\(seconds)\(units.0)" }
        if seconds < 3600 { return "\(seconds / 60)\(units.1)" }
        if seconds < 86_400 { return "\(seconds / 3600)\(units.2)" }
        return "\(seconds / 86_400)\(units.3)"
    }
}
