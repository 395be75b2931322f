import Strata

/// SQL for SQLite. What `ALTER TABLE` cannot do (type, nullability, default, key, constraint and
/// foreign-key changes, reordering, dropping a column something depends on) is done by the table
/// rebuild SQLite documents: create the new table, copy the rows, drop the old one, rename the new
/// one, then recreate indexes and triggers. Foreign keys are declared inside CREATE TABLE.
public struct SQLiteDialect: Dialect {
    /// The engine this dialect writes for.
    public var engine: Engine { .sqlite }
    /// The dialect (it has no state).
    public init() {}

    /// The statements for `changes`, in order.
    public func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String] {
        var out: [String] = []
        for change in changes {
            switch change {
            case .createTable(let t):
                out.append(createTable(t, as: t.name))
                out += createIndexes(t)
                out += t.triggers.map(\.sql)
            case .dropTable(let t):
                out.append("DROP TABLE \(quote(t.name))")
            case .renameTable(let from, let to):
                out.append("ALTER TABLE \(quote(from.name)) RENAME TO \(quote(to.name))")
            case .alterTable(let d):
                out += alter(d)
            case .addForeignKey, .dropForeignKey:
                break  // declared in CREATE TABLE; changes on existing tables rebuild them (TableDiff.foreignKeysChanged)
            case .createView(let v):
                out.append("CREATE VIEW \(quote(v.name)) AS \(v.definition)")
            case .dropView(let v):
                out.append("DROP VIEW \(quote(v.name))")
            case .createRoutine(let r), .dropRoutine(let r):
                throw StrataError.unsupported("\(r.kind) \(r.name) (SQLite has no stored routines)", engine)
            case .createEnum(let e), .dropEnum(let e):
                throw StrataError.unsupported("enum type \(e.qualifiedName) (SQLite has no enum types; use a CHECK constraint)", engine)
            case .addEnumValues(_, let e), .recreateEnum(_, let e):
                throw StrataError.unsupported("enum type \(e.qualifiedName)", engine)
            case .createSequence(let s), .dropSequence(let s), .alterSequence(_, let s):
                throw StrataError.unsupported("sequence \(s.qualifiedName) (SQLite has no sequences)", engine)
            case .createNamespace(let n), .dropNamespace(let n):
                throw StrataError.unsupported("schema \(n) (SQLite has one schema per database file)", engine)
            }
        }
        return out
    }

    // MARK: tables

    func columnDefinition(_ c: Column, inlinePrimaryKey: Bool) -> String {
        var s = "\(quote(c.name)) \(typeName(c.type))"
        if inlinePrimaryKey { s += " PRIMARY KEY AUTOINCREMENT" }
        if !c.nullable { s += " NOT NULL" }
        if let d = c.defaultValue { s += " DEFAULT \(SQLiteDialect.defaultClause(d))" }
        if let coll = c.collation { s += " COLLATE \(coll)" }
        if let g = c.generated { s += " GENERATED ALWAYS AS (\(g.expression)) \(g.stored ? "STORED" : "VIRTUAL")" }
        return s
    }

    /// SQLite takes a literal, a signed number, CURRENT_TIME/DATE/TIMESTAMP or a parenthesised
    /// expression after DEFAULT; pragma_table_info reports expressions without their parentheses.
    static func defaultClause(_ d: String) -> String {
        isPlainDefault(d) ? d : "(\(d))"
    }

    static func isPlainDefault(_ d: String) -> Bool {
        let u = d.uppercased()
        if d.hasPrefix("'") && d.hasSuffix("'") || d.hasPrefix("(") && DDLText.parenthesised(d)?.end == d.endIndex { return true }
        if Double(d) != nil || ["NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP"].contains(u) { return true }
        if (d.hasPrefix("X'") || d.hasPrefix("x'")) && d.hasSuffix("'") { return true }
        return false
    }

    func typeName(_ t: ColumnType) -> String { t.description.uppercased() }

    func createTable(_ t: Table, as name: String) -> String {
        let autoPK = t.primaryKey.flatMap { pk in pk.columns.count == 1 && t.column(pk.columns[0])?.autoIncrement == true ? pk.columns[0] : nil }
        var items = t.columns.map { columnDefinition($0, inlinePrimaryKey: $0.name == autoPK) }
        if let pk = t.primaryKey, autoPK == nil {
            items.append((pk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "PRIMARY KEY (\(quoteList(pk.columns)))")
        }
        for u in t.indexes where u.isConstraint {
            items.append((u.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "UNIQUE (\(indexParts(u.columns)))")
        }
        items += t.checks.map(checkClause)
        items += t.foreignKeys.map { fk in (fk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + foreignKeyClause(fk) }
        return "CREATE TABLE \(quote(name)) (\n    " + items.joined(separator: ",\n    ") + "\n)"
    }

    func createIndex(_ i: Index, on table: String) -> String {
        "CREATE \(i.unique ? "UNIQUE " : "")INDEX \(quote(i.name ?? "ix_\(table)")) ON \(quote(table)) (\(indexParts(i.columns)))" + (i.predicate.map { " WHERE \($0)" } ?? "")
    }

    func createIndexes(_ t: Table) -> [String] {
        t.indexes.filter { !$0.isConstraint }.map { createIndex($0, on: t.name) }
    }

    // MARK: alter or rebuild

    func alter(_ d: TableDiff) -> [String] {
        if needsRebuild(d) { return rebuild(d) }
        let table = quote(d.to.name)
        var out: [String] = []
        if d.triggersChanged { out += d.from.triggers.map { "DROP TRIGGER \(quote($0.name))" } }
        out += d.droppedIndexes.map { "DROP INDEX \(quote($0.name ?? ""))" }
        out += d.renamedIndexes.map { r in "DROP INDEX \(quote(r.from))" }
        out += d.renamedColumns.map { "ALTER TABLE \(table) RENAME COLUMN \(quote($0.from)) TO \(quote($0.to))" }
        out += d.droppedColumns.map { "ALTER TABLE \(table) DROP COLUMN \(quote($0.name))" }
        out += d.addedColumns.map { "ALTER TABLE \(table) ADD COLUMN \(columnDefinition($0, inlinePrimaryKey: false))" }
        out += d.addedIndexes.map { createIndex($0, on: d.to.name) }
        for r in d.renamedIndexes {
            if let i = d.to.indexes.first(where: { $0.name == r.to }) { out.append(createIndex(i, on: d.to.name)) }
        }
        if d.triggersChanged { out += d.to.triggers.map(\.sql) }
        return out
    }

    /// Whether plain ALTER TABLE statements cannot do it.
    func needsRebuild(_ d: TableDiff) -> Bool {
        if !d.alteredColumns.isEmpty || d.columnOrderChanged || d.primaryKeyChanged || d.foreignKeysChanged
            || !d.addedChecks.isEmpty || !d.droppedChecks.isEmpty || d.optionsChanged { return true }
        if d.addedIndexes.contains(where: \.isConstraint) || d.droppedIndexes.contains(where: \.isConstraint) { return true }
        for c in d.addedColumns {
            // ADD COLUMN cannot add NOT NULL without a default, an expression default, or a stored generated column.
            if !c.nullable && c.defaultValue == nil && c.generated == nil { return true }
            if let dv = c.defaultValue, !SQLiteDialect.isPlainDefault(dv) || dv.hasPrefix("(") || dv.uppercased().hasPrefix("CURRENT_") { return true }
            if c.generated?.stored == true || c.autoIncrement { return true }
        }
        for c in d.droppedColumns {
            // DROP COLUMN fails when anything still uses the column.
            let used = d.from.primaryKey?.columns.contains(c.name) == true
                || d.from.indexes.contains { $0.columns.contains { $0.column == c.name } || ($0.expression(mentions: c.name)) }
                || d.from.foreignKeys.contains { $0.columns.contains(c.name) }
                || d.from.checks.contains { $0.expression.contains(c.name) }
                || d.from.columns.contains { $0.generated?.expression.contains(c.name) == true }
                || d.from.triggers.contains { $0.sql.contains(c.name) }
            if used { return true }
        }
        return false
    }

    /// Create, copy, drop, rename; then indexes and triggers come back.
    func rebuild(_ d: TableDiff) -> [String] {
        let name = d.to.name
        let temp = "_strata_new_\(name)"
        let oldName = { (new: String) in d.renamedColumns.first { $0.to == new }?.from ?? new }
        let copied = d.to.columns.filter { $0.generated == nil && d.from.column(oldName($0.name)) != nil && d.from.column(oldName($0.name))?.generated == nil }
        var out = [createTable(d.to, as: temp)]
        if !copied.isEmpty {
            out.append("INSERT INTO \(quote(temp)) (\(quoteList(copied.map(\.name)))) SELECT \(quoteList(copied.map { oldName($0.name) })) FROM \(quote(name))")
        }
        out.append("DROP TABLE \(quote(name))")
        // Legacy mode: the rename must not re-check views and triggers of other tables against the dropped table.
        out.append("PRAGMA legacy_alter_table = ON")
        out.append("ALTER TABLE \(quote(temp)) RENAME TO \(quote(name))")
        out.append("PRAGMA legacy_alter_table = OFF")
        out += createIndexes(d.to)
        out += d.to.triggers.map(\.sql)
        return out
    }
}

extension Index {
    func expression(mentions column: String) -> Bool {
        columns.contains { $0.expression?.contains(column) == true } || predicate?.contains(column) == true
    }
}
