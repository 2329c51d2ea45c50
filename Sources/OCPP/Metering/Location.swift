/// Where a sampled value was measured; absent means Outlet.
package enum Location: String, Sendable, CaseIterable {
    case body = "Body"
    case cable = "Cable"
    case ev = "EV"
    case inlet = "Inlet"
    case outlet = "Outlet"
}
