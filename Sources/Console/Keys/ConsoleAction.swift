/// What a key binding does; `ConsoleState.perform(_:)` carries it out.
package enum ConsoleAction: Sendable, Equatable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, help, commandLine, filter, switchView, quit, reload
    case sortCycle
    case sort(FleetSortKey)
    case acknowledge
    case toggleRawFrames, readConfiguration, showCommands
}
