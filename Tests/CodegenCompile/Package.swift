// swift-tools-version:6.0
// Compiles the model code `strata codegen` writes: scripts/codegen-compile.sh fills Sources/*/Generated
// from the example model, the Workbench samples and the convergence corpus, then builds and tests this package.
import PackageDescription

let package = Package(
    name: "CodegenCompile",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
    ],
    targets: [
        .target(name: "GRDBModels", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "FluentModels", dependencies: [.product(name: "FluentKit", package: "fluent-kit")]),
        .target(name: "CodableModels"),
        .testTarget(name: "CodegenCompileTests", dependencies: ["GRDBModels", "CodableModels", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
