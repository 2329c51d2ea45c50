import Domain
import Synchronization

/// The journal's station heads (`frame_journal_head`) as last committed, kept in memory by the journal's writer.
///
/// Reading the heads of every station in a batch back from the table was a third of the journal's cost. Only
/// the journal's writer moves heads, so after a commit the map it wrote is the table's content; pruning, or a
/// write that failed, forgets the map, and the next batch reads the table again.
final class JournalHeadCache: Sendable {
    private let heads = Mutex<[StationID: Int64]?>(nil)

    init() {}

    /// The heads as last committed, or nil when they must be read from the table.
    var committed: [StationID: Int64]? {
        heads.withLock { $0 }
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
