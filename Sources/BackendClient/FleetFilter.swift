import Domain

/// The fleet list's `/` filter: every word must match. A plain word matches id, customer, site, street,
/// postal code, city, vendor, model, firmware or status; `field:value` matches one field (`city:Stuttgart`,
/// `status:faulted`, `vendor:…`, `customer:…`; German names such as `ort:` and `kunde:` work too).
/// Quotes keep spaces: `city:"Bad Cannstatt"`.
package struct FleetFilter: Sendable, Equatable {
    /// The text as typed.
    package private(set) var text: String
    private var terms: [Term]

    package init(_ text: String = "") {
        self.text = text
        terms = Self.words(in: text).compactMap(Term.init)
    }

    package var isEmpty: Bool { terms.isEmpty }

    /// Whether a row with these keys passes: it matches every word.
    package func matches(_ keys: FleetSearchKeys) -> Bool {
        terms.allSatisfy { $0.matches(keys) }
    }

    /// Words separated by spaces or commas; a double-quoted part keeps its spaces.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var isQuoted = false
        for character in text {
            if character == "\"" {
                isQuoted.toggle()
            } else if !isQuoted, character == " " || character == "," {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private enum Field: Sendable, Equatable {
        case id, customer, site, street, postalCode, city, vendor, model, firmware, status

        init?(name: String) {
            switch name.lowercased() {
            case "id", "station": self = .id
            case "customer", "kunde", "owner": self = .customer
            case "site", "standort": self = .site
            case "street", "strasse", "straße": self = .street
            case "zip", "plz": self = .postalCode
            case "city", "ort", "stadt": self = .city
            case "vendor", "hersteller": self = .vendor
            case "model", "modell": self = .model
            case "firmware", "fw": self = .firmware
            case "status", "zustand": self = .status
            default: return nil
            }
        }
    }

    private struct Term: Sendable, Equatable {
        var field: Field?
        var needle: [UInt8]

        init?(_ word: String) {
            if let colon = word.firstIndex(of: ":"), let field = Field(name: String(word[..<colon])) {
                self.field = field
                needle = TextFolding.fold(String(word[word.index(after: colon)...]))
            } else {
                field = nil
                needle = TextFolding.fold(word)
            }
            if needle.isEmpty { return nil }
        }

        func matches(_ keys: FleetSearchKeys) -> Bool {
            switch field {
            case .id: TextFolding.contains(keys.id, needle)
            case .customer: TextFolding.contains(keys.customer, needle)
            case .site: TextFolding.contains(keys.site, needle)
            case .street: TextFolding.contains(keys.street, needle)
            case .postalCode: TextFolding.contains(keys.postalCode, needle)
            case .city: TextFolding.contains(keys.city, needle)
            case .vendor: TextFolding.contains(keys.vendor, needle)
            case .model: TextFolding.contains(keys.model, needle)
            case .firmware: TextFolding.contains(keys.firmware, needle)
            case .status: Self.statusMatches(keys.condition, needle)
            case nil:
                TextFolding.contains(keys.id, needle) || TextFolding.contains(keys.customer, needle)
                    || TextFolding.contains(keys.site, needle) || TextFolding.contains(keys.street, needle)
                    || TextFolding.contains(keys.postalCode, needle) || TextFolding.contains(keys.city, needle)
                    || TextFolding.contains(keys.vendor, needle) || TextFolding.contains(keys.model, needle)
                    || TextFolding.contains(keys.firmware, needle) || Self.statusMatches(keys.condition, needle)
            }
        }

        /// A status word matches the start of the condition's name in either language.
        private static func statusMatches(_ condition: StationCondition, _ needle: [UInt8]) -> Bool {
            statusNames[condition, default: []].contains { $0.starts(with: needle) }
        }

        private static let statusNames: [StationCondition: [[UInt8]]] = Dictionary(
            uniqueKeysWithValues: StationCondition.allCases.map { condition in
                (
                    condition,
                    [condition.rawValue, condition.germanName].map(TextFolding.fold)
                )
            })
    }
}
