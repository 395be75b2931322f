import Foundation
import StrataKit
import Testing
import WorkbenchFixtures
import StrataTestSupport

/// A Workbench model holding what the server refuses: every such object is listed before anything
/// is written (exit 2); `--skip-invalid` leaves exactly those out and names them in the revision.
@Suite("Workbench models the server refuses")
struct InvalidModelTests {
    typealias Col = GRTFixture.Col
    typealias Idx = GRTFixture.Idx
    typealias FK = GRTFixture.FK
    typealias Tab = GRTFixture.Tab

    /// Four refusals MySQL states and a view over a table that does not exist.
    static func model() -> GRTFixture {
        var f = GRTFixture()
        f.tables = [
            Tab(id: "t-c", name: "customers", columns: [
                Col(id: "c-id", name: "id", type: "int", notNull: true, flags: ["UNSIGNED"]),
                Col(id: "c-name", name: "name", type: "varchar", length: 80),
            ], indices: [Idx(id: "c-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["c-id"])], pk: "c-pk"),
            // customer_id is signed, customers.id unsigned: MySQL refuses the foreign key.
            Tab(id: "t-o", name: "orders", columns: [
                Col(id: "o-id", name: "id", type: "int", notNull: true),
                Col(id: "o-cust", name: "customer_id", type: "int", notNull: true),
            ], indices: [Idx(id: "o-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["o-id"])],
                fks: [FK(id: "fk1", name: "fk_customer", columns: ["o-cust"], table: "t-c", refColumns: ["c-id"])], pk: "o-pk"),
            // A TEXT column in a key without a length, and a foreign key name already used on orders.
            Tab(id: "t-n", name: "notes", columns: [
                Col(id: "n-id", name: "id", type: "int", notNull: true, flags: ["UNSIGNED"]),
                Col(id: "n-body", name: "body", type: "text"),
            ], indices: [Idx(id: "n-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["n-id"]), Idx(id: "n-ix", name: "ix_body", kind: "INDEX", columns: ["n-body"])],
                fks: [FK(id: "fk2", name: "fk_customer", columns: ["n-id"], table: "t-c", refColumns: ["c-id"])], pk: "n-pk"),
            // VARCHAR without a length.
            Tab(id: "t-t", name: "tags", columns: [
                Col(id: "t-id", name: "id", type: "int", notNull: true),
                Col(id: "t-label", name: "label", type: "varchar"),
            ], indices: [Idx(id: "t-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["t-id"])], pk: "t-pk"),
        ]
        f.views = [("v-ok", "customer_names", "CREATE VIEW `customer_names` AS SELECT name FROM customers"),
                   ("v-bad", "ghost_view", "CREATE VIEW `ghost_view` AS SELECT x FROM no_such_table")]
        return f
    }

    static let refusals = ["shop.orders.fk_customer: foreign key", "shop.notes.ix_body: index", "shop.notes.fk_customer: foreign key",
                           "shop.tags.label: column", "shop.ghost_view: view"]

    @Test func everyRefusalIsListedAndNothingIsWrittenUntilSkipped() async throws {
        try await withProject(.mysql) { db, p in
            try await db.with { c in
                try await c.execute("CREATE TABLE keep (id INT PRIMARY KEY, v VARCHAR(10))")
                try await c.execute("INSERT INTO keep VALUES (1, 'a'), (2, 'b')")
            }
            // The model keeps the table the database has, so nothing of it is dropped.
            var model = Self.model()
            model.tables.append(Tab(id: "t-k", name: "keep", columns: [Col(id: "k-id", name: "id", type: "int", notNull: true), Col(id: "k-v", name: "v", type: "varchar", length: 10)],
                                    indices: [Idx(id: "k-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["k-id"])], pk: "k-pk"))
            try model.write(to: p.directory + "/model.mwb")
            let dev = ["STRATA_DEV_URL": TestDatabase.mysqlAdmin]
            var r = try p.strata("autogenerate", "-m", "shop", "--target", "model.mwb", env: dev)
            #expect(r.status == 2, "\(r)")
            for place in Self.refusals { #expect(r.stderr.contains(place), "\(place) in \(r.stderr)") }
            #expect(r.stderr.contains("5 object(s) the database would refuse") && r.stderr.contains("--skip-invalid"), "\(r.stderr)")
            #expect(r.stderr.contains("no_such_table"), "the server's own message: \(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") } == [])
            // diff refuses the same way, with the same list.
            r = try p.strata("diff", "--from", db.url, "--to", "model.mwb", env: dev)
            #expect(r.status == 2 && Self.refusals.allSatisfy(r.stderr.contains), "\(r)")

            r = try p.strata("autogenerate", "-m", "shop", "--target", "model.mwb", "--skip-invalid", env: dev)
            #expect(r.status == 0, "\(r)")
            let files = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }
            #expect(files.count == 1)
            let text = try String(contentsOfFile: p.directory + "/migrations/" + (files.first ?? ""), encoding: .utf8)
            for place in Self.refusals { #expect(text.contains("-- LEFT OUT (--skip-invalid): \(place)"), "\(place) in \(text)") }
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            // information_schema.TABLES lists views too.
            #expect(try await db.tables().sorted() == ["customer_names", "customers", "keep", "notes", "orders", "tags"])
            #expect(try await db.columns("tags") == ["id"])
            try await db.with { c in
                #expect(try await c.query("SELECT id, v FROM keep ORDER BY id").map { $0.compactMap { $0 } } == [["1", "a"], ["2", "b"]])
                // What was kept is there: the good view, the notes key; what was left out is not.
                #expect(try await c.query("SELECT name FROM customer_names").isEmpty)
                let fks = try await c.query("SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")
                #expect(fks.isEmpty, "\(fks)")
                #expect(try await c.query("SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'ix_body'").isEmpty)
            }
        }
    }

    /// On SQLite the model is tried in memory: a MySQL-only view is listed without any server.
    @Test func mysqlOnlyViewsAreListedForSQLite() async throws {
        try await withProject(.sqlite) { db, p in
            var model = Self.model()
            model.tables = [model.tables[0]]
            model.views = [("v-ok", "customer_names", "CREATE VIEW `customer_names` AS SELECT name FROM customers"),
                           ("v-gc", "name_list", "CREATE VIEW `name_list` AS SELECT GROUP_CONCAT(name SEPARATOR ', ') AS names FROM customers")]
            try model.write(to: p.directory + "/model.mwb")
            var r = try p.strata("autogenerate", "-m", "shop", "--target", "model.mwb")
            #expect(r.status == 2 && r.stderr.contains("shop.name_list: view: sqlite refuses it") && r.stderr.contains("SEPARATOR"), "\(r)")
            #expect(!r.stderr.contains("customer_names"), "\(r.stderr)")
            r = try p.strata("autogenerate", "-m", "shop", "--target", "model.mwb", "--skip-invalid")
            #expect(r.status == 0, "\(r)")
            #expect(try p.strata("upgrade", "head").status == 0)
            try await db.with { c in try await c.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')") }
            #expect(try await db.tables() == ["customers"])
            let names = try await db.with { c in try await c.query("SELECT name FROM customer_names") }
            #expect(names.map { $0.compactMap { $0 } } == [["Ada"]])
        }
    }
}
