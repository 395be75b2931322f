/// Compares two schemas and lists the changes, in an order whose SQL runs:
/// views and foreign keys are dropped first, then tables; types and sequences are created before
/// the tables that use them; tables are created before foreign keys are added (so cycles work);
/// views come back last.
public struct Differ: Sendable {
    public struct Options: Sendable, Equatable {
        public var renames: RenameHints
        /// PostgreSQL cannot reorder columns: compare without their order.
        public var ignoreColumnOrder: Bool
        public init(renames: RenameHints = RenameHints(), ignoreColumnOrder: Bool = false) {
            self.renames = renames
            self.ignoreColumnOrder = ignoreColumnOrder
        }
    }

    /// The result: ordered changes and notes for the user (probable renames).
    public struct Result: Sendable, Equatable {
        public var changes: [Change]
        public var notes: [String]
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    public func diff(from current: Schema, to desired: Schema) -> Result {
        let current = current.normalized()
        let desired = desired.normalized()
        var notes: [String] = []

        // Tables: renames first, then matches by name.
        var currentTables: [QualifiedName: Table] = [:]
        for t in current.tables { currentTables[t.qualifiedName] = t }
        var renamed: [(from: QualifiedName, to: QualifiedName)] = []
        for (old, new) in options.renames.tables.sorted(by: { $0.key < $1.key }) {
            let oldName = Differ.parse(old), newName = Differ.parse(new)
            guard var t = currentTables[oldName], currentTables[newName] == nil, desired.table(newName) != nil else { continue }
            currentTables[oldName] = nil
            t.schema = newName.schema
            t.name = newName.name
            currentTables[newName] = t
            renamed.append((oldName, newName))
        }
        let desiredNames = Set(desired.tables.map(\.qualifiedName))
        let created = desired.tables.filter { currentTables[$0.qualifiedName] == nil }
        let dropped = current.tables.filter { t in
            !renamed.contains { $0.from == t.qualifiedName } && !desiredNames.contains(t.qualifiedName)
        }
        // Every matched table, even unchanged ones: their foreign keys may still change.
        var diffs: [TableDiff] = []
        for d in desired.tables {
            guard let c = currentTables[d.qualifiedName] else { continue }
            let oldName = renamed.first { $0.to == d.qualifiedName }?.from
            diffs.append(diffTable(c, d, oldName: oldName, notes: &notes))
        }
        // Probable table renames: one dropped and one created table with the same columns.
        for dt in dropped {
            for ct in created where ct.columns.map(\.name) == dt.columns.map(\.name) {
                notes.append("table \(dt.qualifiedName) is dropped and \(ct.qualifiedName) is created with the same columns: if it is a rename, pass --rename \(dt.qualifiedName)=\(ct.qualifiedName)")
            }
        }

        // Foreign keys per table.
        var dropFKs: [Change] = [], addFKs: [Change] = []
        let droppedNames = Set(dropped.map(\.qualifiedName))
        for t in dropped {
            for fk in t.foreignKeys { dropFKs.append(.dropForeignKey(table: t.qualifiedName, fk)) }
        }
        for t in current.tables where !droppedNames.contains(t.qualifiedName) {
            // FKs of remaining tables that point at dropped tables.
            for fk in t.foreignKeys where droppedNames.contains(fk.referenced) {
                let newName = renamed.first { $0.from == t.qualifiedName }?.to ?? t.qualifiedName
                if let d = desired.table(newName), d.foreignKeys.contains(where: { $0.sameDefinition(as: fk) && $0.name == fk.name }) { continue }
                dropFKs.append(.dropForeignKey(table: newName, fk))
            }
        }
        for t in created {
            for fk in t.foreignKeys { addFKs.append(.addForeignKey(table: t.qualifiedName, fk)) }
        }
        var referencedRenames: [QualifiedName: [TableDiff.ColumnRename]] = [:]
        for d in diffs where !d.renamedColumns.isEmpty { referencedRenames[d.to.qualifiedName] = d.renamedColumns }
        for i in diffs.indices {
            let (drop, add) = diffForeignKeys(diffs[i].from, diffs[i].to, renames: diffs[i].renamedColumns,
                                              tableRenames: renamed, referencedRenames: referencedRenames)
            let alreadyDropped = Set(dropFKs.compactMap { c -> String? in if case .dropForeignKey(let t, let fk) = c, t == diffs[i].to.qualifiedName { return fk.sortKey }; return nil })
            dropFKs += drop.filter { !alreadyDropped.contains($0.sortKey) }.map { .dropForeignKey(table: diffs[i].to.qualifiedName, $0) }
            addFKs += add.map { .addForeignKey(table: diffs[i].to.qualifiedName, $0) }
            if !drop.isEmpty || !add.isEmpty { diffs[i].foreignKeysChanged = true }
        }
        // A column whose type changes cannot keep foreign keys on it (MySQL refuses, PostgreSQL may):
        // they are dropped before and added back after.
        var retyped: Set<String> = []
        for d in diffs { for c in d.alteredColumns where c.from.type != c.to.type { retyped.insert("\(d.to.qualifiedName).\(c.to.name)") } }
        if !retyped.isEmpty {
            for t in desired.tables {
                guard let before = currentTables[t.qualifiedName] else { continue }
                for fk in t.foreignKeys {
                    let touches = fk.columns.contains { retyped.contains("\(t.qualifiedName).\($0)") }
                        || fk.referencedColumns.contains { retyped.contains("\(fk.referenced).\($0)") }
                    guard touches, let old = before.foreignKeys.first(where: { $0 == fk }) else { continue }
                    let drop = Change.dropForeignKey(table: t.qualifiedName, old), add = Change.addForeignKey(table: t.qualifiedName, fk)
                    if !dropFKs.contains(drop) { dropFKs.append(drop) }
                    if !addFKs.contains(add) { addFKs.append(add) }
                    if let i = diffs.firstIndex(where: { $0.to.qualifiedName == t.qualifiedName }) { diffs[i].foreignKeysChanged = true }
                }
            }
        }
        diffs.removeAll { $0.isEmpty }

        // Views: drop those removed, changed, or reading a table that changes; create them back at the end.
        let touched = Set(diffs.map(\.to.name) + dropped.map(\.name) + renamed.map(\.from.name))
        let currentViews = Dictionary(current.views.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        let desiredViews = Dictionary(desired.views.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        var dropViews: [View] = [], createViews: [View] = []
        // `SELECT *` reads as the desired table's columns, as the server stored it.
        let columnsOf = { (name: String) -> [String]? in desired.tables.first { $0.name.lowercased() == name }?.columns.map(\.name) }
        for v in current.views {
            let target = desiredViews[v.qualifiedName]
            if !(target?.isSame(as: v, columns: columnsOf) ?? false) || Differ.mentions(v.definition, any: touched) { dropViews.append(v) }
        }
        // Views reading a dropped view go too (and come back), dependents first.
        var grew = true
        while grew {
            grew = false
            let names = Set(dropViews.map(\.name))
            for v in current.views where !dropViews.contains(v) && Differ.mentions(v.definition, any: names) {
                dropViews.insert(v, at: 0)
                grew = true
            }
        }
        for v in desired.views {
            if !(currentViews[v.qualifiedName]?.isSame(as: v, columns: columnsOf) ?? false) || dropViews.contains(where: { $0.qualifiedName == v.qualifiedName }) { createViews.append(v) }
        }
        // Views are created after the views they read.
        createViews = Differ.viewOrder(createViews)

        // Enums, sequences, namespaces.
        var typeChanges: [Change] = [], lateDrops: [Change] = []
        for ns in desired.namespaces where !current.namespaces.contains(ns) { typeChanges.append(.createNamespace(ns)) }
        let currentEnums = Dictionary(current.enums.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        for e in desired.enums {
            guard let c = currentEnums[e.qualifiedName] else { typeChanges.append(.createEnum(e)); continue }
            if c.values == e.values { continue }
            // Only additions keeping the old values in order can use ADD VALUE.
            let kept = e.values.filter { c.values.contains($0) }
            typeChanges.append(kept == c.values ? .addEnumValues(from: c, to: e) : .recreateEnum(from: c, to: e))
        }
        for e in current.enums where !desired.enums.contains(where: { $0.qualifiedName == e.qualifiedName }) { lateDrops.append(.dropEnum(e)) }
        let currentSeqs = Dictionary(current.sequences.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        for s in desired.sequences {
            if let c = currentSeqs[s.qualifiedName] { if c != s { typeChanges.append(.alterSequence(from: c, to: s)) } }
            else { typeChanges.append(.createSequence(s)) }
        }
        for s in current.sequences where !desired.sequences.contains(where: { $0.qualifiedName == s.qualifiedName }) { lateDrops.append(.dropSequence(s)) }
        for ns in current.namespaces where !desired.namespaces.contains(ns) { lateDrops.append(.dropNamespace(ns)) }

        // Routines: a changed one is dropped and created again; created before the views that may call them.
        var dropRoutines: [Routine] = [], createRoutines: [Routine] = []
        for r in current.routines where !desired.routines.contains(where: { $0.isSame(as: r) }) { dropRoutines.append(r) }
        for r in desired.routines where !current.routines.contains(where: { $0.isSame(as: r) }) { createRoutines.append(r) }

        var changes: [Change] = []
        changes += dropViews.map { .dropView($0) }
        changes += dropRoutines.map { .dropRoutine($0) }
        changes += dropFKs
        changes += Differ.dependencyOrder(dropped).reversed().map { .dropTable($0) }
        changes += typeChanges
        changes += renamed.map { .renameTable(from: $0.from, to: $0.to) }
        changes += Differ.dependencyOrder(created).map { .createTable($0) }
        changes += diffs.map { .alterTable($0) }
        changes += addFKs
        changes += lateDrops
        changes += createRoutines.map { .createRoutine($0) }
        changes += createViews.map { .createView($0) }
        return Result(changes: changes, notes: notes)
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
