import BackendClient
import Domain
import Foundation

extension Strings {
    /// The backend's refusal or failure as a sentence in this language; text the backend quotes is made safe.
    package func sentence(for error: BackendClientError, timeZone: TimeZone = .current) -> String {
        switch error {
        case .refused(let refusal): sentence(for: refusal)
        case .stationNotFound(let id): unknownStation(id.rawValue)
        case .notFound(let what): notFound(Self.safe(what))
        case .loginRefused(let refusal): sentence(for: refusal, timeZone: timeZone)
        case .forbidden(let what): forbidden(Self.safe(what))
        case .accountRefused(let refusal): accountRefused(Self.safe(refusal))
        case .invalidRequest(let detail): invalidRequest(Self.safe(detail))
        case .stationFailed(let detail): stationFailed(Self.safe(detail))
        case .unreachable: unreachable
        }
    }

    package func sentence(for refusal: CommandRefusal) -> String {
        switch refusal {
        case .changeTicketRequired(let command, let station): changeTicketRequired(command.rawValue, station.rawValue)
        case .stationOffline(let station): stationOffline(station.rawValue)
        case .unknownStation(let station): unknownStation(station.rawValue)
        }
    }

    package func sentence(for refusal: LoginRefusal, timeZone: TimeZone = .current) -> String {
        switch refusal {
        case .wrongCredentials(let remaining): wrongCredentials(remaining)
        case .lockedOut(let until): lockedOut(TimeText.dateTime(until, timeZone: timeZone))
        case .sessionExpired: sessionExpired
        }
    }

    package func sentence(for error: ThemeError) -> String {
        switch error {
        case .notFound(let name, let available): themeNotFound(Self.safe(name), available.map(Self.safe))
        case .invalidName(let name): themeInvalidName(Self.safe(name))
        case .malformed(let file, let detail): themeMalformed(file, Self.safe(detail))
        case .unknownRole(let file, let role): themeUnknownRole(file, Self.safe(role))
        case .missingRole(let file, let role): themeMissingRole(file, role)
        case .colorOutOfRange(let file, let role, let value): themeColorOutOfRange(file, role, value)
        case .unknownColorName(let file, let role, let name): themeUnknownColor(file, role, Self.safe(name))
        case .unknownAttribute(let file, let role, let name): themeUnknownAttribute(file, role, Self.safe(name))
        }
    }

    package func sentence(for error: ConsoleCommand.ParseError) -> String {
        switch error {
        case .unknown(let word): unknownCommand(Self.safe(word))
        case .missingArgument(let name): usage(name.syntax)
        case .invalidStationID(let text): invalidStationID(Self.safe(text))
        case .invalidSessionID(let text): invalidSessionID(Self.safe(text))
        case .unknownLanguage(let text): unknownLanguage(Self.safe(text))
        case .unknownRole(let text): unknownRole(Self.safe(text))
        }
    }

    private static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text, limit: 200) }

    /// The refusal with its one free text from the wire, a customer id, made safe; the rest is checked or numeric.
    private static func safe(_ refusal: AccountRefusal) -> AccountRefusal {
        guard case .unknownCustomer(let id) = refusal else { return refusal }
        return .unknownCustomer(CustomerID(safe(id.rawValue)))
    }
}
