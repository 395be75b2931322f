import Foundation
import StrataCodegen
import StrataAuthoring

/// Model code for a 300-table SQLite database (the inspect benchmark's shape): each format, best of
/// five, and `sqlacodegen` on the same file when it is installed (STRATA_BENCH_SQLACODEGEN or PATH).
enum CodegenBench {
    static func run(tables n: Int = 300) async throws {
        let (url, drop) = try await fresh(.sqlite, "codegen\(n)")
        try await load(ddl(tables: n, engine: .sqlite, variant: false), into: url)
        let db = try await Databases.connect(url)
        let start = ContinuousClock.now
        let schema = try await Databases.inspect(db)
        let inspect = ContinuousClock.now - start
        await db.close()
        print("codegen, \(n) tables   inspect ms \(ms(inspect).trimmingCharacters(in: .whitespaces))")
        for format in CodegenFormat.allCases {
            var best = Duration.seconds(1000)
            var bytes = 0
            for _ in 0..<5 {
                let t0 = ContinuousClock.now
                let files = try Codegen.generate(schema, format: format, source: url, output: NSTemporaryDirectory())
                best = min(best, ContinuousClock.now - t0)
                bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
            }
            print("  \(format.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(ms(best)) ms  \(bytes / 1024) KB")
        }
        let env = ProcessInfo.processInfo.environment
        let candidates = [env["STRATA_BENCH_SQLACODEGEN"]].compactMap { $0 } + (env["PATH"] ?? "").split(separator: ":").map { "\($0)/sqlacodegen" }
        if let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = [url]  // sqlite:////absolute/path.db, as SQLAlchemy writes it too
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let t0 = ContinuousClock.now
            try p.run()
            p.waitUntilExit()
            print("  sqlacodegen \(ms(ContinuousClock.now - t0)) ms (exit \(p.terminationStatus), \(tool))")
        } else {
            print("  sqlacodegen: not installed (set STRATA_BENCH_SQLACODEGEN to compare)")
        }
        print("")
        await drop()
    }
}
