/// Orders changes by a graph of what each one makes, removes and needs (``Change/footprint``),
/// keeping the given order wherever the graph allows it. Three rules make the edges:
///
/// 1. a change that makes an object runs before the changes that need it as the schema will be
///    (and before those that need it as it is, when nothing removes it: a key dropped on a table
///    renamed in the same migration needs the rename first);
/// 2. a change that needs an object as the schema is runs before the change that removes it;
/// 3. a change that removes an object runs before one that makes an object of that name.
///
/// The changes are taken in the given order; each first pulls in, recursively, the changes it
/// must follow. Changes in a cycle (two tables referencing each other, both dropped) move as one
/// group and keep the given order among themselves. Nothing recurses: a chain of ten thousand
/// changes sorts on a small task stack.
public enum ChangeOrder {
    /// `changes` reordered so that each runs after what it needs (see ``ChangeOrder``).
    public static func sorted(_ changes: [Change]) -> [Change] {
        guard changes.count > 1 else { return changes }
        let before = predecessors(changes.map(\.footprint)).map { $0.sorted() }
        let component = components(before)
        var members = [[Int]](repeating: [], count: (component.max() ?? 0) + 1)
        for i in changes.indices { members[component[i]].append(i) }
        // A group must follow the groups its members follow, the earliest given first.
        let groupBefore = members.map { m in
            Set(m.flatMap { before[$0] }.map { component[$0] }).subtracting([component[m[0]]]).sorted { members[$0][0] < members[$1][0] }
        }
        var placed = [Bool](repeating: false, count: members.count)
        var order: [Int] = []
        order.reserveCapacity(changes.count)
        for start in members.indices.sorted(by: { members[$0][0] < members[$1][0] }) where !placed[start] {
            var stack = [(group: start, next: 0)]
            while let (g, n) = stack.last {
                if n < groupBefore[g].count {
                    stack[stack.count - 1].next += 1
                    let p = groupBefore[g][n]
                    if !placed[p] { stack.append((p, 0)) }
                } else {
                    stack.removeLast()
                    if !placed[g] { placed[g] = true; order += members[g] }
                }
            }
        }
        return order.map { changes[$0] }
    }

    /// The strongly connected components of the graph `edges` (Tarjan's, without recursion): the
    /// component of each node. Nodes in one component are in a cycle together.
    static func components(_ edges: [[Int]]) -> [Int] {
        let n = edges.count
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n), component = [Int](repeating: -1, count: n)
        var stack: [Int] = [], counter = 0, found = 0
        for root in 0..<n where index[root] < 0 {
            var work = [(node: root, edge: 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, e) = work.last {
                if e < edges[v].count {
                    work[work.count - 1].edge += 1
                    let w = edges[v][e]
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last?.node { low[parent] = min(low[parent], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component[w] = found
                            if w == v { break }
                        }
                        found += 1
                    }
                }
            }
        }
        return component
    }

    /// For each change, the changes that must run before it.
    static func predecessors(_ prints: [ChangeFootprint]) -> [Set<Int>] {
        var creators: [SchemaObject: [Int]] = [:], removers: [SchemaObject: [Int]] = [:]
        for (i, f) in prints.enumerated() {
            for o in f.creates { creators[o, default: []].append(i) }
            for o in f.removes { removers[o, default: []].append(i) }
        }
        // Words of SQL text name objects only among those the changes make or remove.
        let named = Dictionary(grouping: Set(creators.keys).union(removers.keys), by: \.name)
        func mentioned(_ texts: [String]) -> [SchemaObject] {
            texts.isEmpty ? [] : Set(texts.flatMap(words)).flatMap { named[$0] ?? [] }.filter { $0.kind != .namespace && $0.kind != .foreignKey }
        }
        var before = [Set<Int>](repeating: [], count: prints.count)
        for (i, f) in prints.enumerated() {
            for o in f.needsDesired + mentioned(f.desiredText) {
                for c in creators[o] ?? [] where c != i { before[i].insert(c) }
            }
            for o in f.needsExisting + mentioned(f.existingText) {
                if removers[o] == nil { for c in creators[o] ?? [] where c != i { before[i].insert(c) } }
                for r in removers[o] ?? [] where r != i { before[r].insert(i) }
            }
            for o in f.creates {
                for r in removers[o] ?? [] where r != i { before[i].insert(r) }
            }
        }
        return before
    }

    /// The identifier-like words of SQL text, lowercased (quotes and dots separate words).
    static func words(_ sql: String) -> [String] {
        sql.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") }.map(String.init)
    }
}
