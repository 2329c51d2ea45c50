/// Whether a sampled value is a plain number or signed meter data; absent means Raw.
package enum ValueFormat: String, Sendable, CaseIterable {
    case raw = "Raw"
    case signedData = "SignedData"
}
