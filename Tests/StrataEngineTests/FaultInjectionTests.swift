import Foundation
import Testing
import StrataKit
import StrataTestSupport

/// `strata upgrade` and `downgrade` killed with SIGKILL inside each statement of a 20-statement
/// revision, on tables with rows. After each kill, `current` says what happened, one documented
/// command brings the database to the uninterrupted run's end, and no row is lost.
///
/// The kill points are made without timing: the test holds a lock on the table a statement needs,
/// waits until the server shows the statement waiting for it, and kills strata there ("blocked": the
/// server runs a DDL statement to its end once the lock is free, and the progress row never follows).
/// For the copying `ALTER`s of tables with 20,000 rows it also kills after the rows were copied,
/// where the server waits to swap the tables ("running").
@Suite("Fault injection", .serialized)
struct FaultInjectionTests {
    /// One statement of the revision, its inverse in the downgrade, and the table each one locks.
    struct Step: Sendable {
        var up: String
        var down: String
        var upTable: String
        var downTable: String
        var slow: Bool { upTable.hasPrefix("big") }
    }

    static let mariaDBSteps: [Step] = [
        Step(up: "ALTER TABLE t01 ADD COLUMN c INT NOT NULL DEFAULT 1", down: "ALTER TABLE t01 DROP COLUMN c", upTable: "t01", downTable: "t01"),
        Step(up: "UPDATE t02 SET v = v + 100", down: "UPDATE t02 SET v = v - 100", upTable: "t02", downTable: "t02"),
        Step(up: "CREATE INDEX ix_t03 ON t03 (v)", down: "DROP INDEX ix_t03 ON t03", upTable: "t03", downTable: "t03"),
        Step(up: "ALTER TABLE big1 ADD COLUMN b1 INT NOT NULL DEFAULT 0, ALGORITHM=COPY", down: "ALTER TABLE big1 DROP COLUMN b1, ALGORITHM=COPY", upTable: "big1", downTable: "big1"),
        Step(up: "ALTER TABLE t04 RENAME COLUMN v TO w", down: "ALTER TABLE t04 RENAME COLUMN w TO v", upTable: "t04", downTable: "t04"),
        Step(up: "INSERT INTO t05 (id, v) VALUES (100, 1000)", down: "DELETE FROM t05 WHERE id = 100", upTable: "t05", downTable: "t05"),
        Step(up: "ALTER TABLE t06 MODIFY v BIGINT NOT NULL", down: "ALTER TABLE t06 MODIFY v INT NOT NULL", upTable: "t06", downTable: "t06"),
        Step(up: "ALTER TABLE big2 ADD INDEX ix_big2_a (a), ALGORITHM=COPY", down: "ALTER TABLE big2 DROP INDEX ix_big2_a, ALGORITHM=COPY", upTable: "big2", downTable: "big2"),
        Step(up: "DROP INDEX ix_t07 ON t07", down: "CREATE INDEX ix_t07 ON t07 (v)", upTable: "t07", downTable: "t07"),
        Step(up: "DELETE FROM t08 WHERE id = 1", down: "INSERT INTO t08 (id, v) VALUES (1, 10)", upTable: "t08", downTable: "t08"),
        Step(up: "ALTER TABLE t09 ADD CONSTRAINT fk_t09 FOREIGN KEY (v) REFERENCES t01 (id)", down: "ALTER TABLE t09 DROP FOREIGN KEY fk_t09", upTable: "t09", downTable: "t09"),
        Step(up: "RENAME TABLE t10 TO t10_renamed", down: "RENAME TABLE t10_renamed TO t10", upTable: "t10", downTable: "t10_renamed"),
        Step(up: "ALTER TABLE big3 MODIFY a VARCHAR(120) NOT NULL, ALGORITHM=COPY", down: "ALTER TABLE big3 MODIFY a VARCHAR(100) NOT NULL, ALGORITHM=COPY", upTable: "big3", downTable: "big3"),
        Step(up: "UPDATE t11 SET v = v * 2", down: "UPDATE t11 SET v = v / 2", upTable: "t11", downTable: "t11"),
        Step(up: "ALTER TABLE t12 ADD COLUMN d VARCHAR(10) NOT NULL DEFAULT 'x'", down: "ALTER TABLE t12 DROP COLUMN d", upTable: "t12", downTable: "t12"),
        Step(up: "ALTER TABLE t13 ADD UNIQUE INDEX ux_t13 (v)", down: "ALTER TABLE t13 DROP INDEX ux_t13", upTable: "t13", downTable: "t13"),
        Step(up: "ALTER TABLE big4 ADD COLUMN b2 VARCHAR(20) NOT NULL DEFAULT 'b2', ALGORITHM=COPY", down: "ALTER TABLE big4 DROP COLUMN b2, ALGORITHM=COPY", upTable: "big4", downTable: "big4"),
        Step(up: "ALTER TABLE t14 DROP COLUMN extra", down: "ALTER TABLE t14 ADD COLUMN extra INT NOT NULL DEFAULT 7", upTable: "t14", downTable: "t14"),
        Step(up: "ALTER TABLE t15 ADD COLUMN e INT NULL AFTER id", down: "ALTER TABLE t15 DROP COLUMN e", upTable: "t15", downTable: "t15"),
        Step(up: "UPDATE t16 SET v = 0", down: "UPDATE t16 SET v = id * 10", upTable: "t16", downTable: "t16"),
    ]

    /// Sixteen small tables of five rows and four (`big1`...) of 20,000, each touched by one statement.
    static let mariaDBFixture: [String] = {
        var sql: [String] = []
        for b in 1...4 {
            sql += ["CREATE TABLE big\(b) (id INT PRIMARY KEY AUTO_INCREMENT, a VARCHAR(100) NOT NULL)",
                    "INSERT INTO big\(b) (a) SELECT CONCAT('row ', seq) FROM seq_1_to_20000"]
        }
        for k in 1...16 {
            let t = String(format: "t%02d", k)
            let extra = k == 7 || k == 9 ? ", INDEX ix_\(t) (v)" : k == 14 ? ", extra INT NOT NULL DEFAULT 7" : ""
            sql.append("CREATE TABLE \(t) (id INT PRIMARY KEY, v INT NOT NULL\(extra))")
            let values = (1...5).map { i in "(\(i), \(k == 9 ? i : i * 10))" }.joined(separator: ", ")
            sql.append("INSERT INTO \(t) (id, v) VALUES \(values)")
        }
        return sql
    }()

    /// Each table's definition and a checksum of its rows (`CHECKSUM TABLE` over the whole content).
    static func mariaDBState(_ db: TestDatabase) async throws -> [String] {
        try await db.with { c in
            var out: [String] = []
            for t in try await c.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'strata_version' ORDER BY 1").compactMap({ $0[0] }) {
                let create = try await c.query("SHOW CREATE TABLE `\(t)`")[0][1] ?? ""
                let definition = create.replacingOccurrences(of: #" AUTO_INCREMENT=\d+"#, with: "", options: .regularExpression)
                let sum = try await c.query("CHECKSUM TABLE `\(t)` EXTENDED")[0][1] ?? "?"
                let count = try await c.query("SELECT COUNT(*) FROM `\(t)`")[0][0] ?? "?"
                out.append("\(definition)\n-- \(count) rows, checksum \(sum)")
            }
            return out
        }
    }

    static func revisionText(_ steps: [Step]) -> (up: String, down: String) {
        (steps.map { $0.up + ";" }.joined(separator: "\n"), steps.reversed().map { $0.down + ";" }.joined(separator: "\n"))
    }

    /// Where the kill lands. `blocked`: the statement waits for a lock the test holds; the test then
    /// lets it go, and the server runs a DDL statement of the dead client to its end (a data statement
    /// is rolled back with the connection). `abandoned`: as `blocked`, but the test also kills the
    /// server's connection first, so the statement never runs. `running`: the rows are copied and
    /// the server waits to put the copy in place.
    enum Moment: String { case blocked, abandoned, running }

    /// Starts `strata args`, kills it with SIGKILL inside statement `sql`, then waits until the server
    /// has finished with the dead client's statement.
    static func killMariaDB(_ args: [String], _ p: TestProject, _ db: TestDatabase, sql: String, table: String, moment: Moment) async throws {
        let watcher = try await Databases.connect(db.url)
        let holder = try await Databases.connect(db.url)
        defer { Task { await watcher.close(); await holder.close() } }
        try await holder.beginTransaction()
        // FOR UPDATE stops a statement before it starts; a plain read lets a copying ALTER copy its
        // rows and stops it where it would swap the tables.
        _ = try await holder.query("SELECT * FROM `\(table)`\(moment == .running ? " LIMIT 1" : " FOR UPDATE")")
        let probe = "SELECT STATE, ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND INFO = \(SQLQuoting.literal(sql, for: .mysql))"
        let process = try CLI.start(args, in: p.directory)
        let deadline = Date().addingTimeInterval(60)
        var seen = false
        var observed: [String] = []
        while Date() < deadline && process.isRunning {
            let states = try await watcher.query(probe).map { $0[0] ?? "" }
            observed += states
            if moment != .running ? !states.isEmpty : states.contains(where: { $0.contains("metadata lock") }) { seen = true; break }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if moment == .abandoned {
            for id in try await watcher.query(probe).compactMap({ $0[1] }) { try await watcher.execute("KILL \(id)") }
        }
        try await holder.commit()
        #expect(seen, "strata never reached \(moment) '\(sql)' (seen: \(Set(observed).sorted()))")
        while Date() < deadline, !(try await watcher.query(probe)).isEmpty { usleep(10_000) }
    }

    /// The end of an uninterrupted upgrade (and the fixture itself), measured once on a database of its own.
    static func mariaDBReference() async throws -> (before: [String], after: [String]) {
        var result: ([String], [String]) = ([], [])
        try await withProject(.mysql) { db, p in
            try await db.with { c in for s in mariaDBFixture { try await c.execute(s) } }
            let (up, down) = revisionText(mariaDBSteps)
            try p.revision("f1", upgrade: up, downgrade: down)
            let before = try await mariaDBState(db)
            let r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            result = (before, try await mariaDBState(db))
        }
        return result
    }

    @Test("MariaDB: upgrade killed inside each statement, resolved by --retry")
    func mariaDBUpgradeKills() async throws {
        let reference = try await Self.mariaDBReference()
        #expect(reference.before != reference.after)
        var points = 0
        for (i, step) in Self.mariaDBSteps.enumerated() {
            for moment in step.slow ? [Moment.blocked, .abandoned, .running] : [.blocked, .abandoned] {
                try await withProject(.mysql) { db, p in
                    try await db.with { c in for s in Self.mariaDBFixture { try await c.execute(s) } }
                    let (up, down) = Self.revisionText(Self.mariaDBSteps)
                    try p.revision("f1", upgrade: up, downgrade: down)
                    try await Self.killMariaDB(["upgrade", "head"], p, db, sql: step.up, table: step.upTable, moment: moment)
                    points += 1
                    let isData = step.up.hasPrefix("UPDATE") || step.up.hasPrefix("INSERT") || step.up.hasPrefix("DELETE")
                    let tookEffect = moment == .running || (moment == .blocked && !isData)
                    let context = "upgrade killed \(moment) in statement \(i + 1): \(step.up)"
                    #expect(try await db.versionRows() == [["f1", "upgrading", "\(i)"]], "\(context)")

                    let current = try p.strata("current")
                    #expect(current.stdout.contains("stopped after \(i) of 20 statements"), "\(context)\n\(current)")
                    #expect(!current.stdout.contains("f1 (head)"), "a half-applied revision is not the head\n\(current)")
                    if isData {
                        #expect(!current.stdout.contains("took effect"), "\(context)\n\(current)")
                    } else if moment == .abandoned {
                        // Whether the server dropped the statement with its connection or had begun it,
                        // the catalog decides; the retry below ending at the reference proves it right.
                        #expect(current.stdout.contains("statement \(i + 1) took effect") || current.stdout.contains("statement \(i + 1) did not take effect"), "\(context)\n\(current)")
                    } else {
                        let says = tookEffect ? "statement \(i + 1) took effect" : "statement \(i + 1) did not take effect"
                        #expect(current.stdout.contains(says), "\(context)\n\(current)")
                    }
                    #expect(try p.strata("upgrade", "head").status == 5, "\(context)")

                    let retry = try p.strata("resolve", "--retry")
                    #expect(retry.status == 0, "\(context)\n\(retry)")
                    if moment != .abandoned { #expect(retry.stdout.contains(tookEffect ? "had taken effect" : "Upgrading"), "\(context)\n\(retry)") }
                    #expect(try await db.versionRows() == [["f1", "applied", "20"]], "\(context)")
                    #expect(try await Self.mariaDBState(db) == reference.after, "\(context)")
                }
            }
        }
        #expect(points == 44)
    }

    @Test("MariaDB: downgrade killed inside each statement, resolved by --retry")
    func mariaDBDowngradeKills() async throws {
        let reference = try await Self.mariaDBReference()
        var points = 0
        for (j, step) in Self.mariaDBSteps.reversed().enumerated() {
            for moment in step.slow ? [Moment.blocked, .running] : [.blocked] {
                try await withProject(.mysql) { db, p in
                    try await db.with { c in for s in Self.mariaDBFixture { try await c.execute(s) } }
                    let (up, down) = Self.revisionText(Self.mariaDBSteps)
                    try p.revision("f1", upgrade: up, downgrade: down)
                    #expect(try p.strata("upgrade", "head").status == 0)
                    try await Self.killMariaDB(["downgrade", "base"], p, db, sql: step.down, table: step.downTable, moment: moment)
                    points += 1
                    let context = "downgrade killed \(moment) in statement \(j + 1): \(step.down)"
                    #expect(try await db.versionRows() == [["f1", "downgrading", "\(j)"]], "\(context)")
                    let current = try p.strata("current")
                    #expect(current.stdout.contains("downgrade of revision f1 stopped after \(j) of 20 statements"), "\(context)\n\(current)")

                    let retry = try p.strata("resolve", "--retry")
                    #expect(retry.status == 0, "\(context)\n\(retry)")
                    #expect(try await db.versionRows() == [], "\(context)")
                    #expect(try await Self.mariaDBState(db) == reference.before, "\(context)")
                }
            }
        }
        #expect(points == 24)
    }

    @Test("MariaDB: a killed statement whose effect does not show in the catalog is left to the user (--from)")
    func mariaDBStatementTheCatalogCannotJudge() async throws {
        try await withProject(.mysql) { db, p in
            try await db.with { c in for s in Self.mariaDBFixture.suffix(4) { try await c.execute(s) } }
            try p.revision("s1", upgrade: "ALTER TABLE t16 ADD COLUMN c INT;\nDO SLEEP(60);\nUPDATE t16 SET c = 1;", downgrade: "ALTER TABLE t16 DROP COLUMN c;")
            try await Self.killMariaDB(["upgrade", "head"], p, db, sql: "DO SLEEP(60)", table: "t15", moment: .abandoned)
            var r = try p.strata("current")
            #expect(r.stdout.contains("whether statement 2 took effect does not show in the catalog"), "\(r)")
            r = try p.strata("resolve", "--retry")
            #expect(r.status == 5 && r.stderr.contains("--retry --from 2") && r.stderr.contains("--from 3"), "\(r)")
            r = try p.strata("resolve", "--retry", "--from", "5")
            #expect(r.status == 2 && r.stderr.contains("--from may be 2"), "\(r)")
            r = try p.strata("resolve", "--retry", "--from", "3")
            #expect(r.status == 0 && r.stdout.contains("--from 3"), "\(r)")
            #expect(try await db.versionRows() == [["s1", "applied", "3"]])
            #expect(try await db.query("SELECT id, v, c FROM t16 ORDER BY id") == (1...5).map { ["\($0)", "\($0 * 10)", "1"] })
        }
    }

    @Test("MariaDB: after a kill, an edit to the statements that ran stops --retry before it decides anything")
    func mariaDBRetryRefusesAnEditedFile() async throws {
        try await withProject(.mysql) { db, p in
            try await db.with { c in for s in Self.mariaDBFixture { try await c.execute(s) } }
            var (up, down) = Self.revisionText(Self.mariaDBSteps)
            try p.revision("f1", upgrade: up, downgrade: down)
            let step = Self.mariaDBSteps[3]
            try await Self.killMariaDB(["upgrade", "head"], p, db, sql: step.up, table: step.upTable, moment: .running)
            up = up.replacingOccurrences(of: "ADD COLUMN c INT NOT NULL DEFAULT 1", with: "ADD COLUMN c INT NOT NULL DEFAULT 2")
            try p.revision("f1", upgrade: up, downgrade: down)
            let r = try p.strata("resolve", "--retry")
            #expect(r.status == 5 && r.stderr.contains("were edited since"), "\(r)")
            #expect(try await db.versionRows() == [["f1", "upgrading", "3"]], "nothing was recorded")
        }
    }

    @Test("MariaDB: --rollback after a kill refuses a downgrade that changes rows, and --retry still finishes")
    func mariaDBRollbackRefusesDataStatements() async throws {
        let reference = try await Self.mariaDBReference()
        try await withProject(.mysql) { db, p in
            try await db.with { c in for s in Self.mariaDBFixture { try await c.execute(s) } }
            let (up, down) = Self.revisionText(Self.mariaDBSteps)
            try p.revision("f1", upgrade: up, downgrade: down)
            let step = Self.mariaDBSteps[7]
            try await Self.killMariaDB(["upgrade", "head"], p, db, sql: step.up, table: step.upTable, moment: .running)
            let rollback = try p.strata("resolve", "--rollback")
            #expect(rollback.status == 5, "\(rollback)")
            #expect(rollback.stderr.contains("downgrade changes rows"), "\(rollback)")
            #expect(try await db.versionRows() == [["f1", "upgrading", "8"]], "the statement found to have run is recorded")
            #expect(try p.strata("resolve", "--retry").status == 0)
            #expect(try await Self.mariaDBState(db) == reference.after)
        }
    }
}

/// PostgreSQL and SQLite run a revision in one transaction: a kill anywhere leaves the database as it
/// was, the version table without the revision, and the next `upgrade` applies it whole.
extension FaultInjectionTests {
    static let postgresSteps: [Step] = [
        Step(up: "ALTER TABLE t01 ADD COLUMN c INT NOT NULL DEFAULT 1", down: "ALTER TABLE t01 DROP COLUMN c", upTable: "t01", downTable: "t01"),
        Step(up: "UPDATE t02 SET v = v + 100", down: "UPDATE t02 SET v = v - 100", upTable: "t02", downTable: "t02"),
        Step(up: "CREATE INDEX ix_t03 ON t03 (v)", down: "DROP INDEX ix_t03", upTable: "t03", downTable: "t03"),
        Step(up: "ALTER TABLE big1 ADD COLUMN b1 INT NOT NULL DEFAULT 0", down: "ALTER TABLE big1 DROP COLUMN b1", upTable: "big1", downTable: "big1"),
        Step(up: "ALTER TABLE t04 RENAME COLUMN v TO w", down: "ALTER TABLE t04 RENAME COLUMN w TO v", upTable: "t04", downTable: "t04"),
        Step(up: "INSERT INTO t05 (id, v) VALUES (100, 1000)", down: "DELETE FROM t05 WHERE id = 100", upTable: "t05", downTable: "t05"),
        Step(up: "ALTER TABLE t06 ALTER COLUMN v TYPE BIGINT", down: "ALTER TABLE t06 ALTER COLUMN v TYPE INT", upTable: "t06", downTable: "t06"),
        Step(up: "CREATE INDEX ix_big2_a ON big2 (a)", down: "DROP INDEX ix_big2_a", upTable: "big2", downTable: "big2"),
        Step(up: "DROP INDEX ix_t07", down: "CREATE INDEX ix_t07 ON t07 (v)", upTable: "t07", downTable: "t07"),
        Step(up: "DELETE FROM t08 WHERE id = 1", down: "INSERT INTO t08 (id, v) VALUES (1, 10)", upTable: "t08", downTable: "t08"),
        Step(up: "ALTER TABLE t09 ADD CONSTRAINT fk_t09 FOREIGN KEY (v) REFERENCES t01 (id)", down: "ALTER TABLE t09 DROP CONSTRAINT fk_t09", upTable: "t09", downTable: "t09"),
        Step(up: "ALTER TABLE t10 RENAME TO t10_renamed", down: "ALTER TABLE t10_renamed RENAME TO t10", upTable: "t10", downTable: "t10_renamed"),
        Step(up: "ALTER TABLE big3 ALTER COLUMN a TYPE VARCHAR(120)", down: "ALTER TABLE big3 ALTER COLUMN a TYPE VARCHAR(100)", upTable: "big3", downTable: "big3"),
        Step(up: "UPDATE t11 SET v = v * 2", down: "UPDATE t11 SET v = v / 2", upTable: "t11", downTable: "t11"),
        Step(up: "ALTER TABLE t12 ADD COLUMN d VARCHAR(10) NOT NULL DEFAULT 'x'", down: "ALTER TABLE t12 DROP COLUMN d", upTable: "t12", downTable: "t12"),
        Step(up: "CREATE UNIQUE INDEX ux_t13 ON t13 (v)", down: "DROP INDEX ux_t13", upTable: "t13", downTable: "t13"),
        Step(up: "ALTER TABLE big4 ADD COLUMN b2 VARCHAR(20) NOT NULL DEFAULT 'b2'", down: "ALTER TABLE big4 DROP COLUMN b2", upTable: "big4", downTable: "big4"),
        Step(up: "ALTER TABLE t14 DROP COLUMN extra", down: "ALTER TABLE t14 ADD COLUMN extra INT NOT NULL DEFAULT 7", upTable: "t14", downTable: "t14"),
        Step(up: "ALTER TABLE t15 ADD COLUMN e INT NULL", down: "ALTER TABLE t15 DROP COLUMN e", upTable: "t15", downTable: "t15"),
        Step(up: "UPDATE t16 SET v = 0", down: "UPDATE t16 SET v = id * 10", upTable: "t16", downTable: "t16"),
    ]

    /// The fixture for PostgreSQL and SQLite: the same tables, `big1`... with 20,000 rows.
    static func portableFixture(_ engine: Engine) -> [String] {
        var sql: [String] = []
        for b in 1...4 {
            sql.append("CREATE TABLE big\(b) (id INTEGER PRIMARY KEY, a VARCHAR(100) NOT NULL)")
            sql.append(engine == .postgresql
                       ? "INSERT INTO big\(b) (id, a) SELECT g, 'row ' || g FROM generate_series(1, 20000) g"
                       : "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 20000) INSERT INTO big\(b) (id, a) SELECT n, 'row ' || n FROM g")
        }
        for k in 1...16 {
            let t = String(format: "t%02d", k)
            sql.append("CREATE TABLE \(t) (id INT PRIMARY KEY, v INT NOT NULL\(k == 14 ? ", extra INT NOT NULL DEFAULT 7" : ""))")
            if k == 7 || k == 9 { sql.append("CREATE INDEX ix_\(t) ON \(t) (v)") }
            sql.append("INSERT INTO \(t) (id, v) VALUES " + (1...5).map { i in "(\(i), \(k == 9 ? i : i * 10))" }.joined(separator: ", "))
        }
        return sql
    }

    /// Each table's columns, indexes and a digest of its rows, read from the catalog.
    static func portableState(_ db: TestDatabase) async throws -> [String] {
        try await db.with { c in
            let schema = try await c.inspect(excluding: ["strata_version"])
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            var out = [String(decoding: try encoder.encode(schema), as: UTF8.self)]
            for table in schema.tables.sorted(by: { $0.name < $1.name }) {
                // The rows are folded into one value by the server: 80,000 rows through the driver take seconds.
                let t = table.name
                let sql = db.engine == .postgresql
                    ? "SELECT COUNT(*)::text, md5(COALESCE(string_agg(x::text, ';' ORDER BY x.id), '')) FROM \(t) x"
                    : "SELECT COUNT(*), group_concat(r, ';') FROM (SELECT \(table.columns.map { "quote(\($0.name))" }.joined(separator: " || ',' || ")) AS r FROM \(t) ORDER BY id)"
                let row = try await c.query(sql)[0]
                out.append("\(t): \(row[0] ?? "?") rows, \((row[1] ?? "").hashValue)")
            }
            return out
        }
    }

    @Test("PostgreSQL: upgrade killed inside each statement leaves the database as it was")
    func postgresKills() async throws {
        var reference: (before: [String], after: [String]) = ([], [])
        let (up, down) = Self.revisionText(Self.postgresSteps)
        try await withProject(.postgresql) { db, p in
            try await db.with { c in for s in Self.portableFixture(.postgresql) { try await c.execute(s) } }
            try p.revision("f1", upgrade: up, downgrade: down)
            reference.before = try await Self.portableState(db)
            #expect(try p.strata("upgrade", "head").status == 0)
            reference.after = try await Self.portableState(db)
        }
        #expect(reference.before != reference.after)
        for (i, step) in Self.postgresSteps.enumerated() {
            try await withProject(.postgresql) { db, p in
                try await db.with { c in for s in Self.portableFixture(.postgresql) { try await c.execute(s) } }
                try p.revision("f1", upgrade: up, downgrade: down)
                let watcher = try await Databases.connect(db.url)
                let holder = try await Databases.connect(db.url)
                try await holder.beginTransaction()
                try await holder.execute("LOCK TABLE \(step.upTable) IN SHARE ROW EXCLUSIVE MODE")
                let probe = "SELECT pid::text FROM pg_stat_activity WHERE datname = current_database() AND query = \(SQLQuoting.literal(step.up, for: .postgresql))"
                let process = try CLI.start(["upgrade", "head"], in: p.directory)
                let deadline = Date().addingTimeInterval(60)
                var seen = false
                while Date() < deadline && process.isRunning {
                    if !(try await watcher.query(probe + " AND wait_event_type = 'Lock'")).isEmpty { seen = true; break }
                    usleep(5_000)
                }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                try await holder.commit()
                // The server ends the dead client's session (and its transaction) once it notices.
                while Date() < deadline, !(try await watcher.query(probe)).isEmpty { usleep(10_000) }
                await watcher.close()
                await holder.close()
                let context = "killed in statement \(i + 1): \(step.up)"
                #expect(seen, "\(context): never seen waiting")
                #expect(try await db.versionRows() == [], "\(context)")
                #expect(try await Self.portableState(db) == reference.before, "\(context)")
                let current = try p.strata("current")
                #expect(current.stdout.contains("base (nothing applied)"), "\(context)\n\(current)")
                #expect(try p.strata("upgrade", "head").status == 0, "\(context)")
                #expect(try await Self.portableState(db) == reference.after, "\(context)")
            }
        }
    }

    /// SQLite commits each revision as it finishes: another connection sees the first revision
    /// applied while the second still runs, and a kill then keeps the first.
    @Test("SQLite: each revision commits by itself; a kill keeps the finished ones")
    func sqliteCommitsPerRevision() async throws {
        try await withProject(.sqlite) { db, p in
            try p.revision("c1c1c1c1c1c1", message: "quick", upgrade: "CREATE TABLE quick (id INTEGER PRIMARY KEY);\nINSERT INTO quick (id) VALUES (1);", downgrade: "DROP TABLE quick;")
            try p.revision("c2c2c2c2c2c2", parents: ["c1c1c1c1c1c1"], message: "slow",
                           // Long, but it writes one row, so the file stays readable by others while it runs.
                           upgrade: "CREATE TABLE slow (n INTEGER);\nINSERT INTO slow SELECT count(*) FROM (WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 100000000) SELECT n FROM g);",
                           downgrade: "DROP TABLE slow;")
            let process = try CLI.start(["upgrade", "head"], in: p.directory)
            let deadline = Date().addingTimeInterval(60)
            var seen = false
            while Date() < deadline && process.isRunning && !seen {
                seen = (try? await db.applied()) == ["c1c1c1c1c1c1"]
                if !seen { usleep(20_000) }
            }
            let stillRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(seen && stillRunning, "the first revision was visible while the second ran")
            #expect(try await db.applied() == ["c1c1c1c1c1c1"])
            #expect(try await db.tables() == ["quick"])
            #expect(try await db.query("SELECT id FROM quick") == [["1"]])
            // The lock died with the process: the next run goes on at once.
            let r = try p.strata("current")
            #expect(r.stdout.contains("c1c1c1c1c1c1") && !r.stdout.contains("in progress"), "\(r)")
        }
    }

    @Test("SQLite: upgrade killed at 20 moments leaves the database before or after the revision, never between")
    func sqliteKills() async throws {
        var reference: (before: [String], after: [String]) = ([], [])
        let steps = Self.postgresSteps.map { s -> Step in
            var s = s
            for (from, to) in [("ALTER TABLE t06 ALTER COLUMN v TYPE BIGINT", "CREATE TABLE t06_copy AS SELECT * FROM big2"),
                               ("ALTER TABLE big3 ALTER COLUMN a TYPE VARCHAR(120)", "UPDATE big3 SET a = a || ' changed'"),
                               ("ALTER TABLE t09 ADD CONSTRAINT fk_t09 FOREIGN KEY (v) REFERENCES t01 (id)", "CREATE TABLE t09_copy AS SELECT * FROM big1"),
                               ("ALTER TABLE big4 ADD COLUMN b2 VARCHAR(20) NOT NULL DEFAULT 'b2'", "UPDATE big4 SET a = a || ' b2'")] where s.up == from {
                s.up = to
                s.down = to.hasPrefix("CREATE") ? "DROP TABLE " + to.split(separator: " ")[2] : "SELECT 1"
            }
            return s
        }
        let (up, down) = Self.revisionText(steps)
        var duration = 0.0
        try await withProject(.sqlite) { db, p in
            try await db.with { c in for s in Self.portableFixture(.sqlite) { try await c.execute(s) } }
            try p.revision("f1", upgrade: up, downgrade: down)
            reference.before = try await Self.portableState(db)
            let start = Date()
            #expect(try p.strata("upgrade", "head").status == 0)
            duration = Date().timeIntervalSince(start)
            reference.after = try await Self.portableState(db)
        }
        #expect(reference.before != reference.after)
        var outcomes: [String: Int] = [:]
        for k in 0..<20 {
            try await withProject(.sqlite) { db, p in
                try await db.with { c in for s in Self.portableFixture(.sqlite) { try await c.execute(s) } }
                try p.revision("f1", upgrade: up, downgrade: down)
                let process = try CLI.start(["upgrade", "head"], in: p.directory)
                usleep(UInt32(duration * 1_000_000 * Double(k) / 19))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                let state = try await Self.portableState(db)
                let context = "killed \(k)/19 of the way through"
                #expect(state == reference.before || state == reference.after, "\(context): the database is between")
                let applied = try await db.versionRows()
                #expect(applied == (state == reference.after ? [["f1", "applied", "20"]] : []), "\(context)")
                outcomes[state == reference.after ? "after" : "before", default: 0] += 1
                #expect(try p.strata("upgrade", "head").status == 0, "\(context)")
                #expect(try await Self.portableState(db) == reference.after, "\(context)")
            }
        }
        #expect((outcomes["before"] ?? 0) > 0, "\(outcomes)")
    }
}
