import Foundation

/// A self-signed certificate for `localhost` and 127.0.0.1 with its key, made by the `openssl` command line in a
/// temporary folder that `remove()` deletes.
struct ThrowawayCertificate {
    let folder: URL
    var certificatePath: String { folder.appendingPathComponent("certificate.pem").path }
    var keyPath: String { folder.appendingPathComponent("key.pem").path }

    /// `openssl` exited with this status.
    struct OpenSSLFailed: Error {
        var status: Int32
    }

    static func make() async throws -> ThrowawayCertificate {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leitstand-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let certificate = ThrowawayCertificate(folder: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", certificate.keyPath, "-out", certificate.certificatePath,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let status = await withCheckedContinuation { exited in
            process.terminationHandler = { exited.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                exited.resume(returning: -1)
            }
        }
        guard status == 0 else { throw OpenSSLFailed(status: status) }
        return certificate
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
