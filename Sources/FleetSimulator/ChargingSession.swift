/// A transaction in progress on a simulated connector: who charges, how fast, since when.
package struct ChargingSession: Sendable, Equatable {
    /// What a session will be, decided when the driver arrives: card, power, car, length.
    package struct Plan: Sendable, Equatable {
        package var idTag: String
        /// The charging power, in W.
        package var powerW: Int
        /// The car's state of charge at plug-in, in percent; nil when the car does not report it.
        package var initialStateOfCharge: Double?
        /// The car's battery capacity, in Wh.
        package var batteryWh: Int
        /// How many MeterValues the session sends.
        package var samples: Int

        package init(idTag: String, powerW: Int, initialStateOfCharge: Double?, batteryWh: Int, samples: Int) {
            self.idTag = idTag
            self.powerW = powerW
            self.initialStateOfCharge = initialStateOfCharge
            self.batteryWh = batteryWh
            self.samples = samples
        }

        /// A plausible session for `idTag`: AC or DC power, a car, and a length from `behaviour`.
        static func random(idTag: String, behaviour: StationBehaviour, using random: inout SeededGenerator) -> Plan {
            let powers = [3_700, 7_400, 11_000, 11_000, 22_000, 50_000]
            return Plan(
                idTag: idTag,
                powerW: powers[Int.random(in: 0..<powers.count, using: &random)],
                initialStateOfCharge: random.chance(behaviour.stateOfChargeProbability)
                    ? Double.random(in: 10...60, using: &random) : nil,
                batteryWh: Int.random(in: 40...90, using: &random) * 1_000,
                samples: Int.random(in: behaviour.samplesPerSession, using: &random)
            )
        }
    }

    package var plan: Plan
    package var transactionID: Int64
    /// The register at StartTransaction, in Wh.
    package var meterStart: Int64
    /// When StartTransaction was answered, as an offset from the simulation's start.
    package var startedAt: Duration
    /// MeterValues answered so far.
    package var samplesSent = 0

    package init(plan: Plan, transactionID: Int64, meterStart: Int64, startedAt: Duration) {
        self.plan = plan
        self.transactionID = transactionID
        self.meterStart = meterStart
        self.startedAt = startedAt
    }

    /// The energy register at `now`, in Wh: the start reading plus constant power since the start.
    package func register(at now: Duration) -> Int64 {
        let charged = Double(plan.powerW) * max(0, (now - startedAt).seconds) / 3_600
        return meterStart + Int64(charged)
    }

    /// The car's state of charge at `now`, in whole percent, or nil when the car does not report it.
    package func stateOfCharge(at now: Duration) -> Int? {
        guard let initial = plan.initialStateOfCharge else { return nil }
        let gained = Double(register(at: now) - meterStart) / Double(plan.batteryWh) * 100
        return Int(min(100, initial + gained))
    }
}
