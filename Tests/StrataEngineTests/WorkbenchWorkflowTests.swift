import Foundation
import StrataKit
import Testing
import WorkbenchFixtures
import StrataTestSupport

/// The first workflow end to end, with the model as the source of truth on each engine: model v1 ->
/// autogenerate -> upgrade -> rows -> model v2 edited in Workbench (a table and a column renamed, a
/// column added, types widened, an index renamed, an index and a foreign key added, a table dropped)
/// -> autogenerate writes renames, not drop+add -> upgrade keeps the rows -> check is clean ->
/// downgrade brings v1 back with its rows.
@Suite("Workbench workflow on every engine")
struct WorkbenchWorkflowTests {
    @Test(arguments: [Engine.mysql, .sqlite, .postgresql])
    func modelEditsBecomeRenamesAndKeepTheRows(_ engine: Engine) async throws {
        try await withProject(engine) { db, p in
            let model = p.directory + "/model.mwb", v1 = p.directory + "/model-v1.mwb"
            try "  target: model.mwb\n".write(toFile: p.directory + "/strata.yml", append: true)
            try GRTFixture.storeV1().write(to: model)
            try GRTFixture.storeV1().write(to: v1)
            var r = try p.strata("autogenerate", "-m", "v1")
            #expect(r.status == 0 && r.stdout.contains("create table customers"), "\(r)")
            r = try p.strata("upgrade")
            #expect(r.status == 0, "\(r)")
            try await db.with { d in
                try await d.execute("INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.com'), (2, 'Alan', NULL)")
                try await d.execute("INSERT INTO orders (id, customer_id, total) VALUES (10, 1, 5.50), (11, 2, 7.25)")
                try await d.execute("INSERT INTO legacy_notes (id, body) VALUES (1, 'old')")
            }

            try GRTFixture.storeV2().write(to: model)
            r = try p.strata("autogenerate", "-m", "v2")
            #expect(r.status == 0, "\(r)")
            for expected in ["rename table customers to clients", "rename column name to full_name",
                             "rename index idx_customer to idx_orders_customer", "create table products", "drop table legacy_notes"] {
                #expect(r.stdout.contains(expected), "\(engine): '\(expected)' missing in\n\(r.stdout)")
            }
            // Nothing is dropped and made again: not the renamed table or column, nor the foreign key
            // that follows the renamed table by itself.
            #expect(!r.stdout.contains("drop table customers") && !r.stdout.contains("drop column") && !r.stdout.contains("drop foreign key"), "\(r.stdout)")
            r = try p.strata("upgrade")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT id, full_name, email, phone FROM clients ORDER BY id")
                    == [["1", "Ada", "ada@example.com", nil], ["2", "Alan", nil, nil]])
            let orders = try await db.query("SELECT id, customer_id, total, product_id FROM orders ORDER BY id")
            #expect(orders.map { [$0[0], $0[1], $0[3]] } == [["10", "1", nil], ["11", "2", nil]])
            #expect(orders.map { Double($0[2] ?? "") } == [5.5, 7.25])
            #expect(!(try await db.tables()).contains("legacy_notes"))
            // The widened column takes what the old one could not.
            try await db.with { d in
                try await d.execute("INSERT INTO products (id, title) VALUES (1, 'Pen')")
                try await d.execute("UPDATE orders SET product_id = 1, total = 1234567.89 WHERE id = 10")
                try await d.execute("UPDATE clients SET email = '\(String(repeating: "a", count: 150))@example.com' WHERE id = 2")
            }
            r = try p.strata("check")
            #expect(r.status == 0, "\(engine): \(r)")
            r = try p.strata("autogenerate", "-m", "again")
            #expect(r.stdout.contains("Nothing to do"), "\(engine): \(r)")

            // Back to v1: the renames are undone and the rows that fit v1 are still there.
            try await db.with { d in
                try await d.execute("UPDATE orders SET total = 5.50 WHERE id = 10")
                try await d.execute("UPDATE clients SET email = NULL WHERE id = 2")
            }
            r = try p.strata("downgrade", "-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT id, name, email FROM customers ORDER BY id") == [["1", "Ada", "ada@example.com"], ["2", "Alan", nil]])
            #expect(try await db.query("SELECT id, customer_id FROM orders ORDER BY id") == [["10", "1"], ["11", "2"]])
            let tables = try await db.tables()
            #expect(tables.contains("legacy_notes") && !tables.contains("products"), "\(tables)")
            r = try p.strata("check", "--target", v1)
            #expect(r.status == 0, "\(engine): \(r)")
        }
    }

    /// Deleting the latest generated revision and generating again starts from what the remaining
    /// head was generated from: the Workbench renames are still renames (the snapshot of the deleted
    /// revision held the new names, which made them drop and create).
    @Test func regeneratingARevisionKeepsItsRenames() async throws {
        try await withProject(.sqlite) { db, p in
            let model = p.directory + "/model.mwb"
            try "  target: model.mwb\n".write(toFile: p.directory + "/strata.yml", append: true)
            try GRTFixture.storeV1().write(to: model)
            #expect(try p.strata("autogenerate", "-m", "v1").status == 0)
            #expect(try p.strata("upgrade").status == 0)
            try await db.with { try await $0.execute("INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.com')") }
            try GRTFixture.storeV2().write(to: model)
            let before = Set(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations"))
            var r = try p.strata("autogenerate", "-m", "v2")
            #expect(r.status == 0 && r.stdout.contains("rename table customers to clients"), "\(r)")
            let written = Set(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations")).subtracting(before)
            #expect(written.count == 1, "\(written)")
            for f in written { try FileManager.default.removeItem(atPath: p.directory + "/migrations/" + f) }
            r = try p.strata("autogenerate", "-m", "v2 again")
            #expect(r.status == 0 && r.stdout.contains("rename table customers to clients") && r.stdout.contains("rename column name to full_name"), "\(r)")
            #expect(!r.stdout.contains("drop table customers"), "\(r)")
            // One snapshot per revision in the folder: the deleted revision's is gone.
            let snapshots = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations/.strata-target")
            #expect(snapshots.count == 2, "\(snapshots)")
            #expect(try p.strata("upgrade").status == 0)
            #expect(try await db.query("SELECT id, full_name FROM clients") == [["1", "Ada"]])
        }
    }

    /// `inspect model.mwb --format json` is an exact stand-in for the model: the database built from
    /// the model has no drift against either (the snapshot kept the engine the types come from).
    @Test(arguments: [Engine.sqlite, .postgresql])
    func aJSONSnapshotStandsInForTheModel(_ engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try GRTFixture.storeV1().write(to: p.directory + "/model.mwb")
            #expect(try p.strata("autogenerate", "-m", "v1", "--target", "model.mwb").status == 0)
            #expect(try p.strata("upgrade").status == 0)
            let json = try p.strata("inspect", "model.mwb", "--format", "json")
            #expect(json.status == 0 && json.stdout.contains("\"engine\" : \"mysql\"") && json.stdout.contains("\"objectID\""), "\(json)")
            try json.stdout.write(toFile: p.directory + "/model.json", atomically: true, encoding: .utf8)
            for target in ["model.mwb", "model.json"] {
                let r = try p.strata("check", "--target", target)
                #expect(r.status == 0 && r.stdout.contains("OK"), "\(engine) \(target): \(r)")
            }
        }
    }

    /// `diff` renders what `autogenerate` writes: the model's AUTO_INCREMENT becomes SQLite's INTEGER
    /// PRIMARY KEY in both, and the script runs in sqlite3.
    @Test func diffPrintsWhatAutogenerateWrites() async throws {
        try await withProject(.sqlite) { db, p in
            let model = p.directory + "/model.mwb"
            try GRTFixture.storeV1().write(to: model)
            let diff = try p.strata("diff", "--from", db.url, "--to", "model.mwb")
            #expect(diff.status == 0, "\(diff)")
            let run = try CLI.runProcess("sqlite3", ["-bail", db.url.replacingOccurrences(of: "sqlite://", with: "")], in: p.directory, stdin: diff.stdout)
            #expect(run.status == 0, "\(run)\n\(diff.stdout)")
            #expect(try await db.tables().contains("customers"))
            let r = try p.strata("autogenerate", "-m", "v1", "--target", "model.mwb", "--url", "sqlite:///" + p.directory + "/other.db")
            #expect(r.status == 0, "\(r)")
            let file = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").first { $0.hasSuffix(".sql") }!
            let revision = try RevisionParser.parse(String(contentsOfFile: p.directory + "/migrations/" + file, encoding: .utf8), path: file)
            let written = try revision.statements(.upgrade, for: .sqlite).map(\.sql)
            let printed = SQLSplitter.split(diff.stdout, engine: .sqlite).map(\.sql)
            #expect(printed == written)
        }
    }
}

extension String {
    func write(toFile path: String, append: Bool) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(utf8))
        try handle.close()
    }
}
