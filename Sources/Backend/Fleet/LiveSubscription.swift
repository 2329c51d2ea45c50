import BackendClient

/// One caller's subscription to the fleet board's live updates; it ends when this object goes away.
package final class LiveSubscription: Sendable {
    private let mailbox: LiveMailbox
    private let leave: @Sendable () -> Void

    init(mailbox: LiveMailbox, leave: @escaping @Sendable () -> Void) {
        self.mailbox = mailbox
        self.leave = leave
    }

    deinit {
        mailbox.finish()
        leave()
    }

    /// Ends the subscription now: a waiting reader gets `.finished`.
    package func end() {
        mailbox.finish()
    }

    /// The next update; `.idle` when none came within `limit` (nil waits without limit), `.finished` at the end.
    package func next(idleAfter limit: Duration? = nil) async -> LiveDelivery {
        await mailbox.next(idleAfter: limit)
    }

    /// Up to `limit` updates that are ready now, without waiting: what came while the last ones were sent.
    package func ready(limit: Int) -> [LiveUpdate] {
        mailbox.ready(limit: limit)
    }

    /// The updates as a stream, which holds the subscription until it is dropped or its reader is cancelled.
    package var updates: AsyncStream<LiveUpdate> {
        AsyncStream {
            guard case .update(let update) = await self.next() else { return nil }
            return update
        }
    }
}
