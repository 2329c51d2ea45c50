import NIOSSL

/// The PEM files the API serves `https` with: its certificate chain (leaf first) and the leaf's private key.
package struct TLSFiles: Sendable, Equatable {
    package var certificateChainPath: String
    package var privateKeyPath: String

    package init(certificateChainPath: String, privateKeyPath: String) {
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
    }

    /// Why the files cannot serve `https`.
    package struct Unreadable: Error, Equatable, CustomStringConvertible {
        package var path: String
        package var description: String { "\(path) holds no PEM certificate or private key that can be read." }
    }

    /// Reads both files (blocking: call at start-up, never on an event loop).
    func serverConfiguration() throws(Unreadable) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateChainPath)
        } catch {
            throw Unreadable(path: certificateChainPath)
        }
        guard !chain.isEmpty else { throw Unreadable(path: certificateChainPath) }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: privateKeyPath, format: .pem)
        } catch {
            throw Unreadable(path: privateKeyPath)
        }
        return TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }
}
