import Foundation

/// A station owner: the operator's customer.
package struct Customer: Sendable, Equatable, Codable {
    package var id: CustomerID
    package var name: String
    package var contacts: [Contact]
    /// Where month-end documents go.
    package var billingEmail: String
    package var servicePackage: ServicePackage

    package init(
        id: CustomerID, name: String, contacts: [Contact], billingEmail: String, servicePackage: ServicePackage
    ) {
        self.id = id
        self.name = name
        self.contacts = contacts
        self.billingEmail = billingEmail
        self.servicePackage = servicePackage
    }
}

/// A person to reach at a customer or a site.
package struct Contact: Sendable, Equatable, Codable {
    package var name: String
    package var email: String
    package var phone: String?
    package var role: ContactRole

    package init(name: String, email: String, phone: String? = nil, role: ContactRole) {
        self.name = name
        self.email = email
        self.phone = phone
        self.role = role
    }
}

/// What a contact is for.
package enum ContactRole: String, Sendable, Codable, CaseIterable {
    /// May place written change orders.
    case changeAuthority = "change-authority"
    case billing
    case technical
    case siteContact = "site-contact"
}

/// What a customer bought: how fast a technician must be on site, and whether yearly maintenance is included.
package struct ServicePackage: Sendable, Equatable, Codable {
    package var name: String
    /// Hours from a fault being reported to a technician on site.
    package var interventionHours: Int
    package var includesYearlyMaintenance: Bool

    package init(name: String, interventionHours: Int, includesYearlyMaintenance: Bool) {
        self.name = name
        self.interventionHours = interventionHours
        self.includesYearlyMaintenance = includesYearlyMaintenance
    }
}
