import Domain

/// Every sentence and label the console shows, one property each; `.german` and `.english` must give
/// all of them, so a missing translation does not compile.
package struct Strings: Sendable {
    // Header and status
    package var appTitle: String
    package var roleName: @Sendable (Role) -> String
    package var connectionLive: String
    package var connectionConnecting: String
    package var connectionLost: String
    package var loggedOut: String
    package var staleSince: @Sendable (String) -> String
    package var retryingIn: @Sendable (Int) -> String
    package var resyncing: String
    package var severityShort: @Sendable (AlarmSeverity) -> String
    package var severityName: @Sendable (AlarmSeverity) -> String
    package var loading: String
    package var tooSmall: @Sendable (_ columns: Int, _ rows: Int, _ minColumns: Int, _ minRows: Int) -> String
    package var newAlarm: @Sendable (_ station: String, _ kind: String) -> String
    // Titles
    package var fleetTitle: String
    package var alarmsTitle: String
    package var stationTitle: @Sendable (String) -> String
    package var commandsTitle: @Sendable (String) -> String
    package var cardTitle: @Sendable (String) -> String
    package var sessionTitle: @Sendable (String) -> String
    package var helpTitle: String
    package var loginTitle: String
    // Fleet
    package var columnStatus: String
    package var columnStation: String
    package var columnCustomer: String
    package var columnSite: String
    package var columnConnectors: String
    package var columnLastMessage: String
    package var columnFirmware: String
    package var columnAlarms: String
    package var conditionName: @Sendable (StationCondition) -> String
    package var connectorSymbol: @Sendable (String) -> String
    package var fleetCount: @Sendable (_ shown: Int, _ total: Int) -> String
    package var sortedBy: @Sendable (_ key: String, _ reversed: Bool) -> String
    package var sortKeyName: @Sendable (FleetSortKey) -> String
    package var filterLabel: String
    package var noStationMatches: String
    package var never: String
    package var age: @Sendable (Duration) -> String
    // Alarms
    package var columnSeverity: String
    package var columnAge: String
    package var columnKind: String
    package var columnConnector: String
    package var columnCount: String
    package var columnState: String
    package var columnDetails: String
    package var alarmKindName: @Sendable (AlarmKind) -> String
    package var alarmStateName: @Sendable (AlarmState) -> String
    package var noOpenAlarms: String
    package var acknowledgePrompt: @Sendable (String) -> String
    package var acknowledged: @Sendable (String) -> String
    package var acknowledgedBy: @Sendable (_ agent: String, _ comment: String) -> String
    package var commentRequired: String
    // Station
    package var sectionIdentity: String
    package var sectionSite: String
    package var sectionContacts: String
    package var sectionService: String
    package var sectionConnectors: String
    package var sectionOpenSessions: String
    package var sectionFrames: String
    package var sectionStatusHistory: String
    package var sectionAlarmHistory: String
    package var sectionConfiguration: String
    package var sectionCommandLog: String
    package var labelVendor: String
    package var labelModel: String
    package var labelSerial: String
    package var labelFirmware: String
    package var labelRegistration: String
    package var labelConnection: String
    package var labelLastMessage: String
    package var labelLastBoot: String
    package var labelWarrantyEnd: String
    package var labelAddress: String
    package var labelCoordinates: String
    package var labelAccessNotes: String
    package var labelOwner: String
    package var labelSiteContact: String
    package var labelServicePackage: String
    package var interventionTime: @Sendable (Int) -> String
    package var maintenance: @Sendable (Bool) -> String
    package var contactRoleName: @Sendable (ContactRole) -> String
    package var registrationName: @Sendable (RegistrationState) -> String
    package var connected: @Sendable (Bool) -> String
    package var unknownValue: String
    package var nothingYet: String
    package var frameDirection: @Sendable (FrameDirection) -> String
    package var rawFramesHint: String
    package var configurationHint: String
    package var configurationReading: String
    package var readOnly: String
    package var unknownKeys: String
    package var commandLogLine: @Sendable (_ agent: String, _ reason: String) -> String
    // Commands
    package var commandReading: String
    package var commandChanging: String
    package var payloadPrompt: @Sendable (String) -> String
    package var reasonPrompt: String
    package var commandRunning: @Sendable (String) -> String
    package var outcome: @Sendable (CommandOutcome?) -> String
    // Card and session
    package var labelIdTag: String
    package var labelHolder: String
    package var labelCardOwner: String
    package var foreignCard: String
    package var cardBlocked: String
    package var cardExpires: String
    package var sectionAuthorizations: String
    package var sectionSessions: String
    package var verdictName: @Sendable (CardVerdict) -> String
    package var billingName: @Sendable (SessionBilling?) -> String
    package var labelStation: String
    package var labelConnector: String
    package var labelStarted: String
    package var labelStopped: String
    package var labelStopReason: String
    package var labelMeterStart: String
    package var labelMeterStop: String
    package var labelEnergy: String
    package var labelBilling: String
    package var sessionOpen: String
    package var sectionMeterValues: String
    // Login and password
    package var labelUser: String
    package var labelPassword: String
    package var loginHint: String
    package var loggingIn: String
    package var passwordCurrentPrompt: String
    package var passwordNewPrompt: String
    package var passwordRepeatPrompt: String
    package var passwordMismatch: String
    package var passwordChanged: String
    package var accountDisplayNamePrompt: @Sendable (String) -> String
    package var accountPasswordPrompt: @Sendable (String) -> String
    /// A login was created: its name and role.
    package var accountCreated: @Sendable (String, String) -> String
    package var passwordReset: @Sendable (String) -> String
    package var unknownRole: @Sendable (String) -> String
    // Command line and help
    package var commandLineHint: String
    package var unknownCommand: @Sendable (String) -> String
    package var usage: @Sendable (String) -> String
    package var invalidStationID: @Sendable (String) -> String
    package var invalidSessionID: @Sendable (String) -> String
    package var unknownLanguage: @Sendable (String) -> String
    package var themeChanged: @Sendable (String) -> String
    package var languageChanged: String
    package var helpSection: @Sendable (HelpSection) -> String
    package var commandDescription: @Sendable (ConsoleCommand.Name) -> String
    package var dangerousMark: String
    // Key titles
    package var keyHelp: String
    package var keyCommandLine: String
    package var keyBack: String
    package var keyFilter: String
    package var keyOpen: String
    package var keyMove: String
    package var keyPage: String
    package var keyTopBottom: String
    package var keySortCycle: String
    package var keySortBy: @Sendable (FleetSortKey) -> String
    package var keySwitchView: String
    package var keyQuit: String
    package var keyReload: String
    package var keyAcknowledge: String
    package var keyRawFrames: String
    package var keyConfiguration: String
    package var keyCommands: String
    package var keyRunCommand: String
    package var keyTextInput: String
    // Errors
    package var changeTicketRequired: @Sendable (_ command: String, _ station: String) -> String
    package var stationOffline: @Sendable (String) -> String
    package var unknownStation: @Sendable (String) -> String
    package var notFound: @Sendable (String) -> String
    package var forbidden: @Sendable (String) -> String
    package var invalidRequest: @Sendable (String) -> String
    package var stationFailed: @Sendable (String) -> String
    package var unreachable: String
    package var wrongCredentials: @Sendable (Int?) -> String
    package var lockedOut: @Sendable (String) -> String
    package var sessionExpired: String
    package var accountRefused: @Sendable (AccountRefusal) -> String
    package var themeNotFound: @Sendable (_ name: String, _ available: [String]) -> String
    package var themeInvalidName: @Sendable (String) -> String
    package var themeMalformed: @Sendable (_ file: String, _ detail: String) -> String
    package var themeUnknownRole: @Sendable (_ file: String, _ role: String) -> String
    package var themeMissingRole: @Sendable (_ file: String, _ role: String) -> String
    package var themeColorOutOfRange: @Sendable (_ file: String, _ role: String, _ value: Int) -> String
    package var themeUnknownColor: @Sendable (_ file: String, _ role: String, _ name: String) -> String
    package var themeUnknownAttribute: @Sendable (_ file: String, _ role: String, _ name: String) -> String
}
