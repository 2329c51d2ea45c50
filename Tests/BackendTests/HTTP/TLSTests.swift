import BackendClient
import Domain
import Testing

@testable import Backend

/// The API over `https` with a throwaway self-signed certificate, and the remote client that trusts it by file.
@Suite("TLS", .timeLimit(.minutes(1)))
struct TLSTests {
    @Test("a client that trusts the certificate file logs in over https; one that does not is refused")
    func httpsWithSelfSignedCertificate() async throws {
        let certificate = try await ThrowawayCertificate.make()
        defer { certificate.remove() }
        let files = TLSFiles(certificateChainPath: certificate.certificatePath, privateKeyPath: certificate.keyPath)
        try await TestBackend.run { backend in
            try await TestAccounts.create(in: backend.accounts)
            try await backend.serveAPI(tls: files) { server in
                #expect(server.baseURL.hasPrefix("https://"))
                let trusting = try RemoteBackendGateway(
                    baseURL: server.baseURL, trustedCertificatesFile: certificate.certificatePath)
                let client = try await trusting.login(userName: "anna", password: TestAccounts.password)
                #expect(try await client.fleet().rows.count == 5)

                await #expect {
                    try await RemoteBackendGateway(baseURL: server.baseURL).login(
                        userName: "anna", password: TestAccounts.password)
                } throws: { error in
                    guard case BackendClientError.unreachable(let sentence) = error else { return false }
                    return sentence.contains("TLS")
                }
            }
        }
    }

    @Test("files that hold no certificate or key are refused with the path")
    func unreadableFiles() throws {
        let files = TLSFiles(certificateChainPath: "/nonexistent/cert.pem", privateKeyPath: "/nonexistent/key.pem")
        #expect(throws: TLSFiles.Unreadable(path: "/nonexistent/cert.pem")) { try files.serverConfiguration() }
        #expect(throws: BackendClientError.self) {
            try RemoteBackendGateway(baseURL: "https://127.0.0.1:1", trustedCertificatesFile: "/nonexistent/ca.pem")
        }
    }
}
