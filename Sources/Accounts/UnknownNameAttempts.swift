import Domain
import Foundation
import Synchronization

/// The wrong passwords given for user names that have no account, weighed by the same `LoginPolicy` as an
/// account's, so that the fifth one locks an unknown name just as it locks a real one. Otherwise a few tries would
/// tell which names exist: a real name would answer "locked", an unknown one "wrong password" for ever.
///
/// Kept in memory: nobody can log in under these names, so there is nothing to keep across a restart. At most
/// `capacity` names are remembered; when full, those not locked are forgotten first. Filling it takes `capacity`
/// slow password checks, so forgetting cannot be forced cheaply.
final class UnknownNameAttempts: Sendable {
    let capacity: Int
    private let failures = Mutex<[AccountName: LoginFailures]>([:])

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Counts a login attempt for `name`, which has no account, and returns how it is answered.
    func attempt(_ name: AccountName, policy: LoginPolicy, at now: Date) -> LoginOutcome {
        failures.withLock { failures in
            if failures[name] == nil, failures.count >= capacity { makeRoom(in: &failures, at: now) }
            let (kept, outcome) = policy.attempt(failures[name] ?? LoginFailures(), passwordMatches: false, at: now)
            failures[name] = kept
            return outcome
        }
    }

    /// Forgets every name not locked at `now`, or, when all are locked, one of them.
    private func makeRoom(in failures: inout [AccountName: LoginFailures], at now: Date) {
        failures = failures.filter { $0.value.isLocked(at: now) }
        if failures.count >= capacity, let any = failures.keys.first { failures.removeValue(forKey: any) }
    }
}
