import Strata

/// SQL for MySQL and MariaDB: one `ALTER TABLE` per table, `MODIFY COLUMN` with `FIRST`/`AFTER`
/// so columns keep (or take) their place, charset and collation, `AUTO_INCREMENT`, table options.
public struct MySQLDialect: Dialect {
    /// The engine this dialect writes for.
    public var engine: Engine { .mysql }
    /// The dialect (it has no state).
    public init() {}

    /// The statements for `changes`, in order.
    public func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String] {
        var out: [String] = []
        for change in changes {
            switch change {
            case .createTable(let t): out.append(createTable(t)); out += t.triggers.map(\.sql)
            case .dropTable(let t): out.append("DROP TABLE \(quote(t.name))")
            case .renameTable(let from, let to): out.append("RENAME TABLE \(quote(from.name)) TO \(quote(to.name))")
            case .alterTable(let d): out += alter(d)
            case .addForeignKey(let t, var fk):
                // Spelled out: MariaDB reports a missing action as RESTRICT, an explicit NO ACTION as NO ACTION.
                fk.onDelete = fk.onDelete ?? .noAction
                fk.onUpdate = fk.onUpdate ?? .noAction
                out.append("ALTER TABLE \(quote(t.name)) ADD " + (fk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + foreignKeyClause(fk))
            case .dropForeignKey(let t, let fk):
                guard let name = fk.name else { continue }
                out.append("ALTER TABLE \(quote(t.name)) DROP FOREIGN KEY \(quote(name))")
            case .createView(let v): out.append("CREATE VIEW \(quote(v.name)) AS \(v.definition)")
            case .dropView(let v): out.append("DROP VIEW \(quote(v.name))")
            case .createRoutine(let r): out.append(r.sql)
            case .dropRoutine(let r): out.append("DROP \(r.kind.rawValue) \(quote(r.name))")
            case .createEnum(let e), .dropEnum(let e), .addEnumValues(_, let e), .recreateEnum(_, let e):
                throw StrataError.unsupported("enum type \(e.qualifiedName) (MySQL enums belong to columns: ENUM('a','b'))", engine)
            case .createSequence(let s), .dropSequence(let s), .alterSequence(_, let s):
                throw StrataError.unsupported("sequence \(s.qualifiedName)", engine)
            case .createNamespace(let n), .dropNamespace(let n):
                throw StrataError.unsupported("schema \(n) (a MySQL schema is a database: connect to it instead)", engine)
            }
        }
        return out
    }

    func literal(_ s: String) -> String { SQLQuoting.literal(s, lexicon) }

    /// The column as SQL; its MariaDB column-level CHECK (from `table`) is restated, since a
    /// MODIFY COLUMN without it would drop it.
    func columnDefinition(_ c: Column, in table: Table? = nil) -> String {
        var s = "\(quote(c.name)) \(c.type.description)"
        if let cs = c.charset { s += " CHARACTER SET \(cs)" }
        if let coll = c.collation { s += " COLLATE \(coll)" }
        if let g = c.generated {
            s += " GENERATED ALWAYS AS (\(g.expression)) \(g.stored ? "STORED" : "VIRTUAL")"
        } else {
            s += c.nullable ? " NULL" : " NOT NULL"
            if let d = c.defaultValue { s += " DEFAULT \(d)" }
            if let u = c.onUpdate { s += " ON UPDATE \(u)" }
            if c.autoIncrement { s += " AUTO_INCREMENT" }
        }
        if let comment = c.comment { s += " COMMENT \(literal(comment))" }
        if let check = table?.checks.first(where: { $0.columnLevel == true && $0.name == c.name }) { s += " CHECK (\(check.expression))" }
        return s
    }

    func indexDefinition(_ i: Index) -> String {
        let kind: String
        switch i.method {
        case .fulltext?: kind = "FULLTEXT INDEX"
        case .spatial?: kind = "SPATIAL INDEX"
        default: kind = i.unique ? "UNIQUE INDEX" : "INDEX"
        }
        let using = i.method == .hash ? " USING HASH" : ""
        return "\(kind) \(quote(i.name ?? "idx"))\(using) (\(indexParts(i.columns)))"
    }

    func tableOptions(_ o: TableOptions, comment: String?) -> String {
        var parts: [String] = []
        if let e = o.engine { parts.append("ENGINE=\(e)") }
        if let cs = o.charset { parts.append("DEFAULT CHARSET=\(cs)") }
        if let coll = o.collation { parts.append("COLLATE=\(coll)") }
        if let rf = o.rowFormat { parts.append("ROW_FORMAT=\(rf)") }
        if let c = comment { parts.append("COMMENT=\(literal(c))") }
        return parts.joined(separator: " ")
    }

    func createTable(_ t: Table) -> String {
        var items = t.columns.map { columnDefinition($0, in: t) }
        if let pk = t.primaryKey { items.append("PRIMARY KEY (\(quoteList(pk.columns)))") }
        items += t.indexes.map(indexDefinition)
        items += t.checks.filter { $0.columnLevel != true }.map(checkClause)
        let options = tableOptions(t.options, comment: t.comment)
        return "CREATE TABLE \(quote(t.name)) (\n    " + items.joined(separator: ",\n    ") + "\n)" + (options.isEmpty ? "" : " " + options)
    }

    func alter(_ d: TableDiff) -> [String] {
        let t = quote(d.to.name)
        var out: [String] = []
        if d.triggersChanged { out += d.from.triggers.map { "DROP TRIGGER \(quote($0.name))" } }
        if !d.renamedColumns.isEmpty {
            out.append("ALTER TABLE \(t) " + d.renamedColumns.map { "RENAME COLUMN \(quote($0.from)) TO \(quote($0.to))" }.joined(separator: ", "))
        }
        var specs: [String] = []
        // The table's character set changes its text columns too (they follow the table's default).
        let fromCollation = d.from.options.collation, toCollation = d.to.options.collation
        // Its own statement: MariaDB applies CONVERT TO after the MODIFYs of the same statement.
        if d.from.options.charset != d.to.options.charset || fromCollation != toCollation {
            out.append("ALTER TABLE \(t) " + (d.to.options.charset.map { "CONVERT TO CHARACTER SET \($0)" + (toCollation.map { " COLLATE \($0)" } ?? "") } ?? "CONVERT TO CHARACTER SET DEFAULT"))
        }
        // Column-level checks go with their column's definition; table-level ones by name.
        specs += d.droppedChecks.filter { $0.columnLevel != true }.compactMap { $0.name.map { "DROP CONSTRAINT \(quote($0))" } }
        var restated = Set(d.droppedChecks.filter { $0.columnLevel == true }.compactMap(\.name))
        restated.formUnion(d.addedChecks.filter { $0.columnLevel == true }.compactMap(\.name))
        // Generated columns whose definition changes are dropped and added back (MariaDB cannot alter them).
        let regenerated = Set(d.alteredColumns.filter { $0.from.generated != $0.to.generated }.map(\.to.name))
        specs += regenerated.sorted().map { "DROP COLUMN \(quote($0))" }
        specs += d.droppedIndexes.compactMap { $0.name.map { "DROP INDEX \(quote($0))" } }
        if d.primaryKeyChanged && d.from.primaryKey != nil {
            // An AUTO_INCREMENT column must stay a key: take AUTO_INCREMENT off before the key goes.
            for c in d.from.columns where c.autoIncrement && d.to.column(c.name)?.autoIncrement != true || (c.autoIncrement && d.primaryKeyChanged) {
                var plain = c
                plain.autoIncrement = false
                out.append("ALTER TABLE \(t) MODIFY COLUMN \(columnDefinition(plain))")
            }
            specs.append("DROP PRIMARY KEY")
        }
        specs += d.droppedColumns.map { "DROP COLUMN \(quote($0.name))" }
        // Columns: added ones where they belong, altered ones in place, moved ones to their new place.
        let added = Set(d.addedColumns.map(\.name))
        let altered = Dictionary(d.alteredColumns.map { ($0.to.name, $0) }, uniquingKeysWith: { a, _ in a })
        let fromOrder = d.from.columns.map { c in d.renamedColumns.first { $0.from == c.name }?.to ?? c.name }.filter { name in d.to.column(name) != nil }
        var previous: String? = nil
        var placed: [String] = []
        for c in d.to.columns {
            let position = previous.map { "AFTER \(quote($0))" } ?? "FIRST"
            if added.contains(c.name) || regenerated.contains(c.name) {
                specs.append("ADD COLUMN \(columnDefinition(c, in: d.to)) \(position)")
            } else {
                // Where the column would be if nothing moved: after the same predecessor as in the old order.
                let oldIndex = fromOrder.firstIndex(of: c.name)
                let oldPrevious = oldIndex.flatMap { $0 > 0 ? fromOrder[$0 - 1] : nil }
                let moved = d.columnOrderChanged && (oldPrevious != previous || placed.count != oldIndex)
                if let change = altered[c.name] {
                    var target = change.to
                    if d.primaryKeyChanged && target.autoIncrement && d.from.column(change.from.name)?.autoIncrement == true { target.autoIncrement = false }
                    specs.append("MODIFY COLUMN \(columnDefinition(target, in: d.to))" + (moved ? " \(position)" : ""))
                } else if moved || restated.contains(c.name) {
                    var target = c
                    if d.primaryKeyChanged && c.autoIncrement { target.autoIncrement = false }
                    specs.append("MODIFY COLUMN \(columnDefinition(target, in: d.to))" + (moved ? " \(position)" : ""))
                }
            }
            placed.append(c.name)
            previous = c.name
        }
        if d.primaryKeyChanged, let pk = d.to.primaryKey { specs.append("ADD PRIMARY KEY (\(quoteList(pk.columns)))") }
        specs += d.renamedIndexes.map { "RENAME INDEX \(quote($0.from)) TO \(quote($0.to))" }
        specs += d.addedIndexes.map { "ADD \(indexDefinition($0))" }
        specs += d.addedChecks.filter { $0.columnLevel != true }.map { "ADD \(checkClause($0))" }
        if d.optionsChanged || d.commentChanged {
            var o = d.to.options
            o.charset = nil      // handled by CONVERT TO above
            o.collation = nil
            if d.from.options.engine != nil && o.engine == nil { o.engine = "InnoDB" }
            if d.from.options.rowFormat != nil && o.rowFormat == nil { o.rowFormat = "DEFAULT" }
            if d.from.options == d.to.options { o = TableOptions() }
            let text = tableOptions(o, comment: d.commentChanged ? (d.to.comment ?? "") : nil)
            if !text.isEmpty { specs.append(text) }
        }
        if !specs.isEmpty { out.append("ALTER TABLE \(t) " + specs.joined(separator: ", ")) }
        // AUTO_INCREMENT comes back once the new key exists.
        if d.primaryKeyChanged {
            for c in d.to.columns where c.autoIncrement { out.append("ALTER TABLE \(t) MODIFY COLUMN \(columnDefinition(c, in: d.to))") }
        }
        if d.triggersChanged { out += d.to.triggers.map(\.sql) }
        return out
    }
}
