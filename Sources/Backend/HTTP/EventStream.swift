import BackendClient
import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// The live event stream as server-sent events: a `resync` event first (the subscription is in place; fetch the
/// fleet now to miss nothing), then one event per `LiveUpdate`, each a JSON object on one `data:` line (the updates
/// that are ready together go out in one write), and a comment line whenever `keepAlive` passes without one. It
/// ends when the backend shuts down, and when the session is no longer valid (logged out or expired), which it asks
/// `isSessionValid` at most once per `keepAlive`.
enum EventStream {
    /// The most events one write carries.
    static let updatesPerWrite = 256

    static func response(
        _ subscription: LiveSubscription, keepAlive: Duration, isSessionValid: @escaping @Sendable () async -> Bool
    ) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: APIContract.eventStreamType, .cacheControl: "no-store"],
            body: ResponseBody { writer in
                try await withGracefulShutdownHandler {
                    let encoder = APIContract.makeEncoder()
                    // The token was checked just now, when the stream was asked for.
                    let recheck = SessionRecheck(every: keepAlive, checkedAt: .now)
                    try await writer.write(try event(.resync, encoder: encoder))
                    while true {
                        let next = await subscription.next(idleAfter: keepAlive)
                        if recheck.isDue(), await !isSessionValid() {
                            subscription.end()
                            try await writer.finish(nil)
                            return
                        }
                        switch next {
                        case .update(let update):
                            // What came meanwhile goes in the same write: one flush for many events under load.
                            var events = try event(update, encoder: encoder)
                            for more in subscription.ready(limit: Self.updatesPerWrite - 1) {
                                events.writeImmutableBuffer(try event(more, encoder: encoder))
                            }
                            try await writer.write(events)
                        case .idle: try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                        case .finished:
                            try await writer.finish(nil)
                            return
                        }
                    }
                } onGracefulShutdown: {
                    subscription.end()
                }
            })
    }

    /// One event: `data: <json>` and the empty line that ends it. The encoder writes no line breaks.
    static func event(_ update: LiveUpdate, encoder: JSONEncoder) throws -> ByteBuffer {
        var buffer = ByteBuffer(string: "data: ")
        buffer.writeBytes(try encoder.encode(update))
        buffer.writeString("\n\n")
        return buffer
    }
}
