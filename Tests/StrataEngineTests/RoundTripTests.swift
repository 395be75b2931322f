import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Real public schemas (Sakila, Chinook, a WordPress-style schema) written out from their published
/// DDL: `inspect --format sql` of each, applied to an empty database, gives back an equal schema.
@Suite("inspect -> render -> apply round trip on public schemas")
struct RoundTripTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Convergence/schemas").path

    /// (file, engine) for every `name.engine.sql` in the folder.
    static let schemas: [(String, Engine)] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().compactMap { name in
            let parts = name.split(separator: ".")
            guard parts.count == 3, let e = Engine(name: String(parts[1])) else { return nil }
            return (name, e)
        }
    }()

    @Test func everyPublicSchemaIsThere() {
        #expect(Self.schemas.count >= 9, "\(Self.schemas.map(\.0))")
    }

    @Test(arguments: schemas)
    func roundTrip(_ file: String, engine: Engine) async throws {
        let source = try await TestDatabase.create(engine)
        let copy = try await TestDatabase.create(engine)
        defer { Task { await source.drop(); await copy.drop() } }
        let ddl = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
        try await source.with { db in for s in SQLSplitter.split(ddl, engine: engine) { try await db.execute(s.sql) } }
        let original = try await source.with { try await $0.inspect(excluding: []) }
        #expect(original.tables.count >= 8, "\(file): \(original.tables.count) tables read")

        let rendered = try CLI.run(["inspect", source.url, "--format", "sql"], in: source.directory)
        #expect(rendered.status == 0, "\(file): \(rendered)")
        try await copy.with { db in
            for s in SQLSplitter.split(rendered.stdout, engine: engine) {
                do { try await db.execute(s.sql) } catch { Issue.record("\(file): statement at line \(s.line) failed: \(error)\n\(s.sql)"); throw error }
            }
        }
        let back = try await copy.with { try await $0.inspect(excluding: []) }
        let same = original.normalized() == back.normalized()
        let changes = Differ().diff(from: back, to: original).changes.map(\.summary)
        #expect(same, "\(file) on \(engine): the round trip differs: \(changes)")
    }
}
