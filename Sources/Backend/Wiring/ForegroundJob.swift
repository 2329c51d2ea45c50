import OCPPServer
import ServiceLifecycle

extension LeitstandBackend {
    /// A backend running in this process, for code beside it: the console of `leitstand console` and `leitstand demo`.
    package struct Running: Sendable {
        package var ports: Ports
        /// Where an in-process console logs in.
        package var gateway: InProcessBackendGateway
    }
}

/// Waits until both servers listen, then runs `job` with the running backend. The backend's service group shuts
/// down when the job returns or throws (it is registered to), so quitting the console stops the backend too.
struct ForegroundJob: Service {
    let server: OCPPServer
    let apiPort: PortRelay
    let gateway: InProcessBackendGateway
    let job: @Sendable (LeitstandBackend.Running) async throws -> Void

    func run() async throws {
        let ocpp = try await server.waitUntilListening()
        let api = await apiPort.port()
        try await job(LeitstandBackend.Running(ports: .init(ocpp: ocpp, api: api), gateway: gateway))
    }
}
