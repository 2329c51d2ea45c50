/// The lines of the page on top (station, card, session, or the help), built from the state.
package enum PageBuilder {
    package static func lines(for state: ConsoleState) -> [PageLine] {
        if state.isHelpShown { return HelpPage.lines(state) }
        switch state.screen {
        case .station: return StationPage.lines(state)
        case .card: return CardPage.lines(state)
        case .session: return SessionPage.lines(state)
        default: return []
        }
    }

    /// The lines for something still loading or refused.
    static func placeholder<Value>(_ loadable: Loadable<Value>, state: ConsoleState) -> [PageLine]? {
        switch loadable {
        case .idle, .loading: return [PageLine.item(state.strings.loading, role: .textDim)]
        case .failed(let error):
            return [PageLine.item(state.strings.sentence(for: error, timeZone: state.timeZone), role: .error)]
        case .loaded: return nil
        }
    }
}
