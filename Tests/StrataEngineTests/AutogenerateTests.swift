import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("Autogenerate, inspect, diff and check --target as a user runs them")
struct AutogenerateTests {
    static let v1 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, nickname VARCHAR(30));\nCREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
    static let v2 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, handle VARCHAR(30));\n"

    /// A hint that names nothing is a typo: refused (exit 2) before anything is written, not a silent DROP + CREATE.
    @Test func aRenameThatMatchesNothingIsRefused() async throws {
        try await withProject(.sqlite) { db, p in
            try await db.with { conn in
                for s in SQLSplitter.split(Self.v1, engine: .sqlite) { try await conn.execute(s.sql) }
                try await conn.execute("INSERT INTO users (id, email, nickname) VALUES (1, 'a@x', 'ace')")
            }
            try Self.v2.write(toFile: p.directory + "/v2.sql", atomically: true, encoding: .utf8)
            for (hint, says) in [("users.nickame=handle", "users has no column 'nickame' in the schema as it is"),
                                 ("users.nickname=hadle", "users has no column 'hadle' in the desired schema"),
                                 ("usres.nickname=handle", "the schema as it is has no table 'usres'"),
                                 ("notes=notebook", "the desired schema has no table 'notebook'")] {
                var r = try p.strata("autogenerate", "-m", "v2", "--target", "v2.sql", "--rename", hint)
                #expect(r.status == 2 && r.stderr.contains("--rename '\(hint)': \(says)"), "\(r)")
                r = try p.strata("diff", "--from", db.url, "--to", "v2.sql", "--rename", hint)
                #expect(r.status == 2 && r.stderr.contains(says) && r.stdout.isEmpty, "\(r)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }.isEmpty)
            #expect(try await db.query("SELECT id, nickname FROM users") == [["1", "ace"]])
        }
    }

    @Test(arguments: Engine.allCases)
    func destructiveChangesAndProbableRenamesAreReported(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try await db.with { conn in
                for s in SQLSplitter.split(Self.v1, engine: engine) { try await conn.execute(s.sql) }
                try await conn.execute("INSERT INTO users (id, email, nickname) VALUES (1, 'a@x', 'ace')")
            }
            try Self.v2.write(toFile: p.directory + "/v2.sql", atomically: true, encoding: .utf8)
            // A .sql target on PostgreSQL/MySQL is read through a scratch database on dev_url.
            let dev = engine == .sqlite ? [:] : ["STRATA_DEV_URL": engine == .postgresql ? TestDatabase.postgresAdmin : TestDatabase.mysqlAdmin]
            let r = try p.strata("autogenerate", "-m", "v2", "--target", "v2.sql", env: dev)
            #expect(r.status == 0, "\(r)")
            #expect(r.stdout.contains("! drop table notes"), "\(r)")
            #expect(r.stdout.contains("drops column nickname"), "\(r)")
            #expect(r.stdout.contains("destructive change(s) marked"), "\(r)")
            #expect(r.stderr.contains("--rename users.nickname=handle"), "\(r)")
            let files = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }
            #expect(files.count == 1)
            // The target it was generated from is kept beside the revisions.
            let snapshots = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations/.strata-target")
            let header = try String(contentsOfFile: p.directory + "/migrations/" + files[0], encoding: .utf8)
            #expect(snapshots.count == 1 && snapshots.allSatisfy { header.contains("revision: " + $0.dropLast(5)) || header.contains($0.dropLast(5)) }, "\(snapshots)")
            let text = try String(contentsOfFile: p.directory + "/migrations/" + files[0], encoding: .utf8)
            #expect(text.contains("-- DESTRUCTIVE: drop table notes"))
            // No scratch databases are left behind: none named for a process that has ended (other
            // tests running at the same time have theirs while they run).
            if engine != .sqlite {
                let names = try await db.query(engine == .postgresql
                    ? "SELECT datname::text FROM pg_database WHERE datname LIKE 'strata_dev_%'"
                    : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'strata_dev_%'").compactMap { $0[0] }
                let leftBehind = names.filter { name in
                    let parts = name.split(separator: "_")
                    guard parts.count == 4, let pid = Int32(parts[2]) else { return false }
                    return kill(pid, 0) != 0 && errno == ESRCH
                }
                #expect(leftBehind == [], "scratch databases left behind: \(leftBehind)")
            }
            // With the hint the column is renamed and its data kept.
            try FileManager.default.removeItem(atPath: p.directory + "/migrations/" + files[0])
            let renamed = try p.strata("autogenerate", "-m", "v2", "--target", "v2.sql", "--rename", "users.nickname=handle", env: dev)
            #expect(renamed.status == 0 && renamed.stdout.contains("rename column nickname to handle"), "\(renamed)")
            #expect(try p.strata("upgrade", "head").status == 0)
            #expect(try await db.query("SELECT handle FROM users") == [["ace"]])
            let check = try p.strata("check", "--target", "v2.sql", env: dev)
            #expect(check.status == 0, "\(check)")
        }
    }

    @Test func checkTargetReportsDriftAndJSONSnapshotsAreSources() async throws {
        try await withProject(.sqlite) { db, p in
            try Self.v1.write(toFile: p.directory + "/v1.sql", atomically: true, encoding: .utf8)
            #expect(try p.strata("autogenerate", "-m", "v1", "--target", "v1.sql").status == 0)
            #expect(try p.strata("upgrade").status == 0)
            // Nothing to do, and no file written.
            var r = try p.strata("autogenerate", "-m", "again", "--target", "v1.sql")
            #expect(r.status == 0 && r.stdout.contains("Nothing to do"), "\(r)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }.count == 1)
            // The database drifts: check fails with a readable report.
            try await db.with { try await $0.execute("ALTER TABLE notes ADD COLUMN extra TEXT") }
            r = try p.strata("check", "--target", "v1.sql")
            #expect(r.status == 1 && r.stdout.contains("FAIL: the database differs from v1.sql") && r.stdout.contains("drift: alter table notes: drop column extra"), "\(r)")
            // A JSON snapshot written by inspect is a source that compares equal to what it came from.
            r = try p.strata("inspect", "--format", "json")
            #expect(r.status == 0)
            try r.stdout.write(toFile: p.directory + "/snap.json", atomically: true, encoding: .utf8)
            r = try p.strata("check", "--target", "snap.json")
            #expect(r.status == 0, "\(r)")
            // diff between two sources prints SQL both ways.
            r = try p.strata("diff", "--from", "snap.json", "--to", "v1.sql", "--dialect", "sqlite")
            #expect(r.status == 0 && r.stdout == "ALTER TABLE \"notes\" DROP COLUMN \"extra\";\n", "\(r)")
            r = try p.strata("diff", "--from", "snap.json", "--to", "v1.sql", "--dialect", "sqlite", "--reverse")
            #expect(r.stdout.contains("ALTER TABLE \"notes\" ADD COLUMN \"extra\" TEXT"), "\(r)")
            // inspect --format sql, applied to an empty database, gives the same schema back.
            r = try p.strata("inspect")
            let fresh = try await TestDatabase.create(.sqlite)
            try await fresh.with { conn in for s in SQLSplitter.split(r.stdout, engine: .sqlite) { try await conn.execute(s.sql) } }
            let a = try await db.with { try await $0.inspect(excluding: ["strata_version"]) }
            let b = try await fresh.with { try await $0.inspect(excluding: ["strata_version"]) }
            #expect(a.normalized() == b.normalized())
            await fresh.drop()
        }
    }

    @Test func badInputIsAOneLineErrorAndWritesNothing() async throws {
        try await withProject(.sqlite) { db, p in
            try "CREATE TABLE ok (id INTEGER);\nCREATE TABLE broken (id INTEGER,,);\n".write(toFile: p.directory + "/bad.sql", atomically: true, encoding: .utf8)
            try "CREATE TABLE t (id INTEGER);\n".write(toFile: p.directory + "/pg.sql", atomically: true, encoding: .utf8)
            let cases: [([String], [String: String], Int32, String)] = [
                (["autogenerate", "-m", "x", "--target", "bad.sql"], [:], 2, "bad.sql:2: SQLite error"),
                (["autogenerate", "-m", "x", "--target", "oracle://u:pw@h/db"], [:], 2, "unknown scheme 'oracle'"),
                (["autogenerate", "-m", "x", "--target", "missing.sql"], [:], 2, "cannot read DDL file missing.sql"),
                (["autogenerate", "-m", "x", "--target", "model.mwb"], [:], 2, "model.mwb"),
                (["diff", "--from", "pg.sql", "--to", "pg.sql", "--dialect", "postgresql"], ["STRATA_DEV_URL": "postgresql://strata:pw@127.0.0.1:1/postgres"], 3, "cannot connect to postgresql://strata:***@127.0.0.1:1/postgres"),
                (["diff", "--from", "pg.sql", "--to", "pg.sql", "--dialect", "mysql"], [:], 2, "needs a scratch database: set dev_url"),
                (["autogenerate", "-m", "x"], [:], 2, "needs --target SOURCE"),
            ]
            for (args, env, status, text) in cases {
                let r = try CLI.run(args, in: p.directory, env: env)
                #expect(r.status == status, "\(args): \(r)")
                #expect(r.stderr.contains(text), "\(args): \(r)")
                #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r)")
                #expect(!r.stderr.contains("pw@"), "password leaked: \(r)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").isEmpty)
            #expect(try await db.tables() == [])
        }
    }
}
