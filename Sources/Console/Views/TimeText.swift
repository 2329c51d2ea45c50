import Foundation

/// Times as the screens write them: `14:03:22` for the clock, `2026-11-25 14:03:22` for events, in the
/// agent's time zone.
package enum TimeText {
    package static func clock(_ date: Date, timeZone: TimeZone) -> String {
        let parts = components(date, timeZone: timeZone)
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    package static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        let parts = components(date, timeZone: timeZone)
        let year = parts.year ?? 0
        return "\(year)-\(two(parts.month))-\(two(parts.day)) \(clock(date, timeZone: timeZone))"
    }

    private static func components(_ date: Date, timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func two(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : "\(value)"
    }
}
