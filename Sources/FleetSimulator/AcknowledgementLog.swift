import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// Appends `AcknowledgementRecord`s to a JSON-lines file: buffered, written at least every 100 ms and at the end.
///
/// Stations append from any task; the bytes go to the file on NIO's thread pool, never on an event loop or the
/// cooperative pool. Writes are not cancelled with the task, so the last flush of a cancelled run still lands.
/// A write error stops the writing and is thrown by `close()`, so a run never ends with a silently incomplete log.
/// Lines reach the kernel, not the disk (no fsync): the log survives a kill of the server, which is what it is for,
/// and loses at most the last 100 ms if the simulator itself is killed.
package final class AcknowledgementLog: Sendable {
    private let file: FileHandle
    private let path: String
    private let threadPool: NIOThreadPool
    /// Where the thread pool reports back; waiting on it ignores cancellation.
    private let eventLoop: any EventLoop
    private let pending = Mutex<[UInt8]>([])
    private let failure = Mutex<SimulationError?>(nil)

    private init(file: FileHandle, path: String, threadPool: NIOThreadPool, eventLoop: any EventLoop) {
        self.file = file
        self.path = path
        self.threadPool = threadPool
        self.eventLoop = eventLoop
    }

    /// Creates (or empties) the file at `path`; `eventLoop` hears back from the thread pool.
    package static func create(
        path: String,
        eventLoop: any EventLoop,
        threadPool: NIOThreadPool = .singleton
    ) async throws(SimulationError) -> AcknowledgementLog {
        do {
            let file = try await threadPool.runIfActive(eventLoop: eventLoop) {
                guard FileManager.default.createFile(atPath: path, contents: nil) else {
                    throw SimulationError(code: .acknowledgementLogUnavailable, detail: "Cannot create \(path).")
                }
                return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            }.get()
            return AcknowledgementLog(file: file, path: path, threadPool: threadPool, eventLoop: eventLoop)
        } catch let error as SimulationError {
            throw error
        } catch {
            throw SimulationError(
                code: .acknowledgementLogUnavailable,
                detail: "Cannot open \(path).",
                underlying: error
            )
        }
    }

    /// Queues one record; it reaches the file with the next flush.
    package func append(_ record: AcknowledgementRecord) {
        let line = record.line
        pending.withLock { $0.append(contentsOf: line.utf8) }
    }

    /// Writes what is queued.
    package func flush() async {
        let bytes = pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        guard !bytes.isEmpty, failure.withLock({ $0 == nil }) else { return }
        do {
            try await threadPool.runIfActive(eventLoop: eventLoop) { [file] in try file.write(contentsOf: bytes) }.get()
        } catch {
            let failure = SimulationError(
                code: .acknowledgementLogWriteFailed,
                detail: "Writing \(path) failed.",
                underlying: error
            )
            self.failure.withLock { $0 = $0 ?? failure }
        }
    }

    /// Flushes every `interval` until the task is cancelled.
    package func flushPeriodically(every interval: Duration = .milliseconds(100)) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            await flush()
        }
    }

    /// Writes what is queued and closes the file; throws the first write error of the log's life.
    package func close() async throws(SimulationError) {
        await flush()
        do {
            try await threadPool.runIfActive(eventLoop: eventLoop) { [file] in try file.close() }.get()
        } catch {
            throw SimulationError(
                code: .acknowledgementLogWriteFailed,
                detail: "Closing \(path) failed.",
                underlying: error
            )
        }
        if let failure = failure.withLock({ $0 }) { throw failure }
    }
}
