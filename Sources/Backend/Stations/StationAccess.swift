import Credentials
import Domain
import Logging
import NIOPosix
import OCPPServer

/// Decides which charge points may connect: known stations with the right password, and unknown ones per policy.
package struct StationAccess: StationAuthenticator {
    private let store: any LeitstandStore
    private let committer: GroupCommitter
    private let policy: UnknownStationPolicy
    private let passwords: VerifiedPasswordCache
    private let clock: any WallClock
    private let logger: Logger

    package init(
        store: any LeitstandStore, committer: GroupCommitter, policy: UnknownStationPolicy,
        passwords: VerifiedPasswordCache = VerifiedPasswordCache(), clock: any WallClock, logger: Logger
    ) {
        self.store = store
        self.committer = committer
        self.policy = policy
        self.passwords = passwords
        self.clock = clock
        self.logger = logger
    }

    package func authenticate(_ request: ConnectionRequest) async -> ConnectionDecision {
        guard let id = StationID(request.stationID) else { return .reject(.unknownStation) }
        let station: Station?
        do {
            station = try await store.station(id)
        } catch is CancellationError {
            // The socket closed while its handshake waited (the station gave up); nobody is left to answer.
            logger.debug("Handshake abandoned by the station", metadata: ["ocpp.station": "\(id)"])
            return .reject(.unauthorized)
        } catch {
            logger.error(
                "Station lookup failed during a handshake",
                metadata: ["ocpp.station": "\(id)", LogKey.error: "\(error)"])
            return .reject(.unauthorized)
        }
        guard let station else { return await admitUnknown(id) }
        switch station.registration {
        case .rejected:
            return .reject(.unauthorized)
        case .pending where station.passwordHash == nil:
            return .accept
        case .accepted, .pending:
            guard let encoded = station.passwordHash, let hash = PasswordHash(encoded: encoded),
                let password = request.password
            else { return refuseWrongPassword(id) }
            do {
                return try await isVerified(password, against: hash) ? .accept : refuseWrongPassword(id)
            } catch is CancellationError {
                // The station gave up while its password was being checked: not a wrong password.
                logger.debug(
                    "Handshake abandoned by the station during its password check", metadata: ["ocpp.station": "\(id)"])
                return .reject(.unauthorized)
            } catch {
                logger.error(
                    "A password could not be checked", metadata: ["ocpp.station": "\(id)", LogKey.error: "\(error)"])
                return .reject(.unauthorized)
            }
        }
    }

    private func refuseWrongPassword(_ id: StationID) -> ConnectionDecision {
        logger.warning("Refused a station: wrong or missing password", metadata: ["ocpp.station": "\(id)"])
        return .reject(.unauthorized)
    }

    /// Checks a password on NIO's blocking-work pool: a PBKDF2 check takes about 12 ms of CPU and must not hold
    /// one of the few threads of Swift's cooperative pool while thousands of stations reconnect. Throws
    /// `CancellationError` when the handshake was abandoned before the check ran.
    private func isVerified(_ password: String, against hash: PasswordHash) async throws -> Bool {
        let passwords = self.passwords
        return try await NIOThreadPool.singleton.runIfActive { passwords.verify(password, against: hash) }
    }

    private func admitUnknown(_ id: StationID) async -> ConnectionDecision {
        switch policy {
        case .reject:
            logger.warning("Refused an unknown station", metadata: ["ocpp.station": "\(id)"])
            return .reject(.unknownStation)
        case .acceptAsPending:
            do {
                _ = try await committer.commit(.stationPendingRegistration(id, at: clock.now()))
                logger.notice(
                    "An unknown station connected and waits for registration", metadata: ["ocpp.station": "\(id)"])
                return .accept
            } catch {
                return .reject(.unauthorized)
            }
        }
    }
}

/// What to do with a station id the store does not know.
package enum UnknownStationPolicy: String, Sendable, CaseIterable {
    case reject
    /// Let it in as pending registration, shown to agents; its BootNotification is answered Pending.
    case acceptAsPending = "pending"
}
