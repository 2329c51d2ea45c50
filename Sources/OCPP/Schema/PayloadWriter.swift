import Foundation

/// Collects the fields of one JSON object as a payload is written; nil values are left out.
struct PayloadWriter {
    private(set) var members: [String: JSONValue] = [:]

    mutating func set(_ name: String, _ value: Int?) {
        members[name] = value.map { .integer(Int64($0)) }
    }

    mutating func set(_ name: String, _ value: String?) {
        members[name] = value.map { .string($0) }
    }

    mutating func set(_ name: String, _ value: Double?) {
        members[name] = value.map { .decimal($0) }
    }

    mutating func set(_ name: String, _ value: Bool?) {
        members[name] = value.map { .bool($0) }
    }

    /// Writes a date-time as UTC with milliseconds (see `OCPPDateTime.format`).
    mutating func set(_ name: String, _ value: Date?) {
        members[name] = value.map { .string(OCPPDateTime.format($0)) }
    }

    mutating func set<Enumeration: RawRepresentable<String>>(_ name: String, _ value: Enumeration?) {
        members[name] = value.map { .string($0.rawValue) }
    }

    mutating func set<Object: PayloadObject>(_ name: String, _ value: Object?) {
        members[name] = value?.json
    }

    mutating func set<Object: PayloadObject>(_ name: String, _ values: [Object]?) {
        members[name] = values.map { .array($0.map(\.json)) }
    }

    mutating func set(_ name: String, _ values: [String]?) {
        members[name] = values.map { .array($0.map { .string($0) }) }
    }

    /// Writes JSON exactly as kept, such as the meter values a station sent.
    mutating func set(_ name: String, json: JSONValue?) {
        members[name] = json
    }
}
