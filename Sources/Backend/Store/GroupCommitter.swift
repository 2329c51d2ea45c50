import Domain
import Logging
import ServiceLifecycle
import Synchronization
import Telemetry

/// Makes changes durable in batches: every caller waits for the commit that holds its change (group commit).
///
/// While one batch commits, new changes queue up and go together in the next one, so throughput grows with
/// load while each caller still hears back only once its change is on disk. A station's answer is sent
/// after `commit` returns, never before (acknowledge only what is stored).
package final class GroupCommitter: Service, Sendable {
    /// The most changes one transaction takes.
    package let maximumBatchSize: Int
    /// How many journal frames may wait while acknowledged changes keep the writer busy; past it they are
    /// written with the next batch.
    package let journalBacklog: Int

    private let store: any LeitstandStore
    private let metrics: LeitstandMetrics
    private let logger: Logger
    private let state = Mutex(State())

    /// Hears how a submitted change ended: its receipt, the store's refusal (`StoreFailure`), or the error that
    /// failed its whole batch. Called once, on the committer's task, so it must return quickly.
    package typealias Completion = @Sendable (Result<StoreReceipt, any Error>) -> Void

    private struct Pending {
        var change: StoreChange
        var completion: Completion
    }

    /// What one transaction writes: the waited-for changes and the journal frames gathered meanwhile.
    private struct Batch {
        var pending: [Pending] = []
        var journal: [JournalEntry] = []
        var isEmpty: Bool { pending.isEmpty && journal.isEmpty }
    }

    private struct State {
        var pending: [Pending] = []
        var journal: [JournalEntry] = []
        var waitingWriter: CheckedContinuation<Void, Never>?
        var isStopped = false
    }

    package init(
        store: any LeitstandStore, metrics: LeitstandMetrics, maximumBatchSize: Int = 2_000,
        journalBacklog: Int = 5_000, logger: Logger
    ) {
        self.store = store
        self.metrics = metrics
        self.maximumBatchSize = maximumBatchSize
        self.journalBacklog = journalBacklog
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
        enqueue(Pending(change: change, completion: completion))
    }

    /// Queues a journal frame without waiting for it: nothing is acknowledged on the journal. The frames
    /// gathered while a transaction commits go into the next one as a single change.
    package func journal(_ entry: JournalEntry) {
        let writer = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.isStopped { return nil }
            state.journal.append(entry)
            defer { state.waitingWriter = nil }
            return state.waitingWriter
        }
        writer?.resume()
    }

    /// Writes batches until shut down, then commits what is still queued and returns.
    package func run() async throws {
        await withGracefulShutdownHandler {
            while true {
                let batch = await nextBatch()
                if batch.isEmpty { return }
                await write(batch)
            }
        } onGracefulShutdown: {
            self.stop()
        }
    }

    /// Refuses new changes; the queued ones are still written.
    private func stop() {
        let writer = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.isStopped = true
            defer { state.waitingWriter = nil }
            return state.waitingWriter
        }
        writer?.resume()
    }

    private func enqueue(_ item: Pending) {
        let outcome = state.withLock { state -> (refused: Bool, writer: CheckedContinuation<Void, Never>?) in
            if state.isStopped { return (true, nil) }
            state.pending.append(item)
            defer { state.waitingWriter = nil }
            return (false, state.waitingWriter)
        }
        if outcome.refused {
            item.completion(.failure(StoreUnavailable()))
        }
        outcome.writer?.resume()
    }

    /// Waits for work; returns an empty batch once stopped and drained.
    private func nextBatch() async -> Batch {
        while true {
            let taken = state.withLock { state -> Batch? in
                if state.pending.isEmpty && state.journal.isEmpty { return state.isStopped ? Batch() : nil }
                var batch = Batch()
                // Acknowledgements go first: the journal waits while changes queue, up to a bound.
                if state.pending.isEmpty || state.journal.count >= journalBacklog {
                    swap(&batch.journal, &state.journal)
                }
                if state.pending.count <= maximumBatchSize {
                    swap(&batch.pending, &state.pending)
                } else {
                    batch.pending = Array(state.pending.prefix(maximumBatchSize))
                    state.pending.removeFirst(maximumBatchSize)
                }
                return batch
            }
            if let taken { return taken }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (writer: CheckedContinuation<Void, Never>) in
                    let resumeNow = state.withLock { state -> Bool in
                        if !state.pending.isEmpty || !state.journal.isEmpty || state.isStopped { return true }
                        state.waitingWriter = writer
                        return false
                    }
                    if resumeNow { writer.resume() }
                }
            } onCancel: {
                stop()
            }
        }
    }

    private func write(_ batch: Batch) async {
        if !batch.pending.isEmpty { await writeAcknowledged(batch.pending) }
        if !batch.journal.isEmpty { await writeJournal(batch.journal) }
    }

    /// Commits the changes callers wait for, then tells each caller.
    private func writeAcknowledged(_ pending: [Pending]) async {
        let changes = pending.map(\.change)
        do {
            // In a task of its own, awaited here: after `run()` was cancelled it still drains the queue, and the
            // store (GRDB) refuses to start a write in a cancelled task.
            let started = ContinuousClock.now
            let results = try await Task { [changes] in try await self.store.apply(changes) }.value
            metrics.committed(changes: changes.count, took: .now - started)
            for (index, result) in results.enumerated() {
                if case .failure(let failure) = result {
                    logger.error("A change could not be stored", metadata: ["store.failure": "\(failure.message)"])
                }
                pending[index].completion(result.mapError { $0 })
            }
        } catch {
            logger.error(
                "A batch of \(changes.count) changes could not be committed", metadata: ["store.error": "\(error)"])
            for item in pending { item.completion(.failure(error)) }
        }
    }

    /// Commits journal frames in a transaction of their own, after the acknowledgements they came with.
    private func writeJournal(_ entries: [JournalEntry]) async {
        do {
            let started = ContinuousClock.now
            let results = try await Task { [entries] in try await self.store.apply([.framesJournaled(entries)]) }.value
            metrics.journaled(frames: entries.count, took: .now - started)
            if case .failure(let failure)? = results.first {
                logger.error("Journal frames could not be stored", metadata: ["store.failure": "\(failure.message)"])
            }
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
