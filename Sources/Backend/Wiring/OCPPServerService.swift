import OCPPServer
import ServiceLifecycle

/// Runs the OCPP server as a service: on graceful shutdown it stops listening and closes every station (1001).
struct OCPPServerService: Service {
    let server: OCPPServer

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await server.run()
        }
    }
}
