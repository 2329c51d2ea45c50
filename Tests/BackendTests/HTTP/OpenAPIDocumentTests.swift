import BackendClient
import Foundation
import Testing

/// `docs/openapi.yaml` against `APIContract.Route` and the metrics path, the routes the server registers.
@Suite("docs/openapi.yaml")
struct OpenAPIDocumentTests {
    private static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/openapi.yaml")

    /// The operations under `paths:` as `"METHOD /path"`, read from the document's indentation.
    private static func operations(in text: String) -> Set<String> {
        var operations: Set<String> = []
        var inPaths = false
        var path: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let indent = line.prefix { $0 == " " }.count
            let key = line.drop { $0 == " " }.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            switch indent {
            case 0: inPaths = key == "paths"
            case 2 where inPaths: path = key.hasPrefix("/") ? key : nil
            case 4 where inPaths && ["get", "post", "put", "patch", "delete"].contains(key):
                if let path { operations.insert("\(key.uppercased()) \(path)") }
            default: break
            }
        }
        return operations
    }

    @Test("every route the server registers is documented, and every documented route exists")
    func routesMatch() throws {
        let documented = Self.operations(in: try String(contentsOf: Self.document, encoding: .utf8))
        let served = Set(APIContract.Route.allCases.map { "\($0.method.rawValue) \($0.template)" })
            .union(["GET \(APIContract.metricsPath)"])
        #expect(served.subtracting(documented).sorted() == [], "routes missing from docs/openapi.yaml")
        #expect(documented.subtracting(served).sorted() == [], "documented routes the server does not have")
    }

    @Test("the document is OpenAPI 3.1 with the bearer scheme required by default, and login exempt")
    func bearerScheme() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(text.hasPrefix("openapi: 3.1."))
        #expect(text.contains("\n  - bearerAuth: []\n"))
        #expect(text.contains("\n    bearerAuth:\n      type: http\n      scheme: bearer\n"))
        let login = try #require(text.range(of: "  /api/v1/login:\n"))
        #expect(text[login.upperBound...].prefix(200).contains("security: []"))
    }
}
