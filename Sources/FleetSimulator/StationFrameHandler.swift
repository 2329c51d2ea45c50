import NIOCore
import NIOWebSocket

/// The last handler of a station's upgraded pipeline: hands frames and the close to its `StationDriver`.
final class StationFrameHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = WebSocketFrame

    private let driver: StationDriver
    private let connection: Int

    init(driver: StationDriver, connection: Int) {
        self.driver = driver
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        driver.frameArrived(unwrapInboundIn(data), connection: connection, at: .now)
    }

    func channelInactive(context: ChannelHandlerContext) {
        driver.connectionClosed(connection)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
