/// Where the charge-point server listens and the limits it holds every connection to.
package struct OCPPServerConfiguration: Sendable {
    /// The address to bind, for example `0.0.0.0` or `127.0.0.1`.
    package var host: String
    /// The TCP port to bind; `0` lets the system pick one (see `OCPPServer.waitUntilListening()`).
    package var port: Int
    /// The largest WebSocket message a station may send, in bytes, after its fragments are joined.
    ///
    /// A larger frame closes the connection with close code 1009 (message too big). Default: 64 KiB.
    package var maximumMessageSize: Int
    /// The sustained rate of inbound frames a connection may keep up, in frames per second.
    ///
    /// Above it the server stops reading from that connection until the rate is met again, so TCP
    /// pushes back on the station and no other connection waits. Default: 20.
    package var messagesPerSecond: Double
    /// How many frames a connection may send in one burst before the rate applies. Default: 50.
    package var messageBurst: Int

    package init(
        host: String,
        port: Int,
        maximumMessageSize: Int = 64 * 1024,
        messagesPerSecond: Double = 20,
        messageBurst: Int = 50
    ) {
        precondition(maximumMessageSize > 0 && maximumMessageSize <= Int(UInt32.max), "invalid maximum message size")
        precondition(messagesPerSecond > 0 && messageBurst >= 1, "the rate and the burst must be positive")
        self.host = host
        self.port = port
        self.maximumMessageSize = maximumMessageSize
        self.messagesPerSecond = messagesPerSecond
        self.messageBurst = messageBurst
    }
}
