import BackendClient
import Domain
import Foundation
import Hummingbird
import OCPP

/// The routes about stations, alarms, cards and sessions.
extension APIRoutes {
    static func fleet(_ api: BackendAPI) -> Handler {
        { request, _ in
            await authorized(request, api: api) { caller, _ in api.fleet(for: caller, in: scope(of: request)) }
        }
    }

    /// The `FleetScope` a request's query names: `filter` and any number of `station`; everything without them.
    static func scope(of request: Request) -> FleetScope {
        let query = request.uri.queryParameters
        return FleetScope(queryFilter: query.get("filter"), queryStations: query.getAll("station"))
    }

    static func station(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorized(request, api: api) { caller, _ in
                try await api.stationDetail(try stationID(context), for: caller)
            }
        }
    }

    static func configuration(_ api: BackendAPI) -> Handler {
        { request, context in
            let keys = request.uri.queryParameters.getAll("key")
            return await authorized(request, api: api) { caller, _ in
                try await api.liveConfiguration(of: try stationID(context), keys: keys, for: caller)
            }
        }
    }

    static func commands(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorized(request, api: api) { caller, _ in
                let command = try CommandRequest(body: try await body(of: request), station: try stationID(context))
                return try await api.run(command, by: caller)
            }
        }
    }

    static func alarms(_ api: BackendAPI) -> Handler {
        { request, _ in await authorized(request, api: api) { caller, _ in await api.openAlarms(for: caller) } }
    }

    static func acknowledgement(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorized(request, api: api) { caller, _ in
                guard let raw = context.parameters.get("id"), let id = Int64(raw) else {
                    throw BackendClientError.invalidRequest("an alarm id is a whole number")
                }
                let body = try await decode(APIContract.Acknowledgement.self, from: request)
                return try await api.acknowledge(AlarmID(id), comment: body.comment, by: caller)
            }
        }
    }

    static func card(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorized(request, api: api) { caller, _ in
                guard let raw = context.parameters.get("tag"), let tag = raw.removingPercentEncoding, !tag.isEmpty
                else { throw BackendClientError.invalidRequest("a card's id tag must be given, percent-encoded") }
                return try await api.card(IdTag(tag), for: caller)
            }
        }
    }

    static func session(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorized(request, api: api) { caller, _ in
                guard let raw = context.parameters.get("id"), let id = Int64(raw) else {
                    throw BackendClientError.invalidRequest("a session id is a whole number")
                }
                return try await api.session(TransactionID(id), for: caller)
            }
        }
    }

    private static func stationID(_ context: BasicRequestContext) throws(BackendClientError) -> StationID {
        guard let raw = context.parameters.get("id"), let id = StationID(raw) else {
            throw .invalidRequest("a station id has 1 to 48 letters, digits or -_.:*")
        }
        return id
    }
}

extension CommandRequest {
    /// Reads `{"command": "Reset", "payload": {…}, "reason": "…"}`. Any name the body gives for who asks is
    /// ignored: the command is logged under the logged-in caller.
    init(body: [UInt8], station: StationID) throws(BackendClientError) {
        guard let document = try? JSONValue(parsing: body), let object = document.objectValue else {
            throw .invalidRequest("the body must be a JSON object")
        }
        guard let name = object["command"]?.stringValue, let command = RemoteCommandKind(rawValue: name) else {
            throw .invalidRequest("\"command\" must name an OCPP 1.6 command, e.g. \"GetConfiguration\"")
        }
        guard let reason = object["reason"]?.stringValue, !reason.isEmpty else {
            throw .invalidRequest("\"reason\" must say why the command is sent")
        }
        self.init(
            station: station, command: command, payloadJSON: (object["payload"] ?? .object([:])).encodedText(),
            reason: reason)
    }
}
