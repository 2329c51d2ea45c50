/// Where the central system listens: `ws://host[:port][/path]`; a charge point connects to `<path>/<id>`.
package struct OCPPEndpoint: Sendable, Equatable {
    package var host: String
    package var port: Int
    /// The path before the charge point id, without a trailing slash (empty for the root).
    package var path: String

    package init(host: String, port: Int, path: String) {
        self.host = host
        self.port = port
        self.path = path
    }

    /// Reads `ws://host[:port][/path]`. Only plain `ws`: the simulator speaks no TLS.
    package init(url: String) throws(SimulationError) {
        let prefix = "ws://"
        guard url.lowercased().hasPrefix(prefix) else {
            throw SimulationError(code: .invalidURL, detail: "\(url) does not start with ws://.")
        }
        let rest = url.dropFirst(prefix.count)
        let authority = rest.prefix { $0 != "/" }
        var path = String(rest.dropFirst(authority.count))
        while path.hasSuffix("/") { path.removeLast() }
        let hostAndPort: (Substring, Substring?)
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let afterBracket = authority[authority.index(after: close)...]
            hostAndPort = (
                authority[authority.index(after: authority.startIndex)..<close],
                afterBracket.hasPrefix(":") ? afterBracket.dropFirst() : nil
            )
        } else if let colon = authority.lastIndex(of: ":") {
            hostAndPort = (authority[..<colon], authority[authority.index(after: colon)...])
        } else {
            hostAndPort = (authority, nil)
        }
        guard !hostAndPort.0.isEmpty else {
            throw SimulationError(code: .invalidURL, detail: "\(url) names no host.")
        }
        let port = hostAndPort.1.map { Int($0) } ?? 80
        guard let port, (1...65_535).contains(port) else {
            throw SimulationError(code: .invalidURL, detail: "\(url) has no valid port (1 to 65535).")
        }
        self.init(host: String(hostAndPort.0), port: port, path: path)
    }

    /// The request path of charge point `id`.
    package func path(for id: ChargePointID) -> String {
        path + "/" + id.rawValue
    }

    /// The value of the `Host` header.
    package var hostHeader: String {
        (host.contains(":") ? "[\(host)]" : host) + (port == 80 ? "" : ":\(port)")
    }
}
