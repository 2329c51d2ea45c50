import BackendClient
import Foundation
import HTTPTypes
import Hummingbird

/// JSON in and out, and the status each error answers with.
extension APIRoutes {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            let data = try APIContract.makeEncoder().encode(value)
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return Response(status: .internalServerError)
        }
    }

    /// The error as an `APIErrorBody`; 401 answers also name the scheme that would let the caller in.
    static func errorResponse(_ error: BackendClientError) -> Response {
        var response = json(APIErrorBody(error), status: status(of: error))
        if response.status == .unauthorized { response.headers[.wwwAuthenticate] = #"Bearer realm="leitstand""# }
        return response
    }

    static func status(of error: BackendClientError) -> HTTPResponse.Status {
        switch error {
        case .loginRefused: .unauthorized
        case .forbidden, .refused(.changeTicketRequired): .forbidden
        case .stationNotFound, .notFound, .refused(.unknownStation): .notFound
        case .invalidRequest: .badRequest
        case .accountRefused(.userNameTaken): .conflict
        case .accountRefused: .badRequest
        case .refused(.stationOffline): .conflict
        case .stationFailed: .badGateway
        case .unreachable: .serviceUnavailable
        }
    }

    /// The request's body, up to `maximumBodySize` bytes.
    static func body(of request: Request) async throws(BackendClientError) -> [UInt8] {
        do {
            return Array(try await request.body.collect(upTo: maximumBodySize).readableBytesView)
        } catch {
            throw .invalidRequest("the body could not be read or is larger than \(maximumBodySize / 1024) KiB")
        }
    }

    /// The request's body read as JSON into `type`.
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws(BackendClientError)
        -> Body
    {
        let bytes = try await body(of: request)
        do {
            return try APIContract.makeDecoder().decode(type, from: Data(bytes))
        } catch {
            throw .invalidRequest("the body is not the JSON object this route takes (see docs/openapi.yaml)")
        }
    }
}
