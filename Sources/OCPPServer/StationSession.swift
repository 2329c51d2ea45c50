import Logging
import NIOCore
import OCPP

/// One upgraded charge-point connection from registration to `sessionClosed`.
///
/// The frames are served on the event loop by the `StationChannelHandler`; this task only keeps the order of the
/// session's ends: the connection it replaces has ended, `sessionOpened` returned before any CALL goes to the
/// backend, and `sessionClosed` comes once the connection closed and its last CALL was answered.
struct StationSession: Sendable {
    let connection: StationConnection
    let frames: NIOLoopBound<StationChannelHandler>
    /// Succeeds with the reason that stuck once the connection closed and its last CALL was answered.
    let ended: EventLoopFuture<CloseReason>
    let handler: any StationSessionHandler
    let registry: ConnectionRegistry
    let logger: Logger

    /// Runs the session until the station leaves or the connection is replaced; cancelling the task closes the
    /// connection with 1001 (the server shuts down).
    func run() async {
        defer { connection.sessionEnded() }
        await open()
        let frames = self.frames
        frames.eventLoop.execute { frames.value.start() }
        let reason = await withTaskCancellationHandler {
            // `ended` is only ever succeeded.
            (try? await ended.get()) ?? .connectionLost
        } onCancel: {
            connection.shutDown()
        }
        registry.remove(connection)
        logger.debug("Station disconnected", metadata: [LogMetadataKey.closeReason: "\(reason)"])
        await handler.sessionClosed(connection, reason: reason)
    }

    /// Registers the connection, waits until the one it replaces has ended, and tells the backend.
    private func open() async {
        if let previous = registry.register(connection) {
            logger.debug(
                "Replacing the station's previous connection",
                metadata: [LogMetadataKey.replacedGeneration: "\(previous.generation)"]
            )
            previous.markClosed(.replaced)
            previous.closeChannel(code: .normalClosure, reason: "Replaced by a newer connection.")
            await previous.waitUntilSessionEnded()
        }
        logger.debug(
            "Station connected", metadata: [LogMetadataKey.remoteAddress: "\(connection.remoteAddress ?? "unknown")"])
        await handler.sessionOpened(connection)
    }
}
