/// A simulated charge point's OCPP identity (`chargePointId`), the last segment of its connection URL.
package struct ChargePointID: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let rawValue: String

    package init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id of fleet member `index` (counted from 1): the prefix and the index padded to `digits` digits.
    ///
    /// `ChargePointID(prefix: "SIM-", index: 1)` is `SIM-00001`.
    package init(prefix: String, index: Int, digits: Int = 5) {
        let number = String(index)
        rawValue = prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
    }

    package var description: String { rawValue }

    package static func < (lhs: ChargePointID, rhs: ChargePointID) -> Bool { lhs.rawValue < rhs.rawValue }
}
