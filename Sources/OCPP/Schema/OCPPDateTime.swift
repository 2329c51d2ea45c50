import Foundation

/// Reads and writes the date-times of OCPP 1.6 payloads (JSON Schema `format: date-time`, that is RFC 3339).
///
/// Hand-written instead of `ISO8601DateFormatter`: a formatter is costly to create and to share across threads,
/// it accepts forms RFC 3339 forbids (no offset, week dates), and this runs for every timestamp of every
/// MeterValues. Reading accepts `YYYY-MM-DDTHH:MM:SS`, an optional fraction of any length, and `Z` or `±HH:MM`;
/// `T` and `Z` may be lower case (RFC 3339 §5.6). Nothing else is accepted: no missing offset, no space for `T`,
/// no out-of-range field, no 29 February outside leap years. A leap second (`:60`) reads as the following second.
/// Writing always gives UTC with milliseconds, `yyyy-MM-ddTHH:mm:ss.SSSZ`, for years 0000 to 9999.
package enum OCPPDateTime {
    /// The date a valid RFC 3339 date-time names, or nil when `text` is not one.
    package static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The date as UTC text with milliseconds, for example `2024-05-01T12:30:00.000Z`.
    package static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let milliseconds = seconds.isFinite ? (seconds * 1000).rounded() : 0
        let clamped = Int64(min(max(milliseconds, Double(earliestMilliseconds)), Double(latestMilliseconds)))
        let days = clamped.floorDivided(by: 86_400_000)
        let millisecondOfDay = Int(clamped - days * 86_400_000)
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)
        var bytes = [UInt8](repeating: 0, count: 24)
        put(year, digits: 4, at: 0, in: &bytes)
        put(month, digits: 2, at: 5, in: &bytes)
        put(day, digits: 2, at: 8, in: &bytes)
        put(millisecondOfDay / 3_600_000, digits: 2, at: 11, in: &bytes)
        put(millisecondOfDay / 60_000 % 60, digits: 2, at: 14, in: &bytes)
        put(millisecondOfDay / 1000 % 60, digits: 2, at: 17, in: &bytes)
        put(millisecondOfDay % 1000, digits: 3, at: 20, in: &bytes)
        for (offset, separator) in zip([4, 7, 10, 13, 16, 19, 23], "--T::.Z".utf8) {
            bytes[offset] = separator
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let earliestMilliseconds = daysSinceEpoch(year: 0, month: 1, day: 1) * 86_400_000
    private static let latestMilliseconds = daysSinceEpoch(year: 10_000, month: 1, day: 1) * 86_400_000 - 1

    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.skip("-"),
            let month = reader.number(digits: 2), reader.skip("-"),
            let day = reader.number(digits: 2), reader.skip("T", orLowercase: true),
            let hour = reader.number(digits: 2), reader.skip(":"),
            let minute = reader.number(digits: 2), reader.skip(":"),
            let second = reader.number(digits: 2)
        else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        var nanoseconds = 0
        if reader.skip(".") {
            guard let fraction = reader.fraction() else { return nil }
            nanoseconds = fraction
        }
        guard let offsetSeconds = reader.offset(), reader.isAtEnd else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let wholeSeconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return Date(timeIntervalSince1970: Double(wholeSeconds) + Double(nanoseconds) / 1_000_000_000)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = shiftedYear.floorDivided(by: 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = Int64((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1)
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
    private static func civilDate(fromDaysSinceEpoch days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        let month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func put(_ value: Int, digits: Int, at offset: Int, in bytes: inout [UInt8]) {
        var remaining = value
        for position in stride(from: offset + digits - 1, through: offset, by: -1) {
            bytes[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
    }
}

/// Walks the bytes of a date-time, reading fixed-width numbers and separators.
private struct DigitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<digits {
            guard let digit = digit(at: index) else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }

    /// The digits after the decimal point as nanoseconds; digits past the ninth are checked, then dropped.
    mutating func fraction() -> Int? {
        var nanoseconds = 0
        var count = 0
        while index < bytes.count, let digit = digit(at: index) {
            if count < 9 { nanoseconds = nanoseconds * 10 + digit }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 9) { nanoseconds *= 10 }
        return nanoseconds
    }

    /// The offset from UTC in seconds: `Z`, or `+HH:MM` / `-HH:MM`.
    mutating func offset() -> Int? {
        if skip("Z", orLowercase: true) { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2), skip(":"), let minutes = number(digits: 2), hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    mutating func skip(_ separator: Unicode.Scalar, orLowercase: Bool = false) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        let expected = UInt8(ascii: separator)
        guard byte == expected || (orLowercase && byte == expected | 0x20) else { return false }
        index += 1
        return true
    }

    private func digit(at position: Int) -> Int? {
        let byte = bytes[position]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        return Int(byte - UInt8(ascii: "0"))
    }
}

extension Int64 {
    /// The quotient rounded towards negative infinity, so days before 1970 fall on the right date.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
