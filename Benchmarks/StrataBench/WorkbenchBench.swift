import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StrataWorkbench
import WorkbenchFixtures
import ZIPFoundation

/// Loading MySQL Workbench models: generated ones of 130 and 2000 tables and, when ../shared is
/// there, the largest real samples. Next to the reader: the floor, which is unzipping
/// `document.mwb.xml` and a SAX pass over it that does nothing.
enum WorkbenchBench {
    /// N tables of 8 columns, a primary key, two indexes and a foreign key to the previous table.
    static func model(tables n: Int) -> GRTFixture {
        var f = GRTFixture()
        f.schema = "bench"
        for i in 0..<n {
            let p = "t\(i)"
            var cols = [GRTFixture.Col(id: "\(p)-id", name: "id", type: "int", notNull: true, autoIncrement: true),
                        GRTFixture.Col(id: "\(p)-name", name: "name", type: "varchar", notNull: true, length: 80),
                        GRTFixture.Col(id: "\(p)-code", name: "code", type: "varchar", length: 20),
                        GRTFixture.Col(id: "\(p)-qty", name: "qty", type: "int", defaultValue: "0"),
                        GRTFixture.Col(id: "\(p)-price", name: "price", type: "decimal", precision: 10, scale: 2),
                        GRTFixture.Col(id: "\(p)-note", name: "note", type: "text"),
                        GRTFixture.Col(id: "\(p)-at", name: "created_at", type: "timestamp", defaultValue: "CURRENT_TIMESTAMP"),
                        GRTFixture.Col(id: "\(p)-parent", name: "parent_id", type: "int")]
            cols[7].comment = "the previous table"
            var t = GRTFixture.Tab(id: p, name: p, columns: cols, indices: [
                .init(id: "\(p)-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["\(p)-id"]),
                .init(id: "\(p)-ix", name: "ix_\(p)_name", kind: "INDEX", columns: ["\(p)-name"]),
                .init(id: "\(p)-ux", name: "ux_\(p)_code", kind: "UNIQUE", columns: ["\(p)-code"]),
            ], pk: "\(p)-pk")
            if i > 0 { t.fks = [.init(id: "\(p)-fk", name: "fk_\(p)_parent", columns: ["\(p)-parent"], table: "t\(i - 1)", refColumns: ["t\(i - 1)-id"])] }
            f.tables.append(t)
        }
        return f
    }

    final class NoOp: NSObject, XMLParserDelegate {}

    /// Unzip and a SAX pass with no work: what any reader of the file pays.
    static func floor(_ path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var data = Data()
        guard let entry = archive["document.mwb.xml"] else { return }
        _ = try archive.extract(entry) { data.append($0) }
        let parser = XMLParser(data: data)
        let delegate = NoOp()
        parser.delegate = delegate
        _ = parser.parse()
    }

    static func best(of n: Int, _ body: () throws -> Void) rethrows -> Duration {
        var best = Duration.seconds(1000)
        for _ in 0..<n {
            let start = ContinuousClock.now
            try body()
            best = min(best, ContinuousClock.now - start)
        }
        return best
    }

    static func run(samples: String) throws {
        print("Workbench model            tables  columns    KB  unzip+SAX ms  load ms  ratio")
        var files: [(String, String)] = []
        for n in [130, 2000] {
            let path = NSTemporaryDirectory() + "strata-bench-\(n).mwb"
            try model(tables: n).write(to: path)
            files.append(("generated \(n)", path))
        }
        for sample in ["24_CLSA_cenozo_cenozo.mwb", "29_nikolailic0529_easyPortal-API_database.mwb", "01_mysql_mysql-workbench_sakila_full.mwb"] {
            let path = samples + "/" + sample
            if FileManager.default.fileExists(atPath: path) { files.append((String(sample.prefix(24)), path)) }
        }
        for (name, path) in files {
            var tables = 0, columns = 0
            let raw = try best(of: 5) { try floor(path) }
            let load = try best(of: 5) {
                let model = try WorkbenchReader(path: path).read()
                tables = model.schemas.reduce(0) { $0 + $1.tables.count }
                columns = model.schemas.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.columns.count } }
            }
            let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1024
            let ratio = Double(load.components.attoseconds / 1_000_000_000 + load.components.seconds * 1_000_000_000)
                / max(1, Double(raw.components.attoseconds / 1_000_000_000 + raw.components.seconds * 1_000_000_000))
            print("\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(format: "%6d  %7d  %4d", tables, columns, size))  \(ms(raw))    \(ms(load))  \(String(format: "%5.2f", ratio))")
        }
        print("")
    }
}
