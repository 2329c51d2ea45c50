import BackendClient
import Credentials
import NIOPosix

/// Hashes and checks people's passwords on NIO's blocking-work pool, never on Swift's cooperative pool: PBKDF2 is
/// linear in its iterations, so one run at `PasswordHash.defaultIterations` costs 30 times the 11.7 ms BENCHMARKS.md
/// measured for 20,000, and a few concurrent logins would otherwise hold every thread of that pool.
struct PasswordHasher: Sendable {
    /// PBKDF2 iterations for new hashes, and the cost of checking an unknown user's password.
    let iterations: Int
    private let unknownUserHash: PasswordHash

    init(iterations: Int) {
        self.iterations = iterations
        unknownUserHash = PasswordHash.unmatchable(iterations: iterations)
    }

    /// Whether `password` matches `storedHash`. Without a hash (an unknown user) or with one that cannot be read,
    /// it checks against a hash nothing matches, so that the answer takes as long as for a wrong password.
    func matches(_ password: String, storedHash: String?) async throws(BackendClientError) -> Bool {
        let hash = storedHash.flatMap { PasswordHash(encoded: $0) } ?? unknownUserHash
        return try await onThreadPool { hash.verify(password) }
    }

    /// A new salted hash of `password`, in its text form.
    func hash(_ password: String) async throws(BackendClientError) -> String {
        let iterations = self.iterations
        return try await onThreadPool { try PasswordHash.make(password: password, iterations: iterations).description }
    }

    private func onThreadPool<Value: Sendable>(
        _ work: @escaping @Sendable () throws -> Value
    ) async throws(BackendClientError) -> Value {
        do {
            return try await NIOThreadPool.singleton.runIfActive(work)
        } catch {
            throw .unreachable("passwords cannot be checked right now")
        }
    }
}
