/// Which revisions to run, in which order, to reach a destination.
extension RevisionGraph {
    /// Revisions to apply, parents and dependencies first: everything the destination needs that is not applied.
    public func upgradePlan(applied: Set<String>, to destination: Destination) -> [String] {
        sorted(ancestors(of: destination.revisions).subtracting(applied))
    }

    /// Revisions to undo, children and dependents first: every applied revision that builds on the
    /// destination (for `base`, every applied revision, or those of one branch for `LABEL@base`).
    public func downgradePlan(applied: Set<String>, to destination: Destination) throws -> [String] {
        let known = applied.filter { revisions[$0] != nil }
        let remove: Set<String>
        if destination.revisions.isEmpty {
            remove = destination.scope.map { known.intersection(descendants(of: $0)) } ?? known
        } else {
            for id in destination.revisions where !known.contains(id) {
                throw StrataError.target("revision \(id) is not applied, so there is nothing to downgrade to; use 'upgrade \(id)'")
            }
            remove = known.intersection(descendants(of: destination.revisions, inclusive: false))
                .subtracting(ancestors(of: destination.revisions))
        }
        return sorted(remove).reversed()
    }
}
