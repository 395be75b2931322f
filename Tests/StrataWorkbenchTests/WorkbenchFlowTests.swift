import Foundation
import WorkbenchFixtures
import StrataKit
import Testing

/// The model-driven workflow on SQLite: model v1 -> autogenerate -> upgrade -> rows -> model v2
/// with a table and a column renamed in Workbench (same object ids) -> autogenerate writes renames,
/// not drop+add -> upgrade keeps the rows -> check is clean -> downgrade brings v1 back with its rows.
@Suite("Workbench workflow with exact renames")
struct WorkbenchFlowTests {
    /// Runs the built `strata` next to the test bundle.
    func strata(_ args: [String], in dir: String) throws -> (status: Int32, out: String, err: String) {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary = folder.appendingPathComponent("strata").path
        for _ in 0..<3 where !FileManager.default.isExecutableFile(atPath: binary) {
            folder = folder.deletingLastPathComponent()
            binary = folder.appendingPathComponent("strata").path
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func renamesInTheModelBecomeRenamesInTheDatabase() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("strata-flow-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "default:\n  database_url: sqlite:///app.db\n  target: model.mwb\n".write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        try GRTFixture.shop().write(to: dir + "/model.mwb")
        var r = try strata(["autogenerate", "-m", "v1"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(try strata(["upgrade"], in: dir).status == 0)
        let db = try await Databases.connect("sqlite:///" + dir + "/app.db")
        try await db.execute("INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@x'), (2, 'Alan', NULL)")
        try await db.execute("INSERT INTO orders (id, customer_id, total, state) VALUES (10, 1, 5.5, 'paid')")

        // Model v2: customers renamed clients and name renamed full_name in Workbench (same ids), a column added.
        var v2 = GRTFixture.shop()
        v2.tables[1].name = "clients"
        v2.tables[1].columns[1].name = "full_name"
        v2.tables[1].columns.append(GRTFixture.Col(id: "c-phone", name: "phone", type: "varchar", length: 30))
        try v2.write(to: dir + "/model.mwb")
        r = try strata(["autogenerate", "-m", "v2"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("rename table customers to clients") && r.out.contains("rename column name to full_name"), "\(r)")
        #expect(!r.out.contains("drop table customers"), "\(r)")
        r = try strata(["upgrade"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(try await db.query("SELECT id, full_name, email, phone FROM clients ORDER BY id") == [["1", "Ada", "ada@x", nil], ["2", "Alan", nil, nil]])
        #expect(try await db.query("SELECT customer_id FROM orders") == [["1"]])
        r = try strata(["check"], in: dir)
        #expect(r.status == 0, "\(r)")

        r = try strata(["downgrade", "-1"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(try await db.query("SELECT id, name, email FROM customers ORDER BY id") == [["1", "Ada", "ada@x"], ["2", "Alan", nil]])
        await db.close()
    }

    @Test func schemaPicksOneOfSeveral() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/workbench-samples/24_CLSA_cenozo_cenozo.mwb").path
        guard FileManager.default.fileExists(atPath: sample) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(sample) is missing in CI") }
            return
        }
        let dir = FileManager.default.temporaryDirectory.path
        var r = try strata(["inspect", sample, "--format", "json"], in: dir)
        #expect(r.status == 2 && r.err.contains("has 2 schemas (cenozo, app)"), "\(r)")
        for (name, args) in [("app", ["--schema", "app"]), ("app", []), ("cenozo", ["--schema", "cenozo"])] {
            let source = args.isEmpty ? sample + "#" + name : sample
            r = try strata(["inspect", source, "--format", "json"] + args, in: dir)
            #expect(r.status == 0, "\(r)")
            let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
            let tables = (json?["tables"] as? [[String: Any]])?.count ?? 0
            #expect(tables == (name == "app" ? 7 : 111), "\(name): \(tables)")
        }
        r = try strata(["inspect", sample, "--schema", "nope"], in: dir)
        #expect(r.status == 2 && r.err.contains("no schema 'nope' in the model (it has: cenozo, app)"), "\(r)")
    }
}
