/// Reads schema sources with a project's settings (its dev_url, its version table), reporting
/// what it notices through `warn` (one line each, names escaped).
public enum SchemaLoader {
    /// The schema of `text` (a database URL, a `.mwb`, `.sql` or `.json` path). `engine` is the
    /// engine a DDL file is read as; without one, the configured database's. `schema` picks one of a
    /// Workbench model's schemas.
    public static func schema(_ text: String, engine: Engine?, settings: Settings?, schema: String? = nil,
                              warn: (String) -> Void = { _ in }) async throws -> Schema {
        let source = try SchemaSource(text, schema: schema)
        var excluded: Set<String> = ["strata_version"]
        if let t = settings?.versionTable { excluded.insert(t) }
        var ddlEngine = engine
        if ddlEngine == nil, case .ddlFile = source, let url = settings?.databaseURL { ddlEngine = try? DatabaseURL(url).engine }
        let (loaded, _, warnings, invalid) = try await source.loadWithWarnings(engine: ddlEngine, devURL: settings?.devURL, excluding: excluded)
        for w in warnings { warn(w) }
        for o in invalid { warn(UnsafeText.oneLine("\(source): \(o)")) }
        return loaded
    }

    /// The schema a revision is written towards. A Workbench model is first checked for what the
    /// database would refuse (``ModelCheck``, on each of `engines` that has a scratch database):
    /// every such object is reported by a thrown ``ModelRefusal``, before anything is written,
    /// unless `skipInvalid`, which leaves exactly those objects out and returns them as `leftOut`.
    public static func target(_ text: String, engine: Engine?, checkOn engines: [Engine], settings: Settings?, schema: String?,
                              skipInvalid: Bool, warn: (String) -> Void = { _ in }) async throws -> (schema: Schema, leftOut: [InvalidObject]) {
        let source = try SchemaSource(text, schema: schema)
        guard source.isUnchecked else { return (try await Self.schema(text, engine: engine, settings: settings, schema: schema, warn: warn), []) }
        let (loaded, name, warnings, found) = try await source.loadWithWarnings(engine: engine, devURL: settings?.devURL)
        for w in warnings { warn(w) }
        var invalid = found
        for engine in engines.isEmpty ? [loaded.engine ?? .mysql] : engines {
            guard let refused = try await ModelCheck.refusals(loaded.removing(invalid), engine: engine, devURL: settings?.devURL) else {
                if !loaded.views.isEmpty || !loaded.routines.isEmpty { warn("\(source): views and routines are not checked on \(engine) before writing (set dev_url in strata.yml to check them on a scratch database)") }
                continue
            }
            for o in refused where !invalid.contains(where: { $0.kind == o.kind && $0.owner == o.owner && $0.part == o.part }) {
                var o = o
                if o.schemaLabel == nil { o.schemaLabel = name }
                invalid.append(o)
            }
        }
        guard !invalid.isEmpty else { return (loaded, []) }
        if skipInvalid {
            for o in invalid { warn(UnsafeText.oneLine("\(source): left out (--skip-invalid): \(o)")) }
            return (loaded.removing(invalid), invalid)
        }
        throw ModelRefusal(source: source.description, objects: invalid)
    }
}

/// The objects of a model the database would refuse; nothing was written.
public struct ModelRefusal: Error, Sendable, CustomStringConvertible {
    /// The model, as the user named it.
    public var source: String
    /// The objects refused, each with the reason.
    public var objects: [InvalidObject]

    /// One line per object, names escaped.
    public var lines: [String] { objects.map { UnsafeText.oneLine("\(source): \($0)") } }

    /// The one-line error a command stops with.
    public var description: String {
        "\(source): \(objects.count) object(s) the database would refuse, listed above; nothing was written. Fix them in the model, or pass --skip-invalid to leave exactly these out"
    }
}
