/// A token bucket that paces one connection's inbound frames. Pure: callers pass the time.
///
/// The bucket holds up to `burst` tokens and gains `rate` per second; each frame takes one. A frame that
/// finds the bucket empty is told how long to wait, and its token is reserved, so waiting exactly that long
/// keeps the sustained rate at `rate`. An episode of throttling starts with the first frame that must wait
/// and ends with the next frame that need not, so a flood is reported once.
struct MessageThrottle: Sendable {
    /// What to do with one frame.
    enum Decision: Sendable, Equatable {
        /// Handle the frame now.
        case admit
        /// Stop reading for `delay` before handling the frame. `startsEpisode` is true for the first wait of a flood.
        case wait(Duration, startsEpisode: Bool)
    }

    /// Tokens gained per second.
    let rate: Double
    /// The bucket's size in tokens.
    let burst: Int
    private var tokens: Double
    private var refilledAt: ContinuousClock.Instant
    private var isThrottling = false

    /// A full bucket at `now`.
    init(rate: Double, burst: Int, now: ContinuousClock.Instant) {
        self.rate = rate
        self.burst = burst
        self.tokens = Double(burst)
        self.refilledAt = now
    }

    /// Takes a token for a frame that arrived at `now`.
    mutating func frameArrived(at now: ContinuousClock.Instant) -> Decision {
        if now > refilledAt {
            tokens = min(Double(burst), tokens + (now - refilledAt).seconds * rate)
            refilledAt = now
        }
        guard tokens < 1 else {
            tokens -= 1
            isThrottling = false
            return .admit
        }
        let delay = Duration.seconds((1 - tokens) / rate)
        tokens -= 1
        defer { isThrottling = true }
        return .wait(delay, startsEpisode: !isThrottling)
    }
}

extension Duration {
    /// This duration in seconds, as a floating-point number.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
