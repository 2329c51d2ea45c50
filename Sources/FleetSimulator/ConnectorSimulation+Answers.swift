import OCPP

extension ConnectorSimulation {
    /// Moves on after the central system answered `request`, the connector's message.
    ///
    /// An answer to a message of an earlier phase (the phase moved on by a command meanwhile) changes nothing:
    /// the current phase sends its own message. A CALLERROR counts as an answer, except that StartTransaction
    /// without a transaction id ends the attempt, and Authorize without `Accepted` ends the session before it starts.
    package mutating func answered(
        _ answer: CallAnswer,
        to request: StationMessage,
        at now: Duration,
        behaviour: StationBehaviour,
        random: inout SeededGenerator
    ) {
        guard isAnswer(to: request) else { return }
        let interval = behaviour.meterValueInterval
        switch phase {
        case .authorizing(let plan):
            if answer.idTagStatus == "Accepted" {
                moveNow(to: .preparing(plan), at: now)
            } else {
                rest(at: now, behaviour: behaviour, random: &random)
            }
        case .preparing(let plan):
            moveNow(to: .starting(plan), at: now)
        case .starting(let plan):
            guard let transactionID = answer.integer("transactionId") else {
                moveNow(to: .releasing, at: now)
                return
            }
            let session = ChargingSession(plan: plan, transactionID: transactionID, meterStart: meterWh, startedAt: now)
            moveNow(
                to: answer.idTagStatus == "Accepted" ? .announcing(session) : .stopping(session, .deAuthorized),
                at: now
            )
        case .announcing(let session):
            phase = .charging(session)
            dueAt = now + interval
        case .charging(var session):
            session.samplesSent += 1
            if session.samplesSent >= session.plan.samples {
                moveNow(to: .stopping(session, random.chance(0.8) ? .local : .evDisconnected), at: now)
            } else {
                phase = .charging(session)
                dueAt = (dueAt ?? now) + interval
            }
        case .stopping:
            if case .stopTransaction(_, _, let meterStop, _) = request { meterWh = meterStop }
            moveNow(to: .finishing, at: now)
        case .finishing:
            phase = .releasing
            dueAt = now + interval * Double.random(in: behaviour.finishingIntervals, using: &random)
        case .releasing:
            rest(at: now, behaviour: behaviour, random: &random)
        case .faulting(let code, let vendorCode):
            phase = .faulted(code, vendorErrorCode: vendorCode)
            dueAt = now + interval * Double.random(in: behaviour.faultIntervals, using: &random)
        case .idle, .faulted:
            return
        }
    }

    /// Ends the open transaction with `reason` (remote stop, unlock, reset). False when there is none.
    package mutating func stopTransaction(reason: Reason, at now: Duration) -> Bool {
        switch phase {
        case .announcing(let session), .charging(let session):
            moveNow(to: .stopping(session, reason), at: now)
            return true
        case .stopping:
            return true
        default:
            return false
        }
    }

    /// Starts a session for `idTag` on the central system's request. False unless the connector is idle and operative.
    package mutating func startRemotely(
        idTag: String,
        authorizeFirst: Bool,
        at now: Duration,
        behaviour: StationBehaviour,
        random: inout SeededGenerator
    ) -> Bool {
        guard phase == .idle, !isInoperative else { return false }
        var plan = ChargingSession.Plan.random(idTag: idTag, behaviour: behaviour, using: &random)
        plan.idTag = idTag
        moveNow(to: authorizeFirst ? .authorizing(plan) : .preparing(plan), at: now)
        return true
    }

    /// Makes the connector operative or inoperative (ChangeAvailability). False when it waits for the session to end.
    package mutating func setInoperative(_ inoperative: Bool, at now: Duration) -> Bool {
        guard inoperative != isInoperative else { return true }
        isInoperative = inoperative
        switch phase {
        case .idle:
            moveNow(to: .releasing, at: now)
            return true
        case .releasing, .faulting, .faulted:
            return true
        default:
            return false
        }
    }

    private mutating func moveNow(to next: Phase, at now: Duration) {
        phase = next
        dueAt = now
    }

    private mutating func rest(at now: Duration, behaviour: StationBehaviour, random: inout SeededGenerator) {
        phase = .idle
        let idle = Double.random(in: behaviour.idleIntervals, using: &random)
        dueAt = isInoperative ? nil : now + behaviour.meterValueInterval * idle
    }

    /// True when `request` is the message the current phase sends.
    private func isAnswer(to request: StationMessage) -> Bool {
        switch (phase, request) {
        case (.authorizing, .authorize), (.starting, .startTransaction), (.charging, .meterValues),
            (.stopping, .stopTransaction):
            true
        case (.preparing, .statusNotification(_, let status, _, _)): status == .preparing
        case (.announcing, .statusNotification(_, let status, _, _)): status == .charging
        case (.finishing, .statusNotification(_, let status, _, _)): status == .finishing
        case (.faulting, .statusNotification(_, let status, _, _)): status == .faulted
        case (.releasing, .statusNotification(_, let status, _, _)):
            status == (isInoperative ? .unavailable : .available)
        default:
            false
        }
    }
}
