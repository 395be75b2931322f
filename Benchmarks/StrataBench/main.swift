import Foundation
import StrataAuthoring

// strata-bench: speed of inspect, diff and autogenerate on generated schemas of 100, 500 and
// 2000 tables per engine, next to the raw catalog queries that fetch the same facts.
// Usage: strata-bench [sizes...]   (servers as in scripts/test-servers.sh; env STRATA_TEST_*_URL)

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }.isEmpty ? [100, 500, 2000] : CommandLine.arguments.dropFirst().compactMap { Int($0) }
let env = ProcessInfo.processInfo.environment
let admins: [Engine: String] = [
    .postgresql: env["STRATA_TEST_POSTGRES_URL"] ?? "postgresql://strata:strata@127.0.0.1:5432/postgres",
    .mysql: env["STRATA_TEST_MYSQL_URL"] ?? "mysql://strata:strata@127.0.0.1:3306/mysql",
]

/// N tables of 8 columns, a primary key, two indexes and a foreign key to the previous table.
func ddl(tables n: Int, engine: Engine, variant: Bool) -> [String] {
    var out: [String] = []
    for i in 0..<n {
        let extra = variant && i % 10 == 0 ? ", added_col VARCHAR(20)" : ""
        let width = variant && i % 7 == 0 ? 120 : 80
        let fk = i > 0 ? ", parent_id INTEGER REFERENCES t\(i - 1) (id)" : ", parent_id INTEGER"
        out.append("CREATE TABLE t\(i) (id INTEGER PRIMARY KEY, name VARCHAR(\(width)) NOT NULL, code VARCHAR(20), qty INTEGER DEFAULT 0, price NUMERIC(10,2), note TEXT, created_at TIMESTAMP NULL\(fk)\(extra))")
        out.append("CREATE INDEX ix_t\(i)_name ON t\(i) (name)")
        out.append("CREATE UNIQUE INDEX ux_t\(i)_code ON t\(i) (code)")
    }
    return out
}

func fresh(_ engine: Engine, _ tag: String) async throws -> (url: String, drop: () async -> Void) {
    let name = "strata_bench_\(tag)"
    if engine == .sqlite {
        let path = NSTemporaryDirectory() + name + ".db"
        try? FileManager.default.removeItem(atPath: path)
        return ("sqlite:///" + path, { try? FileManager.default.removeItem(atPath: path) })
    }
    let admin = try await Databases.connect(admins[engine]!)
    try await admin.execute(engine == .postgresql ? "DROP DATABASE IF EXISTS \(name) WITH (FORCE)" : "DROP DATABASE IF EXISTS \(name)")
    try await admin.execute("CREATE DATABASE \(name)")
    await admin.close()
    var url = try DatabaseURL(admins[engine]!)
    url.database = name
    let text = "\(url.scheme)://\(url.user!):\(url.password!)@\(url.host!):\(url.port!)/\(name)"
    return (text, {
        if let a = try? await Databases.connect(admins[engine]!) {
            try? await a.execute(engine == .postgresql ? "DROP DATABASE IF EXISTS \(name) WITH (FORCE)" : "DROP DATABASE IF EXISTS \(name)")
            await a.close()
        }
    })
}

func load(_ statements: [String], into url: String) async throws {
    let db = try await Databases.connect(url)
    // Batches keep PostgreSQL under max_locks_per_transaction and SQLite fast.
    for chunk in stride(from: 0, to: statements.count, by: 150) {
        try await db.beginTransaction()
        for s in statements[chunk..<min(chunk + 150, statements.count)] { try await db.execute(s) }
        try await db.commit()
    }
    await db.close()
}

func ms(_ d: Duration) -> String { String(format: "%8.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15) }

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// Workbench models first: no server needed.
let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/workbench-samples").path
try WorkbenchBench.run(samples: samples)
try await CodegenBench.run()

print("engine      tables  raw catalog ms  inspect ms  ratio  queries  diff ms  autogenerate ms  (raw of both DBs ms)")
let engines = (env["STRATA_BENCH_ENGINES"] ?? "sqlite,postgresql,mysql").split(separator: ",").compactMap { Engine(name: String($0)) }
for engine in engines {
    for n in sizes {
        let (url0, drop0) = try await fresh(engine, "a\(n)")
        let (url1, drop1) = try await fresh(engine, "b\(n)")
        try await load(ddl(tables: n, engine: engine, variant: false), into: url0)
        try await load(ddl(tables: n, engine: engine, variant: true), into: url1)

        // Inspect: best of three, next to the time of its own catalog queries.
        let timed = TimingDriver(try await Databases.connect(url0))
        var best: (total: Duration, raw: Duration) = (.seconds(1000), .zero)
        var schema = Schema()
        for _ in 0..<3 {
            timed.reset()
            let start = ContinuousClock.now
            schema = try await Databases.inspect(timed)
            let total = ContinuousClock.now - start
            if total < best.total { best = (total, timed.queryTime) }
        }
        let queries = timed.queries
        await timed.close()

        // Autogenerate end to end: read both databases, diff, render both directions, write the file.
        let folder = NSTemporaryDirectory() + "strata-bench-\(engine)-\(n)"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let a = TimingDriver(try await Databases.connect(url0))
        let b = TimingDriver(try await Databases.connect(url1))
        let start = ContinuousClock.now
        let current = try await Databases.inspect(a)
        let desired = try await Databases.inspect(b)
        let diffStart = ContinuousClock.now
        let steps = try GeneratedMigration.plan(current: current, desired: desired, dialect: Databases.dialect(for: engine))
        let diffTime = ContinuousClock.now - diffStart
        let text = steps.map { $0.section($0.upgrade, engine: engine) + "\n" + $0.section($0.downgrade, engine: engine) }.joined()
        try text.write(toFile: folder + "/revision.sql", atomically: true, encoding: .utf8)
        let autogenerate = ContinuousClock.now - start
        let raw = a.queryTime + b.queryTime
        await a.close()
        await b.close()
        try? FileManager.default.removeItem(atPath: folder)
        // MariaDB's other route: SHOW CREATE TABLE per table (the text alone, before any parsing).
        var showCreate = ""
        if engine == .mysql {
            let db = try await Databases.connect(url0)
            let t0 = ContinuousClock.now
            for t in schema.tables { _ = try await db.query("SHOW CREATE TABLE `\(t.name)`") }
            showCreate = "  SHOW CREATE TABLE x\(n): \(ms(ContinuousClock.now - t0).trimmingCharacters(in: .whitespaces)) ms"
            await db.close()
        }
        precondition(schema.tables.count == n, "inspected \(schema.tables.count) of \(n) tables")
        precondition(!steps.isEmpty, "the variant schema must differ")

        let ratio = Double(best.total.components.attoseconds / 1_000_000_000_000 + best.total.components.seconds * 1_000_000)
            / max(1, Double(best.raw.components.attoseconds / 1_000_000_000_000 + best.raw.components.seconds * 1_000_000))
        print("\(engine.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%6d", n))  \(ms(best.raw))        \(ms(best.total))  \(String(format: "%5.2f", ratio))  \(String(format: "%7d", queries))  \(ms(diffTime))  \(ms(autogenerate))         \(ms(raw))\(showCreate)")
        await drop0()
        await drop1()
    }
}
print(String(format: "max RSS %.0f MB", maxRSSMegabytes()))
