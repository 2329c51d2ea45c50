/// The language of the screen text.
package enum Language: String, Sendable, CaseIterable {
    case german = "de"
    case english = "en"

    /// German when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) starts with `de`, else English.
    package init(environment: [String: String]) {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = setting?.lowercased().hasPrefix("de") == true ? .german : .english
    }

    /// `de` or `en` as typed after `:lang`.
    package init?(code: String) {
        switch code.lowercased() {
        case "de", "deutsch", "german": self = .german
        case "en", "english", "englisch": self = .english
        default: return nil
        }
    }

    package var strings: Strings {
        switch self {
        case .german: .german
        case .english: .english
        }
    }
}
