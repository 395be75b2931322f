/// Foreign keys to drop (before tables are dropped or altered) and to add (after tables exist).
struct ForeignKeyPlan {
    var drop: [Change] = []
    var add: [Change] = []
}

extension Differ {
    /// Foreign keys per table: those of dropped tables, those pointing at dropped tables, the changes
    /// in matched tables (following renames), and those on a column whose type changes, dropped
    /// before and added back after (MySQL refuses to retype them, PostgreSQL may). Marks the
    /// table diffs whose keys change.
    func planForeignKeys(_ tables: inout TablePlan, _ current: Schema, _ desired: Schema) -> ForeignKeyPlan {
        var plan = ForeignKeyPlan()
        let droppedNames = Set(tables.dropped.map(\.qualifiedName))
        for t in tables.dropped {
            for fk in t.foreignKeys { plan.drop.append(.dropForeignKey(table: t.qualifiedName, fk)) }
        }
        for t in current.tables where !droppedNames.contains(t.qualifiedName) {
            // FKs of remaining tables that point at dropped tables.
            for fk in t.foreignKeys where droppedNames.contains(fk.referenced) {
                let newName = tables.renamed.first { $0.from == t.qualifiedName }?.to ?? t.qualifiedName
                if let d = desired.table(newName), d.foreignKeys.contains(where: { $0.sameDefinition(as: fk) && $0.name == fk.name }) { continue }
                plan.drop.append(.dropForeignKey(table: newName, fk))
            }
        }
        for t in tables.created {
            for fk in t.foreignKeys { plan.add.append(.addForeignKey(table: t.qualifiedName, fk)) }
        }
        var referencedRenames: [QualifiedName: [TableDiff.ColumnRename]] = [:]
        for d in tables.diffs where !d.renamedColumns.isEmpty { referencedRenames[d.to.qualifiedName] = d.renamedColumns }
        for i in tables.diffs.indices {
            let diff = tables.diffs[i]
            let (drop, add) = diffForeignKeys(diff.from, diff.to, renames: diff.renamedColumns,
                                              tableRenames: tables.renamed, referencedRenames: referencedRenames)
            let alreadyDropped = Set(plan.drop.compactMap { c -> String? in if case .dropForeignKey(let t, let fk) = c, t == diff.to.qualifiedName { return fk.sortKey }; return nil })
            plan.drop += drop.filter { !alreadyDropped.contains($0.sortKey) }.map { .dropForeignKey(table: diff.to.qualifiedName, $0) }
            plan.add += add.map { .addForeignKey(table: diff.to.qualifiedName, $0) }
            if !drop.isEmpty || !add.isEmpty { tables.diffs[i].foreignKeysChanged = true }
        }
        var retyped: Set<String> = []
        for d in tables.diffs { for c in d.alteredColumns where c.from.type != c.to.type { retyped.insert("\(d.to.qualifiedName).\(c.to.name)") } }
        guard !retyped.isEmpty else { return plan }
        for t in desired.tables {
            guard let before = tables.currentTables[t.qualifiedName] else { continue }
            for fk in t.foreignKeys {
                let touches = fk.columns.contains { retyped.contains("\(t.qualifiedName).\($0)") }
                    || fk.referencedColumns.contains { retyped.contains("\(fk.referenced).\($0)") }
                guard touches, let old = before.foreignKeys.first(where: { $0 == fk }) else { continue }
                let drop = Change.dropForeignKey(table: t.qualifiedName, old), add = Change.addForeignKey(table: t.qualifiedName, fk)
                if !plan.drop.contains(drop) { plan.drop.append(drop) }
                if !plan.add.contains(add) { plan.add.append(add) }
                if let i = tables.diffs.firstIndex(where: { $0.to.qualifiedName == t.qualifiedName }) { tables.diffs[i].foreignKeysChanged = true }
            }
        }
        return plan
    }
}
