/// Why a meter value was sampled; absent means Sample.Periodic.
package enum ReadingContext: String, Sendable, CaseIterable {
    case interruptionBegin = "Interruption.Begin"
    case interruptionEnd = "Interruption.End"
    case sampleClock = "Sample.Clock"
    case samplePeriodic = "Sample.Periodic"
    case transactionBegin = "Transaction.Begin"
    case transactionEnd = "Transaction.End"
    case trigger = "Trigger"
    case other = "Other"
}
