/// Views to drop (first) and to create (last, after the views they read).
struct ViewPlan {
    var drop: [View] = []
    var create: [View] = []
}

/// Namespaces, enums and sequences: created or changed before the tables (`early`), dropped after them (`late`).
struct TypePlan {
    var early: [Change] = []
    var late: [Change] = []
}

/// Routines: a changed one is dropped and created again; created before the views that may call them.
struct RoutinePlan {
    var drop: [Routine] = []
    var create: [Routine] = []
}

extension Differ {
    /// Views: drop those removed, changed, or reading a table in `touched`; create them back at the end.
    func planViews(_ current: Schema, _ desired: Schema, touched: Set<String>) -> ViewPlan {
        var plan = ViewPlan()
        let currentViews = Dictionary(current.views.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        let desiredViews = Dictionary(desired.views.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        // `SELECT *` reads as the desired table's columns, as the server stored it.
        let columnsOf = { (name: String) -> [String]? in desired.tables.first { $0.name.lowercased() == name }?.columns.map(\.name) }
        for v in current.views {
            let target = desiredViews[v.qualifiedName]
            if !(target?.isSame(as: v, columns: columnsOf) ?? false) || Differ.mentions(v.definition, any: touched) { plan.drop.append(v) }
        }
        // Views reading a dropped view go too (and come back), dependents first.
        var grew = true
        while grew {
            grew = false
            let names = Set(plan.drop.map(\.name))
            for v in current.views where !plan.drop.contains(v) && Differ.mentions(v.definition, any: names) {
                plan.drop.insert(v, at: 0)
                grew = true
            }
        }
        for v in desired.views {
            if !(currentViews[v.qualifiedName]?.isSame(as: v, columns: columnsOf) ?? false) || plan.drop.contains(where: { $0.qualifiedName == v.qualifiedName }) { plan.create.append(v) }
        }
        plan.create = Differ.viewOrder(plan.create)
        return plan
    }

    /// Enums, sequences, namespaces.
    func planTypes(_ current: Schema, _ desired: Schema) -> TypePlan {
        var plan = TypePlan()
        for ns in desired.namespaces where !current.namespaces.contains(ns) { plan.early.append(.createNamespace(ns)) }
        let currentEnums = Dictionary(current.enums.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        for e in desired.enums {
            guard let c = currentEnums[e.qualifiedName] else { plan.early.append(.createEnum(e)); continue }
            if c.values == e.values { continue }
            // Only additions keeping the old values in order can use ADD VALUE.
            let kept = e.values.filter { c.values.contains($0) }
            plan.early.append(kept == c.values ? .addEnumValues(from: c, to: e) : .recreateEnum(from: c, to: e))
        }
        for e in current.enums where !desired.enums.contains(where: { $0.qualifiedName == e.qualifiedName }) { plan.late.append(.dropEnum(e)) }
        let currentSeqs = Dictionary(current.sequences.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        for s in desired.sequences {
            if let c = currentSeqs[s.qualifiedName] { if c != s { plan.early.append(.alterSequence(from: c, to: s)) } }
            else { plan.early.append(.createSequence(s)) }
        }
        for s in current.sequences where !desired.sequences.contains(where: { $0.qualifiedName == s.qualifiedName }) { plan.late.append(.dropSequence(s)) }
        for ns in current.namespaces where !desired.namespaces.contains(ns) { plan.late.append(.dropNamespace(ns)) }
        return plan
    }

    func planRoutines(_ current: Schema, _ desired: Schema) -> RoutinePlan {
        RoutinePlan(drop: current.routines.filter { r in !desired.routines.contains { $0.isSame(as: r) } },
                    create: desired.routines.filter { r in !current.routines.contains { $0.isSame(as: r) } })
    }
}
