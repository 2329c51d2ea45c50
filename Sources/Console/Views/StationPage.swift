import BackendClient
import Domain
import Foundation

/// The station page: what the station is doing now (condition, live connectors, open sessions) first, then its
/// identity, site, owner and contacts, service package, the configuration read live, and the history sections
/// (`StationPage+History`).
enum StationPage {
    static func lines(_ state: ConsoleState) -> [PageLine] {
        if let placeholder = PageBuilder.placeholder(state.model.station, state: state) { return placeholder }
        guard let detail = state.model.station.value else { return [] }
        var lines: [PageLine] = [headline(detail, state: state)]
        lines += connectors(detail, state: state)
        lines += sessions(detail, state: state)
        lines += identity(detail, state: state)
        lines += site(detail, state: state)
        lines += contacts(detail, state: state)
        lines += configuration(state)
        lines += frames(detail, state: state)
        lines += statusHistory(detail, state: state)
        lines += alarmHistory(detail, state: state)
        lines += commandLog(detail, state: state)
        return lines
    }

    static func time(_ date: Date?, _ state: ConsoleState) -> String {
        date.map { TimeText.dateTime($0, timeZone: state.timeZone) } ?? state.strings.unknownValue
    }

    /// The station's condition in one word, and whether it is connected.
    private static func headline(_ detail: StationDetail, state: ConsoleState) -> PageLine {
        let row = detail.row
        return PageLine([
            PageLine.Span(text: " ", role: .text),
            PageLine.Span(text: state.strings.conditionName(row.condition), role: .condition(row.condition)),
            PageLine.Span(text: "  " + state.strings.connected(row.isConnected), role: .textDim),
        ])
    }

    private static func identity(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        let row = detail.row
        let identity = detail.station.identity
        let age = row.lastMessageAt.map { " (" + strings.age(.seconds(state.now.timeIntervalSince($0))) + ")" } ?? ""
        return [
            .heading(strings.sectionIdentity),
            .field(strings.labelVendor, identity?.vendor ?? row.vendor),
            .field(strings.labelModel, identity?.model ?? row.model),
            .field(strings.labelSerial, identity?.serialNumber ?? strings.unknownValue),
            .field(strings.labelFirmware, identity?.firmwareVersion ?? row.firmwareVersion),
            .field(strings.labelRegistration, strings.registrationName(detail.station.registration)),
            .field(strings.labelConnection, strings.connected(row.isConnected)),
            .field(strings.labelLastMessage, time(row.lastMessageAt, state) + age),
            .field(strings.labelLastBoot, time(detail.station.lastBootAt, state)),
            .field(strings.labelWarrantyEnd, time(detail.station.warrantyEnd, state)),
        ]
    }

    private static func site(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        guard let site = detail.site else {
            return [.heading(strings.sectionSite), .item(strings.unknownValue)]
        }
        return [
            .heading(strings.sectionSite),
            .item(TerminalSafeText.sanitize(site.name)),
            .field(strings.labelAddress, "\(site.street), \(site.postalCode) \(site.city)"),
            .field(strings.labelCoordinates, String(format: "%.5f, %.5f", site.latitude, site.longitude)),
            .field(strings.labelAccessNotes, site.accessNotes.isEmpty ? strings.unknownValue : site.accessNotes),
        ]
    }

    private static func contacts(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionContacts)]
        if let customer = detail.customer {
            lines.append(.field(strings.labelOwner, "\(customer.name) (\(customer.id))"))
            for contact in customer.contacts {
                lines.append(.field(strings.contactRoleName(contact.role), contactText(contact)))
            }
        } else {
            lines.append(.field(strings.labelOwner, detail.row.customerName))
        }
        if let contact = detail.site?.contact {
            lines.append(.field(strings.labelSiteContact, contactText(contact)))
        }
        lines.append(.heading(strings.sectionService))
        if let package = detail.customer?.servicePackage {
            let text =
                "\(package.name) · \(strings.interventionTime(package.interventionHours)) · "
                + strings.maintenance(package.includesYearlyMaintenance)
            lines.append(.field(strings.labelServicePackage, text))
        } else {
            lines.append(.item(strings.unknownValue))
        }
        return lines
    }

    private static func contactText(_ contact: Contact) -> String {
        [contact.name, contact.email, contact.phone].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private static func connectors(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionConnectors)]
        if detail.row.connectors.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for connector in detail.row.connectors {
            let status = TerminalSafeText.sanitize(connector.status, limit: 30)
            let error = TerminalSafeText.sanitize(connector.errorCode, limit: 30)
            lines.append(
                PageLine([
                    PageLine.Span(text: "  #\(connector.connector)  ", role: .text),
                    PageLine.Span(text: status, role: FleetView.connectorRole(connector.status)),
                    PageLine.Span(text: "  \(error)  " + time(connector.since, state), role: .textDim),
                ]))
        }
        return lines
    }

    private static func sessions(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionOpenSessions)]
        if detail.openSessions.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for session in detail.openSessions {
            let text =
                "\(session.id) · \(strings.labelConnector) \(session.connector) · \(session.idTag.masked) · "
                + "\(strings.labelStarted) \(time(session.startedAt, state)) · \(strings.billingName(session.billing))"
            lines.append(.item(TerminalSafeText.sanitize(text)))
        }
        return lines
    }

    private static func configuration(_ state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionConfiguration)]
        switch state.model.configuration {
        case .idle: lines.append(.item(strings.configurationHint, role: .textDim))
        case .loading: lines.append(.item(strings.configurationReading, role: .textDim))
        case .failed(let error):
            lines.append(.item(strings.sentence(for: error, timeZone: state.timeZone), role: .error))
        case .loaded(let configuration):
            for entry in configuration.entries {
                let value = entry.value ?? strings.unknownValue
                let suffix = entry.isReadonly ? " (\(strings.readOnly))" : ""
                lines.append(.field(entry.key, value + suffix))
            }
            if !configuration.unknownKeys.isEmpty {
                lines.append(.field(strings.unknownKeys, configuration.unknownKeys.joined(separator: ", ")))
            }
        }
        return lines
    }
}
