/// A charging station's OCPP identity (`chargePointId`), as it appears in the connection URL.
///
/// Limited to 1…48 characters of letters, digits and `-_.:*`, so it is safe in a URL path, a log line and a terminal.
package struct StationID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package let rawValue: String

    /// The longest station id accepted.
    package static let maximumLength = 48

    /// Nil when `rawValue` is empty, too long, or holds a character outside the allowed set.
    package init?(_ rawValue: String) { self.init(rawValue: rawValue) }

    package init?(rawValue: String) {
        guard !rawValue.isEmpty, rawValue.utf8.count <= Self.maximumLength,
            rawValue.utf8.allSatisfy(Self.isAllowed)
        else { return nil }
        self.rawValue = rawValue
    }

    package var description: String { rawValue }

    package static func < (lhs: StationID, rhs: StationID) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "*"),
            UInt8(ascii: ":"):
            true
        default: false
        }
    }
}

/// A charging card's id token (`idTag`, CiString20). Compared as the station sent it.
package struct IdTag: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }

    /// The tag with all but its last four characters hidden, for logs and screens that need not show it whole.
    package var masked: String {
        let visible = rawValue.suffix(4)
        return String(repeating: "•", count: max(0, rawValue.count - visible.count)) + visible
    }
}

/// A connector's number on its station: 0 is the station as a whole, 1… are the connectors.
package typealias ConnectorNumber = Int

/// The id the central system gave a charging session in its StartTransaction answer.
package struct TransactionID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package let rawValue: Int64
    package init(_ rawValue: Int64) { self.rawValue = rawValue }
    package init(rawValue: Int64) { self.rawValue = rawValue }
    package var description: String { String(rawValue) }
    package static func < (lhs: TransactionID, rhs: TransactionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A customer (station owner) in the store.
package struct CustomerID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }
}

/// A site (a place with one or more stations) in the store.
package struct SiteID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }
}

/// An alarm in the store.
package struct AlarmID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: Int64
    package init(_ rawValue: Int64) { self.rawValue = rawValue }
    package init(rawValue: Int64) { self.rawValue = rawValue }
    package var description: String { String(rawValue) }
}
