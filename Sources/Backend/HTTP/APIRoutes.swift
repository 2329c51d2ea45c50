import BackendClient
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import OCPP

/// The HTTP/JSON API over `BackendAPI` (paths in `APIContract`).
///
/// Bound to loopback by default: until logins arrive (issue 3) it trusts the agent name a caller gives.
enum APIRoutes {
    static func router(api: BackendAPI) -> Router<BasicRequestContext> {
        let router = Router()
        let stations = router.group("\(APIContract.prefix)/stations")
        stations.get(":id") { _, context in
            let id = try stationID(context)
            return try await respond { () async throws(BackendClientError) in try await api.station(id) }
        }
        stations.get(":id/configuration") { request, context in
            let id = try stationID(context)
            let keys = request.uri.queryParameters.getAll("key")
            let agent = AgentLogin(request.headers[values: .leitstandAgent].first ?? "api")
            return try await respond { () async throws(BackendClientError) in
                try await api.liveConfiguration(of: id, keys: keys, as: agent)
            }
        }
        stations.post(":id/commands") { request, context in
            let id = try stationID(context)
            let body = try await request.body.collect(upTo: 256 * 1024)
            let command: CommandRequest
            do {
                command = try CommandRequest(body: Array(body.readableBytesView), station: id)
            } catch let error as BackendClientError {
                return jsonError(error)
            }
            return try await respond { () async throws(BackendClientError) in try await api.run(command) }
        }
        router.get(RouterPath(APIContract.alarms)) { _, _ in
            try json(await api.openAlarms())
        }
        return router
    }

    private static func stationID(_ context: BasicRequestContext) throws -> StationID {
        guard let raw = context.parameters.get("id"), let id = StationID(raw) else {
            throw HTTPError(.badRequest, message: "A station id has 1 to 48 letters, digits or -_.:*")
        }
        return id
    }

    private static func respond<Value: Encodable>(
        _ work: () async throws(BackendClientError) -> Value
    ) async throws -> Response {
        let value: Value
        do {
            value = try await work()
        } catch {
            return jsonError(error)
        }
        return try json(value)
    }

    private static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try APIContract.makeEncoder().encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func jsonError(_ error: BackendClientError) -> Response {
        let status: HTTPResponse.Status =
            switch error {
            case .refused(.changeTicketRequired): .forbidden
            case .refused(.stationOffline): .conflict
            case .refused(.unknownStation), .stationNotFound: .notFound
            case .invalidRequest: .badRequest
            case .stationFailed: .badGateway
            case .unreachable: .serviceUnavailable
            }
        return (try? json(APIErrorBody(error), status: status)) ?? Response(status: status)
    }
}

extension HTTPField.Name {
    static let leitstandAgent = Self(APIContract.agentHeader)!
}

extension CommandRequest {
    /// Reads `{"command": "Reset", "payload": {…}, "reason": "…", "requestedBy": "…"}`.
    init(body: [UInt8], station: StationID) throws(BackendClientError) {
        guard let document = try? JSONValue(parsing: body), let object = document.objectValue else {
            throw .invalidRequest("the body must be a JSON object")
        }
        guard let name = object["command"]?.stringValue, let command = RemoteCommandKind(rawValue: name) else {
            throw .invalidRequest("\"command\" must name an OCPP 1.6 command, e.g. \"GetConfiguration\"")
        }
        guard let agent = object["requestedBy"]?.stringValue, !agent.isEmpty else {
            throw .invalidRequest("\"requestedBy\" must name the person who asks")
        }
        guard let reason = object["reason"]?.stringValue, !reason.isEmpty else {
            throw .invalidRequest("\"reason\" must say why the command is sent")
        }
        self.init(
            station: station, command: command, payloadJSON: (object["payload"] ?? .object([:])).encodedText(),
            requestedBy: AgentLogin(agent), reason: reason)
    }
}
