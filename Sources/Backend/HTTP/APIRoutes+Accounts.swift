import BackendClient
import Domain
import Foundation
import Hummingbird

/// The routes about logins and accounts.
extension APIRoutes {
    static func login(_ api: BackendAPI) -> Handler {
        { request, _ in
            await respond { () async throws(BackendClientError) in
                let login = try await decode(APIContract.Login.self, from: request)
                return try await api.login(userName: login.userName, password: login.password)
            }
        }
    }

    static func logout(_ api: BackendAPI) -> Handler {
        { request, _ in
            await authorizedWithoutAnswer(request, api: api) { _, token in await api.logout(token: token) }
        }
    }

    static func changePassword(_ api: BackendAPI) -> Handler {
        { request, _ in
            await authorizedWithoutAnswer(request, api: api) { caller, token in
                let change = try await decode(APIContract.PasswordChange.self, from: request)
                try await api.changePassword(
                    of: caller, current: change.current, new: change.new, keepingSession: token)
            }
        }
    }

    static func createAccount(_ api: BackendAPI) -> Handler {
        { request, _ in
            await authorized(request, api: api, status: .created) { caller, _ in
                try await api.createAccount(try await decode(NewAccount.self, from: request), by: caller)
            }
        }
    }

    static func resetPassword(_ api: BackendAPI) -> Handler {
        { request, context in
            await authorizedWithoutAnswer(request, api: api) { caller, _ in
                guard let raw = context.parameters.get("name"), let userName = raw.removingPercentEncoding else {
                    throw BackendClientError.invalidRequest("the path must name the account, percent-encoded")
                }
                let reset = try await decode(APIContract.PasswordReset.self, from: request)
                try await api.resetPassword(of: userName, to: reset.password, by: caller)
            }
        }
    }

    /// Runs `work` for the authenticated caller and answers 204 No Content; `work` throws `BackendClientError`s.
    private static func authorizedWithoutAnswer(
        _ request: Request, api: BackendAPI, _ work: @escaping (Caller, String) async throws -> Void
    ) async -> Response {
        do {
            let (caller, token) = try await authenticate(request, api: api)
            try await work(caller, token)
            return Response(status: .noContent)
        } catch let error as BackendClientError {
            return errorResponse(error)
        } catch {
            return errorResponse(.unreachable("the backend failed to answer"))
        }
    }
}
