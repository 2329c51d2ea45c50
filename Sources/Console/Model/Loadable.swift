import BackendClient

/// Something the console asked the backend for: not asked, on its way, there, or refused.
package enum Loadable<Value: Sendable>: Sendable {
    case idle
    case loading
    case loaded(Value)
    case failed(BackendClientError)

    package var value: Value? {
        if case .loaded(let value) = self { value } else { nil }
    }
}
