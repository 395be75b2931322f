import Foundation
import StrataDialects
import Testing

/// Each dialect's SQL for every kind of change, upgrade and downgrade, against reviewed golden files
/// (`Golden/<engine>.sql`). A change a dialect cannot express is recorded as its error.
/// After a deliberate change of the SQL: `STRATA_UPDATE_GOLDEN=1 swift test --filter DialectGoldenTests`,
/// then review the diff of the golden files.
@Suite struct DialectGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func col(_ name: String, _ type: String, length: Int? = nil, null: Bool = true, def: String? = nil) -> Column {
        Column(name: name, type: ColumnType(type, length: length), nullable: null, defaultValue: def)
    }

    static let items = Table(name: "items", columns: [col("id", "integer", null: false), col("name", "varchar", length: 50, null: false), col("qty", "integer", def: "0")],
                             primaryKey: PrimaryKey(columns: ["id"]))
    static let owners = Table(name: "owners", columns: [col("id", "integer", null: false), col("label", "varchar", length: 20)], primaryKey: PrimaryKey(columns: ["id"]))

    static func with(_ t: Table, _ change: (inout Table) -> Void) -> Table { var t = t; change(&t); return t }

    /// (case, current, desired, renames): one kind of change each.
    static let cases: [(String, Schema, Schema, [String])] = {
        let base = Schema(tables: [items])
        let withOwners = Schema(tables: [items, owners])
        let mood = EnumType(name: "mood", values: ["sad", "ok"])
        let seq = SequenceDefinition(name: "ticket_seq", start: 1, increment: 1)
        return [
            ("create table", Schema(), Schema(tables: [with(items) { $0.indexes = [Index(name: "items_name", columns: [IndexPart(column: "name")], unique: true)]; $0.checks = [Check(name: "qty_positive", expression: "qty >= 0")] }]), []),
            ("drop table", withOwners, base, []),
            ("rename table", base, Schema(tables: [with(items) { $0.name = "goods" }]), ["items=goods"]),
            ("add column", base, Schema(tables: [with(items) { $0.columns.append(col("note", "text")) }]), []),
            ("add column in the middle", base, Schema(tables: [with(items) { $0.columns.insert(col("note", "text"), at: 1) }]), []),
            ("drop column", base, Schema(tables: [with(items) { $0.columns.removeLast() }]), []),
            ("rename column", base, Schema(tables: [with(items) { $0.columns[1].name = "title" }]), ["items.name=title"]),
            ("widen a type", base, Schema(tables: [with(items) { $0.columns[1].type = ColumnType("varchar", length: 100) }]), []),
            // Two columns altered and moved: the way back lists them in the other table's order.
            ("reorder and alter two columns", base, Schema(tables: [with(items) { $0.columns = [$0.columns[0], col("qty", "integer", def: "1"), col("name", "varchar", length: 100, null: false)] }]), []),
            ("nullability", base, Schema(tables: [with(items) { $0.columns[2].nullable = false }]), []),
            ("default", base, Schema(tables: [with(items) { $0.columns[2].defaultValue = "1" }]), []),
            ("add index", base, Schema(tables: [with(items) { $0.indexes = [Index(name: "items_qty", columns: [IndexPart(column: "qty", descending: true)])] }]), []),
            ("rename index", Schema(tables: [with(items) { $0.indexes = [Index(name: "items_qty", columns: [IndexPart(column: "qty")])] }]),
             Schema(tables: [with(items) { $0.indexes = [Index(name: "items_by_qty", columns: [IndexPart(column: "qty")])] }]), []),
            ("add check", base, Schema(tables: [with(items) { $0.checks = [Check(name: "qty_positive", expression: "qty >= 0")] }]), []),
            ("add foreign key", Schema(tables: [with(items) { $0.columns.append(col("owner_id", "integer")) }, owners]),
             Schema(tables: [with(items) { $0.columns.append(col("owner_id", "integer")); $0.foreignKeys = [ForeignKey(name: "items_owner", columns: ["owner_id"], referencedTable: "owners", referencedColumns: ["id"], onDelete: .cascade)] }, owners]), []),
            ("create view", base, Schema(tables: [items], views: [View(name: "big_items", definition: "SELECT id, name FROM items WHERE qty > 10")]), []),
            ("create enum", base, Schema(tables: [items], enums: [mood]), []),
            ("add enum values", Schema(tables: [items], enums: [mood]), Schema(tables: [items], enums: [EnumType(name: "mood", values: ["sad", "ok", "happy"])]), []),
            ("remove enum value", Schema(tables: [items], enums: [EnumType(name: "mood", values: ["sad", "ok", "happy"])]), Schema(tables: [items], enums: [mood]), []),
            ("create sequence", base, with(base) { $0.sequences = [seq] }, []),
            ("create schema", base, with(base) { $0.namespaces = ["audit"] }, []),
            ("create routine", base, with(base) { $0.routines = [Routine(name: "answer", kind: .function, sql: "CREATE FUNCTION answer() RETURNS INT DETERMINISTIC RETURN 42")] }, []),
            ("a name to quote", Schema(), Schema(tables: [Table(name: "we\"ird`name", columns: [col("a.b", "integer")])]), []),
        ]
    }()

    static func with(_ s: Schema, _ change: (inout Schema) -> Void) -> Schema { var s = s; change(&s); return s }

    static func render(_ engine: Engine) -> String {
        let dialect = engine.dialect
        var out = "-- Golden SQL of the \(engine) dialect: one case per kind of change (Tests/StrataTests/DialectGoldenTests.swift).\n"
        for (name, current, desired, renames) in cases {
            out += "\n-- case: \(name)\n"
            // The downgrade is what autogenerate writes: the upgrade's changes undone, last first.
            let ignoreColumnOrder = !dialect.capabilities.reordersColumns
            let forward = Result { try Differ(options: .init(renames: RenameHints(parsing: renames), ignoreColumnOrder: ignoreColumnOrder)).diff(from: current, to: desired).changes }
            let backward = forward.map { Change.inverse(of: $0, ignoreColumnOrder: ignoreColumnOrder) }
            for (label, changes, from, to) in [("upgrade", forward, current, desired), ("downgrade", backward, desired, current)] {
                out += "-- \(label)\n"
                do {
                    let statements = try dialect.statements(for: changes.get(), current: from, desired: to)
                    out += statements.isEmpty ? "-- (nothing)\n" : SQLText.script(statements, dialect.lexicon)
                } catch {
                    out += "-- error: \(error)\n"
                }
            }
        }
        return out
    }

    /// The way back is the way there undone: the differ's downgrade holds each upgrade change's
    /// inverse, for every case, with and without column order.
    @Test(arguments: [false, true])
    func theDowngradeIsTheUpgradeUndone(ignoreColumnOrder: Bool) throws {
        for (name, current, desired, renames) in Self.cases {
            let hints = try RenameHints(parsing: renames)
            let forward = Differ(options: .init(renames: hints, ignoreColumnOrder: ignoreColumnOrder)).diff(from: current, to: desired).changes
            let backward = Differ(options: .init(renames: hints.inverted, ignoreColumnOrder: ignoreColumnOrder)).diff(from: desired, to: current).changes
            #expect(!forward.isEmpty, "\(name): no change")
            #expect(Change.sameChanges(Change.inverse(of: forward, ignoreColumnOrder: ignoreColumnOrder), backward),
                    "\(name): inverse \(Change.inverse(of: forward, ignoreColumnOrder: ignoreColumnOrder).map(\.summary)) vs downgrade \(backward.map(\.summary))")
            #expect(Change.sameChanges(Change.inverse(of: backward, ignoreColumnOrder: ignoreColumnOrder), forward), "\(name): the other way")
        }
        // And the check can fail: a change that is not an inverse is seen.
        let t = Self.items
        #expect(!Change.sameChanges(Change.inverse(of: [.createTable(t)]), [.createTable(t)]))
    }

    @Test(arguments: Engine.allCases)
    func everyChangeKindMatchesItsGoldenSQL(engine: Engine) throws {
        let file = Self.folder.appendingPathComponent("\(engine).sql")
        let text = Self.render(engine)
        if ProcessInfo.processInfo.environment["STRATA_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden, "the \(engine) dialect's SQL differs from \(file.path); review, then STRATA_UPDATE_GOLDEN=1")
        // Every case is there, each with both directions.
        #expect(golden.components(separatedBy: "\n-- case: ").count - 1 == Self.cases.count)
    }
}
