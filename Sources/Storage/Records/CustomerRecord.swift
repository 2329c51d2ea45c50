import Domain
import GRDB

/// A row of `customers`: a customer without its contacts (those are `CustomerContactRecord`s).
struct CustomerRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "customers"

    enum Columns: String, ColumnExpression {
        case id, name
        case billingEmail = "billing_email"
        case servicePackage = "service_package"
        case interventionHours = "intervention_hours"
        case includesYearlyMaintenance = "includes_yearly_maintenance"
    }

    var id: CustomerID
    var name: String
    var billingEmail: String
    var servicePackage: ServicePackage

    init(_ customer: Customer) {
        id = customer.id
        name = customer.name
        billingEmail = customer.billingEmail
        servicePackage = customer.servicePackage
    }

    init(row: Row) throws {
        id = CustomerID(try row.decode(String.self, forColumn: Columns.id))
        name = try row.decode(forColumn: Columns.name)
        billingEmail = try row.decode(forColumn: Columns.billingEmail)
        servicePackage = ServicePackage(
            name: try row.decode(forColumn: Columns.servicePackage),
            interventionHours: try row.decode(forColumn: Columns.interventionHours),
            includesYearlyMaintenance: try row.decode(forColumn: Columns.includesYearlyMaintenance))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id.rawValue
        container[Columns.name] = name
        container[Columns.billingEmail] = billingEmail
        container[Columns.servicePackage] = servicePackage.name
        container[Columns.interventionHours] = servicePackage.interventionHours
        container[Columns.includesYearlyMaintenance] = servicePackage.includesYearlyMaintenance
    }

    func customer(contacts: [Contact]) -> Customer {
        Customer(id: id, name: name, contacts: contacts, billingEmail: billingEmail, servicePackage: servicePackage)
    }
}
