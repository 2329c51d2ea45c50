import Domain

/// What the fleet filter reads of a row: its texts folded for searching (`TextFolding`) and its condition.
/// The console derives them once per row it holds; the backend derives them for a row it checks against a
/// subscriber's `FleetScope`.
package struct FleetSearchKeys: Sendable, Equatable {
    package var id: [UInt8]
    package var condition: StationCondition
    package var customer: [UInt8]
    package var site: [UInt8]
    package var street: [UInt8]
    package var postalCode: [UInt8]
    package var city: [UInt8]
    package var vendor: [UInt8]
    package var model: [UInt8]
    package var firmware: [UInt8]

    package init(_ row: FleetRow) {
        id = TextFolding.fold(row.id.rawValue)
        condition = row.condition
        customer = TextFolding.fold(row.customerName)
        site = TextFolding.fold(row.siteName)
        street = TextFolding.fold(row.street)
        postalCode = TextFolding.fold(row.postalCode)
        city = TextFolding.fold(row.city)
        vendor = TextFolding.fold(row.vendor)
        model = TextFolding.fold(row.model)
        firmware = TextFolding.fold(row.firmwareVersion)
    }
}
