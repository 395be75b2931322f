import Foundation
import Testing

/// The module layout docs/architecture.md describes, checked on the sources themselves.
@Suite struct LayoutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func swiftFiles(in folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        let names = try FileManager.default.subpathsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try names.map { ("\(folder)/\($0)", try String(contentsOf: base.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Code lines of `text`, with comments and string literals' words left in: a branch on an engine
    /// is `.sqlite`, `.postgresql` or `.mysql` used as a value.
    static func engineBranches(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//") else { return false }
            return code.range(of: #"(?<![A-Za-z0-9_"])\.(sqlite|postgresql|mysql)\b"#, options: .regularExpression) != nil
        }
    }

    @Test func theCoreNamesNoEngineOutsideItsRoster() throws {
        let files = try Self.swiftFiles(in: "Sources/Strata")
        #expect(files.count > 25, "the core's sources were not found at \(Self.root.path)")
        var found: [String] = []
        for (path, text) in files where path != "Sources/Strata/Database/Engine.swift" {
            found += Self.engineBranches(text).map { "\(path): \($0.trimmingCharacters(in: .whitespaces))" }
        }
        #expect(found == [], "engine branches in the core; move them into the engine's dialect:\n\(found.joined(separator: "\n"))")
    }

    @Test func theCheckSeesABranchWhenThereIsOne() {
        #expect(Self.engineBranches("    if engine == .mysql { x() }\n    // .sqlite in a comment\n    let q = \"a.sqlite\"").count == 1)
        #expect(Self.engineBranches("case .postgresql: return 1").count == 1)
    }

    @Test func theDialectsImportNoDriver() throws {
        for engine in ["SQLite", "Postgres", "MySQL"] {
            for (path, text) in try Self.swiftFiles(in: "Sources/Strata\(engine)Dialect") {
                let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("@_exported import ") }
                    .map { $0.split(separator: " ").last.map(String.init) ?? "" }
                #expect(Set(imports).isSubset(of: ["Strata", "Foundation"]), "\(path) imports \(imports)")
            }
        }
    }

    @Test func theCommandLineFolderDiffersFromTheCoreByMoreThanCase() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
        let lowered = sources.map { $0.lowercased() }
        #expect(Set(lowered).count == lowered.count, "Sources/ holds folders that differ only by case: \(sources.sorted())")
    }
}
