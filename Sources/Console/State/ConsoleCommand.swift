import Domain

/// A command typed after `:`.
package enum ConsoleCommand: Sendable, Equatable {
    case station(StationID)
    case alarms
    case fleet
    case card(IdTag)
    case session(TransactionID)
    case theme(String)
    case language(Language)
    case changePassword
    /// A supervisor creates a login; display name and password are asked for next.
    case createAccount(userName: String, role: Role, customerID: CustomerID?)
    /// A supervisor sets a new password for someone (and lifts a lockout); the password is asked for next.
    case resetPassword(userName: String)
    case quit

    /// The command words, as the help lists them.
    package enum Name: String, Sendable, CaseIterable {
        case station, alarms, fleet, card, session, theme, lang, passwd, useradd, userreset, quit

        /// How the command is typed.
        package var syntax: String {
            switch self {
            case .station: ":station ID"
            case .card: ":card TAG"
            case .session: ":session ID"
            case .theme: ":theme NAME"
            case .lang: ":lang de|en"
            case .useradd: ":useradd NAME agent|supervisor|technician|customer [CUSTOMER-ID]"
            case .userreset: ":userreset NAME"
            default: ":\(rawValue)"
            }
        }

        init?(word: String) {
            switch word.lowercased() {
            case "station", "st", "s": self = .station
            case "alarms", "alarm", "alarme", "a": self = .alarms
            case "fleet", "flotte", "f": self = .fleet
            case "card", "karte", "c": self = .card
            case "session", "ladevorgang", "tx": self = .session
            case "theme", "skin": self = .theme
            case "lang", "language", "sprache": self = .lang
            case "passwd", "password", "passwort": self = .passwd
            case "useradd", "benutzeranlegen": self = .useradd
            case "userreset", "benutzerzuruecksetzen": self = .userreset
            case "quit", "q", "exit", "q!": self = .quit
            default: return nil
            }
        }
    }

    /// Why a typed command cannot run.
    package enum ParseError: Error, Sendable, Equatable {
        case unknown(String)
        case missingArgument(Name)
        case invalidStationID(String)
        case invalidSessionID(String)
        case unknownLanguage(String)
        case unknownRole(String)
    }

    /// Reads what the agent typed after `:`.
    package static func parse(_ text: String) -> Result<ConsoleCommand, ParseError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return .failure(.unknown("")) }
        guard let name = Name(word: first) else { return .failure(.unknown(first)) }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case .alarms: return .success(.alarms)
        case .fleet: return .success(.fleet)
        case .passwd: return .success(.changePassword)
        case .quit: return .success(.quit)
        case .station, .card, .session, .theme, .lang, .userreset:
            guard !argument.isEmpty else { return .failure(.missingArgument(name)) }
            return parse(name, argument: argument)
        case .useradd:
            return parseNewAccount(Array(words.dropFirst()))
        }
    }

    /// `NAME ROLE [CUSTOMER-ID]`: the customer is given for a customer login only; the backend checks the rest.
    private static func parseNewAccount(_ words: [String]) -> Result<ConsoleCommand, ParseError> {
        guard words.count == 2 || words.count == 3 else { return .failure(.missingArgument(.useradd)) }
        guard let role = Role(rawValue: words[1].lowercased()) else { return .failure(.unknownRole(words[1])) }
        return .success(
            .createAccount(userName: words[0], role: role, customerID: words.count == 3 ? CustomerID(words[2]) : nil))
    }

    private static func parse(_ name: Name, argument: String) -> Result<ConsoleCommand, ParseError> {
        switch name {
        case .station:
            guard let id = StationID(argument) else { return .failure(.invalidStationID(argument)) }
            return .success(.station(id))
        case .card: return .success(.card(IdTag(argument)))
        case .session:
            guard let number = Int64(argument), number >= 0 else { return .failure(.invalidSessionID(argument)) }
            return .success(.session(TransactionID(number)))
        case .theme: return .success(.theme(argument))
        case .userreset: return .success(.resetPassword(userName: argument))
        case .lang:
            guard let language = Language(code: argument) else { return .failure(.unknownLanguage(argument)) }
            return .success(.language(language))
        case .alarms, .fleet, .passwd, .useradd, .quit: return .failure(.unknown(name.rawValue))
        }
    }
}
