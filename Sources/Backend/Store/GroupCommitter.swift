import Domain
import Logging
import ServiceLifecycle
import Synchronization
import Telemetry

/// Makes changes durable in batches: every caller hears back once the commit that holds its change is done
/// (group commit).
///
/// While one batch commits, new changes queue up and go together in the next one, so throughput grows with
/// load while each caller still hears back only once its change is on disk. A station's answer is sent
/// after its change committed, never before (acknowledge only what is stored). Journal frames, which nobody
/// waits for, are written by a second writer beside the first, into the store's journal.
package final class GroupCommitter: Service, Sendable {
    /// The most changes one transaction takes.
    package let maximumBatchSize: Int
    /// The least time from the end of one commit to the start of the next: under load the changes arriving
    /// meanwhile share one transaction, and a commit's fixed cost (the B-tree pages it rewrites into the WAL) is
    /// paid once for them all. A change that finds the writer idle is committed at once. 5 ms: at 5,000 messages a
    /// second it took about 7 % less CPU per message than 2 ms, and 8 or 12 ms saved no more (BENCHMARKS.md).
    package let commitSpacing: Duration
    /// The most journal frames waiting to be written; past it new frames are dropped (logged and counted in the
    /// metrics) rather than let memory grow while the journal's disk falls behind.
    package let journalCapacity: Int
    /// How long the journal's writer gathers frames after each write. Fewer, larger transactions cost the disk
    /// less per frame, but one as large as 500 ms of frames held the records' answers back: at 5,000 messages a
    /// second, 150 ms cut the answers over 50 ms from about 500 to 60–290 in 30 s, for no more CPU (BENCHMARKS.md).
    package let journalInterval: Duration

    private let store: any LeitstandStore
    private let metrics: LeitstandMetrics
    private let logger: Logger
    private let state = Mutex(State())

    /// Hears how a submitted change ended: its receipt, the store's refusal (`StoreFailure`), or the error that
    /// failed its whole batch. Called once, on one of the committer's tasks, so it must return quickly.
    package typealias Completion = @Sendable (Result<StoreReceipt, any Error>) -> Void

    private struct Pending {
        var change: StoreChange
        var completion: Completion
    }

    private struct State {
        var pending: [Pending] = []
        var journal: [JournalEntry] = []
        var droppedFrames = 0
        var waitingWriter: CheckedContinuation<Void, Never>?
        var waitingJournalWriter: CheckedContinuation<Void, Never>?
        var isStopped = false
    }

    package init(
        store: any LeitstandStore, metrics: LeitstandMetrics, maximumBatchSize: Int = 2_000,
        commitSpacing: Duration = .milliseconds(5), journalCapacity: Int = 200_000,
        journalInterval: Duration = .milliseconds(150), logger: Logger
    ) {
        self.store = store
        self.metrics = metrics
        self.maximumBatchSize = maximumBatchSize
        self.commitSpacing = commitSpacing
        self.journalCapacity = journalCapacity
        self.journalInterval = journalInterval
        self.logger = logger
    }

    /// Queues `change` and returns once the transaction holding it committed.
    package func commit(_ change: StoreChange) async throws -> StoreReceipt {
        try await withCheckedThrowingContinuation { reply in
            submit(change) { reply.resume(with: $0) }
        }
    }

    /// Queues `change`; `completion` hears once the transaction holding it committed, or why it did not.
    ///
    /// The way for code that must not wait, such as a station's event loop: no task waits for the commit.
    package func submit(_ change: StoreChange, completion: @escaping Completion) {
        let outcome = state.withLock { state -> (refused: Bool, writer: CheckedContinuation<Void, Never>?) in
            if state.isStopped { return (true, nil) }
            state.pending.append(Pending(change: change, completion: completion))
            defer { state.waitingWriter = nil }
            return (false, state.waitingWriter)
        }
        if outcome.refused { completion(.failure(StoreUnavailable())) }
        outcome.writer?.resume()
    }

    /// Queues a journal frame without waiting for it: nothing is acknowledged on the journal.
    package func journal(_ entry: JournalEntry) {
        let writer = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.isStopped { return nil }
            guard state.journal.count < journalCapacity else {
                state.droppedFrames += 1
                return nil
            }
            state.journal.append(entry)
            defer { state.waitingJournalWriter = nil }
            return state.waitingJournalWriter
        }
        writer?.resume()
    }

    /// Writes batches and journal frames until shut down, then writes what is still queued and returns.
    package func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    while let batch = await self.nextBatch() {
                        let outcomes = await self.writeAcknowledged(batch)
                        // The callers hear back during the spacing, which is counted from the commit.
                        let committed = ContinuousClock.now
                        Self.tell(batch, outcomes, logger: self.logger)
                        try? await Task.sleep(until: committed + self.commitSpacing, clock: .continuous)
                    }
                }
                group.addTask {
                    while let frames = await self.nextFrames() {
                        await self.writeJournal(frames)
                        try? await Task.sleep(for: self.journalInterval)
                    }
                }
            }
        } onGracefulShutdown: {
            self.stop()
        }
    }

    /// Refuses new changes and frames; the queued ones are still written.
    private func stop() {
        let writers = state.withLock { state in
            state.isStopped = true
            defer {
                state.waitingWriter = nil
                state.waitingJournalWriter = nil
            }
            return [state.waitingWriter, state.waitingJournalWriter]
        }
        for writer in writers { writer?.resume() }
    }

    /// The next changes to commit, oldest first; nil once stopped and drained.
    private func nextBatch() async -> [Pending]? {
        await next(
            isReady: { !$0.pending.isEmpty },
            take: { state in
                let count = min(state.pending.count, self.maximumBatchSize)
                defer { state.pending.removeFirst(count) }
                return Array(state.pending.prefix(count))
            },
            park: { state, writer in state.waitingWriter = writer })
    }

    /// The journal frames gathered so far; nil once stopped and drained.
    private func nextFrames() async -> [JournalEntry]? {
        await next(
            isReady: { !$0.journal.isEmpty },
            take: { state in
                var frames: [JournalEntry] = []
                swap(&frames, &state.journal)
                return frames
            },
            park: { state, writer in state.waitingJournalWriter = writer })
    }

    /// Takes work with `take` once `isReady`, or parks the writer with `park` until `submit`, `journal` or `stop`
    /// wakes it; nil once stopped with nothing left. Cancelling the task stops the committer.
    private func next<Work>(
        isReady: (State) -> Bool, take: (inout State) -> Work,
        park: (inout State, CheckedContinuation<Void, Never>) -> Void
    ) async -> Work? {
        while true {
            let taken = state.withLock { state -> Work?? in
                if isReady(state) { return .some(take(&state)) }
                return state.isStopped ? .some(nil) : nil
            }
            if let taken { return taken }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (writer: CheckedContinuation<Void, Never>) in
                    let resumeNow = state.withLock { state -> Bool in
                        if isReady(state) || state.isStopped { return true }
                        park(&state, writer)
                        return false
                    }
                    if resumeNow { writer.resume() }
                }
            } onCancel: {
                stop()
            }
        }
    }

    /// Commits the changes callers wait for; returns each one's outcome, in order.
    private func writeAcknowledged(_ pending: [Pending]) async -> [Result<StoreReceipt, any Error>] {
        let changes = pending.map(\.change)
        do {
            // In a task of its own, awaited here: after `run()` was cancelled it still drains the queue, and the
            // store (GRDB) refuses to start a write in a cancelled task.
            let started = ContinuousClock.now
            let results = try await Task { [changes] in try await self.store.apply(changes) }.value
            metrics.committed(changes: changes.count, took: .now - started)
            return results.map { $0.mapError { $0 } }
        } catch {
            logger.error(
                "A batch of \(changes.count) changes could not be committed", metadata: ["store.error": "\(error)"])
            return Array(repeating: .failure(error), count: pending.count)
        }
    }

    /// Tells each caller of a written batch how its change ended.
    private static func tell(
        _ pending: [Pending], _ outcomes: [Result<StoreReceipt, any Error>], logger: Logger
    ) {
        for (item, outcome) in zip(pending, outcomes) {
            if case .failure(let failure as StoreFailure) = outcome {
                logger.error("A change could not be stored", metadata: ["store.failure": "\(failure.message)"])
            }
            item.completion(outcome)
        }
    }

    /// Appends journal frames in a transaction of their own, beside the acknowledged changes.
    private func writeJournal(_ entries: [JournalEntry]) async {
        let dropped = state.withLock { state in
            defer { state.droppedFrames = 0 }
            return state.droppedFrames
        }
        if dropped > 0 {
            metrics.journalDropped(frames: dropped)
            logger.warning(
                "The journal fell behind; \(dropped) frames were not journaled",
                metadata: ["store.journal_capacity": "\(journalCapacity)"])
        }
        do {
            let started = ContinuousClock.now
            try await Task { [entries] in try await self.store.appendJournal(entries) }.value
            metrics.journaled(frames: entries.count, took: .now - started)
        } catch {
            logger.error(
                "\(entries.count) journal frames could not be committed", metadata: ["store.error": "\(error)"])
        }
    }
}

/// The store took no more changes: the backend is shutting down.
package struct StoreUnavailable: Error, CustomStringConvertible {
    package var description: String { "The store is shutting down and takes no more changes." }
}
