import BackendClient
import Domain

/// Performs the console's effects against the backend, off the draw loop, and reports each answer as a
/// `BackendMessage` through `emit`. Holds the logged-in client.
package actor EffectRunner<C: Clock> where C.Duration == Duration {
    private let gateway: (any BackendGateway)?
    private let themes: ThemeLoader
    private let clock: C
    private var client: (any BackendClient)?
    /// The live stream being read; a new `.subscribe` cancels it.
    private var following: Task<Void, Never>?

    /// A runner that logs in through `gateway` when asked.
    package init(gateway: any BackendGateway, themes: ThemeLoader, clock: C) {
        self.gateway = gateway
        self.themes = themes
        self.clock = clock
    }

    /// A runner for a client that is already logged in (text captures, tests).
    package init(client: any BackendClient, themes: ThemeLoader, clock: C) {
        gateway = nil
        self.client = client
        self.themes = themes
        self.clock = clock
    }

    /// Carries out one effect; long-running ones (the live stream, a retry wait) return when they end or
    /// when the task is cancelled. `.quit` is the caller's to act on and does nothing here.
    package func perform(_ effect: ConsoleEffect, emit: @escaping @Sendable (BackendMessage) -> Void) async {
        switch effect {
        case .login(let userName, let password):
            emit(.loggedIn(await logIn(userName: userName, password: password)))
        case .subscribe(let generation, let scope):
            following?.cancel()
            let task = Task { await follow(generation: generation, scope: scope, emit: emit) }
            following = task
            await withTaskCancellationHandler {
                await task.value
            } onCancel: {
                task.cancel()
            }
        case .retry(let delay, let generation):
            do {
                try await clock.sleep(for: delay)
            } catch {
                return
            }
            emit(.retryDue(generation: generation))
        case .loadTheme(let name):
            do throws(ThemeError) {
                emit(.themeLoaded(.success(try themes.load(named: name))))
            } catch {
                emit(.themeLoaded(.failure(error)))
            }
        case .quit:
            return
        case .loadFleet(let generation, let scope):
            emit(.fleetLoaded(await result { try await $0.fleet(in: scope) }, generation: generation))
        case .loadAlarms(let generation):
            emit(.alarmsLoaded(await result { try await $0.openAlarms() }, generation: generation))
        case .loadStation(let id):
            emit(.stationLoaded(id, await result { try await $0.stationDetail(id) }))
        case .loadConfiguration(let id):
            emit(.configurationLoaded(id, await result { try await $0.liveConfiguration(of: id, keys: []) }))
        case .acknowledge(let id, let comment):
            emit(.acknowledged(id, await result { try await $0.acknowledge(id, comment: comment) }))
        case .loadCard(let tag):
            emit(.cardLoaded(tag, await result { try await $0.card(tag) }))
        case .loadSession(let id):
            emit(.sessionLoaded(id, await result { try await $0.session(id) }))
        case .runCommand(let request):
            emit(.commandFinished(request.command, await result { try await $0.run(request) }))
        case .changePassword(let current, let new):
            emit(.passwordChanged(await failure { try await $0.changePassword(current: current, new: new) }))
        case .createAccount(let account):
            emit(.accountCreated(await result { try await $0.createAccount(account) }))
        case .resetPassword(let userName, let password):
            emit(
                .passwordReset(
                    userName: userName, await failure { try await $0.resetPassword(of: userName, to: password) }))
        }
    }

    /// Ends the backend session, if there is one.
    package func logout() async {
        await client?.logout()
        client = nil
    }

    private func logIn(userName: String, password: String) async -> Result<AccountSummary, BackendClientError> {
        guard let gateway else { return .failure(.loginRefused(.sessionExpired)) }
        do throws(BackendClientError) {
            let client = try await gateway.login(userName: userName, password: password)
            self.client = client
            return .success(client.account)
        } catch {
            return .failure(error)
        }
    }

    private func follow(generation: Int, scope: FleetScope, emit: @escaping @Sendable (BackendMessage) -> Void) async {
        guard let client else {
            emit(.liveEnded(.loginRefused(.sessionExpired), generation: generation))
            return
        }
        do {
            for try await update in client.liveUpdates(in: scope) {
                emit(.live(update, generation: generation))
            }
            if Task.isCancelled { return }
            emit(.liveEnded(nil, generation: generation))
        } catch {
            emit(.liveEnded(error as? BackendClientError ?? .unreachable("live stream"), generation: generation))
        }
    }

    /// The error of a call that returns nothing, or nil when it succeeded.
    private func failure(_ body: (any BackendClient) async throws -> Void) async -> BackendClientError? {
        if case .failure(let error) = await result(body) { error } else { nil }
    }

    private func result<Value>(
        _ body: (any BackendClient) async throws -> Value
    ) async -> Result<Value, BackendClientError> {
        guard let client else { return .failure(.loginRefused(.sessionExpired)) }
        do {
            return .success(try await body(client))
        } catch let error as BackendClientError {
            return .failure(error)
        } catch {
            return .failure(.unreachable("unexpected error"))
        }
    }
}
