// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Strata",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "strata", targets: ["strata"]),
        .library(name: "Strata", targets: ["Strata"]),
        .library(name: "StrataRuntime", targets: ["StrataRuntime"]),
        .library(name: "StrataKit", targets: ["StrataKit"]),
        .library(name: "StrataAuthoring", targets: ["StrataAuthoring"]),
        .library(name: "StrataCodegen", targets: ["StrataCodegen"]),
    ],
    traits: [
        .trait(name: "MySQL", description: "MySQL/MariaDB via MariaDB Connector/C (needs libmariadb-dev)"),
        .default(enabledTraits: ["MySQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Engine-neutral core: schema of revisions, graph, SQL splitting, runner, driver protocol, config.
        .target(name: "Strata", dependencies: [
            .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "SystemPackage", package: "swift-system"),
        ]),
        // Each engine is a plug-in in two parts: a pure dialect (lexing, quoting, capabilities, type
        // materialisation, SQL, the catalog reader; no C, no NIO) and a driver (the connection).
        .target(name: "StrataSQLiteDialect", dependencies: ["Strata"]),
        .target(name: "StrataPostgresDialect", dependencies: ["Strata"]),
        .target(name: "StrataMySQLDialect", dependencies: ["Strata"]),
        // Every engine's dialect by its `Engine` value, for what renders SQL without a connection.
        .target(name: "StrataDialects", dependencies: ["Strata", "StrataSQLiteDialect", "StrataPostgresDialect", "StrataMySQLDialect"]),
        .target(name: "StrataSQLite", dependencies: [
            "Strata", "StrataSQLiteDialect",
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
        ]),
        .target(name: "StrataPostgres", dependencies: [
            "Strata", "StrataPostgresDialect",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .systemLibrary(name: "CMariaDB", pkgConfig: "libmariadb",
                       providers: [.apt(["libmariadb-dev"]), .brew(["mariadb-connector-c"])]),
        .target(name: "StrataMySQL", dependencies: [
            "Strata", "StrataMySQLDialect",
            .target(name: "CMariaDB", condition: .when(traits: ["MySQL"])),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // MySQL Workbench models (.mwb) -> Schema: zlib and FoundationXML's streaming parser.
        // zlib (zlib1g-dev) inflates the archive; the zip structure is read by StrataWorkbench itself.
        .systemLibrary(name: "CStrataZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // It puts types and defaults in the form MySQL reports them, by MySQL's own canonicaliser.
        .target(name: "StrataWorkbench", dependencies: ["Strata", "StrataMySQLDialect", "CStrataZlib"]),
        // The light runtime a service links to migrate at start-up: the core and the drivers it names.
        .target(name: "StrataRuntime", dependencies: ["Strata"]),
        // Every engine wired in by URL scheme: the runtime with all drivers.
        .target(name: "StrataKit", dependencies: ["Strata", "StrataDialects", "StrataRuntime", "StrataSQLite", "StrataPostgres", "StrataMySQL"]),
        // The authoring toolbox: schema sources (databases, DDL files, snapshots, Workbench models),
        // scratch databases, model checks and autogenerate.
        .target(name: "StrataAuthoring", dependencies: ["StrataKit", "StrataWorkbench"]),
        // Model code (GRDB, Fluent, Codable, SQLAlchemy) from a schema: pure functions over the core model.
        .target(name: "StrataCodegen", dependencies: ["Strata", "StrataDialects"]),
        // The command-line tool: parses, calls the library, prints. Its own folder name differs from
        // `Sources/Strata` by more than case, so the two stay apart on a case-insensitive disk.
        .executableTarget(name: "strata", dependencies: [
            "StrataAuthoring", "StrataCodegen",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/StrataCLI"),
        // `make bench`: inspect, diff and autogenerate on generated schemas, next to the raw catalog queries.
        .executableTarget(name: "strata-bench", dependencies: ["StrataAuthoring", "StrataCodegen", "StrataWorkbench", "WorkbenchFixtures", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                          path: "Benchmarks/StrataBench"),
        // `make fuzz` (libFuzzer) and `make test` (corpus replay): the readers of untrusted input, fed bytes.
        .executableTarget(name: "strata-fuzz", dependencies: ["StrataAuthoring", "StrataWorkbench"], path: "Fuzz/StrataFuzz"),
        .testTarget(name: "StrataTests", dependencies: ["Strata", "StrataDialects"]),
        // Snapshots/ holds reviewed generated code the tests read by path.
        .testTarget(name: "StrataCodegenTests", dependencies: ["StrataCodegen", "StrataAuthoring", "StrataWorkbench"], exclude: ["Snapshots"]),
        // A writer of minimal Workbench models, shared by the reader tests and the engine tests.
        .target(name: "WorkbenchFixtures", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/WorkbenchFixtures"),
        .testTarget(name: "StrataWorkbenchTests", dependencies: ["StrataWorkbench", "StrataAuthoring", "WorkbenchFixtures", "CStrataZlib"]),
        // Real databases on the test servers, project folders, the built binary and in-process verbs, for
        // any test target that drives Strata as a user or a service does.
        .target(name: "StrataTestSupport", dependencies: ["StrataAuthoring"], path: "Tests/StrataTestSupport"),
        // Convergence/ holds SQL cases and schemas the tests read by path, not resources.
        .testTarget(name: "StrataEngineTests", dependencies: ["StrataAuthoring", "StrataTestSupport", "WorkbenchFixtures"], exclude: ["Convergence"]),
    ]
)
