import Foundation

/// How logins and sessions are limited: a lockout after repeated wrong passwords, and when a session ends.
///
/// Reads no clock: callers pass `now`.
package struct LoginPolicy: Sendable, Equatable {
    /// Wrong passwords in a row that lock the account; at least 1.
    package var maximumFailures: Int
    /// How long a lockout lasts, unless a supervisor resets the password first.
    package var lockoutDuration: Duration
    /// A session ends after this long without a request.
    package var idleTimeout: Duration
    /// A session ends this long after its login, however busy it is.
    package var sessionLifetime: Duration
    /// A session's last use is stored at most this often, to spare a write per request; the idle timeout is only
    /// this exact.
    package var lastSeenResolution: Duration

    package init(
        maximumFailures: Int = 5,
        lockoutDuration: Duration = .seconds(15 * 60),
        idleTimeout: Duration = .seconds(8 * 3600),
        sessionLifetime: Duration = .seconds(24 * 3600),
        lastSeenResolution: Duration = .seconds(60)
    ) {
        self.maximumFailures = maximumFailures
        self.lockoutDuration = lockoutDuration
        self.idleTimeout = idleTimeout
        self.sessionLifetime = sessionLifetime
        self.lastSeenResolution = lastSeenResolution
    }

    /// Weighs a login attempt whose password did or did not match: the account as it must be stored, and the outcome
    /// (see `attempt(_:passwordMatches:at:)` for failures).
    package func attempt(
        _ account: Account, passwordMatches: Bool, at now: Date
    ) -> (account: Account, outcome: LoginOutcome) {
        var account = account
        let (failures, outcome) = attempt(account.loginFailures, passwordMatches: passwordMatches, at: now)
        account.loginFailures = failures
        return (account, outcome)
    }

    /// Weighs a login attempt for a user name with these `failures`: the failures as they must be kept, and the
    /// outcome.
    ///
    /// A locked name refuses even the right password and counts nothing; a lockout that has run out is lifted
    /// first, with a fresh count. The `maximumFailures`-th wrong password in a row locks the name for
    /// `lockoutDuration`, and a successful login starts the count again. A wrong password does not say how many
    /// attempts are left: an unknown user name must get the same answer, or the answer would tell which names exist.
    package func attempt(
        _ failures: LoginFailures, passwordMatches: Bool, at now: Date
    ) -> (failures: LoginFailures, outcome: LoginOutcome) {
        var failures = failures
        if let lockedUntil = failures.lockedUntil {
            guard now >= lockedUntil else { return (failures, .refused(.lockedOut(until: lockedUntil))) }
            failures = LoginFailures()
        }
        guard !passwordMatches else { return (LoginFailures(), .admitted) }
        failures.count += 1
        guard failures.count >= maximumFailures else {
            return (failures, .refused(.wrongCredentials(remainingAttempts: nil)))
        }
        let until = now.adding(lockoutDuration)
        failures.lockedUntil = until
        return (failures, .refused(.lockedOut(until: until)))
    }

    /// When `session` ends unless used again: its idle deadline or the end of its lifetime, whichever comes first.
    package func expiry(of session: LoginSession) -> Date {
        min(session.lastSeenAt.adding(idleTimeout), session.createdAt.adding(sessionLifetime))
    }

    package func isExpired(_ session: LoginSession, at now: Date) -> Bool {
        now >= expiry(of: session)
    }

    /// Whether a request at `now` stores a new last-seen time for `session`: once per `lastSeenResolution` at most.
    package func needsLastSeenUpdate(_ session: LoginSession, at now: Date) -> Bool {
        now >= session.lastSeenAt.adding(lastSeenResolution)
    }

    /// The sessions expired at `now` are those last seen at or before `lastSeen` or created at or before `created`.
    package func expiredSessionBounds(at now: Date) -> (lastSeen: Date, created: Date) {
        (now.adding(.zero - idleTimeout), now.adding(.zero - sessionLifetime))
    }
}
