import Strata

/// Reads a SQLite database into a `Schema` with five bulk queries over the catalog and the
/// pragma table-valued functions (no per-table round trips), plus the stored DDL text.
/// Public so benchmarks can run it over a timing driver.
public struct SQLiteInspector {
    /// The connection read.
    public let db: any DatabaseDriver
    /// An inspector reading through `db`.
    public init(db: any DatabaseDriver) { self.db = db }

    /// The schema from `sqlite_master` and the pragmas, leaving out the tables named in `excluded`.
    public func inspect(excluding excluded: Set<String>) async throws -> Schema {
        var master = Master()
        for r in try await Self.masterQuery.rows(db) { master.add(r, excluding: excluded) }
        var tables = InspectedTables()
        for name in master.order { tables.add(Table(name: name)) }
        try await readColumns(into: &tables, master: master)
        try await readIndexes(into: &tables, master: master)
        try await readForeignKeys(into: &tables, master: master)
        for (name, sql) in master.tableSQL { tables.update(QualifiedName(name)) { $0.checks = sql.checks } }
        for (table, trigger) in master.triggers { tables.update(QualifiedName(table)) { $0.triggers.append(trigger) } }
        return Schema(engine: .sqlite, tables: tables.tables, views: master.views)
    }

    /// What `sqlite_master` holds: the tables' parsed DDL, views, index DDL and triggers.
    struct Master {
        var order: [String] = []
        var tableSQL: [String: SQLiteTableSQL] = [:]
        var views: [View] = []
        var indexSQL: [String: String] = [:]
        var triggers: [(table: String, Trigger)] = []

        mutating func add(_ r: CatalogRow, excluding excluded: Set<String>) {
            let name = r.text("name"), sql = r.text("sql")
            switch r.text("type") {
            case "table" where !excluded.contains(name):
                order.append(name)
                tableSQL[name] = SQLiteTableSQL(sql)
            case "view": views.append(View(name: name, definition: SQLiteInspector.viewBody(sql)))
            case "index": indexSQL[name] = sql
            case "trigger": triggers.append((r.text("table"), Trigger(name: name, sql: sql)))
            default: break
            }
        }
    }

    static let masterQuery = CatalogQuery(["type": "type", "name": "name", "table": "tbl_name", "sql": "sql"],
                                          from: "sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")

    /// Every table's pragma rows, joined in one query.
    static func perTable(_ pragma: String, _ rest: String) -> String {
        "sqlite_master m JOIN \(pragma) WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \(rest)"
    }

    // MARK: Columns and the primary key

    static let columnQuery = CatalogQuery([
        "table": "m.name", "name": "p.name", "type": "p.type", "notNull": #"p."notnull""#, "default": "p.dflt_value", "pk": "p.pk", "hidden": "p.hidden",
    ], from: perTable("pragma_table_xinfo(m.name) p", "ORDER BY m.name, p.cid"))

    /// Columns (collations and generated expressions from the DDL, which the pragmas do not give)
    /// and primary keys (AUTOINCREMENT on a one-column key).
    func readColumns(into tables: inout InspectedTables, master: Master) async throws {
        var pkParts: [String: [(Int64, String)]] = [:]
        for r in try await Self.columnQuery.rows(db) {
            let table = r.text("table")
            guard let name = r["name"], let sql = master.tableSQL[table] else { continue }
            let info = sql.columns[name]
            let hidden = r.int("hidden") ?? 0
            var column = Column(name: name, type: DDLText.parseType(r.text("type")), nullable: r["notNull"] != "1",
                                defaultValue: r["default"], collation: info?.collation)
            if hidden == 2 || hidden == 3, let expr = info?.generated {
                column.generated = Column.Generated(expression: expr, stored: hidden == 3)
            }
            if let pk = r.int("pk"), pk > 0 { pkParts[table, default: []].append((pk, name)) }
            tables.update(QualifiedName(table)) { $0.columns.append(column) }
        }
        for (table, parts) in pkParts {
            let names = parts.sorted { $0.0 < $1.0 }.map(\.1)
            tables.update(QualifiedName(table)) { t in
                t.primaryKey = PrimaryKey(columns: names)
                if names.count == 1, master.tableSQL[table]?.autoincrement == true, let i = t.columns.firstIndex(where: { $0.name == names[0] }) {
                    t.columns[i].autoIncrement = true
                }
            }
        }
    }

    // MARK: Indexes

    static let indexListQuery = CatalogQuery(["table": "m.name", "index": "il.name", "unique": #"il."unique""#, "origin": "il.origin", "partial": "il.partial"],
                                             from: perTable("pragma_index_list(m.name) il", "ORDER BY m.name, il.name"))

    static let indexColumnQuery = CatalogQuery(["index": "il.name", "column": "ix.name", "descending": #"ix."desc""#],
                                               from: perTable("pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ix", "AND ix.key = 1 ORDER BY il.name, ix.seqno"))

    /// UNIQUE constraints (unnamed) and indexes; the index DDL is read only for what index_xinfo
    /// cannot say: expressions, WHERE, COLLATE.
    func readIndexes(into tables: inout InspectedTables, master: Master) async throws {
        var partsByIndex: [String: [IndexPart]] = [:]
        var hasExpression: Set<String> = []
        for r in try await Self.indexColumnQuery.rows(db) {
            partsByIndex[r.text("index"), default: []].append(IndexPart(column: r["column"], descending: r["descending"] == "1"))
            if r["column"] == nil { hasExpression.insert(r.text("index")) }
        }
        for r in try await Self.indexListQuery.rows(db) where r["origin"] != "pk" {
            let name = r.text("index")
            let index: Index
            if r["origin"] == "u" {
                index = Index(name: nil, columns: partsByIndex[name] ?? [], unique: true, isConstraint: true)
            } else {
                let needsSQL = r["partial"] == "1" || hasExpression.contains(name) || (master.indexSQL[name].map { DDLText.contains($0, "COLLATE") } ?? false)
                let parsed = needsSQL ? master.indexSQL[name].flatMap(SQLiteIndexSQL.parts) : nil
                index = Index(name: name, columns: parsed?.parts ?? partsByIndex[name] ?? [], unique: r["unique"] == "1", predicate: parsed?.predicate)
            }
            tables.update(QualifiedName(r.text("table"))) { $0.indexes.append(index) }
        }
    }

    // MARK: Foreign keys

    static let foreignKeyQuery = CatalogQuery([
        "table": "m.name", "id": "f.id", "referencedTable": #"f."table""#, "column": #"f."from""#, "referencedColumn": #"f."to""#,
        "onUpdate": "f.on_update", "onDelete": "f.on_delete",
    ], from: perTable("pragma_foreign_key_list(m.name) f", "ORDER BY m.name, f.id, f.seq"))

    /// Foreign keys, grouped by the pragma's id (one per key, listed last first), named from the
    /// DDL; a key that names no columns references the primary key.
    func readForeignKeys(into tables: inout InspectedTables, master: Master) async throws {
        var groups: [String: [Int64: ForeignKey]] = [:]
        for r in try await Self.foreignKeyQuery.rows(db) {
            let table = r.text("table")
            guard master.tableSQL[table] != nil, let id = r.int("id") else { continue }
            var fk = groups[table]?[id] ?? ForeignKey(columns: [], referencedTable: r.text("referencedTable"), referencedColumns: [],
                                                      onDelete: ForeignKey.Action.stated(r["onDelete"]), onUpdate: ForeignKey.Action.stated(r["onUpdate"]))
            fk.columns.append(r.text("column"))
            if let to = r["referencedColumn"] { fk.referencedColumns.append(to) }
            groups[table, default: [:]][id] = fk
        }
        let primaryKeys = Dictionary(tables.tables.map { ($0.name, $0.primaryKey?.columns ?? []) }, uniquingKeysWith: { a, _ in a })
        for (table, group) in groups {
            for (_, var fk) in group.sorted(by: { $0.key > $1.key }) {
                if fk.referencedColumns.isEmpty { fk.referencedColumns = primaryKeys[fk.referencedTable] ?? [] }
                fk.name = master.tableSQL[table]?.foreignKeyNames[fk.columns]
                tables.update(QualifiedName(table)) { $0.foreignKeys.append(fk) }
            }
        }
    }

    /// `CREATE VIEW v AS SELECT ...` -> `SELECT ...`
    static func viewBody(_ sql: String) -> String {
        guard let r = sql.range(of: #"\bAS\b"#, options: [.regularExpression, .caseInsensitive]) else { return sql }
        return sql[r.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }

}

import Foundation
