// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Leitstand",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "leitstand", targets: ["leitstand"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    ],
    targets: [
        // Rules as value types and functions. No I/O.
        .target(
            name: "Domain", dependencies: [.product(name: "HeapModule", package: "swift-collections")],
            swiftSettings: strict),
        // OCPP 1.6J wire model: frames, payloads, strict validation. No NIO.
        .target(name: "OCPP", swiftSettings: strict),
        // System library: OpenSSL's libcrypto (PBKDF2 for password hashes).
        .systemLibrary(
            name: "COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        // Slow salted password hashes.
        .target(name: "Credentials", dependencies: ["COpenSSL"], swiftSettings: strict),
        // WebSocket transport for charge points.
        .target(
            name: "OCPPServer",
            dependencies: [
                "OCPP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),
        // GRDB / SQLite store.
        .target(
            name: "Storage",
            dependencies: ["Domain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        // The console's only road to the backend.
        .target(
            name: "BackendClient",
            dependencies: [
                "Domain",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict),
        // Backend services: actors and wiring.
        .target(
            name: "Backend",
            dependencies: [
                "Domain", "OCPP", "OCPPServer", "Storage", "BackendClient", "Credentials", "Accounts", "Telemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ], swiftSettings: strict),
        // Metrics for an operator's monitoring: swift-metrics instruments exported by swift-prometheus.
        .target(
            name: "Telemetry",
            dependencies: [
                "Domain", "OCPP",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ], swiftSettings: strict),
        // Logins, sessions, lockout and account management on the store.
        .target(
            name: "Accounts",
            dependencies: [
                "Domain", "Credentials", "BackendClient",
                .product(name: "NIOPosix", package: "swift-nio"),
            ], swiftSettings: strict),
        // System library: ncursesw (wide characters, colours, terminal input).
        .systemLibrary(
            name: "CNcursesw", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),
        // Terminal presentation: view models, a virtual screen, and the ncurses terminal that shows it.
        .target(name: "Console", dependencies: ["BackendClient", "Domain", "CNcursesw"], swiftSettings: strict),
        // Simulated charge points: demo traffic and load generator.
        .target(
            name: "FleetSimulator",
            dependencies: [
                "OCPP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "HeapModule", package: "swift-collections"),
            ], swiftSettings: strict),
        .executableTarget(
            name: "leitstand",
            dependencies: [
                "Backend", "Console", "FleetSimulator", "Storage", "Credentials", "Domain", "Accounts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),

        .testTarget(name: "DomainTests", dependencies: ["Domain"], swiftSettings: strict),
        .testTarget(name: "OCPPTests", dependencies: ["OCPP"], swiftSettings: strict),
        .testTarget(name: "CredentialsTests", dependencies: ["Credentials"], swiftSettings: strict),
        .testTarget(name: "TelemetryTests", dependencies: ["Telemetry", "Domain", "OCPP"], swiftSettings: strict),
        .testTarget(
            name: "OCPPServerTests",
            dependencies: [
                "OCPPServer", "OCPP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ], swiftSettings: strict),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "Domain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "BackendTests",
            dependencies: [
                "Backend", "BackendClient", "Domain", "OCPP", "OCPPServer", "Storage", "Credentials", "Accounts",
                "Telemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ], swiftSettings: strict),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "BackendClient", "Domain"], swiftSettings: strict),
        .testTarget(
            name: "AccountsTests", dependencies: ["Accounts", "Storage", "Domain", "Credentials", "BackendClient"],
            swiftSettings: strict),
        .testTarget(
            name: "FleetSimulatorTests",
            dependencies: [
                "FleetSimulator", "OCPP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
