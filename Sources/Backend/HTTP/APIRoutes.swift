import BackendClient
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Telemetry

/// The HTTP/JSON API over `BackendAPI`: exactly the routes of `APIContract.Route`, each answering JSON, or an
/// `APIErrorBody` with the status its error calls for. Every route but login needs `Authorization: Bearer <token>`.
enum APIRoutes {
    typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

    /// How often the live event stream sends a comment line when nothing else happens.
    static let keepAliveInterval = Duration.seconds(15)
    /// The largest request body read, in bytes.
    static let maximumBodySize = 256 * 1024

    /// The API's routes and `GET /metrics`.
    static func router(
        api: BackendAPI, metrics: LeitstandMetrics, keepAliveInterval: Duration = keepAliveInterval
    ) -> Router<BasicRequestContext> {
        let router = Router()
        MetricsRoute.add(to: router, metrics: metrics, alarms: api.alarms)
        for route in APIContract.Route.allCases {
            let method: HTTPRequest.Method =
                switch route.method {
                case .get: .get
                case .post: .post
                }
            router.on(
                RouterPath(route.template), method: method, use: handler(route, api: api, keepAlive: keepAliveInterval))
        }
        return router
    }

    private static func handler(_ route: APIContract.Route, api: BackendAPI, keepAlive: Duration) -> Handler {
        switch route {
        case .login: login(api)
        case .logout: logout(api)
        case .changePassword: changePassword(api)
        case .createAccount: createAccount(api)
        case .resetPassword: resetPassword(api)
        case .fleet: fleet(api)
        case .events: events(api, keepAlive: keepAlive)
        case .station: station(api)
        case .configuration: configuration(api)
        case .commands: commands(api)
        case .alarms: alarms(api)
        case .acknowledgement: acknowledgement(api)
        case .card: card(api)
        case .session: session(api)
        }
    }

    static func events(_ api: BackendAPI, keepAlive: Duration) -> Handler {
        { request, _ in
            do throws(BackendClientError) {
                let (caller, token) = try await authenticate(request, api: api)
                let subscription = api.liveUpdates(for: caller, in: scope(of: request))
                return EventStream.response(subscription, keepAlive: keepAlive) {
                    (try? await api.caller(forToken: token)) != nil
                }
            } catch {
                return errorResponse(error)
            }
        }
    }

    /// Reads `Authorization: Bearer <token>` and asks who it stands for.
    static func authenticate(_ request: Request, api: BackendAPI) async throws(BackendClientError)
        -> (Caller, token: String)
    {
        guard let field = request.headers[.authorization], field.lowercased().hasPrefix("bearer ") else {
            throw .loginRefused(.sessionExpired)
        }
        let token = field.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        return (try await api.caller(forToken: token), token)
    }

    /// Runs `work` for the authenticated caller and answers its value as JSON. `work` throws only
    /// `BackendClientError`s (closures cannot declare typed throws through inference yet).
    static func authorized<Value: Encodable>(
        _ request: Request, api: BackendAPI, status: HTTPResponse.Status = .ok,
        _ work: @escaping (Caller, String) async throws -> Value
    ) async -> Response {
        await respond(status: status) { () async throws(BackendClientError) in
            let (caller, token) = try await authenticate(request, api: api)
            do {
                return try await work(caller, token)
            } catch let error as BackendClientError {
                throw error
            } catch {
                throw .unreachable("the backend failed to answer")
            }
        }
    }

    /// Answers `work`'s value as JSON, or its error as an `APIErrorBody`.
    static func respond<Value: Encodable>(
        status: HTTPResponse.Status = .ok, _ work: () async throws(BackendClientError) -> Value
    ) async -> Response {
        do {
            return json(try await work(), status: status)
        } catch {
            return errorResponse(error)
        }
    }
}
