import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// One HTTP/JSON exchange with the backend's API: the request, the bearer token, and the answer or the
/// `APIErrorBody` turned back into a `BackendClientError`.
struct APITransport: Sendable {
    /// The API's base URL without a trailing slash, e.g. `https://leitstand.example:8181`.
    let baseURL: String
    /// Trust for `https`: nil uses the system's trust roots.
    let tls: TLSConfiguration?
    /// How long one call may take until the answer's head arrives, the station's answer included.
    let timeout: TimeAmount
    let http: HTTPClient

    /// The largest answer read, in bytes (a station's whole journal page fits many times).
    static let maximumAnswerSize = 16 * 1024 * 1024

    /// The process's one HTTP client for the API, alive for the process's life like `HTTPClient.shared`, but
    /// failing a call at once when no connection can be made (refused, TLS not trusted) instead of retrying
    /// until the call's timeout: a console should say "unreachable" now, not in 70 seconds.
    static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    func request(_ method: HTTPMethod, _ path: String, token: String?, body: Data? = nil) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.tlsConfiguration = tls
        request.headers.add(name: "Accept", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        return request
    }

    /// Sends the request and decodes a 2xx answer as `Answer`.
    func call<Answer: Decodable>(
        _ method: HTTPMethod, _ path: String, token: String?, body: (any Encodable)? = nil
    ) async throws(BackendClientError) -> Answer {
        let data = try await exchange(method, path, token: token, body: try encoded(body))
        do {
            return try APIContract.makeDecoder().decode(Answer.self, from: data)
        } catch {
            throw .unreachable("\(baseURL) sent an answer that cannot be read")
        }
    }

    /// Sends the request and expects a 2xx answer whose body does not matter.
    func send(
        _ method: HTTPMethod, _ path: String, token: String?, body: (any Encodable)? = nil
    ) async throws(BackendClientError) {
        _ = try await exchange(method, path, token: token, body: try encoded(body))
    }

    /// Sends the request; returns the body of a 2xx answer and throws the error an error answer names.
    func exchange(_ method: HTTPMethod, _ path: String, token: String?, body: Data?) async throws(BackendClientError)
        -> Data
    {
        let status: HTTPResponseStatus
        let bytes: ByteBuffer
        do {
            let response = try await http.execute(request(method, path, token: token, body: body), timeout: timeout)
            status = response.status
            bytes = try await response.body.collect(upTo: Self.maximumAnswerSize)
        } catch {
            throw .unreachable(describe(error))
        }
        let data = Data(bytes.readableBytesView)
        guard (200..<300).contains(status.code) else { throw failure(status: status, body: data) }
        return data
    }

    /// The error an error answer carries, or a sentence naming its status when it carries none.
    func failure(status: HTTPResponseStatus, body: Data) -> BackendClientError {
        if let answer = try? APIContract.makeDecoder().decode(APIErrorBody.self, from: body) { return answer.detail }
        return .unreachable("\(baseURL) answered HTTP \(status.code)")
    }

    /// A sentence for a failed exchange that names no internals.
    func describe(_ error: any Error) -> String {
        switch error {
        case let error as HTTPClientError where error == .deadlineExceeded:
            "\(baseURL) did not answer within \(timeout.nanoseconds / 1_000_000_000) s"
        case is NIOSSLError, is BoringSSLError:
            "the TLS connection to \(baseURL) failed (is its certificate trusted?)"
        default:
            "cannot connect to \(baseURL)"
        }
    }

    private func encoded(_ body: (any Encodable)?) throws(BackendClientError) -> Data? {
        guard let body else { return nil }
        do {
            return try APIContract.makeEncoder().encode(body)
        } catch {
            throw .invalidRequest("the request cannot be written as JSON")
        }
    }
}
