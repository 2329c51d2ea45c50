import BackendClient
import Domain
import Foundation

extension ConsoleState {
    /// Takes a backend answer or live event into the model.
    mutating func receive(_ received: BackendMessage) -> [ConsoleEffect] {
        switch received {
        case .loggedIn(let result):
            return loggedIn(result)
        case .fleetLoaded(let result, let tag):
            guard tag == generation else { return [] }
            return fleetLoaded(result)
        case .alarmsLoaded(let result, let tag):
            guard tag == generation else { return [] }
            switch result {
            case .success(let alarms):
                model.alarms.replace(with: alarms)
                syncAlarmsCursor()
            case .failure(let error): return fail(error)
            }
        case .live(let update, let tag):
            guard tag == generation else { return [] }
            return apply(update)
        case .liveEnded(let error, let tag):
            guard tag == generation else { return [] }
            if let error, case .loginRefused = error { return fail(error) }
            return connectionLost()
        case .retryDue(let tag):
            guard tag == generation, isRetryScheduled else { return [] }
            isRetryScheduled = false
            return connect()
        default:
            return receiveAnswer(received)
        }
        return []
    }

    private mutating func receiveAnswer(_ received: BackendMessage) -> [ConsoleEffect] {
        switch received {
        case .stationLoaded(let id, let result):
            guard screens.contains(.station(id)) else { return [] }
            model.station = Self.loadable(result)
            return failedLoad(result)
        case .configurationLoaded(let id, let result):
            guard screen == .station(id) else { return [] }
            model.configuration = Self.loadable(result)
            return failedLoad(result)
        case .acknowledged(let id, let result):
            switch result {
            case .success(let alarm):
                model.alarms.apply(alarm)
                syncAlarmsCursor()
                message = StatusMessage(strings.acknowledged(id.description))
            case .failure(let error): return fail(error)
            }
        case .cardLoaded(let tag, let result):
            guard screen == .card(tag) else { return [] }
            model.card = Self.loadable(result)
            return failedLoad(result)
        case .sessionLoaded(let id, let result):
            guard screen == .session(id) else { return [] }
            model.session = Self.loadable(result)
            return failedLoad(result)
        case .commandFinished(_, let result):
            model.commandResult = Self.loadable(result)
            message = nil
            var effects = failedLoad(result)
            if case .commands(let id) = screen { effects.append(.loadStation(id)) }
            return effects
        case .passwordChanged(let error):
            if let error { return fail(error) }
            message = StatusMessage(strings.passwordChanged)
        case .accountCreated(.success(let account)):
            message = StatusMessage(
                strings.accountCreated(
                    TerminalSafeText.sanitize(account.userName, limit: 64), strings.roleName(account.role)))
        case .accountCreated(.failure(let error)):
            return fail(error)
        case .passwordReset(let userName, let error):
            if let error { return fail(error) }
            message = StatusMessage(strings.passwordReset(TerminalSafeText.sanitize(userName, limit: 64)))
        case .themeLoaded(.success(let theme)):
            self.theme = theme
            message = StatusMessage(strings.themeChanged(theme.name))
        case .themeLoaded(.failure(let error)):
            message = StatusMessage(strings.sentence(for: error), isError: true)
        default:
            break
        }
        return []
    }

    private static func loadable<Value>(_ result: Result<Value, BackendClientError>) -> Loadable<Value> {
        switch result {
        case .success(let value): .loaded(value)
        case .failure(let error): .failed(error)
        }
    }

    /// A failed load shows its sentence in its view; a lost backend or session is acted on as well.
    private mutating func failedLoad<Value>(_ result: Result<Value, BackendClientError>) -> [ConsoleEffect] {
        guard case .failure(let error) = result else { return [] }
        switch error {
        case .unreachable, .loginRefused(.sessionExpired): return fail(error)
        default:
            message = StatusMessage(strings.sentence(for: error, timeZone: timeZone), isError: true)
            return []
        }
    }

    private mutating func loggedIn(_ result: Result<AccountSummary, BackendClientError>) -> [ConsoleEffect] {
        login.isSubmitting = false
        login.password.text = ""
        switch result {
        case .success(let account):
            model.account = account
            login.refusal = nil
            screens = [.fleet]
            return connect()
        case .failure(let error):
            login.refusal = strings.sentence(for: error, timeZone: timeZone)
            return []
        }
    }

    /// Opens a new connection attempt for the `wantedScope`: the live stream first, then the fleet and alarms.
    private mutating func connect() -> [ConsoleEffect] {
        generation += 1
        followedScope = wantedScope
        if case .loggedOut = model.connection { model.connection = .connecting }
        return [
            .subscribe(generation: generation, scope: followedScope),
            .loadFleet(generation: generation, scope: followedScope), .loadAlarms(generation: generation),
        ]
    }

    /// The rows the console needs live: with a `/` filter, those it shows and the stations open on a page;
    /// without one, every row.
    var wantedScope: FleetScope {
        let open = screens.compactMap { screen -> StationID? in
            switch screen {
            case .station(let id), .commands(let id): id
            case .login, .fleet, .alarms, .card, .session: nil
            }
        }
        return FleetScope(filter: model.fleet.filter, stations: Set(open))
    }

    /// Follows the `wantedScope` once it differs from the followed one: a new stream and fleet load for it. Not
    /// while logged out or waiting to reconnect (the reconnect takes the wanted scope).
    mutating func followWantedScope() -> [ConsoleEffect] {
        guard wantedScope != followedScope, model.account != nil, !isRetryScheduled else { return [] }
        return connect()
    }

    private mutating func fleetLoaded(_ result: Result<FleetSnapshot, BackendClientError>) -> [ConsoleEffect] {
        switch result {
        case .success(let snapshot):
            model.fleet.replace(with: snapshot)
            model.currentAsOf = now
            syncFleetCursor()
            if !isRetryScheduled {
                model.connection = .live
                retryAttempt = 0
                if message?.text == strings.resyncing { message = nil }
            }
            return []
        case .failure(let error):
            return fail(error)
        }
    }

    private mutating func apply(_ update: LiveUpdate) -> [ConsoleEffect] {
        switch model.apply(update, at: now) {
        case .applied:
            guard case .station(let row) = update else { break }
            // The last change of a row leaving the followed scope: no later one will come, so it goes.
            if let held = model.fleet.row(row.id) {
                var keys = model.fleet.searchKeys(row.id)
                if !followedScope.includes(held, keys: &keys) { model.fleet.remove(row.id) }
            }
            syncFleetCursor()
        case .newAlarm(let alarm):
            syncAlarmsCursor()
            message = StatusMessage(strings.newAlarm(alarm.stationID.rawValue, strings.alarmKindName(alarm.kind)))
        case .resyncNeeded:
            message = StatusMessage(strings.resyncing)
            return [.loadFleet(generation: generation, scope: followedScope), .loadAlarms(generation: generation)]
        }
        return []
    }

    /// Marks the data stale and schedules the next reconnect, unless one is already scheduled.
    private mutating func connectionLost() -> [ConsoleEffect] {
        guard !isRetryScheduled, model.account != nil else { return [] }
        isRetryScheduled = true
        let delay = retryPolicy.delay(attempt: retryAttempt)
        retryAttempt += 1
        let since: Date
        if case .lost(let earlier, _, _) = model.connection {
            since = earlier
        } else {
            since = model.currentAsOf ?? now
        }
        model.connection = .lost(
            since: since, attempt: retryAttempt, retryAt: now + TimeInterval(delay.components.seconds))
        return [.retry(after: delay, generation: generation)]
    }

    /// A failed call: an expired session logs out, a lost backend goes stale, anything else is a message.
    mutating func fail(_ error: BackendClientError) -> [ConsoleEffect] {
        switch error {
        case .loginRefused(.sessionExpired):
            logOut(refusal: strings.sentence(for: error, timeZone: timeZone))
            return []
        case .unreachable:
            return connectionLost()
        default:
            message = StatusMessage(strings.sentence(for: error, timeZone: timeZone), isError: true)
            return []
        }
    }

    private mutating func logOut(refusal: String) {
        model.logOut()
        generation += 1
        isRetryScheduled = false
        retryAttempt = 0
        screens = [.login]
        input = .none
        isHelpShown = false
        login = LoginForm()
        login.refusal = refusal
    }
}
