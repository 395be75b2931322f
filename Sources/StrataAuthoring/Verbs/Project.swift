/// A project as the verbs see it: its settings and its revision graph, and on demand a database.
public struct Project: Sendable {
    /// The effective settings.
    public var settings: Settings
    /// The revision files of the migrations folder.
    public var graph: RevisionGraph

    /// A project of `settings` and `graph`.
    public init(settings: Settings, graph: RevisionGraph) {
        self.settings = settings
        self.graph = graph
    }

    /// The project of `settings`, with the revision files of its migrations folder.
    public static func load(settings: Settings) throws -> Project {
        Project(settings: settings, graph: try RevisionGraph.load(directory: settings.migrations))
    }

    /// The database URL, or a usage error that says how to give one.
    public func databaseURL() throws -> DatabaseURL {
        guard let raw = settings.databaseURL, !raw.isEmpty else {
            throw StrataError.usage("no database configured: set database_url in strata.yml or .secrets.yml, STRATA_DATABASE_URL, or pass --url")
        }
        return try DatabaseURL(raw)
    }

    /// Connects, runs `body` with a runner on the project's database, and closes the connection
    /// however `body` ends.
    public func withRunner<T>(strict: Bool = false, onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in },
                              _ body: (Runner) async throws -> T) async throws -> T {
        let db = try await Databases.connect(try databaseURL())
        let runner = Runner(graph: graph, db: db, versionTable: settings.versionTable, lockTimeout: settings.lockTimeout,
                            strict: strict, onEvent: onEvent)
        return try await db.closing { try await body(runner) }
    }
}
