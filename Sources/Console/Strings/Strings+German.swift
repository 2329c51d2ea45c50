import Domain

extension Strings {
    /// Deutscher Bildschirmtext, in den Worten der Hotline (siehe GLOSSARY).
    package static let german: Strings = Strings(
        appTitle: "Leitstand",
        roleName: { role in
            switch role {
            case .agent: "Agent"
            case .supervisor: "Supervisor"
            case .technician: "Techniker"
            case .customer: "Kunde"
            }
        },
        connectionLive: "live",
        connectionConnecting: "verbinde…",
        connectionLost: "Verbindung verloren",
        loggedOut: "nicht angemeldet",
        staleSince: { "VERALTET seit \($0)" },
        retryingIn: { "Backend nicht erreichbar; letzter bekannter Stand. Neuer Versuch in \($0) s." },
        resyncing: "Aktualisierungen gingen verloren; Flotte und Alarme werden neu geladen.",
        severityShort: { severity in
            switch severity {
            case .critical: "krit"
            case .major: "hoch"
            case .minor: "mittel"
            case .warning: "warn"
            }
        },
        severityName: { severity in
            switch severity {
            case .critical: "kritisch"
            case .major: "hoch"
            case .minor: "mittel"
            case .warning: "Warnung"
            }
        },
        loading: "Lädt…",
        tooSmall: { columns, rows, minColumns, minRows in
            "Das Terminal hat \(columns)×\(rows); Leitstand braucht mindestens \(minColumns)×\(minRows). Bitte vergrößern."
        },
        newAlarm: { station, kind in "Neuer Alarm: \(kind) an \(station)" },
        fleetTitle: "Flotte",
        alarmsTitle: "Offene Alarme",
        stationTitle: { "Ladestation \($0)" },
        commandsTitle: { "Remote-Befehle für \($0)" },
        cardTitle: { "Ladekarte \($0)" },
        sessionTitle: { "Ladevorgang \($0)" },
        helpTitle: "Hilfe: Tasten und Befehle",
        loginTitle: "Anmeldung am Leitstand",
        columnStatus: "Zustand",
        columnStation: "Station",
        columnCustomer: "Kunde",
        columnSite: "Standort, Ort",
        columnConnectors: "Anschl.",
        columnLastMessage: "Letzte M.",
        columnFirmware: "Firmware",
        columnAlarms: "Alarme",
        conditionName: { $0.germanName },
        connectorSymbol: { status in
            switch status {
            case "Available": "F"
            case "Charging": "L"
            case "Faulted": "S"
            case "Unavailable": "N"
            case "Preparing": "V"
            case "SuspendedEV", "SuspendedEVSE": "P"
            case "Finishing": "B"
            case "Reserved": "R"
            default: "?"
            }
        },
        fleetCount: { shown, total in "\(shown) von \(total) Stationen" },
        sortedBy: { key, reversed in "sortiert nach \(key)\(reversed ? " (umgekehrt)" : "")" },
        sortKeyName: { key in
            switch key {
            case .condition: "Zustand"
            case .id: "Stations-ID"
            case .customer: "Kunde"
            case .city: "Ort"
            case .silence: "Funkstille"
            case .alarms: "Alarmen"
            }
        },
        filterLabel: "Filter",
        noStationMatches: "Keine Station passt zum Filter.",
        never: "nie",
        age: { duration in compactAge(duration, units: ("s", "min", "h", "T")) },
        columnSeverity: "Schwere",
        columnAge: "Alter",
        columnKind: "Alarm",
        columnConnector: "Anschl.",
        columnCount: "Anzahl",
        columnState: "Stand",
        columnDetails: "Details",
        alarmKindName: { kind in
            switch kind {
            case .stationOffline: "Station offline"
            case .connectionFlapping: "Verbindung instabil"
            case .bootLoop: "Boot-Schleife"
            case .bootNotificationMissing: "keine BootNotification"
            case .connectorFaulted: "Anschluss gestört"
            case .firmwareUpdateFailed: "Firmware-Update fehlgeschlagen"
            case .diagnosticsUploadFailed: "Diagnose-Upload fehlgeschlagen"
            case .transactionOpenTooLong: "Ladevorgang zu lange offen"
            }
        },
        alarmStateName: { state in
            switch state {
            case .raised: "offen"
            case .acknowledged: "quittiert"
            case .cleared: "behoben"
            case .closed: "geschlossen"
            }
        },
        noOpenAlarms: "Keine offenen Alarme.",
        acknowledgePrompt: { "Kommentar zum Quittieren von Alarm \($0):" },
        acknowledged: { "Alarm \($0) quittiert." },
        acknowledgedBy: { agent, comment in "quittiert von \(agent): \(comment)" },
        commentRequired: "Zum Quittieren gehört ein Kommentar.",
        sectionIdentity: "Kennung",
        sectionSite: "Standort",
        sectionContacts: "Kunde und Kontakte",
        sectionService: "Servicepaket",
        sectionConnectors: "Anschlüsse (live)",
        sectionOpenSessions: "Laufende Ladevorgänge",
        sectionFrames: "Letzte Nachrichten",
        sectionStatusHistory: "Statusverlauf",
        sectionAlarmHistory: "Alarmverlauf",
        sectionConfiguration: "Konfiguration (live gelesen)",
        sectionCommandLog: "Befehlsprotokoll",
        labelVendor: "Hersteller",
        labelModel: "Modell",
        labelSerial: "Seriennummer",
        labelFirmware: "Firmware",
        labelRegistration: "Registrierung",
        labelConnection: "Verbindung",
        labelLastMessage: "Letzte Meldung",
        labelLastBoot: "Letzter Start",
        labelWarrantyEnd: "Gewährleistung bis",
        labelAddress: "Adresse",
        labelCoordinates: "Koordinaten",
        labelAccessNotes: "Zugang",
        labelOwner: "Kunde",
        labelSiteContact: "Ansprechpartner vor Ort",
        labelServicePackage: "Paket",
        interventionTime: { "Interventionszeit \($0) h" },
        maintenance: { $0 ? "jährliche Wartung inklusive" : "jährliche Wartung wird berechnet" },
        contactRoleName: { role in
            switch role {
            case .changeAuthority: "Änderungsaufträge"
            case .billing: "Abrechnung"
            case .technical: "Technik"
            case .siteContact: "vor Ort"
            }
        },
        registrationName: { state in
            switch state {
            case .accepted: "angenommen"
            case .pending: "unbestätigt"
            case .rejected: "abgelehnt"
            }
        },
        connected: { $0 ? "verbunden" : "nicht verbunden" },
        unknownValue: "–",
        nothingYet: "keine",
        frameDirection: { $0 == .fromStation ? "von Station" : "an Station" },
        rawFramesHint: "r zeigt den Rohtext der Nachrichten",
        configurationHint: "c liest die Konfiguration von der Station",
        configurationReading: "Konfiguration wird von der Station gelesen…",
        readOnly: "nur lesbar",
        unknownKeys: "Unbekannte Schlüssel",
        commandLogLine: { agent, reason in "von \(agent): \(reason)" },
        commandReading: "lesend",
        commandChanging: "ändernd: braucht einen schriftlich per E-Mail bestätigten Änderungsauftrag",
        payloadPrompt: { "Nutzdaten für \($0) (JSON):" },
        reasonPrompt: "Grund (Anrufer, Ticket):",
        commandRunning: { "\($0) gesendet; warte auf die Station…" },
        outcome: { outcome in
            switch outcome {
            case nil: "noch keine Antwort"
            case .answered(let response)?: "Antwort: \(response)"
            case .failed(let code, let description)?: "Fehler \(code): \(description)"
            case .timedOut?: "keine Antwort in der Zeit"
            case .disconnected?: "Verbindung vor der Antwort getrennt"
            case .refused(let reason)?: "nicht gesendet: \(reason)"
            }
        },
        labelIdTag: "Kennung (idTag)",
        labelHolder: "Inhaber",
        labelCardOwner: "Kartenkunde",
        foreignCard: "Fremdkarte (Roaming oder unbekannt)",
        cardBlocked: "gesperrt",
        cardExpires: "Gültig bis",
        sectionAuthorizations: "Letzte Autorisierungen",
        sectionSessions: "Ladevorgänge",
        verdictName: { verdict in
            switch verdict {
            case .accepted: "angenommen"
            case .blocked: "gesperrt"
            case .expired: "abgelaufen"
            case .invalid: "ungültig"
            case .concurrentTx: "lädt bereits"
            }
        },
        billingName: { billing in
            switch billing {
            case .internal?: "intern (100 %)"
            case .externalRoaming?: "externes Roaming (90 %)"
            case nil: "nicht abgerechnet"
            }
        },
        labelStation: "Station",
        labelConnector: "Anschluss",
        labelStarted: "Beginn",
        labelStopped: "Ende",
        labelStopReason: "Grund des Endes",
        labelMeterStart: "Zähler Beginn",
        labelMeterStop: "Zähler Ende",
        labelEnergy: "Energie",
        labelBilling: "Abrechnung",
        sessionOpen: "läuft noch",
        sectionMeterValues: "Zählerwerte",
        labelUser: "Benutzer",
        labelPassword: "Passwort",
        loginHint: "Enter: nächstes Feld / anmelden · Tab: Feld wechseln · Strg-C: beenden",
        loggingIn: "Anmeldung läuft…",
        passwordCurrentPrompt: "Bisheriges Passwort:",
        passwordNewPrompt: "Neues Passwort:",
        passwordRepeatPrompt: "Neues Passwort wiederholen:",
        passwordMismatch: "Die beiden neuen Passwörter unterscheiden sich; nichts geändert.",
        passwordChanged: "Passwort geändert.",
        accountDisplayNamePrompt: { "Anzeigename für \($0):" },
        accountPasswordPrompt: { "Neues Passwort für \($0):" },
        accountCreated: { name, role in "Zugang \(name) angelegt (\(role))." },
        passwordReset: {
            "Neues Passwort für \($0) gesetzt; eine Sperre ist aufgehoben, seine Sitzungen sind beendet."
        },
        unknownRole: { "Unbekannte Rolle „\($0)“; agent, supervisor, technician oder customer." },
        commandLineHint: "Enter: ausführen · Esc: abbrechen · ? listet die Befehle",
        unknownCommand: { "Unbekannter Befehl „\($0)“; ? listet die Befehle." },
        usage: { "Aufruf: \($0)" },
        invalidStationID: { "„\($0)“ ist keine Stations-ID (Buchstaben, Ziffern und -_.:*, bis 48 Zeichen)." },
        invalidSessionID: { "„\($0)“ ist keine Nummer eines Ladevorgangs." },
        unknownLanguage: { "Unbekannte Sprache „\($0)“; de oder en." },
        themeChanged: { "Farbschema \($0) aktiv." },
        languageChanged: "Bildschirmtext auf Deutsch.",
        helpSection: { section in
            switch section {
            case .global: "Überall"
            case .lists: "Listen und Seiten"
            case .fleet: "Flotte"
            case .alarms: "Alarme"
            case .station: "Ladestation"
            case .commands: "Remote-Befehle"
            case .textInput: "Eingabe (Filter, Abfragen, Befehlszeile)"
            case .commandLine: "Befehle nach :"
            }
        },
        commandDescription: { name in
            switch name {
            case .station: "Ladestation öffnen"
            case .alarms: "offene Alarme"
            case .fleet: "Flottenliste"
            case .card: "Ladekarte: Inhaber, Kunde, Autorisierungen, Ladevorgänge"
            case .session: "ein Ladevorgang mit seinen Zählerwerten"
            case .theme: "Farbschema wechseln (dark, light, high-contrast)"
            case .lang: "Sprache wechseln"
            case .passwd: "eigenes Passwort ändern"
            case .useradd: "einen Zugang anlegen (Supervisor)"
            case .userreset: "Passwort für jemanden neu setzen und eine Sperre aufheben (Supervisor)"
            case .quit: "Leitstand verlassen"
            }
        },
        dangerousMark: "braucht Änderungsticket",
        keyHelp: "Hilfe",
        keyCommandLine: "Befehl",
        keyBack: "zurück",
        keyFilter: "filtern",
        keyOpen: "öffnen",
        keyMove: "bewegen",
        keyPage: "blättern",
        keyTopBottom: "Anfang / Ende",
        keySortCycle: "nächste Sortierung",
        keySortBy: { "sortieren nach \(german.sortKeyName($0)) (nochmal: umkehren)" },
        keySwitchView: "Flotte ↔ Alarme",
        keyQuit: "beenden",
        keyReload: "neu laden",
        keyAcknowledge: "quittieren",
        keyRawFrames: "Rohtext",
        keyConfiguration: "Konfiguration lesen",
        keyCommands: "Remote-Befehle",
        keyRunCommand: "Befehl ausführen",
        keyTextInput: "Enter bestätigt, Esc bricht ab, Rücktaste löscht, Strg-U leert",
        changeTicketRequired: { command, station in
            "\(command) an \(station) abgelehnt: ändernde Befehle brauchen einen vom Kunden schriftlich per E-Mail bestätigten Änderungsauftrag."
        },
        stationOffline: { "\($0) ist nicht verbunden; Remote-Befehle brauchen eine Verbindung." },
        unknownStation: { "Keine Station \($0) registriert." },
        notFound: { "Nicht gefunden: \($0)" },
        forbidden: { "Ihr Konto darf das nicht: \($0)" },
        invalidRequest: { "Die Anfrage ist ungültig: \($0)" },
        stationFailed: { "Die Station hat den Befehl nicht ausgeführt: \($0)" },
        unreachable: "Das Backend ist nicht erreichbar.",
        wrongCredentials: { remaining in
            remaining.map { "Benutzer oder Passwort falsch (noch \($0) Versuche bis zur Sperre)." }
                ?? "Benutzer oder Passwort falsch."
        },
        lockedOut: {
            "Das Konto ist nach zu vielen falschen Passwörtern gesperrt bis \($0); ein Supervisor kann es entsperren."
        },
        sessionExpired: "Die Sitzung ist abgelaufen; bitte neu anmelden.",
        accountRefused: { refusal in
            switch refusal {
            case .userNameLength(let count):
                "Ein Benutzername braucht \(AccountName.allowedLength.lowerBound) bis "
                    + "\(AccountName.allowedLength.upperBound) Zeichen; dieser hat \(count)."
            case .userNameCharacter(let character):
                "Ein Benutzername darf nur Kleinbuchstaben a–z, Ziffern und . - _ @ enthalten; "
                    + "\(AccountRefusal.shown(character)) ist nicht erlaubt."
            case .displayNameInvalid:
                "Ein Anzeigename braucht 1 bis \(AccountDraft.maximumDisplayNameLength) Zeichen und keine Steuerzeichen."
            case .passwordTooShort: "Ein Passwort braucht mindestens \(PasswordRule.minimumLength) Zeichen."
            case .passwordIsUserName: "Das Passwort darf nicht der Benutzername sein."
            case .passwordUnchanged: "Das neue Passwort muss sich vom bisherigen unterscheiden."
            case .currentPasswordWrong: "Das bisherige Passwort ist falsch."
            case .customerMissing: "Ein Portalzugang braucht den Kunden (Stationsbesitzer), zu dem er gehört."
            case .customerForStaff(let role):
                "Ein Login mit der Rolle \(Strings.german.roleName(role)) gehört zum Personal des Betreibers, "
                    + "nicht zu einem Kunden; bitte den Kunden weglassen."
            case .userNameTaken(let name): "Es gibt schon ein Login namens \(name)."
            case .unknownCustomer(let id): "Es gibt keinen Kunden \(id) im Leitstand."
            }
        },
        themeNotFound: { name, available in
            "Es gibt kein Farbschema „\(name)“; vorhanden: \(available.isEmpty ? "keins" : available.joined(separator: ", "))."
        },
        themeInvalidName: { "„\($0)“ ist kein Name eines Farbschemas (nur Buchstaben, Ziffern und -)." },
        themeMalformed: { file, detail in "\(file) ist keine gültige Farbschema-Datei: \(detail)" },
        themeUnknownRole: { file, role in "\(file) nennt eine unbekannte Rolle „\(role)“." },
        themeMissingRole: { file, role in "\(file) fehlt die Rolle „\(role)“." },
        themeColorOutOfRange: { file, role, value in "\(file), \(role): Farbe \(value) liegt nicht in 0…255." },
        themeUnknownColor: { file, role, name in
            "\(file), \(role): „\(name)“ ist keine der acht Grundfarben (oder default)."
        },
        themeUnknownAttribute: { file, role, name in
            "\(file), \(role): unbekanntes Attribut „\(name)“ (bold, underline, reverse)."
        }
    )
}
