import Logging
import NIOCore
import NIOPosix
import OCPP

/// The charge-point side of the central system: a WebSocket server for OCPP 1.6J at `ws://host:port/ocpp/{id}`.
///
/// It knows frames, not actions. The `StationAuthenticator` decides who may connect, the
/// `StationSessionHandler` answers calls and journals frames, and `connection(for:)` lets the backend send
/// calls to a station. `run()` serves until its task is cancelled; wrap it in a service to run it.
package final class OCPPServer: Sendable {
    package let configuration: OCPPServerConfiguration
    let authenticator: any StationAuthenticator
    let handler: any StationSessionHandler
    let logger: Logger
    let eventLoopGroup: any EventLoopGroup
    let registry = ConnectionRegistry()
    private let listening = PortAnnouncement()

    /// - Parameter eventLoopGroup: Where the sockets live; NIO's shared singleton by default.
    package init(
        configuration: OCPPServerConfiguration,
        authenticator: any StationAuthenticator,
        handler: any StationSessionHandler,
        logger: Logger,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.configuration = configuration
        self.authenticator = authenticator
        self.handler = handler
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup
    }

    /// Binds and serves until the task is cancelled; then closes the listener and every connection (1001).
    ///
    /// Each connection runs in a task of its own (`SessionTasks`), all cancelled and awaited before `run()` returns.
    /// Returns normally on cancellation; throws if binding fails or the listener fails.
    package func run() async throws {
        let listener: NIOAsyncChannel<AcceptedSocket, Never>
        do {
            listener = try await ServerBootstrap(group: eventLoopGroup)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture { try self.configureHandshake(on: channel) }
                }
        } catch {
            listening.announce(.failure(error))
            throw error
        }
        let port = listener.channel.localAddress?.port ?? configuration.port
        listening.announce(.success(port))
        logger.info(
            "OCPP server listening",
            metadata: [LogMetadataKey.host: "\(configuration.host)", LogMetadataKey.port: "\(port)"]
        )
        let sessions = SessionTasks()
        do {
            try await listener.executeThenClose { sockets in
                for try await socket in sockets {
                    sessions.start { await self.serve(socket) }
                }
            }
        } catch is CancellationError {
            // Cancellation is how the server is asked to stop.
        } catch {
            await sessions.endAll()
            throw error
        }
        await sessions.endAll()
        logger.info("OCPP server stopped", metadata: [LogMetadataKey.port: "\(port)"])
    }

    /// The bound port, once `run()` has bound (useful with port 0); throws if binding failed.
    package func waitUntilListening() async throws -> Int {
        try await listening.port()
    }

    /// The station's live connection, if it is connected.
    package func connection(for stationID: String) -> StationConnection? {
        registry.connection(for: stationID)
    }

    /// How many stations are connected now.
    package var connectedCount: Int {
        registry.count
    }

    /// Serves one accepted socket: waits for its handshake, then runs the session or logs the refusal.
    private func serve(_ socket: AcceptedSocket) async {
        var logger = self.logger
        logger[metadataKey: LogMetadataKey.remoteAddress] = "\(socket.remoteAddress ?? "unknown")"
        let outcome: HandshakeOutcome
        do {
            outcome = try await withTaskCancellationHandler {
                try await socket.handshake.get()
            } onCancel: {
                socket.channel.close(promise: nil)
            }
        } catch {
            logger.debug("Handshake failed", metadata: [LogMetadataKey.error: "\(error)"])
            return
        }
        switch outcome {
        case .refused(let refusal, let stationID):
            logger.warning(
                "Handshake refused",
                metadata: [
                    LogMetadataKey.station: "\(stationID ?? "none")",
                    LogMetadataKey.httpStatus: "\(refusal.status.code)",
                    LogMetadataKey.refusal: "\(refusal)",
                ]
            )
        case .upgraded(let session):
            await session.run()
        }
    }
}
