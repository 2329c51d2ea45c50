/// A place with one or more stations, as a technician must find it.
package struct Site: Sendable, Equatable, Codable {
    package var id: SiteID
    package var customerID: CustomerID
    package var name: String
    package var street: String
    package var postalCode: String
    package var city: String
    package var latitude: Double
    package var longitude: Double
    /// How to get to the stations: gate codes, parking level, key holder.
    package var accessNotes: String
    package var contact: Contact?

    package init(
        id: SiteID, customerID: CustomerID, name: String, street: String, postalCode: String, city: String,
        latitude: Double, longitude: Double, accessNotes: String, contact: Contact?
    ) {
        self.id = id
        self.customerID = customerID
        self.name = name
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
        self.accessNotes = accessNotes
        self.contact = contact
    }
}
