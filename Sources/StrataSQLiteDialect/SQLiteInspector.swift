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
        let master = try await db.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        let columns = try await db.query("""
            SELECT m.name, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
            FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid
            """)
        let indexList = try await db.query("""
            SELECT m.name, il.name, il."unique", il.origin, il.partial FROM sqlite_master m JOIN pragma_index_list(m.name) il
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, il.name
            """)
        let indexColumns = try await db.query("""
            SELECT il.name, ix.name, ix."desc" FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ix
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND ix.key = 1 ORDER BY il.name, ix.seqno
            """)
        let foreignKeys = try await db.query("""
            SELECT m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, f.id, f.seq
            """)

        var tables: [String: Table] = [:]
        var tableSQL: [String: SQLiteTableSQL] = [:]
        var order: [String] = []
        var views: [View] = []
        var indexSQL: [String: String] = [:]
        var triggers: [(table: String, Trigger)] = []
        for row in master {
            let type = row[0] ?? "", name = row[1] ?? "", table = row[2] ?? "", sql = row[3] ?? ""
            switch type {
            case "table" where !excluded.contains(name):
                tables[name] = Table(name: name)
                tableSQL[name] = SQLiteTableSQL(sql)
                order.append(name)
            case "view":
                views.append(View(name: name, definition: SQLiteInspector.viewBody(sql)))
            case "index":
                indexSQL[name] = sql
            case "trigger":
                triggers.append((table, Trigger(name: name, sql: sql)))
            default: break
            }
        }

        var pkParts: [String: [(Int, String)]] = [:]
        for r in columns {
            let table = r[0] ?? ""
            guard tables[table] != nil, let name = r[1] else { continue }
            let info = tableSQL[table]?.columns[name]
            let hidden = Int(r[6] ?? "0") ?? 0
            var column = Column(name: name, type: DDLText.parseType(r[2] ?? ""), nullable: r[3] != "1",
                                defaultValue: r[4], collation: info?.collation)
            if hidden == 2 || hidden == 3, let expr = info?.generated {
                column.generated = Column.Generated(expression: expr, stored: hidden == 3)
            }
            let pk = Int(r[5] ?? "0") ?? 0
            if pk > 0 { pkParts[table, default: []].append((pk, name)) }
            tables[table]!.columns.append(column)
        }
        for (table, parts) in pkParts {
            let names = parts.sorted { $0.0 < $1.0 }.map(\.1)
            tables[table]!.primaryKey = PrimaryKey(columns: names)
            if names.count == 1, tableSQL[table]?.autoincrement == true, let i = tables[table]!.columns.firstIndex(where: { $0.name == names[0] }) {
                tables[table]!.columns[i].autoIncrement = true
            }
        }

        var partsByIndex: [String: [IndexPart]] = [:]
        var hasExpression: Set<String> = []
        for r in indexColumns {
            partsByIndex[r[0] ?? "", default: []].append(IndexPart(column: r[1], descending: r[2] == "1"))
            if r[1] == nil { hasExpression.insert(r[0] ?? "") }
        }
        for r in indexList {
            let table = r[0] ?? "", name = r[1] ?? "", origin = r[3] ?? ""
            guard tables[table] != nil, origin != "pk" else { continue }
            if origin == "u" {
                tables[table]!.indexes.append(Index(name: nil, columns: partsByIndex[name] ?? [], unique: true, isConstraint: true))
            } else {
                // The index SQL is read only for what index_xinfo cannot say: expressions, WHERE, COLLATE.
                let needsSQL = r[4] == "1" || hasExpression.contains(name) || (indexSQL[name].map { DDLText.contains($0, "COLLATE") } ?? false)
                let parsed = needsSQL ? indexSQL[name].flatMap(SQLiteIndexSQL.parts) : nil
                tables[table]!.indexes.append(Index(name: name, columns: parsed?.parts ?? partsByIndex[name] ?? [],
                                                    unique: r[2] == "1", predicate: parsed?.predicate))
            }
        }

        var fkGroups: [String: [Int: ForeignKey]] = [:]
        for r in foreignKeys {
            let table = r[0] ?? ""
            guard tables[table] != nil, let id = Int(r[1] ?? "") else { continue }
            var fk = fkGroups[table]?[id] ?? ForeignKey(columns: [], referencedTable: r[2] ?? "", referencedColumns: [],
                                                        onDelete: SQLiteInspector.action(r[6]), onUpdate: SQLiteInspector.action(r[5]))
            fk.columns.append(r[3] ?? "")
            if let to = r[4] { fk.referencedColumns.append(to) }
            fkGroups[table, default: [:]][id] = fk
        }
        for (table, group) in fkGroups {
            for (_, var fk) in group.sorted(by: { $0.key > $1.key }) {
                if fk.referencedColumns.isEmpty { fk.referencedColumns = tables[fk.referencedTable]?.primaryKey?.columns ?? [] }
                fk.name = tableSQL[table]?.foreignKeyNames[fk.columns]
                tables[table]!.foreignKeys.append(fk)
            }
        }
        for (name, sql) in tableSQL { tables[name]!.checks = sql.checks }
        for (table, trigger) in triggers where tables[table] != nil { tables[table]!.triggers.append(trigger) }

        return Schema(engine: .sqlite, tables: order.map { tables[$0]! }, views: views)
    }

    /// `CREATE VIEW v AS SELECT ...` -> `SELECT ...`
    static func viewBody(_ sql: String) -> String {
        guard let r = sql.range(of: #"\bAS\b"#, options: [.regularExpression, .caseInsensitive]) else { return sql }
        return sql[r.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func action(_ a: String?) -> String? {
        guard let a, a != "NO ACTION" else { return nil }
        return a
    }
}

import Foundation
