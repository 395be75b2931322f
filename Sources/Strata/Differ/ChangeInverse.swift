extension Change {
    /// The changes that undo `changes`: each change's inverse, last change first, with tables
    /// renamed in `changes` named as before, then ordered by ``ChangeOrder`` (a table renamed back
    /// is renamed before the changes that name it so). A diff the other way must hold the same
    /// changes; ``Change/inverseMismatch(_:_:ignoreColumnOrder:)`` checks it. `ignoreColumnOrder`
    /// as the differ had it.
    public static func inverse(of changes: [Change], ignoreColumnOrder: Bool = false) -> [Change] {
        var oldName: [QualifiedName: QualifiedName] = [:]
        for case .renameTable(let from, let to) in changes { oldName[to] = from }
        let back = { (n: QualifiedName) in oldName[n] ?? n }
        return ChangeOrder.sorted(changes.reversed().map { $0.inverse(naming: back, ignoreColumnOrder: ignoreColumnOrder) })
    }

    /// This change undone; `back` gives a table's name before the renames of the same migration.
    func inverse(naming back: (QualifiedName) -> QualifiedName, ignoreColumnOrder: Bool) -> Change {
        switch self {
        case .createNamespace(let n): return .dropNamespace(n)
        case .dropNamespace(let n): return .createNamespace(n)
        case .createEnum(let e): return .dropEnum(e)
        case .dropEnum(let e): return .createEnum(e)
        case .addEnumValues(let from, let to): return .recreateEnum(from: to, to: from)
        case .recreateEnum(let from, let to):
            // Putting values back in their old order after the others is an addition.
            return from.values.filter { to.values.contains($0) } == to.values ? .addEnumValues(from: to, to: from) : .recreateEnum(from: to, to: from)
        case .createSequence(let s): return .dropSequence(s)
        case .dropSequence(let s): return .createSequence(s)
        case .alterSequence(let from, let to): return .alterSequence(from: to, to: from)
        case .createTable(let t): return .dropTable(t)
        case .dropTable(let t): return .createTable(t)
        case .renameTable(let from, let to): return .renameTable(from: to, to: from)
        case .alterTable(let d): return .alterTable(d.inverse(named: back(d.to.qualifiedName), ignoreColumnOrder: ignoreColumnOrder))
        case .addForeignKey(let t, let fk): return .dropForeignKey(table: back(t), fk)
        case .dropForeignKey(let t, let fk): return .addForeignKey(table: back(t), fk)
        case .createView(let v): return .dropView(v)
        case .dropView(let v): return .createView(v)
        case .createRoutine(let r): return .dropRoutine(r)
        case .dropRoutine(let r): return .createRoutine(r)
        }
    }

    /// Where the downgrade `backward` is not the upgrade `forward` undone: the first change of the
    /// downgrade that undoes nothing, or the first upgrade change it does not undo; nil when it is.
    public static func inverseMismatch(_ forward: [Change], _ backward: [Change], ignoreColumnOrder: Bool = false) -> String? {
        var expected = inverse(of: forward, ignoreColumnOrder: ignoreColumnOrder)
        var extra: [Change] = []
        for c in backward {
            if let i = expected.firstIndex(of: c) { expected.remove(at: i) } else { extra.append(c) }
        }
        if let c = extra.first { return "the downgrade's '\(UnsafeText.oneLine(c.summary))' undoes no upgrade change" + (expected.first.map { " (expected '\(UnsafeText.oneLine($0.summary))')" } ?? "") }
        if let c = expected.first { return "the downgrade lacks '\(UnsafeText.oneLine(c.summary))'" }
        return nil
    }

    /// Whether `a` and `b` hold the same changes, in any order.
    public static func sameChanges(_ a: [Change], _ b: [Change]) -> Bool {
        guard a.count == b.count else { return false }
        var rest = b
        for c in a {
            guard let i = rest.firstIndex(of: c) else { return false }
            rest.remove(at: i)
        }
        return true
    }
}

extension TableDiff {
    /// The diff the other way, the table named `name` on both sides (its name before a rename).
    func inverse(named name: QualifiedName, ignoreColumnOrder: Bool) -> TableDiff {
        var from = self.to, to = self.from
        from.schema = name.schema
        from.name = name.name
        to.schema = name.schema
        to.name = name.name
        var d = TableDiff(from: from, to: to)
        d.renamedColumns = renamedColumns.map { .init(from: $0.to, to: $0.from) }.sorted { $0.from < $1.from }
        d.addedColumns = droppedColumns
        d.droppedColumns = addedColumns
        // The differ lists altered columns in the order of the table it goes to.
        let position = { (name: String) in self.from.columns.firstIndex { $0.name == name } ?? Int.max }
        d.alteredColumns = alteredColumns.map { .init(from: $0.to, to: $0.from) }.sorted { position($0.to.name) < position($1.to.name) }
        d.primaryKeyChanged = primaryKeyChanged
        d.addedIndexes = droppedIndexes
        d.droppedIndexes = addedIndexes
        d.renamedIndexes = renamedIndexes.map { .init(from: $0.to, to: $0.from) }.sorted { $0.from < $1.from }
        d.addedChecks = droppedChecks
        d.droppedChecks = addedChecks
        d.optionsChanged = optionsChanged
        d.commentChanged = commentChanged
        d.triggersChanged = triggersChanged
        d.foreignKeysChanged = foreignKeysChanged
        if !ignoreColumnOrder {
            // The common columns' order differs either way; columns the way back adds must sit at the end.
            let newName = { (old: String) in renamedColumns.first { $0.from == old }?.to ?? old }
            let fromNames = self.from.columns.map { newName($0.name) }
            let common = self.to.columns.map(\.name).filter { fromNames.contains($0) }
            let before = fromNames.filter { common.contains($0) }
            d.columnOrderChanged = before != common || (!droppedColumns.isEmpty && !Differ.appended(droppedColumns, in: self.from))
        }
        return d
    }
}
