import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// The engines autogenerate writes SQL for in this version.
let autogenerateEngines: Set<Engine> = [.sqlite, .postgresql, .mysql]

/// The corpus itself: every file loads, and the cases the suite runs are all of them.
@Suite("Convergence corpus: its files")
struct CorpusTests {
    @Test func everyCaseFileLoads() throws {
        let files = ConvergenceCase.files()
        // The project's corpus (STRATA_CORPUS_DIR points elsewhere when trying new cases).
        let own = ProcessInfo.processInfo.environment["STRATA_CORPUS_DIR"] == nil
        #expect(!own || files.count >= 300, "the corpus at \(ConvergenceCase.folder) has \(files.count) case files")
        #expect(files.count > 0, "no case files at \(ConvergenceCase.folder)")
        var unreadable: [String] = []
        for f in files {
            do { _ = try ConvergenceCase.load(f) } catch { unreadable.append("\(f): \(error)") }
        }
        #expect(unreadable == [], "\(unreadable.joined(separator: "\n"))")
        let pairs = ConvergenceCase.pairs(autogenerateEngines)
        let expected = try files.map { try ConvergenceCase.load($0) }.reduce(0) { $0 + $1.engines.filter(autogenerateEngines.contains).count }
        #expect(pairs.count == expected && pairs.count > 0, "\(pairs.count) case/engine pairs run, \(expected) expected")
        print("convergence corpus: \(files.count) cases, \(pairs.count) case/engine pairs, \(ConvergenceCase.all().filter(\.isNoop).count) no-op cases")
    }

    @Test func anUnreadableCaseIsAnError() throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "-- case: x\n-- engines: sqlite oracle\n-- current\nCREATE TABLE t (id int);\n".write(toFile: dir + "/1.sql", atomically: true, encoding: .utf8)
        try "-- engines: sqlite\n-- current\nCREATE TABLE t (id int);\n".write(toFile: dir + "/2.sql", atomically: true, encoding: .utf8)
        #expect(throws: StrataError.self) { try ConvergenceCase.load(dir + "/1.sql") }
        #expect(throws: StrataError.self) { try ConvergenceCase.load(dir + "/2.sql") }
    }
}

@Suite("Convergence corpus: autogenerate, upgrade, compare, downgrade, with rows")
struct ConvergenceTests {
    static let cases = ConvergenceCase.pairs(autogenerateEngines)
    static let limiter = Limiter(4)

    @Test(arguments: cases)
    func converges(_ c: ConvergenceCase, engine: Engine) async throws {
        try await Self.limiter.run { try await convergesNow(c, engine: engine) }
    }

    func convergesNow(_ c: ConvergenceCase, engine: Engine) async throws {
        let db0 = try await TestDatabase.create(engine)
        let db1 = try await TestDatabase.create(engine)
        let p = try TestProject(database: db0)
        do {
            try await run(c, engine: engine, db0: db0, db1: db1, project: p)
        } catch {
            Issue.record("\(c) on \(engine): \(error)")
        }
        p.remove()
        await db0.drop()
        await db1.drop()
    }

    func apply(_ sql: String, to db: TestDatabase, what: String) async throws {
        try await db.with { conn in
            for s in SQLSplitter.split(sql, engine: db.engine) {
                do { try await conn.execute(s.sql) } catch { throw StrataError.database("\(what) line \(s.line): \(error)") }
            }
        }
    }

    func run(_ c: ConvergenceCase, engine: Engine, db0: TestDatabase, db1: TestDatabase, project p: TestProject) async throws {
        try await apply(c.sql("current", for: engine), to: db0, what: "current")
        try await apply(c.sql("rows", for: engine), to: db0, what: "rows")
        try await apply(c.sql("desired", for: engine), to: db1, what: "desired")
        let original = try await inspect(db0)
        let desired = try await inspect(db1)
        let renames = try RenameHints(parsing: c.renames)
        let rowsBefore = try await snapshot(db0, schema: original)
        // The harness must not pass on empty inspections: what the DDL created is there.
        let createsTables = { (sql: String) in sql.range(of: "CREATE TABLE", options: .caseInsensitive) != nil }
        #expect(!createsTables(c.sql("current", for: engine)) || !original.tables.isEmpty, "\(c) on \(engine): inspection of current found no tables")
        #expect(!createsTables(c.sql("desired", for: engine)) || !desired.tables.isEmpty, "\(c) on \(engine): inspection of desired found no tables")
        #expect(!c.sql("rows", for: engine).contains("INSERT") || rowsBefore.values.contains { !$0.rows.isEmpty }, "\(c) on \(engine): no rows were read back")

        var args = ["autogenerate", "-m", "case", "--target", db1.url]
        for r in c.renames { args += ["--rename", r] }
        let gen = try CLI.run(args, in: p.directory)
        #expect(gen.status == 0, "\(c) on \(engine): autogenerate: \(gen)")
        let noChange = gen.stdout.contains("Nothing to do")
        if gen.status != 0 { return }
        #expect(!gen.stderr.contains("is not the upgrade undone"), "\(c) on \(engine): \(gen.stderr)")
        #expect(!c.isNoop || noChange, "\(c) on \(engine): a no-op case, yet autogenerate wrote a revision:\n\(revisionText(p))")
        let up = try p.strata("upgrade", "head")
        #expect(up.status == 0, "\(c) on \(engine): upgrade: \(up)\n\(revisionText(p))")
        if up.status != 0 { return }
        let upgraded = try await inspect(db0)
        let converged = same(upgraded, desired, engine)
        #expect(converged, "\(c) on \(engine): after upgrade the schema differs from desired:\n\(explain(upgraded, desired, engine))\n\(revisionText(p))")
        // Rows survive on the columns both schemas have.
        let rowsAfter = try await snapshot(db0, schema: upgraded)
        for (table, rows) in rowsBefore {
            let newTable = renames.tables[table] ?? table
            guard let after = rowsAfter[newTable] else { continue }
            let columnMap = renames.columns[newTable] ?? renames.columns[table] ?? [:]
            let common = rows.columns.filter { after.columns.contains(columnMap[$0] ?? $0) }
            // A column whose type or generation changes keeps its rows, not necessarily their spelling
            // ('2020-01-01' becomes '2020-01-01 00:00:00'): its NULLs are compared, not its text.
            let loose = Set(common.filter { col in
                let a = original.table(QualifiedName(table))?.column(col), b = desired.table(QualifiedName(newTable))?.column(columnMap[col] ?? col)
                return a?.type != b?.type || a?.generated != nil || b?.generated != nil
            })
            let kept = project(rows, common, loose: loose) == project(after, common.map { columnMap[$0] ?? $0 }, loose: Set(loose.map { columnMap[$0] ?? $0 }))
            #expect(kept, "\(c) on \(engine): rows of \(table) changed on upgrade")
        }
        let check = try CLI.run(["check", "--target", db1.url] + c.renames.flatMap { ["--rename", $0] }, in: p.directory)
        #expect(check.status == 0, "\(c) on \(engine): check after upgrade: \(check)")
        let again = try CLI.run(["autogenerate", "-m", "again", "--target", db1.url], in: p.directory)
        let nothing = again.stdout.contains("Nothing to do")
        #expect(nothing, "\(c) on \(engine): second autogenerate: \(again)")
        if noChange { return }

        let down = try p.strata("downgrade", "base")
        #expect(down.status == 0, "\(c) on \(engine): downgrade: \(down)\n\(revisionText(p))")
        let restored = try await inspect(db0)
        let restoredOK = same(restored, original, engine)
        #expect(restoredOK, "\(c) on \(engine): after downgrade the schema differs from the original:\n\(explain(restored, original, engine))")
        let rowsRestored = try await snapshot(db0, schema: restored)
        for (table, rows) in rowsBefore {
            guard let back = rowsRestored[table] else { Issue.record("\(c) on \(engine): table \(table) missing after downgrade"); continue }
            // A table dropped by the upgrade comes back empty; columns it dropped come back empty too.
            let newTable = renames.tables[table] ?? table
            guard desired.table(QualifiedName(newTable)) != nil || desired.tables.contains(where: { $0.qualifiedName.description == newTable }) else { continue }
            let kept = rows.columns.filter { col in
                let mapped = (renames.columns[newTable] ?? renames.columns[table] ?? [:])[col] ?? col
                return desired.table(QualifiedName(newTable))?.column(mapped) != nil
            }
            let loose = Set(kept.filter { col in
                let a = original.table(QualifiedName(table))?.column(col)
                return a?.generated != nil
            })
            let same = project(rows, kept, loose: loose) == project(back, kept, loose: loose)
            #expect(same, "\(c) on \(engine): rows of \(table) changed after downgrade")
        }
    }

    func inspect(_ db: TestDatabase) async throws -> Schema {
        try await db.with { try await $0.inspect(excluding: ["strata_version"]) }
    }

    func same(_ a: Schema, _ b: Schema, _ engine: Engine) -> Bool {
        comparable(a, engine) == comparable(b, engine)
    }

    func comparable(_ s: Schema, _ engine: Engine) -> Schema {
        var s = s.normalized()
        if engine == .postgresql { s.tables = s.tables.map { t in var t = t; t.columns.sort { $0.name < $1.name }; return t } }
        return s
    }

    func explain(_ a: Schema, _ b: Schema, _ engine: Engine) -> String {
        let changes = Differ(options: .init(ignoreColumnOrder: engine == .postgresql)).diff(from: comparable(a, engine), to: comparable(b, engine)).changes
        if !changes.isEmpty { return changes.map(\.summary).joined(separator: "\n") }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return "differ sees none; JSON:\n" + String(decoding: (try? enc.encode(comparable(a, engine))) ?? Data(), as: UTF8.self)
            + "\n" + String(decoding: (try? enc.encode(comparable(b, engine))) ?? Data(), as: UTF8.self)
    }

    func revisionText(_ p: TestProject) -> String {
        let dir = p.directory + "/migrations"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return files.sorted().compactMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    }

    struct TableRows: Equatable { var columns: [String]; var rows: [[String?]] }

    /// Every row of every table, as text.
    func snapshot(_ db: TestDatabase, schema: Schema) async throws -> [String: TableRows] {
        var out: [String: TableRows] = [:]
        try await db.with { conn in
            for t in schema.tables {
                let cols = t.columns.map(\.name)
                let geometry: Set<String> = ["point", "geometry", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection"]
                let select = t.columns.map { col in
                    let q = SQLQuoting.identifier(col.name, for: db.engine)
                    return db.engine == .mysql && geometry.contains(col.type.name) ? "ST_AsText(\(q))" : SQLQuoting.asText(q, for: db.engine)
                }.joined(separator: ", ")
                let rows = try await conn.query("SELECT \(select) FROM \(Databases.dialect(for: db.engine).quote(t.qualifiedName))")
                out[t.qualifiedName.description] = TableRows(columns: cols, rows: rows)
            }
        }
        return out
    }

    /// The rows restricted to `columns`, sorted, numbers compared by value; `loose` columns only by NULL or not.
    func project(_ t: TableRows, _ columns: [String], loose: Set<String> = []) -> [[String?]] {
        let idx = columns.compactMap { t.columns.firstIndex(of: $0) }
        return t.rows.map { r in idx.map { i in
            if loose.contains(t.columns[i]) { return r[i] == nil ? nil : "*" }
            return r[i].map { v in Double(v).map { String($0) } ?? v }
        } }
            .sorted { $0.map { $0 ?? "\u{0}" }.lexicographicallyPrecedes($1.map { $0 ?? "\u{0}" }) }
    }
}

extension Engine: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}
