import Foundation
import StrataKit
import StrataPostgres
import StrataRuntime
import StrataSQLite
import Synchronization
import Testing
import StrataTestSupport

@Suite("The library API and the README quickstart")
struct LibraryAndQuickstartTests {
    @Test(arguments: Engine.allCases)
    func migratorUpgradesAtStartUp(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            let migrator = Migrator(databaseURL: db.url, migrations: p.directory + "/migrations")
            #expect(try await migrator.upgrade() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"])
            #expect(try await migrator.upgrade() == [])
            #expect(try await migrator.current() == ["c3c3c3c3c3c3"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
            #expect(try await migrator.downgrade(to: "a1a1a1a1a1a1") == ["c3c3c3c3c3c3", "b2b2b2b2b2b2"])
            #expect(try await db.columns("items") == ["id", "name"])
        }
    }

    /// A service that links one engine names its driver; a URL of another engine is refused by
    /// name, and nothing is created.
    @Test func migratorLinksOnlyTheDriversItNames() async throws {
        try await withProject(.sqlite) { db, p in
            try writeStandardRevisions(p)
            let lite = Migrator(databaseURL: db.url, migrations: p.directory + "/migrations", drivers: [SQLiteDriver.self])
            #expect(try await lite.upgrade(to: "a1a1a1a1a1a1") == ["a1a1a1a1a1a1"])
            let pgOnly = Migrator(databaseURL: db.url, migrations: p.directory + "/migrations", drivers: [PostgresDriver.self])
            do {
                _ = try await pgOnly.upgrade()
                Issue.record("a migrator without the SQLite driver opened a SQLite URL")
            } catch let error as StrataError {
                #expect(error.description.contains("no sqlite driver is linked (this program links postgresql)"), "\(error)")
                #expect(error.exitCode == 3)
            }
            #expect(try await lite.current() == ["a1a1a1a1a1a1"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
        }
    }

    /// Inspection is the dialect's, by queries sent through the driver: a driver that wraps another
    /// (a timing or logging wrapper) sees every catalog query and reads the same schema.
    @Test(arguments: Engine.allCases)
    func aWrappingDriverIsInspectedThroughItself(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            #expect(try await Migrator(databaseURL: db.url, migrations: p.directory + "/migrations").upgrade(to: "a1a1a1a1a1a1") == ["a1a1a1a1a1a1"])
            let inner = try await Databases.connect(db.url)
            let counting = CountingDriver(inner)
            let viaWrapper = try await counting.inspect(excluding: ["strata_version"])
            let direct = try await inner.inspect(excluding: ["strata_version"])
            await inner.close()
            #expect(counting.queries.withLock { $0 } > 0, "no catalog query went through the wrapper")
            #expect(viaWrapper == direct && viaWrapper.tables.map(\.name) == ["items"])
        }
    }

    /// A driver handed another engine's URL refuses it with an error (exit 3) naming the masked URL.
    @Test func aDriverRefusesAnotherEnginesURL() async throws {
        do {
            _ = try await SQLiteDriver.connect(try DatabaseURL("postgresql://app:s3cret@127.0.0.1/app"))
            Issue.record("the SQLite driver opened a PostgreSQL URL")
        } catch let error as StrataError {
            #expect(error.description == "cannot connect to postgresql://app:***@127.0.0.1/app: this is a postgresql URL; the sqlite driver cannot open it")
            #expect(error.exitCode == 3)
        }
    }

    /// The change-control quickstart of README.md, step by step, checked with the sqlite3 client.
    @Test func readmeQuickstartOnSQLite() async throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var r = try CLI.run(["init"], in: dir)
        #expect(r.status == 0, "\(r)")
        // The secrets and the lock file SQLite runs keep beside the database are git-ignored.
        #expect(try String(contentsOfFile: dir + "/.gitignore", encoding: .utf8) == ".secrets.yml\n*.strata_version.lock\n")
        r = try CLI.run(["revision", "-m", "my cool revision", "-q"], in: dir)
        #expect(r.status == 0, "\(r)")
        let path = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasSuffix("_my_cool_revision.sql"))
        var text = try String(contentsOfFile: dir + "/" + path, encoding: .utf8)
        text = text.replacingOccurrences(of: "-- Write the SQL that applies this revision here.",
                                         with: "CREATE TABLE foo (field1 text, field2 text); INSERT INTO foo VALUES ('hello','world');")
        text = text.replacingOccurrences(of: "-- Write the SQL that undoes this revision here.", with: "DROP TABLE foo;")
        try text.write(toFile: dir + "/" + path, atomically: true, encoding: .utf8)
        r = try CLI.run(["upgrade", "head"], in: dir)
        #expect(r.status == 0, "\(r)")
        r = try CLI.runProcess("sqlite3", ["strata.db", "select * from foo"], in: dir)
        #expect(r.stdout == "hello|world\n", "\(r)")
        r = try CLI.run(["downgrade", "base"], in: dir)
        #expect(r.status == 0, "\(r)")
        r = try CLI.runProcess("sqlite3", ["strata.db", "select name from sqlite_master where name = 'foo'"], in: dir)
        #expect(r.stdout == "", "\(r)")
    }

    @Test func configShowsOriginsAndMasksSecrets() async throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try """
        default:
          database_url: sqlite:///dev.db
          version_table: team_version
        production:
          lock_timeout: 5
        """.write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        try "production:\n  database_url: postgresql://app:s3cret@db.internal/app\n".write(toFile: dir + "/.secrets.yml", atomically: true, encoding: .utf8)
        var r = try CLI.run(["config"], in: dir)
        #expect(r.stdout.contains("environment: development"))
        #expect(r.stdout.contains("database_url: sqlite:///dev.db    # strata.yml [default]"), "\(r)")
        #expect(r.stdout.contains("lock_timeout: 60    # built-in default"), "\(r)")
        r = try CLI.run(["config", "--env", "production"], in: dir)
        #expect(r.stdout.contains("database_url: postgresql://app:***@db.internal/app    # .secrets.yml [production]"), "\(r)")
        #expect(r.stdout.contains("lock_timeout: 5    # strata.yml [production]"), "\(r)")
        #expect(r.stdout.contains("version_table: team_version    # strata.yml [default]"), "\(r)")
        #expect(!r.stdout.contains("s3cret"))
        r = try CLI.run(["config"], in: dir, env: ["STRATA_ENV": "production", "STRATA_DATABASE_URL": "mysql://x:topsecret@h/db"])
        #expect(r.stdout.contains("database_url: mysql://x:***@h/db    # environment STRATA_DATABASE_URL"), "\(r)")
        #expect(!r.stdout.contains("topsecret"))
        r = try CLI.run(["config", "--json"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("\"origin\" : \"strata.yml [default]\""), "\(r)")
        // A broken settings file is a one-line error naming it.
        try "default: [unclosed\n".write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        r = try CLI.run(["config"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("strata.yml: not a valid settings file"), "\(r)")
    }
}

/// Forwards to a driver and counts the queries sent through it.
final class CountingDriver: ForwardingDriver {
    let inner: any DatabaseDriver
    let queries = Mutex(0)
    init(_ inner: any DatabaseDriver) { self.inner = inner }
    func query(_ sql: String) async throws -> [[String?]] { queries.withLock { $0 += 1 }; return try await inner.query(sql) }
}
