/// What a simulated charge point says about itself in its BootNotification.
package struct ChargePointIdentity: Sendable, Equatable {
    package var vendor: String
    package var model: String
    package var serialNumber: String
    package var firmwareVersion: String
    package var meterType: String

    /// The models a simulated fleet is made of: vendor, model, firmware, meter. Fictitious names.
    package static let catalogue: [(vendor: String, model: String, firmware: String, meter: String)] = [
        ("Voltaro", "VX-22 AC", "3.4.1", "EMH eHZ"),
        ("Voltaro", "VX-11 Wallbox", "3.2.7", "EMH eHZ"),
        ("Nordstrom Lade", "NL-DC50", "1.18.0", "Iskra WS"),
        ("Ampera Systems", "AMP-HPC150", "5.0.2", "LEM DCBM"),
        ("Kabelwerk", "KW-Duo 22", "2.9.3", "Eastron SDM630"),
    ]

    /// A plausible identity for charge point `id`, picked from the catalogue by `random`.
    package static func random(for id: ChargePointID, using random: inout SeededGenerator) -> ChargePointIdentity {
        let entry = catalogue[Int.random(in: 0..<catalogue.count, using: &random)]
        let serial = String(UInt32.random(in: 10_000_000...99_999_999, using: &random))
        return ChargePointIdentity(
            vendor: entry.vendor,
            model: entry.model,
            serialNumber: "\(id.rawValue)-\(serial)",
            firmwareVersion: entry.firmware,
            meterType: entry.meter
        )
    }
}
