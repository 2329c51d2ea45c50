import Domain
import GRDB

/// A row of `customer_contacts`: one contact of a customer, at its position in the customer's list.
struct CustomerContactRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "customer_contacts"

    enum Columns: String, ColumnExpression {
        case customerID = "customer_id"
        case position, name, email, phone, role
    }

    var customerID: CustomerID
    var position: Int
    var contact: Contact

    init(customerID: CustomerID, position: Int, contact: Contact) {
        self.customerID = customerID
        self.position = position
        self.contact = contact
    }

    init(row: Row) throws {
        customerID = CustomerID(try row.decode(String.self, forColumn: Columns.customerID))
        position = try row.decode(forColumn: Columns.position)
        contact = Contact(
            name: try row.decode(forColumn: Columns.name),
            email: try row.decode(forColumn: Columns.email),
            phone: try row.decode(forColumn: Columns.phone),
            role: try row.value(ContactRole.self, Columns.role, table: Self.databaseTableName))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.customerID] = customerID.rawValue
        container[Columns.position] = position
        container[Columns.name] = contact.name
        container[Columns.email] = contact.email
        container[Columns.phone] = contact.phone
        container[Columns.role] = contact.role.rawValue
    }
}
