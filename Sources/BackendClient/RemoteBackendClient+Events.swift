import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

extension RemoteBackendClient {
    /// How long the event stream may stay silent before the backend counts as lost: three of its 15 s keep-alives.
    static let eventSilenceLimit = Duration.seconds(45)
    /// Updates held for a consumer that reads slower than they come; past this it gets `.resync`.
    static let eventBuffer = 4096

    /// The backend's live event stream (`GET /api/v1/events`) for `scope`. It finishes with an error when the
    /// connection drops, the backend stops, or nothing (not even a keep-alive) arrived for `eventSilenceLimit`.
    package func liveUpdates(in scope: FleetScope) -> AsyncThrowingStream<LiveUpdate, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(
            of: LiveUpdate.self, bufferingPolicy: .bufferingOldest(Self.eventBuffer))
        let reader = EventStreamReader(
            transport: transport, token: token, path: APIContract.Route.events.template + Self.query(scope.queryItems),
            silenceLimit: Self.eventSilenceLimit)
        // The reading task lives exactly as long as the stream: it is cancelled when the consumer stops.
        let task = Task { await reader.read(into: continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}

/// Reads the server-sent events of one `GET /api/v1/events` into a stream of `LiveUpdate`s.
struct EventStreamReader: Sendable {
    let transport: APITransport
    let token: String
    /// The stream's path with its query.
    let path: String
    let silenceLimit: Duration

    /// The stream ended: the backend closed it or was lost.
    private struct StreamEnded: Error {}

    func read(into continuation: AsyncThrowingStream<LiveUpdate, any Error>.Continuation) async {
        do {
            var request = transport.request(.GET, path, token: token)
            request.headers.replaceOrAdd(name: "Accept", value: APIContract.eventStreamType)
            let response = try await transport.http.execute(request, timeout: transport.timeout)
            guard response.status == .ok else {
                let body = try await response.body.collect(upTo: APITransport.maximumAnswerSize)
                throw transport.failure(status: response.status, body: Data(body.readableBytesView))
            }
            let lastHeard = LastHeard()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var delivery = Delivery(continuation: continuation)
                    var parser = ServerSentEventParser()
                    let decoder = APIContract.makeDecoder()
                    for try await chunk in response.body {
                        lastHeard.now()
                        for data in try parser.consume(chunk.readableBytesView) {
                            delivery.deliver(try decoder.decode(LiveUpdate.self, from: Data(data.utf8)))
                        }
                    }
                    throw StreamEnded()
                }
                group.addTask { try await watch(lastHeard) }
                try await group.next()
                group.cancelAll()
            }
        } catch is CancellationError {
            continuation.finish()
            return
        } catch let error as BackendClientError {
            continuation.finish(throwing: error)
            return
        } catch {
            if Task.isCancelled {
                continuation.finish()
            } else {
                continuation.finish(throwing: BackendClientError.unreachable(ended(by: error)))
            }
        }
    }

    /// Returns by throwing once nothing arrived for `silenceLimit`.
    private func watch(_ lastHeard: LastHeard) async throws {
        while true {
            let deadline = lastHeard.instant + silenceLimit
            if deadline <= .now { throw StreamEnded() }
            try await Task.sleep(until: deadline)
        }
    }

    private func ended(by error: any Error) -> String {
        switch error {
        case is StreamEnded: "the live event stream from \(transport.baseURL) ended"
        case is DecodingError, is ServerSentEventParser.Failure:
            "\(transport.baseURL) sent a live update that cannot be read"
        default: transport.describe(error)
        }
    }
}

/// When the event stream last delivered bytes.
private final class LastHeard: Sendable {
    private let time = Mutex(ContinuousClock.now)

    var instant: ContinuousClock.Instant { time.withLock { $0 } }

    func now() { time.withLock { $0 = .now } }
}

/// Hands updates to the stream's buffer; when the buffer overflowed, the next update that fits is preceded by
/// `.resync`, so the consumer learns it missed some.
private struct Delivery {
    let continuation: AsyncThrowingStream<LiveUpdate, any Error>.Continuation
    var hasDropped = false

    mutating func deliver(_ update: LiveUpdate) {
        if hasDropped {
            guard case .enqueued = continuation.yield(.resync) else { return }
            hasDropped = false
        }
        if case .dropped = continuation.yield(update) { hasDropped = true }
    }
}
