import Domain

extension Strings {
    /// English screen text.
    package static let english: Strings = Strings(
        appTitle: "Leitstand",
        roleName: { role in
            switch role {
            case .agent: "agent"
            case .supervisor: "supervisor"
            case .technician: "technician"
            case .customer: "customer"
            }
        },
        connectionLive: "live",
        connectionConnecting: "connecting…",
        connectionLost: "connection lost",
        loggedOut: "not logged in",
        staleSince: { "STALE since \($0)" },
        retryingIn: { "Backend not reachable; showing the last known state. Retrying in \($0) s." },
        resyncing: "Updates were lost; reloading fleet and alarms.",
        severityShort: { severity in
            switch severity {
            case .critical: "crit"
            case .major: "maj"
            case .minor: "min"
            case .warning: "warn"
            }
        },
        severityName: { $0.rawValue },
        loading: "Loading…",
        tooSmall: { columns, rows, minColumns, minRows in
            "The terminal is \(columns)×\(rows); Leitstand needs at least \(minColumns)×\(minRows). Please enlarge it."
        },
        newAlarm: { station, kind in "New alarm: \(kind) at \(station)" },
        fleetTitle: "Fleet",
        alarmsTitle: "Open alarms",
        stationTitle: { "Station \($0)" },
        commandsTitle: { "Remote commands for \($0)" },
        cardTitle: { "Charging card \($0)" },
        sessionTitle: { "Charging session \($0)" },
        helpTitle: "Help: keys and commands",
        loginTitle: "Log in to Leitstand",
        columnStatus: "Status",
        columnStation: "Station",
        columnCustomer: "Customer",
        columnSite: "Site, city",
        columnConnectors: "Conn.",
        columnLastMessage: "Last msg",
        columnFirmware: "Firmware",
        columnAlarms: "Alarms",
        conditionName: { $0.rawValue },
        connectorSymbol: { status in
            switch status {
            case "Available": "A"
            case "Charging": "C"
            case "Faulted": "F"
            case "Unavailable": "U"
            case "Preparing": "P"
            case "SuspendedEV", "SuspendedEVSE": "S"
            case "Finishing": "E"
            case "Reserved": "R"
            default: "?"
            }
        },
        fleetCount: { shown, total in "\(shown) of \(total) stations" },
        sortedBy: { key, reversed in "sorted by \(key)\(reversed ? " (reversed)" : "")" },
        sortKeyName: { key in
            switch key {
            case .condition: "status"
            case .id: "station id"
            case .customer: "customer"
            case .city: "city"
            case .silence: "silence"
            case .alarms: "alarms"
            }
        },
        filterLabel: "Filter",
        noStationMatches: "No station matches the filter.",
        never: "never",
        age: { duration in compactAge(duration, units: ("s", "m", "h", "d")) },
        columnSeverity: "Severity",
        columnAge: "Age",
        columnKind: "Alarm",
        columnConnector: "Conn.",
        columnCount: "Count",
        columnState: "State",
        columnDetails: "Details",
        alarmKindName: { kind in
            switch kind {
            case .stationOffline: "station offline"
            case .connectionFlapping: "connection flapping"
            case .bootLoop: "boot loop"
            case .bootNotificationMissing: "no BootNotification"
            case .connectorFaulted: "connector faulted"
            case .firmwareUpdateFailed: "firmware update failed"
            case .diagnosticsUploadFailed: "diagnostics upload failed"
            case .transactionOpenTooLong: "session open too long"
            }
        },
        alarmStateName: { $0.rawValue },
        noOpenAlarms: "No open alarms.",
        acknowledgePrompt: { "Comment to acknowledge alarm \($0):" },
        acknowledged: { "Alarm \($0) acknowledged." },
        acknowledgedBy: { agent, comment in "acknowledged by \(agent): \(comment)" },
        commentRequired: "An acknowledgement needs a comment.",
        sectionIdentity: "Identity",
        sectionSite: "Site",
        sectionContacts: "Owner and contacts",
        sectionService: "Service package",
        sectionConnectors: "Connectors (live)",
        sectionOpenSessions: "Open sessions",
        sectionFrames: "Last frames",
        sectionStatusHistory: "Status history",
        sectionAlarmHistory: "Alarm history",
        sectionConfiguration: "Configuration (read live)",
        sectionCommandLog: "Command log",
        labelVendor: "Vendor",
        labelModel: "Model",
        labelSerial: "Serial number",
        labelFirmware: "Firmware",
        labelRegistration: "Registration",
        labelConnection: "Connection",
        labelLastMessage: "Last message",
        labelLastBoot: "Last boot",
        labelWarrantyEnd: "Warranty until",
        labelAddress: "Address",
        labelCoordinates: "Coordinates",
        labelAccessNotes: "Access",
        labelOwner: "Owner",
        labelSiteContact: "Site contact",
        labelServicePackage: "Package",
        interventionTime: { "intervention time \($0) h" },
        maintenance: { $0 ? "yearly maintenance included" : "yearly maintenance billed" },
        contactRoleName: { role in
            switch role {
            case .changeAuthority: "change orders"
            case .billing: "billing"
            case .technical: "technical"
            case .siteContact: "site contact"
            }
        },
        registrationName: { $0.rawValue },
        connected: { $0 ? "connected" : "not connected" },
        unknownValue: "–",
        nothingYet: "none",
        frameDirection: { $0 == .fromStation ? "from station" : "to station" },
        rawFramesHint: "r shows the raw frame text",
        configurationHint: "c reads the configuration from the station",
        configurationReading: "Reading the configuration from the station…",
        readOnly: "read-only",
        unknownKeys: "Unknown keys",
        commandLogLine: { agent, reason in "by \(agent): \(reason)" },
        commandReading: "reading",
        commandChanging: "changing: needs a change order confirmed in writing by e-mail",
        payloadPrompt: { "Payload for \($0) (JSON):" },
        reasonPrompt: "Reason (caller, ticket):",
        commandRunning: { "\($0) sent; waiting for the station…" },
        outcome: { outcome in
            switch outcome {
            case nil: "no answer yet"
            case .answered(let response)?: "answered: \(response)"
            case .failed(let code, let description)?: "error \(code): \(description)"
            case .timedOut?: "no answer in time"
            case .disconnected?: "connection closed before the answer"
            case .refused(let reason)?: "not sent: \(reason)"
            }
        },
        labelIdTag: "Id tag",
        labelHolder: "Holder",
        labelCardOwner: "Card owner",
        foreignCard: "foreign card (roaming or unknown)",
        cardBlocked: "blocked",
        cardExpires: "Expires",
        sectionAuthorizations: "Recent authorisations",
        sectionSessions: "Sessions",
        verdictName: { verdict in
            switch verdict {
            case .accepted: "accepted"
            case .blocked: "blocked"
            case .expired: "expired"
            case .invalid: "invalid"
            case .concurrentTx: "already charging"
            }
        },
        billingName: { billing in
            switch billing {
            case .internal?: "internal (100 %)"
            case .externalRoaming?: "external roaming (90 %)"
            case nil: "not billed"
            }
        },
        labelStation: "Station",
        labelConnector: "Connector",
        labelStarted: "Started",
        labelStopped: "Stopped",
        labelStopReason: "Stop reason",
        labelMeterStart: "Meter start",
        labelMeterStop: "Meter stop",
        labelEnergy: "Energy",
        labelBilling: "Billing",
        sessionOpen: "still open",
        sectionMeterValues: "Meter values",
        labelUser: "User",
        labelPassword: "Password",
        loginHint: "Enter: next field / log in · Tab: switch field · Ctrl-C: quit",
        loggingIn: "Logging in…",
        passwordCurrentPrompt: "Current password:",
        passwordNewPrompt: "New password:",
        passwordRepeatPrompt: "New password again:",
        passwordMismatch: "The two new passwords differ; nothing was changed.",
        passwordChanged: "Password changed.",
        accountDisplayNamePrompt: { "Display name for \($0):" },
        accountPasswordPrompt: { "New password for \($0):" },
        accountCreated: { name, role in "Login \(name) created (\(role))." },
        passwordReset: { "New password set for \($0); a lockout is lifted and their sessions have ended." },
        unknownRole: { "Unknown role \"\($0)\"; use agent, supervisor, technician or customer." },
        commandLineHint: "Enter: run · Esc: cancel · ? lists the commands",
        unknownCommand: { "Unknown command \"\($0)\"; ? lists the commands." },
        usage: { "Usage: \($0)" },
        invalidStationID: { "\"\($0)\" is not a station id (letters, digits and -_.:*, up to 48)." },
        invalidSessionID: { "\"\($0)\" is not a session number." },
        unknownLanguage: { "Unknown language \"\($0)\"; use de or en." },
        themeChanged: { "Theme \($0) in use." },
        languageChanged: "Screen text in English.",
        helpSection: { section in
            switch section {
            case .global: "Everywhere"
            case .lists: "Lists and pages"
            case .fleet: "Fleet"
            case .alarms: "Alarms"
            case .station: "Station"
            case .commands: "Remote commands"
            case .textInput: "Typing (filter, prompts, command line)"
            case .commandLine: "Commands after :"
            }
        },
        commandDescription: { name in
            switch name {
            case .station: "open a station"
            case .alarms: "open alarms"
            case .fleet: "the fleet list"
            case .card: "a charging card: holder, owner, authorisations, sessions"
            case .session: "one charging session with its meter values"
            case .theme: "switch colours (dark, light, high-contrast)"
            case .lang: "switch the screen language"
            case .passwd: "change your password"
            case .useradd: "create a login (supervisors)"
            case .userreset: "set a new password for someone and lift a lockout (supervisors)"
            case .quit: "leave Leitstand"
            }
        },
        dangerousMark: "needs change ticket",
        keyHelp: "help",
        keyCommandLine: "command",
        keyBack: "back",
        keyFilter: "filter",
        keyOpen: "open",
        keyMove: "move",
        keyPage: "page",
        keyTopBottom: "first / last",
        keySortCycle: "next sort key",
        keySortBy: { "sort by \(english.sortKeyName($0)) (again: reverse)" },
        keySwitchView: "fleet ↔ alarms",
        keyQuit: "quit",
        keyReload: "reload",
        keyAcknowledge: "acknowledge",
        keyRawFrames: "raw frames",
        keyConfiguration: "read configuration",
        keyCommands: "remote commands",
        keyRunCommand: "run command",
        keyTextInput: "Enter confirms, Esc cancels, Backspace deletes, Ctrl-U clears",
        changeTicketRequired: { command, station in
            "\(command) to \(station) refused: changing commands need a change order confirmed by the customer in writing by e-mail."
        },
        stationOffline: { "\($0) is not connected; remote commands need a live connection." },
        unknownStation: { "No station \($0) is registered." },
        notFound: { "Not found: \($0)" },
        forbidden: { "Your account may not do this: \($0)" },
        invalidRequest: { "The request is not valid: \($0)" },
        stationFailed: { "The station did not carry out the command: \($0)" },
        unreachable: "The backend cannot be reached.",
        wrongCredentials: { remaining in
            remaining.map { "User name or password is wrong (\($0) attempts left before the account locks)." }
                ?? "User name or password is wrong."
        },
        lockedOut: { "The account is locked after too many wrong passwords until \($0); a supervisor can unlock it." },
        sessionExpired: "The session has expired; please log in again.",
        accountRefused: { $0.description },
        themeNotFound: { name, available in
            "There is no theme \"\(name)\"; available: \(available.isEmpty ? "none" : available.joined(separator: ", "))."
        },
        themeInvalidName: { "\"\($0)\" is not a theme name (letters, digits and - only)." },
        themeMalformed: { file, detail in "\(file) is not a valid theme file: \(detail)" },
        themeUnknownRole: { file, role in "\(file) names an unknown role \"\(role)\"." },
        themeMissingRole: { file, role in "\(file) lacks the role \"\(role)\"." },
        themeColorOutOfRange: { file, role, value in "\(file), \(role): colour \(value) is not in 0…255." },
        themeUnknownColor: { file, role, name in
            "\(file), \(role): \"\(name)\" is not one of the eight basic colours (or default)."
        },
        themeUnknownAttribute: { file, role, name in
            "\(file), \(role): unknown attribute \"\(name)\" (bold, underline, reverse)."
        }
    )
}
