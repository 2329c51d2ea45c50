import Domain
import GRDB

/// A row of `sites`, with the site contact inline (all its columns null when the site has none).
struct SiteRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "sites"

    enum Columns: String, ColumnExpression {
        case id
        case customerID = "customer_id"
        case name, street
        case postalCode = "postal_code"
        case city, latitude, longitude
        case accessNotes = "access_notes"
        case contactName = "contact_name"
        case contactEmail = "contact_email"
        case contactPhone = "contact_phone"
        case contactRole = "contact_role"
    }

    var site: Site

    init(_ site: Site) { self.site = site }

    init(row: Row) throws {
        var contact: Contact?
        if let name = try row.decode(String?.self, forColumn: Columns.contactName) {
            contact = Contact(
                name: name,
                email: try row.decode(forColumn: Columns.contactEmail),
                phone: try row.decode(forColumn: Columns.contactPhone),
                role: try row.value(ContactRole.self, Columns.contactRole, table: Self.databaseTableName))
        }
        site = Site(
            id: SiteID(try row.decode(String.self, forColumn: Columns.id)),
            customerID: CustomerID(try row.decode(String.self, forColumn: Columns.customerID)),
            name: try row.decode(forColumn: Columns.name),
            street: try row.decode(forColumn: Columns.street),
            postalCode: try row.decode(forColumn: Columns.postalCode),
            city: try row.decode(forColumn: Columns.city),
            latitude: try row.decode(forColumn: Columns.latitude),
            longitude: try row.decode(forColumn: Columns.longitude),
            accessNotes: try row.decode(forColumn: Columns.accessNotes),
            contact: contact)
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = site.id.rawValue
        container[Columns.customerID] = site.customerID.rawValue
        container[Columns.name] = site.name
        container[Columns.street] = site.street
        container[Columns.postalCode] = site.postalCode
        container[Columns.city] = site.city
        container[Columns.latitude] = site.latitude
        container[Columns.longitude] = site.longitude
        container[Columns.accessNotes] = site.accessNotes
        container[Columns.contactName] = site.contact?.name
        container[Columns.contactEmail] = site.contact?.email
        container[Columns.contactPhone] = site.contact?.phone
        container[Columns.contactRole] = site.contact?.role.rawValue
    }
}
