import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("--sql output, run by the engine's own client, equals what upgrade does")
struct OfflineSQLTests {
    /// Runs a script with sqlite3, psql or mariadb against `db`.
    func runWithClient(_ script: String, on db: TestDatabase) throws -> CLI.Result {
        let url = try DatabaseURL(db.url)
        switch db.engine {
        case .sqlite:
            return try CLI.runProcess("sqlite3", [url.database], in: db.directory, stdin: script)
        case .postgresql:
            return try CLI.runProcess("psql", ["-q", "-h", url.host!, "-p", "\(url.port!)", "-U", url.user!, "-d", url.database],
                                      in: db.directory, env: ["PGPASSWORD": url.password!], stdin: script)
        case .mysql:
            return try CLI.runProcess("mariadb", ["-h", url.host!, "-P", "\(url.port!)", "-u", url.user!, "-p\(url.password!)", url.database],
                                      in: db.directory, stdin: script)
        }
    }

    func versionFacts(_ db: TestDatabase) async throws -> [[String?]] {
        try await db.query("SELECT revision, checksum, status, \(SQLQuoting.asText("statements_done", for: db.engine)) FROM strata_version ORDER BY revision")
    }

    @Test(arguments: Engine.allCases)
    func offlineScriptMatchesOnlineUpgrade(engine: Engine) async throws {
        let online = try await TestDatabase.create(engine)
        let offline = try await TestDatabase.create(engine)
        let p = try TestProject(database: online)
        defer { p.remove() }
        try writeStandardRevisions(p)
        // A body with semicolons inside, per engine: it must survive --sql and the client.
        let body: String
        switch engine {
        case .sqlite: body = "CREATE TRIGGER items_upper AFTER INSERT ON items BEGIN UPDATE items SET name = upper(name) WHERE id = NEW.id; UPDATE items SET price = 0 WHERE id = NEW.id AND price IS NULL; END;"
        case .postgresql: body = "CREATE FUNCTION twice(x integer) RETURNS integer AS $$ BEGIN RETURN x * 2; END; $$ LANGUAGE plpgsql;"
        case .mysql: body = "DELIMITER //\nCREATE TRIGGER items_upper BEFORE INSERT ON items FOR EACH ROW BEGIN SET NEW.name = UPPER(NEW.name); SET NEW.price = COALESCE(NEW.price, 0); END//\nDELIMITER ;"
        }
        try p.revision("d4d4d4d4d4d4", parents: ["c3c3c3c3c3c3"], message: "body", upgrade: body,
                       downgrade: engine == .postgresql ? "DROP FUNCTION twice(integer);" : "DROP TRIGGER items_upper;")

        let sql = try p.strata("upgrade", "--sql", "head")
        #expect(sql.status == 0, "\(sql)")
        #expect(sql.stdout.contains("INSERT INTO"))
        let ran = try runWithClient(sql.stdout, on: offline)
        #expect(ran.status == 0, "\(ran)")
        #expect(try p.strata("upgrade", "head").status == 0)

        #expect(try await offline.tables() == online.tables())
        #expect(try await offline.columns("items") == online.columns("items"))
        #expect(try await itemRows(offline) == itemRows(online))
        #expect(try await versionFacts(offline) == versionFacts(online))
        #expect(try await versionFacts(offline).count == 4)

        // The trigger/function body works the same in both.
        switch engine {
        case .postgresql:
            #expect(try await offline.query("SELECT twice(21)") == [["42"]])
        case .sqlite, .mysql:
            try await offline.with { try await $0.execute("INSERT INTO items (id, name) VALUES (9, 'fig')") }
            #expect(try await offline.query("SELECT name FROM items WHERE id = 9") == [["FIG"]])
        }

        // Offline downgrade head:base, run by hand, empties both the schema and the version table.
        let down = try p.strata("downgrade", "--sql", "head:base")
        #expect(down.status == 0, "\(down)")
        let ranDown = try runWithClient(down.stdout, on: offline)
        #expect(ranDown.status == 0, "\(ranDown)")
        #expect(try await offline.tables() == [])
        #expect(try await versionFacts(offline) == [])

        // A partial range: the script from b2 to head has only two revisions.
        let partial = try p.strata("upgrade", "--sql", "b2b2b2b2b2b2:head")
        #expect(partial.stdout.contains("-- upgrade c3c3c3c3c3c3") && partial.stdout.contains("-- upgrade d4d4d4d4d4d4"))
        #expect(!partial.stdout.contains("-- upgrade b2b2b2b2b2b2"))
        // Downgrade --sql without a start is a usage error.
        let noStart = try p.strata("downgrade", "--sql", "base")
        #expect(noStart.status == 2 && noStart.stderr.contains("START:END"), "\(noStart)")
        await online.drop()
        await offline.drop()
    }
}
