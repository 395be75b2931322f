import Foundation
import StrataAuthoring
import Testing
import StrataTestSupport

/// The verbs as library calls, without a process: what a service, a SwiftPM plugin or a test does.
@Suite("The verbs in-process")
struct VerbsInProcessTests {
    @Test(arguments: Engine.allCases)
    func autogenerateCheckCurrentAndHistoryInProcess(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try p.revision("a1a1a1a1a1a1", message: "create items",
                           upgrade: "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\nINSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');",
                           downgrade: "DROP TABLE items;")
            // A DDL file is read on a scratch database of the engine's server.
            let dev = engine == .sqlite ? [:] : ["dev_url": engine == .postgresql ? TestDatabase.postgresAdmin : TestDatabase.mysqlAdmin]
            let settings = try await p.settings(overrides: dev)
            var project = try await p.project(overrides: dev)
            #expect(try await Migrator(databaseURL: db.url, migrations: settings.migrations).upgrade() == ["a1a1a1a1a1a1"])
            try "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price INTEGER);\n"
                .write(toFile: p.directory + "/target.sql", atomically: true, encoding: .utf8)

            var warnings: [String] = []
            let report = try await project.autogenerate(AutogenerateRequest(message: "add price", target: p.directory + "/target.sql"),
                                                        warn: { warnings.append($0) })
            #expect(report.written.count == 1 && report.engines == [engine], "\(report)")
            let written = try #require(report.written.first)
            #expect(written.changes.map(\.summary) == ["alter table items: add column price"], "\(written.changes)")
            #expect(FileManager.default.fileExists(atPath: written.path))
            #expect(warnings == [])

            project = try Project.load(settings: settings)
            var check = try await project.check(target: p.directory + "/target.sql")
            #expect(!check.passed && check.pending == [written.id] && check.drift == ["alter table items: add column price"], "\(check)")
            #expect(try await Migrator(databaseURL: db.url, migrations: settings.migrations).upgrade() == [written.id])
            check = try await project.check(target: p.directory + "/target.sql")
            #expect(check.passed && check.pending == [] && check.drift == [], "\(check)")
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
            #expect(try await db.columns("items") == ["id", "name", "price"])

            let current = try await project.current()
            #expect(current.heads == [written.id] && current.pending == [] && current.applied.count == 2)
            #expect(try await project.history() == [written.id, "a1a1a1a1a1a1"])
            #expect(try await project.history(range: "current:") == [written.id])
            // Nothing left to write: the report says so and no file appears.
            let again = try await project.autogenerate(AutogenerateRequest(message: "again", target: p.directory + "/target.sql"))
            #expect(again.written.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: settings.migrations).filter { $0.hasSuffix(".sql") }.count == 2)
        }
    }

    /// A model the database would refuse comes back as a typed error listing the objects; nothing is written.
    @Test func aRefusedModelIsATypedErrorAndNothingIsWritten() async throws {
        try await withProject(.sqlite) { db, p in
            let settings = try await p.settings()
            let project = try await p.project()
            do {
                let diff = try await SchemaLoader.diff(from: db.url, to: db.url, engine: nil, settings: settings)
                #expect(diff.steps.isEmpty && diff.script() == "")
                _ = try await project.newRevision(RevisionRequest(message: "first", id: "bad id!"))
                Issue.record("a revision id with a space was accepted")
            } catch let error as StrataError {
                #expect(error.description.contains("'bad id!' is not a revision id"), "\(error)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: settings.migrations) == [])
            let path = try project.newRevision(RevisionRequest(message: "first", id: "f1"))
            #expect(path.hasSuffix("_first.sql") && FileManager.default.fileExists(atPath: path))
        }
    }
}
