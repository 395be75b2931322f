import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Names and files that try to run SQL of their own: each test keeps a `victim` table with rows
/// and checks that it survives what a hostile name or file asks for.
@Suite("Hostile names and files")
struct InjectionTests {
    /// A project whose database holds `victim` with two rows, applied by a revision.
    func victimProject(_ p: TestProject) throws {
        try p.revision("a0a0a0a0a0a0", message: "victim",
                       upgrade: "CREATE TABLE victim (id INTEGER PRIMARY KEY, v VARCHAR(20));\nINSERT INTO victim (id, v) VALUES (1, 'keep'), (2, 'me');",
                       downgrade: "DROP TABLE victim;")
        let r = try p.strata("upgrade", "head")
        #expect(r.status == 0, "\(r)")
    }

    func victimRows(_ db: TestDatabase) async throws -> [String] {
        try await db.query("SELECT \(SQLQuoting.asText("id", for: db.engine)), v FROM victim ORDER BY id").map { "\($0[0] ?? ""):\($0[1] ?? "")" }
    }

    /// The database's schema as a JSON snapshot, changed by `edit` (the tables as JSON objects).
    func snapshot(_ p: TestProject, to name: String, _ edit: (inout [[String: Any]]) -> Void) throws -> String {
        let r = try p.strata("inspect", "--format", "json")
        #expect(r.status == 0, "\(r)")
        var json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        var tables = json["tables"] as! [[String: Any]]
        edit(&tables)
        json["tables"] = tables
        let path = p.directory + "/" + name
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    func revisionFiles(_ p: TestProject) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }.sorted()
    }

    @Test(arguments: Engine.allCases)
    func aNewlineInATableNameIsRefusedNotRun(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try victimProject(p)
            let before = try revisionFiles(p)
            let target = try snapshot(p, to: "target.json") { tables in
                var evil = tables.first { ($0["name"] as? String) == "victim" }!
                evil["name"] = "nl\nDROP TABLE victim;\n--"
                tables.append(evil)
            }
            var r = try p.strata("autogenerate", "-m", "evil", "--target", target)
            #expect(r.status == 2, "\(r)")
            #expect(r.stderr.contains("line break or control character") && r.stderr.contains("nl\\nDROP TABLE victim;\\n--"), "\(r)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r)")
            #expect(try revisionFiles(p) == before, "no revision is written")
            r = try p.strata("diff", "--from", db.url, "--to", target)
            #expect(r.status == 2 && !r.stdout.contains("DROP TABLE"), "\(r)")
            // check reports the drift with the name escaped: no line of its output starts with the name's SQL.
            r = try p.strata("check", "--target", target)
            #expect(r.status == 1 && r.stdout.contains("nl\\nDROP TABLE victim;\\n--"), "\(r)")
            #expect(!r.stdout.split(separator: "\n").contains { $0.hasPrefix("DROP TABLE") }, "\(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await victimRows(db) == ["1:keep", "2:me"])
        }
    }

    @Test(arguments: Engine.allCases)
    func aDottedTableNameIsOneName(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try victimProject(p)
            // A table literally named "<schema>.victim" next to the real victim.
            let schema = engine == .sqlite ? "main" : engine == .postgresql ? "public" : db.name
            let dotted = SQLQuoting.identifier("\(schema).victim", for: engine)
            try p.revision("b0b0b0b0b0b0", parents: ["a0a0a0a0a0a0"], message: "dotted",
                           upgrade: "CREATE TABLE \(dotted) (id INTEGER PRIMARY KEY);\nINSERT INTO \(dotted) (id) VALUES (7);",
                           downgrade: "DROP TABLE \(dotted);")
            var r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["\(schema).victim", "victim"])
            // The target drops the dotted table: the real victim must stay.
            let target = try snapshot(p, to: "target.json") { tables in tables.removeAll { ($0["name"] as? String) == "\(schema).victim" } }
            r = try p.strata("autogenerate", "-m", "drop dotted", "--target", target)
            #expect(r.status == 0 && r.stdout.contains("drop table \(schema).victim"), "\(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["victim"])
            #expect(try await victimRows(db) == ["1:keep", "2:me"])
            r = try p.strata("downgrade", "-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["\(schema).victim", "victim"])
            #expect(try await victimRows(db) == ["1:keep", "2:me"])
        }
    }

    @Test func aSQLiteDDLFileCannotAttachAnotherDatabase() async throws {
        try await withProject(.sqlite) { db, p in
            try victimProject(p)
            let file = (db.url.dropFirst("sqlite:///".count))
            try "CREATE TABLE t (id INTEGER);\nATTACH '\(file)' AS r;\nDROP TABLE r.victim;\n".write(toFile: p.directory + "/schema.sql", atomically: true, encoding: .utf8)
            for args in [["inspect", "schema.sql"], ["check", "--target", "schema.sql"], ["autogenerate", "-m", "x", "--target", "schema.sql"],
                         ["codegen", "--source", "schema.sql", "-o", "out"]] {
                let r = try CLI.run(args, in: p.directory)
                #expect(r.status == 2, "\(args): \(r)")
                #expect(r.stderr.contains("schema.sql:2: ATTACH is not allowed"), "\(args): \(r)")
                #expect(try await victimRows(db) == ["1:keep", "2:me"], "\(args)")
            }
            for (sql, word) in [("VACUUM INTO '\(p.directory)/copy.db'", "VACUUM"), ("PRAGMA writable_schema = ON", "PRAGMA")] {
                try "CREATE TABLE t (id INTEGER);\n\(sql);\n".write(toFile: p.directory + "/schema.sql", atomically: true, encoding: .utf8)
                let r = try p.strata("inspect", "schema.sql")
                #expect(r.status == 2 && r.stderr.contains("schema.sql:2: \(word) is not allowed"), "\(r)")
            }
            #expect(!FileManager.default.fileExists(atPath: p.directory + "/copy.db"))
            // What sqlite3 .dump writes still reads.
            try "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t (id INTEGER);\nCOMMIT;\n".write(toFile: p.directory + "/schema.sql", atomically: true, encoding: .utf8)
            let r = try p.strata("inspect", "schema.sql")
            #expect(r.status == 0 && r.stdout.contains("CREATE TABLE \"t\""), "\(r)")
        }
    }

    /// A real MariaDB account whose password holds '/ @ :', given in the URL, in .secrets.yml and in the
    /// environment: no output, error or generated file shows it, raw or percent-encoded.
    @Test func aPasswordWithSlashAtAndColonNeverShows() async throws {
        let db = try await TestDatabase.create(.mysql)
        let user = "sec_" + db.name.suffix(8)
        let secret = "p/@:ss_Q7"
        let encoded = "p%2F%40%3Ass_Q7"
        let admin = try await Databases.connect(TestDatabase.mysqlAdmin)
        for host in ["127.0.0.1", "localhost"] {
            try await admin.execute("CREATE USER '\(user)'@'\(host)' IDENTIFIED BY '\(secret)'")
            try await admin.execute("GRANT ALL PRIVILEGES ON \(db.name).* TO '\(user)'@'\(host)'")
        }
        defer {
            Task {
                for host in ["127.0.0.1", "localhost"] { try? await admin.execute("DROP USER '\(user)'@'\(host)'") }
                await admin.close()
                await db.drop()
            }
        }
        let url = "mysql://\(user):\(encoded)@127.0.0.1:3306/\(db.name)"
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        try "CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(10));\n".write(toFile: dir + "/target.sql", atomically: true, encoding: .utf8)
        func noLeak(_ r: CLI.Result, _ what: String) {
            for leaked in [secret, encoded, "p/@", "%2F%40"] {
                #expect(!r.stdout.contains(leaked) && !r.stderr.contains(leaked), "\(what) leaked: \(r)")
            }
        }
        // The same commands with the URL given three ways.
        let ways: [(String, [String], [String: String], String)] = [
            ("--url", ["--url", url], [:], "default:\n  migrations: migrations\n"),
            (".secrets.yml", [], [:], "default:\n  migrations: migrations\n"),
            ("STRATA_DATABASE_URL", [], ["STRATA_DATABASE_URL": url], "default:\n  migrations: migrations\n"),
        ]
        for (way, args, env, yml) in ways {
            try yml.write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: dir + "/.secrets.yml")
            if way == ".secrets.yml" { try "default:\n  database_url: \(url)\n".write(toFile: dir + "/.secrets.yml", atomically: true, encoding: .utf8) }
            for f in try FileManager.default.contentsOfDirectory(atPath: dir + "/migrations") { try FileManager.default.removeItem(atPath: dir + "/migrations/" + f) }
            try await db.with { try await $0.execute("DROP TABLE IF EXISTS t") }
            try await db.with { try await $0.execute("DROP TABLE IF EXISTS strata_version") }
            var r = try CLI.run(["wait", "--timeout", "5"] + args, in: dir, env: env)
            #expect(r.status == 0, "\(way): \(r)"); noLeak(r, "\(way) wait")
            r = try CLI.run(["config"] + args, in: dir, env: env)
            #expect(r.status == 0 && r.stdout.contains("\(user):***@"), "\(way): \(r)"); noLeak(r, "\(way) config")
            r = try CLI.run(["autogenerate", "-m", "t", "--target", "target.sql"] + args, in: dir, env: env.merging(["STRATA_DEV_URL": TestDatabase.mysqlAdmin]) { a, _ in a })
            #expect(r.status == 0, "\(way): \(r)"); noLeak(r, "\(way) autogenerate")
            r = try CLI.run(["upgrade"] + args, in: dir, env: env)
            #expect(r.status == 0, "\(way): \(r)"); noLeak(r, "\(way) upgrade")
            try "-- strata:revision bad000000001\n-- strata:parents \(try CLI.run(["heads"] + args, in: dir, env: env).stdout.prefix(12))\n-- strata:message bad\n-- strata:upgrade\nINSERT INTO missing VALUES (1);\n-- strata:downgrade\nSELECT 1;\n".write(toFile: dir + "/migrations/bad.sql", atomically: true, encoding: .utf8)
            r = try CLI.run(["upgrade"] + args, in: dir, env: env)
            #expect(r.status == 3, "\(way): \(r)"); noLeak(r, "\(way) failed upgrade")
            for command in [["current", "--verbose"], ["check"], ["history", "--verbose"], ["resolve", "--forget"], ["codegen", "--format", "grdb", "-o", "Models"], ["current", "--url", "mysql://\(user):\(encoded)@127.0.0.1:3306/no_such_db"]] {
                r = try CLI.run(command + (command.contains("--url") ? [] : args), in: dir, env: env)
                noLeak(r, "\(way) \(command.joined(separator: " "))")
            }
            try FileManager.default.removeItem(atPath: dir + "/migrations/bad.sql")
            // Nothing written holds it either.
            let files = FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []
            for f in files where f != ".secrets.yml" && f != "strata.yml" {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue,
                      let text = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { continue }
                #expect(!text.contains(secret) && !text.contains(encoded), "\(way): \(f) holds the password")
            }
        }
    }

    /// Quotes, backticks, semicolons, comment markers and dollar quotes in a table and a column name
    /// stay one name through autogenerate, upgrade, downgrade and codegen; `victim` keeps its rows.
    @Test(arguments: Engine.allCases)
    func namesWithSQLPunctuationStayNames(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try victimProject(p)
            let table = "q'\"`;--/*c*/$$x"
            let column = "c'\"`;-- /*$$"
            let target = try snapshot(p, to: "target.json") { tables in
                var evil = tables.first { ($0["name"] as? String) == "victim" }!
                evil["name"] = table
                var columns = evil["columns"] as! [[String: Any]]
                columns[1]["name"] = column
                evil["columns"] = columns
                evil["indexes"] = []
                tables.append(evil)
            }
            var r = try p.strata("autogenerate", "-m", "punctuation", "--target", target)
            #expect(r.status == 0, "\(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            let d = Databases.dialect(for: engine)
            try await db.with { try await $0.execute("INSERT INTO \(d.quote(table)) (id, \(d.quote(column))) VALUES (1, 'x;y')") }
            #expect(try await db.query("SELECT \(d.quote(column)) FROM \(d.quote(table))") == [["x;y"]])
            #expect(try await db.tables().sorted() == [table, "victim"].sorted())
            #expect(try await db.columns(table) == ["id", column])
            #expect(try await victimRows(db) == ["1:keep", "2:me"])
            r = try p.strata("check", "--target", target)
            #expect(r.status == 0, "\(r)")
            // Model code: the names survive as strings, and the files parse.
            r = try p.strata("codegen", "--source", db.url, "--format", "sqlalchemy", "-o", "models.py")
            #expect(r.status == 0, "\(r)")
            let parse = try CLI.runProcess("python3", ["-c", "import ast, sys; ast.parse(open('models.py').read())"], in: p.directory)
            #expect(parse.status == 0, "\(parse)")
            r = try p.strata("codegen", "--source", db.url, "--format", "codable", "-o", "Models")
            #expect(r.status == 0, "\(r)")
            let files = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/Models").filter { $0.hasSuffix(".swift") }.map { "Models/" + $0 }
            let swift = try CLI.runProcess("swiftc", ["-parse"] + files, in: p.directory)
            #expect(swift.status == 0 && swift.stderr.isEmpty, "\(swift)")
            r = try p.strata("downgrade", "-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["victim"])
            #expect(try await victimRows(db) == ["1:keep", "2:me"])
        }
    }

    @Test func malformedURLsAndSettingsNeverShowThePassword() async throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        let secret = "s3cr/t@p:w"
        for url in ["mysql:/u:\(secret)@127.0.0.1/db", "mysql//u:\(secret)@127.0.0.1/db", "sqlite://u:\(secret)@host/db",
                    "postgresql:u:\(secret)@h/db", "mysql://u:hunter2/db", "mysql://u:hunter2@h:99x/db", "sqlite:u:\(secret)@x"] {
            let r = try CLI.run(["current", "--url", url], in: dir)
            #expect(r.status == 2, "\(url): \(r)")
            for leaked in [secret, "hunter2", "s3cr"] {
                #expect(!r.stderr.contains(leaked) && !r.stdout.contains(leaked), "\(url) leaked: \(r)")
            }
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r)")
        }
        // A YAML error in either file does not quote the line that holds the URL.
        for file in [".secrets.yml", "strata.yml"] {
            try? FileManager.default.removeItem(atPath: dir + "/.secrets.yml")
            try "default:\n  migrations: migrations\n".write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
            try "default:\n  database_url: mysql://u:\(secret)@h/db\n bad: [unclosed\n".write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
            let r = try CLI.run(["current"], in: dir)
            #expect(r.status == 2, "\(file): \(r)")
            #expect(!r.stderr.contains("s3cr") && !r.stdout.contains("s3cr"), "\(file) leaked: \(r)")
        }
    }
}
