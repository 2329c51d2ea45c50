/// A group of keys in the `?` help.
package enum HelpSection: Sendable, CaseIterable {
    case global, lists, fleet, alarms, station, commands, textInput, commandLine
}
