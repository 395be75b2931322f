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
    final class NoOp: NSObject, XMLParserDelegate {}

    static func unzip(_ path: String) throws -> Data {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var data = Data()
        guard let entry = archive["document.mwb.xml"] else { return data }
        _ = try archive.extract(entry, skipCRC32: ProcessInfo.processInfo.environment["CRC"] == nil) { data.append($0) }
        return data
    }

    /// Unzip and FoundationXML's SAX pass with no work.
    static func floor(_ path: String) throws {
        let data = try unzip(path)
        let parser = XMLParser(stream: InputStream(data: data))
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
        print("Workbench model            tables  columns    KB  unzip ms  unzip+XMLParser ms  load ms")
        var files: [(String, String)] = []
        for n in [130, 2000] {
            let path = NSTemporaryDirectory() + "strata-bench-\(n).mwb"
            try GRTFixture.generated(tables: n).write(to: path)
            files.append(("generated \(n)", path))
        }
        for sample in ["24_CLSA_cenozo_cenozo.mwb", "29_nikolailic0529_easyPortal-API_database.mwb", "01_mysql_mysql-workbench_sakila_full.mwb"] {
            let path = samples + "/" + sample
            if FileManager.default.fileExists(atPath: path) { files.append((String(sample.prefix(24)), path)) }
        }
        for (name, path) in files {
            var tables = 0, columns = 0
            let raw = try best(of: 5) { try floor(path) }
            let unzipped = try best(of: 5) { _ = try unzip(path) }
            let load = try best(of: 5) {
                let model = try WorkbenchReader(path: path).read()
                tables = model.schemas.reduce(0) { $0 + $1.tables.count }
                columns = model.schemas.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.columns.count } }
            }
            let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1024
            print("\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(format: "%6d  %7d  %4d", tables, columns, size))  \(ms(unzipped))            \(ms(raw))  \(ms(load))")
        }
        print("")
    }
}
