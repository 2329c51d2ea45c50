import Logging
import ServiceLifecycle
import Storage

/// Runs the store's passive WAL checkpoints beside its writer (see `WALCheckpointer`) until shutdown.
struct CheckpointService: Service {
    let checkpointer: WALCheckpointer
    let logger: Logger

    func run() async throws {
        await repeatUntilShutdown(every: WALCheckpointer.interval) {
            do {
                _ = try await checkpointer.checkpoint()
            } catch {
                // Busy while the writer runs its own checkpoint; the next pass catches up.
                logger.debug("A WAL checkpoint was skipped", metadata: [LogKey.error: "\(error)"])
            }
        }
    }
}
