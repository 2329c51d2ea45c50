import OCPP

/// One connector of a simulated charge point: its sessions, its meter and its faults. Pure: time arrives as `now`.
///
/// A phase either waits (idle, faulted) until `dueAt`, or has one message to send from `dueAt` on. The connector moves
/// on only when that message is answered, so it never has more than one message in flight and resends after a loss.
package struct ConnectorSimulation: Sendable, Equatable {
    /// Where the connector is in its cycle; each sending phase names the message it sends.
    package enum Phase: Sendable, Equatable {
        /// Available (or Unavailable when inoperative); a session or a fault begins at `dueAt`.
        case idle
        /// Sends Authorize.
        case authorizing(ChargingSession.Plan)
        /// Sends StatusNotification Preparing.
        case preparing(ChargingSession.Plan)
        /// Sends StartTransaction.
        case starting(ChargingSession.Plan)
        /// Sends StatusNotification Charging.
        case announcing(ChargingSession)
        /// Sends MeterValues every meter interval until the plan's samples are sent.
        case charging(ChargingSession)
        /// Sends StopTransaction.
        case stopping(ChargingSession, Reason)
        /// Sends StatusNotification Finishing.
        case finishing
        /// Sends StatusNotification Available (or Unavailable when inoperative).
        case releasing
        /// Sends StatusNotification Faulted.
        case faulting(ChargePointErrorCode, vendorErrorCode: String)
        /// Faulted; recovers at `dueAt`.
        case faulted(ChargePointErrorCode, vendorErrorCode: String)
    }

    package let connectorID: Int
    package internal(set) var phase = Phase.idle
    /// When the phase's next step is due, as an offset from the simulation's start; nil while nothing is planned.
    package internal(set) var dueAt: Duration?
    /// The energy register between sessions, in Wh.
    package internal(set) var meterWh: Int64
    /// Set by ChangeAvailability Inoperative: the connector starts no sessions and reports Unavailable.
    package internal(set) var isInoperative = false
    /// Set by `begin` when the behaviour `startsMidCycle`: the next session sends only a remainder of its samples.
    private var joinsSessionMidway = false

    package init(connectorID: Int, meterWh: Int64) {
        self.connectorID = connectorID
        self.meterWh = meterWh
    }

    /// True while a transaction is open: from the StartTransaction answer to the StopTransaction answer.
    package var isInTransaction: Bool {
        switch phase {
        case .announcing, .charging, .stopping: true
        default: false
        }
    }

    /// The connector's status as a StatusNotification would report it now.
    package var status: ChargePointStatus {
        switch phase {
        case .idle, .releasing, .authorizing: isInoperative ? .unavailable : .available
        case .preparing, .starting: .preparing
        case .announcing, .charging, .stopping: .charging
        case .finishing: .finishing
        case .faulting, .faulted: .faulted
        }
    }

    /// A StatusNotification of the current status, with the fault's codes when faulted.
    package var statusReport: StationMessage {
        switch phase {
        case .faulting(let code, let vendorCode), .faulted(let code, let vendorCode):
            .statusNotification(connector: connectorID, status: .faulted, errorCode: code, vendorErrorCode: vendorCode)
        default:
            .statusNotification(connector: connectorID, status: status, errorCode: .noError, vendorErrorCode: nil)
        }
    }

    /// Plans the first activity after a boot, at a random point of the first idle period so stations do not march.
    package mutating func begin(at now: Duration, behaviour: StationBehaviour, random: inout SeededGenerator) {
        guard phase == .idle, !isInoperative else { return }
        let spread = Double.random(in: 0...behaviour.idleIntervals.upperBound, using: &random)
        dueAt = now + behaviour.meterValueInterval * spread
        joinsSessionMidway = behaviour.startsMidCycle
    }

    /// Forgets the plan after a reboot: the connector waits for `begin` after the next accepted boot.
    package mutating func halt() {
        if !isInTransaction { phase = .idle }
        dueAt = nil
    }

    /// Ends a waiting phase whose time has come: an idle connector starts a session or faults, a fault clears.
    ///
    /// `mayBegin` is false while the station is rebooting: idle connectors stay idle.
    package mutating func advance(
        to now: Duration,
        mayBegin: Bool,
        behaviour: StationBehaviour,
        random: inout SeededGenerator
    ) {
        guard let dueAt, dueAt <= now else { return }
        switch phase {
        case .idle where mayBegin && !isInoperative:
            if random.chance(behaviour.faultProbability) {
                let code = ChargePointErrorCode.simulatedFaults.randomElement(using: &random) ?? .otherError
                phase = .faulting(code, vendorErrorCode: "E-\(Int.random(in: 1000...9999, using: &random))")
            } else {
                var plan = ChargingSession.Plan.random(
                    idTag: Self.idTag(behaviour: behaviour, random: &random),
                    behaviour: behaviour,
                    using: &random
                )
                if joinsSessionMidway {
                    plan.samples = Int.random(in: 1...max(1, plan.samples), using: &random)
                    joinsSessionMidway = false
                }
                phase = .authorizing(plan)
            }
        case .faulted:
            phase = .releasing
        default:
            return
        }
    }

    /// The message this connector sends now, if its phase has one and it is due.
    package func request(at now: Duration) -> StationMessage? {
        guard let dueAt, dueAt <= now else { return nil }
        switch phase {
        case .idle, .faulted:
            return nil
        case .authorizing(let plan):
            return .authorize(idTag: plan.idTag)
        case .preparing:
            return .statusNotification(
                connector: connectorID,
                status: .preparing,
                errorCode: .noError,
                vendorErrorCode: nil
            )
        case .starting(let plan):
            return .startTransaction(connector: connectorID, idTag: plan.idTag, meterStart: meterWh)
        case .announcing:
            return .statusNotification(
                connector: connectorID,
                status: .charging,
                errorCode: .noError,
                vendorErrorCode: nil
            )
        case .charging(let session):
            return .meterValues(reading(of: session, at: now, context: .samplePeriodic))
        case .stopping(let session, let reason):
            return .stopTransaction(
                transactionID: session.transactionID,
                idTag: session.plan.idTag,
                meterStop: session.register(at: now),
                reason: reason
            )
        case .finishing:
            return .statusNotification(
                connector: connectorID,
                status: .finishing,
                errorCode: .noError,
                vendorErrorCode: nil
            )
        case .releasing:
            return .statusNotification(
                connector: connectorID,
                status: isInoperative ? .unavailable : .available,
                errorCode: .noError,
                vendorErrorCode: nil
            )
        case .faulting(let code, let vendorCode):
            return .statusNotification(
                connector: connectorID,
                status: .faulted,
                errorCode: code,
                vendorErrorCode: vendorCode
            )
        }
    }

    /// A MeterValues sample of the register now, inside or outside a transaction (for TriggerMessage).
    package func meterReading(at now: Duration) -> MeterReading {
        switch phase {
        case .announcing(let session), .charging(let session), .stopping(let session, _):
            reading(of: session, at: now, context: .trigger)
        default:
            MeterReading(
                connector: connectorID,
                transactionID: nil,
                energyWh: meterWh,
                powerW: 0,
                stateOfCharge: nil,
                context: .trigger
            )
        }
    }

    private func reading(of session: ChargingSession, at now: Duration, context: MeterReading.Context) -> MeterReading {
        MeterReading(
            connector: connectorID,
            transactionID: session.transactionID,
            energyWh: session.register(at: now),
            powerW: session.plan.powerW,
            stateOfCharge: session.stateOfCharge(at: now),
            context: context
        )
    }

    private static func idTag(behaviour: StationBehaviour, random: inout SeededGenerator) -> String {
        if !random.chance(behaviour.foreignTagProbability),
            let known = behaviour.knownIdTags.randomElement(using: &random)
        {
            return known
        }
        return "04" + (0..<6).map { _ in hexByte(UInt8.random(in: 0...255, using: &random)) }.joined()
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension ChargePointErrorCode {
    /// The faults a simulated connector has now and then: hardware trouble, never `noError`.
    static let simulatedFaults: [ChargePointErrorCode] = [
        .connectorLockFailure, .evCommunicationError, .groundFailure, .highTemperature, .overCurrentFailure,
        .powerMeterFailure, .powerSwitchFailure, .readerFailure, .underVoltage, .overVoltage,
    ]
}
