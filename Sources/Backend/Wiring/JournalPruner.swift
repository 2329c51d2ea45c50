import Domain
import Foundation
import Logging
import ServiceLifecycle

/// Deletes journal frames older than the retention, once at start and then every hour.
struct JournalPruner: Service {
    let store: any LeitstandStore
    let retention: Duration
    let clock: any WallClock
    let logger: Logger

    func run() async throws {
        await repeatUntilShutdown(every: .seconds(3600)) {
            do {
                let cutoff = clock.now().addingTimeInterval(-Double(retention.components.seconds))
                let removed = try await store.pruneJournal(before: cutoff)
                if removed > 0 {
                    logger.info("Pruned the frame journal", metadata: ["journal.removed": "\(removed)"])
                }
            } catch {
                logger.error("The frame journal could not be pruned", metadata: [LogKey.error: "\(error)"])
            }
        }
    }
}
