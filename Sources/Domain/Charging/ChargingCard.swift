import Foundation

/// A charging card registered in Leitstand: a known id tag with its holder and owner.
package struct ChargingCard: Sendable, Equatable, Codable {
    package var idTag: IdTag
    package var holder: String
    package var customerID: CustomerID
    package var isBlocked: Bool
    package var expiresAt: Date?

    package init(idTag: IdTag, holder: String, customerID: CustomerID, isBlocked: Bool = false, expiresAt: Date? = nil)
    {
        self.idTag = idTag
        self.holder = holder
        self.customerID = customerID
        self.isBlocked = isBlocked
        self.expiresAt = expiresAt
    }
}
