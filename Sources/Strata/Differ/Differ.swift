/// Compares two schemas and lists the changes, in an order whose SQL runs: planned in phases
/// (views and foreign keys dropped first, then tables; types and sequences created before the
/// tables; tables created before foreign keys are added, so cycles work; views last), then
/// ordered by what each change makes, removes and needs (``ChangeOrder``).
public struct Differ: Sendable {
    /// How to compare.
    public struct Options: Sendable, Equatable {
        /// Tables and columns renamed, told apart from drop-and-add.
        public var renames: RenameHints
        /// PostgreSQL cannot reorder columns: compare without their order.
        public var ignoreColumnOrder: Bool
        /// Options with the given renames and column-order rule.
        public init(renames: RenameHints = RenameHints(), ignoreColumnOrder: Bool = false) {
            self.renames = renames
            self.ignoreColumnOrder = ignoreColumnOrder
        }
    }

    /// The result: ordered changes and notes for the user (probable renames).
    public struct Result: Sendable, Equatable {
        /// The changes, in an order whose SQL runs.
        public var changes: [Change]
        /// Remarks for the user (probable renames), one line each.
        public var notes: [String]
    }

    /// How this differ compares.
    public var options: Options
    /// A differ with `options`.
    public init(options: Options = Options()) { self.options = options }

    /// The changes that take `current` to `desired`: tables matched, then foreign keys, views, types and routines planned, in an order whose SQL runs.
    public func diff(from current: Schema, to desired: Schema) -> Result {
        let current = current.normalized()
        let desired = desired.normalized()
        var tables = matchTables(current, desired)
        let keys = planForeignKeys(&tables, current, desired)
        tables.diffs.removeAll { $0.isEmpty }
        let views = planViews(current, desired, touched: Set(tables.diffs.map(\.to.name) + tables.dropped.map(\.name) + tables.renamed.map(\.from.name)))
        let types = planTypes(current, desired)
        let routines = planRoutines(current, desired)
        return Result(changes: Self.order(tables: tables, keys: keys, views: views, types: types, routines: routines), notes: tables.notes)
    }

    /// The changes in phases, then by their needs (see ``Differ``).
    static func order(tables: TablePlan, keys: ForeignKeyPlan, views: ViewPlan, types: TypePlan, routines: RoutinePlan) -> [Change] {
        var changes: [Change] = []
        changes += views.drop.map { .dropView($0) }
        changes += routines.drop.map { .dropRoutine($0) }
        changes += keys.drop
        changes += Differ.dependencyOrder(tables.dropped).reversed().map { .dropTable($0) }
        changes += types.early
        changes += tables.renamed.map { .renameTable(from: $0.from, to: $0.to) }
        changes += Differ.dependencyOrder(tables.created).map { .createTable($0) }
        changes += tables.diffs.map { .alterTable($0) }
        changes += keys.add
        changes += types.late
        changes += routines.create.map { .createRoutine($0) }
        changes += views.create.map { .createView($0) }
        return ChangeOrder.sorted(changes)
    }

    // MARK: tables

    func diffTable(_ c: Table, _ d: Table, oldName: QualifiedName? = nil, notes: inout [String]) -> TableDiff {
        var td = TableDiff(from: c, to: d)
        // A column hint may name the table as it is or as it will be.
        let hints = options.renames.columns[d.qualifiedName.description] ?? options.renames.columns[d.name]
            ?? oldName.flatMap { options.renames.columns[$0.description] ?? options.renames.columns[$0.name] } ?? [:]
        var oldForNew: [String: String] = [:]
        for (old, new) in hints where c.column(old) != nil && d.column(new) != nil && c.column(new) == nil {
            oldForNew[new] = old
            td.renamedColumns.append(.init(from: old, to: new))
        }
        td.renamedColumns.sort { $0.from < $1.from }
        let renamedOld = Set(oldForNew.values)
        for col in d.columns {
            let oldName = oldForNew[col.name] ?? col.name
            if var before = c.column(oldName) {
                before.name = col.name
                if before != col { td.alteredColumns.append(.init(from: c.column(oldName)!, to: col)) }
            } else {
                td.addedColumns.append(col)
            }
        }
        td.droppedColumns = c.columns.filter { d.column($0.name) == nil && !renamedOld.contains($0.name) }
        for dropped in td.droppedColumns {
            for added in td.addedColumns where added.type == dropped.type {
                notes.append("\(d.qualifiedName).\(dropped.name) is dropped and \(d.qualifiedName).\(added.name) is added with the same type: if it is a rename, pass --rename \(d.qualifiedName).\(dropped.name)=\(added.name)")
            }
        }
        if !options.ignoreColumnOrder {
            let common = d.columns.map(\.name).filter { c.column(oldForNew[$0] ?? $0) != nil }
            let before = c.columns.map { old in oldForNew.first { $0.value == old.name }?.key ?? old.name }.filter { common.contains($0) }
            td.columnOrderChanged = before != common || (!td.addedColumns.isEmpty && !Differ.appended(td.addedColumns, in: d))
        }
        let mapName = { (n: String) in td.renamedColumns.first { $0.from == n }?.to ?? n }
        let renamedPK = c.primaryKey.map { PrimaryKey(name: $0.name, columns: $0.columns.map(mapName)) }
        td.primaryKeyChanged = renamedPK != d.primaryKey

        // Indexes: by name; an index whose only difference is its name is a rename.
        func renamedIndex(_ i: Index) -> Index {
            var i = i
            i.columns = i.columns.map { p in var p = p; p.column = p.column.map(mapName); return p }
            return i
        }
        var before = c.indexes.map(renamedIndex)
        var after = d.indexes
        for i in after.indices.reversed() {
            if let j = before.firstIndex(of: after[i]) { before.remove(at: j); after.remove(at: i) }
        }
        for i in after.indices.reversed() {
            var unnamed = after[i]
            unnamed.name = nil
            if let j = before.firstIndex(where: { var b = $0; b.name = nil; return b == unnamed }),
               let from = before[j].name, let to = after[i].name {
                td.renamedIndexes.append(.init(from: from, to: to))
                before.remove(at: j)
                after.remove(at: i)
            }
        }
        td.droppedIndexes = before
        td.addedIndexes = after
        td.renamedIndexes.sort { $0.from < $1.from }

        td.droppedChecks = c.checks.filter { !d.checks.contains($0) }
        td.addedChecks = d.checks.filter { !c.checks.contains($0) }
        td.optionsChanged = c.options != d.options
        td.commentChanged = c.comment != d.comment
        td.triggersChanged = c.triggers != d.triggers
        return td
    }

    /// Foreign keys to drop and add in one table. Renames are followed, as the database follows them:
    /// the table's own renamed columns, and a referenced table or column renamed in the same change.
    func diffForeignKeys(_ c: Table, _ d: Table, renames: [TableDiff.ColumnRename],
                         tableRenames: [(from: QualifiedName, to: QualifiedName)] = [],
                         referencedRenames: [QualifiedName: [TableDiff.ColumnRename]] = [:]) -> (drop: [ForeignKey], add: [ForeignKey]) {
        let mapName = { (n: String) in renames.first { $0.from == n }?.to ?? n }
        let followed = c.foreignKeys.map { original -> (original: ForeignKey, mapped: ForeignKey) in
            var fk = original
            fk.columns = fk.columns.map(mapName)
            if let r = tableRenames.first(where: { $0.from == fk.referenced }) {
                fk.referencedSchema = r.to.schema
                fk.referencedTable = r.to.name
            }
            if let columns = referencedRenames[fk.referenced] {
                fk.referencedColumns = fk.referencedColumns.map { n in columns.first { $0.from == n }?.to ?? n }
            }
            return (original, fk)
        }
        var before = followed
        var after = d.foreignKeys
        for i in after.indices.reversed() {
            if let j = before.firstIndex(where: { $0.mapped == after[i] }) { before.remove(at: j); after.remove(at: i) }
        }
        // Drops are reported as the database knows them.
        return (before.map(\.original), after)
    }

    // MARK: helpers

    /// Whether added columns all sit at the end of the desired table, after every existing column.
    static func appended(_ added: [Column], in table: Table) -> Bool {
        let names = Set(added.map(\.name))
        guard let firstAdded = table.columns.firstIndex(where: { names.contains($0.name) }) else { return true }
        return table.columns[firstAdded...].allSatisfy { names.contains($0.name) }
    }

    /// Tables sorted so that referenced tables come before the tables that reference them (cycles keep input order).
    public static func dependencyOrder(_ tables: [Table]) -> [Table] {
        let names = Set(tables.map(\.qualifiedName))
        var placed: Set<QualifiedName> = []
        var result: [Table] = []
        var remaining = tables
        while !remaining.isEmpty {
            let ready = remaining.filter { t in
                t.foreignKeys.allSatisfy { fk in fk.referenced == t.qualifiedName || !names.contains(fk.referenced) || placed.contains(fk.referenced) }
            }
            let next = ready.isEmpty ? [remaining[0]] : ready
            for t in next { result.append(t); placed.insert(t.qualifiedName) }
            remaining.removeAll { placed.contains($0.qualifiedName) }
        }
        return result
    }

    /// Views sorted so that a view comes after the views it mentions.
    static func viewOrder(_ views: [View]) -> [View] {
        var result: [View] = []
        var remaining = views
        while !remaining.isEmpty {
            let names = Set(remaining.map(\.name))
            let ready = remaining.filter { v in !Differ.mentions(v.definition, any: names.subtracting([v.name])) }
            let next = ready.isEmpty ? [remaining[0]] : ready
            result += next
            remaining.removeAll { r in next.contains(r) }
        }
        return result
    }

    static func parse(_ name: String) -> QualifiedName {
        if let dot = name.firstIndex(of: ".") { return QualifiedName(schema: String(name[..<dot]), String(name[name.index(after: dot)...])) }
        return QualifiedName(name)
    }

    /// Whether SQL text mentions any of the names as a word (case-insensitive).
    static func mentions(_ sql: String, any names: Set<String>) -> Bool {
        let lower = sql.lowercased()
        for name in names {
            var search = lower.startIndex..<lower.endIndex
            let n = name.lowercased()
            while let r = lower.range(of: n, range: search) {
                let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
                let after = r.upperBound == lower.endIndex ? " " : lower[r.upperBound]
                let isWord = { (ch: Character) in ch.isLetter || ch.isNumber || ch == "_" }
                if !isWord(before) && !isWord(after) { return true }
                search = r.upperBound..<lower.endIndex
            }
        }
        return false
    }
}
