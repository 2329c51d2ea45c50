import BackendClient
import Domain

/// Where a console in the backend's own process logs in: through the same `BackendAPI` and accounts as the HTTP road.
package struct InProcessBackendGateway: BackendGateway {
    private let api: BackendAPI

    package init(api: BackendAPI) {
        self.api = api
    }

    package func login(userName: String, password: String) async throws(BackendClientError) -> any BackendClient {
        InProcessBackendClient(api: api, grant: try await api.login(userName: userName, password: password))
    }
}
