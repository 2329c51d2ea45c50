import Domain
import NIOCore
import NIOSSL

/// Where a console logs in over the backend's HTTP/JSON API (`leitstand serve --api-port`), by `http` or `https`.
package struct RemoteBackendGateway: BackendGateway {
    private let transport: APITransport

    /// - Parameters:
    ///   - baseURL: The API's base URL, e.g. `https://leitstand.example:8181`.
    ///   - trustedCertificatesFile: A PEM file of the certificates to trust for `https` instead of the system's
    ///     (a self-signed server certificate, or the CA that signed it). Read once, here.
    ///   - timeout: How long one call may take until its answer starts, a station's answer included.
    package init(
        baseURL: String, trustedCertificatesFile: String? = nil, timeout: TimeAmount = .seconds(70)
    ) throws(BackendClientError) {
        var tls: TLSConfiguration?
        if let trustedCertificatesFile {
            var configuration = TLSConfiguration.makeClientConfiguration()
            do {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(trustedCertificatesFile))
            } catch {
                throw .invalidRequest("\(trustedCertificatesFile) holds no PEM certificate that can be read")
            }
            tls = configuration
        }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        transport = APITransport(baseURL: base, tls: tls, timeout: timeout, http: APITransport.sharedClient)
    }

    package func login(userName: String, password: String) async throws(BackendClientError) -> any BackendClient {
        let grant: SessionGrant = try await transport.call(
            .POST, APIContract.Route.login.template, token: nil,
            body: APIContract.Login(userName: userName, password: password))
        return RemoteBackendClient(transport: transport, grant: grant)
    }
}
