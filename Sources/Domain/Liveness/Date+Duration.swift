import Foundation

extension Date {
    /// This instant moved by `duration`; a negative duration moves it back.
    func adding(_ duration: Duration) -> Date {
        let (seconds, attoseconds) = duration.components
        return addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18)
    }
}
