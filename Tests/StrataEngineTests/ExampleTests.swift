import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// The examples, run from a clean copy as a user would: examples/workbench-flow's Makefile on
/// MariaDB and SQLite, and the commands examples/change-control's CI workflow runs.
@Suite("Examples")
struct ExampleTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A clean copy of an example folder (no .secrets.yml, no database, no generated files).
    static func copy(_ example: String) throws -> String {
        let dir = try TestDatabase.tempDirectory() + "/" + example
        try FileManager.default.copyItem(atPath: repo + "/examples/" + example, toPath: dir)
        return dir
    }

    static func make(_ args: [String], in dir: String, url: String) throws -> CLI.Result {
        try CLI.runProcess("make", ["--no-print-directory", "STRATA=\(CLI.binary)"] + args, in: dir, env: ["STRATA_DATABASE_URL": url])
    }

    @Test(arguments: [Engine.mysql, .sqlite])
    func workbenchFlowMakefile(_ engine: Engine) async throws {
        let db = try await TestDatabase.create(engine)
        let dir = try Self.copy("workbench-flow")
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        do {
            // make all: the first migration from the model, and the models.
            var r = try Self.make(["all", "MESSAGE=store v1"], in: dir, url: db.url)
            #expect(r.status == 0 && r.stdout.contains("create table customers"), "\(r)")
            let models = try String(contentsOfFile: dir + "/Models/Models.swift", encoding: .utf8)
            #expect(models.contains("extension Shop {") && models.contains("public struct Customer:"))
            r = try Self.make(["migrate"], in: dir, url: db.url)
            #expect(r.status == 0 && r.stdout.contains("OK"), "\(r)")
            try await db.with { try await $0.execute("INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.com')") }
            // The designer edits the model in Workbench: make all writes renames, make migrate keeps the row.
            try FileManager.default.removeItem(atPath: dir + "/model.mwb")
            try FileManager.default.copyItem(atPath: Self.repo + "/examples/workbench/store-v2.mwb", toPath: dir + "/model.mwb")
            r = try Self.make(["all", "MESSAGE=store v2"], in: dir, url: db.url)
            #expect(r.status == 0 && r.stdout.contains("rename table customers to clients") && r.stdout.contains("Wrote "), "\(r)")
            #expect(try String(contentsOfFile: dir + "/Models/Models.swift", encoding: .utf8).contains("public struct Client:"))
            r = try Self.make(["migrate"], in: dir, url: db.url)
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT id, full_name, email FROM clients") == [["1", "Ada", "ada@example.com"]])
            // Nothing changed: make all writes nothing.
            r = try Self.make(["all"], in: dir, url: db.url)
            #expect(r.status == 0 && r.stdout.contains("Nothing to do") && r.stdout.contains("Unchanged "), "\(r)")
        } catch { await db.drop(); throw error }
        await db.drop()
    }

    /// `make demo` as the README gives it, in a copy of the Makefile, scripts/ and examples/ (the
    /// build step is the binary under test: `SWIFT=true` makes `swift build` a no-op).
    @Test func makeDemo() throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for item in ["Makefile", "scripts", "examples"] {
            try FileManager.default.copyItem(atPath: Self.repo + "/" + item, toPath: dir + "/" + item)
        }
        let r = try CLI.runProcess("make", ["--no-print-directory", "demo", "SWIFT=true", "BIN=\(CLI.binary)"], in: dir)
        #expect(r.status == 0, "\(r)")
        // The rows at the end of each part: customers with emails, then the Workbench store's clients.
        #expect(r.stdout.contains("ada@example.com") && r.stdout.contains("Edsger"), "\(r.stdout.suffix(3000))")
        #expect(r.stdout.contains("rename table customers to clients") && r.stdout.contains("The demo project is in"), "\(r.stdout.suffix(3000))")
        let rows = try CLI.runProcess("sqlite3", [dir + "/demo/workbench/store.db", "SELECT id, full_name FROM clients ORDER BY id"], in: dir)
        #expect(rows.stdout == "1|Ada\n2|Alan\n", "\(rows)")
    }

    /// The steps of examples/change-control/.github/workflows/migrations.yml, on a clean copy.
    @Test(arguments: [Engine.mysql, .postgresql])
    func changeControlWorkflowSteps(_ engine: Engine) async throws {
        let db = try await TestDatabase.create(engine)
        let dir = try Self.copy("change-control")
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        func strata(_ args: String...) throws -> CLI.Result { try CLI.run(args, in: dir, env: ["STRATA_DATABASE_URL": db.url]) }
        do {
            // The base branch has the first revision only; the pull request adds the second.
            let second = dir + "/migrations/20261102_0900_c0ffee000002_add_email.sql"
            let text = try String(contentsOfFile: second, encoding: .utf8)
            try FileManager.default.removeItem(atPath: second)
            var r = try strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            r = try strata("current", "-q")
            let base = String(r.stdout.split(separator: " ").first ?? "")
            #expect(base == "c0ffee000001", "\(r)")
            try await db.with { try await $0.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')") }
            try text.write(toFile: second, atomically: true, encoding: .utf8)
            r = try strata("check")
            #expect(r.status == 0, "\(r)")
            r = try strata("upgrade", "--sql", "\(base):head")
            #expect(r.status == 0 && r.stdout.contains("ALTER TABLE customers ADD COLUMN email VARCHAR(200);"), "\(r)")
            for args in [["upgrade", "head"], ["downgrade", base], ["upgrade", "head"]] {
                r = try CLI.run(args, in: dir, env: ["STRATA_DATABASE_URL": db.url])
                #expect(r.status == 0, "\(args): \(r)")
            }
            #expect(try await db.query("SELECT id, name, email FROM customers") == [["1", "Ada", nil]])
            // On merge: the deploy job's steps.
            r = try strata("check", "--offline")
            #expect(r.status == 0, "\(r)")
            r = try strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            r = try strata("current")
            #expect(r.stdout.contains("c0ffee000002"), "\(r)")
            // A pull request that edits an applied revision fails the check.
            try text.replacingOccurrences(of: "VARCHAR(200)", with: "VARCHAR(250)").write(toFile: second, atomically: true, encoding: .utf8)
            r = try strata("check")
            #expect(r.status == 1 && r.stdout.contains("c0ffee000002"), "\(r)")
        } catch { await db.drop(); throw error }
        await db.drop()
    }
}
