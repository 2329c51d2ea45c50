import Domain
import Synchronization

/// The journal's station heads (`frame_journal_head`) as last committed, kept in memory by the journal's writer.
///
/// Reading the heads of every station in a batch back from the table was a third of the journal's cost. Only
/// the journal's writer moves heads, so after a commit the map it wrote is the table's content. A write takes the
/// map out and puts it back when it commits, so a write that failed leaves none; pruning forgets it too, and the
/// next batch reads the table again. Both happen on the writer's queue, in the order of the writes.
final class JournalHeadCache: Sendable {
    private let heads = Mutex<[StationID: Int64]?>(nil)

    init() {}

    /// The heads as last committed, or nil when they must be read from the table; the cache is empty afterwards.
    func take() -> [StationID: Int64]? {
        heads.withLock { heads in
            defer { heads = nil }
            return heads
        }
    }

    /// Keeps `heads`, which a journal write just committed.
    func remember(_ heads: [StationID: Int64]) {
        self.heads.withLock { $0 = heads }
    }

    /// Drops the kept heads: the table changed in a way the map does not show, or may not have.
    func forget() {
        heads.withLock { $0 = nil }
    }
}
