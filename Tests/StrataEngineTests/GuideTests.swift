import Foundation
import Testing
import StrataTestSupport

/// The guide cannot rot: every command line in README.md, docs/ and the examples' READMEs runs,
/// and docs/commands.md is what the commands' --help says.
@Suite("Guide", .serialized)
struct GuideTests {
    static let repo = ExampleTests.repo

    /// The pages with command lines: README.md, docs/*.md, examples/*/README.md.
    static let pages: [String] = {
        let fm = FileManager.default
        var pages = ["README.md"]
        pages += ((try? fm.contentsOfDirectory(atPath: repo + "/docs")) ?? []).filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        for example in ((try? fm.contentsOfDirectory(atPath: repo + "/examples")) ?? []).sorted()
        where fm.fileExists(atPath: repo + "/examples/\(example)/README.md") {
            pages.append("examples/\(example)/README.md")
        }
        return pages
    }()

    /// Shell functions the setup directives use.
    static let prelude = """
        set -eo pipefail
        guide_mariadb() { mariadb -h127.0.0.1 -P3306 -ustrata -pstrata "$@"; }
        # USER PASSWORD DATABASE: a user and an empty database on the test MariaDB, as the
        # reader's own server (or examples/change-control's docker-compose.yml) has them.
        guide_mariadb_user() {
          guide_mariadb -e "CREATE USER IF NOT EXISTS '$1'@'%' IDENTIFIED BY '$2'; ALTER USER '$1'@'%' IDENTIFIED BY '$2'; GRANT ALL ON \\`$3\\`.* TO '$1'@'%'; DROP DATABASE IF EXISTS \\`$3\\`; CREATE DATABASE \\`$3\\`"
        }
        # The text of a revision file up to its upgrade marker, then the SQL on standard input.
        guide_write_revision() { local f=$1; { sed -n '1,/^-- strata:upgrade/p' "$f" | sed '$d'; cat; } > "$f.tmp" && mv "$f.tmp" "$f"; }

        """

    @Test func pagesAreFitForTheTest() throws {
        #expect(Self.pages.count >= 10, "\(Self.pages)")
        for page in Self.pages {
            let doc = GuidePage(path: page, text: try String(contentsOfFile: Self.repo + "/" + page, encoding: .utf8))
            #expect(doc.problems.isEmpty, "\(doc.problems.joined(separator: "\n"))")
        }
    }

    @Test(arguments: pages)
    func everyCommandLineRuns(_ page: String) throws {
        let doc = GuidePage(path: page, text: try String(contentsOfFile: Self.repo + "/" + page, encoding: .utf8))
        let shell = doc.blocks.filter(\.isShell)
        guard !shell.isEmpty else { return }
        // A fresh directory; an example's README runs in a clean copy of the example.
        let root = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var dir = root
        if page.hasPrefix("examples/") {
            let example = (page as NSString).deletingLastPathComponent
            dir += "/" + (example as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: Self.repo + "/" + example, toPath: dir)
        }
        let bin = (CLI.binary as NSString).deletingLastPathComponent
        let env = ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                   "REPO": Self.repo, "NO_COLOR": "1"]
        var ran = 0
        for block in shell {
            let place = "\(page):\(block.line)"
            if let reason = block.skip {
                print("guide: \(place): not run: \(reason)")
                continue
            }
            let r = try CLI.runProcess("/bin/bash", ["-c", Self.prelude + block.setup + block.checkedCode], in: dir, env: env)
            #expect(r.status == block.exit, "\(place): exit \(r.status), expected \(block.exit)\n\(block.code)\n\(r)")
            for text in block.expect {
                #expect(r.stdout.contains(text) || r.stderr.contains(text), "\(place): the output lacks '\(text)'\n\(r)")
            }
            if r.status != block.exit { return }  // later blocks build on this one
            ran += 1
        }
        print("guide: \(page): \(ran) of \(shell.count) command blocks ran")
    }

    /// The test's own reading of a page can fail: a failing command inside an `&&` chain stops
    /// the block, and unfit pages are reported with file:line.
    @Test func theRunnerCatchesFailures() throws {
        let page = GuidePage(path: "p.md", text: """
            Text.

                strata init

            <!-- guide: expect nothing -->
            ```sh
            false && echo chained
            echo after
            ```
            <!-- guide: nonsense -->
            ```
            x
            ```
            """)
        #expect(page.problems == [
            "p.md:3: an indented code block; fence it (```sh for commands) so the guide test sees it",
            "p.md:10: unknown guide directive 'nonsense' (skip REASON, expect TEXT, exit N, setup)",
            "p.md:11: a fence without a language (sh for commands, text, sql, yaml, ...)",
            "p.md:11: a guide directive before a '' block, which is not run",
        ], "\(page.problems)")
        let block = try #require(page.blocks.first)
        #expect(block.expect == ["nothing"] && block.isShell)
        let r = try CLI.runProcess("/bin/bash", ["-c", Self.prelude + block.checkedCode], in: NSTemporaryDirectory())
        #expect(r.status == 1 && !r.stdout.contains("after"), "\(r)")
    }

    /// docs/commands.md is `strata reference` (make docs): the page is the commands' own help.
    @Test func commandReferenceIsCurrent() throws {
        let r = try CLI.run(["reference"], in: Self.repo)
        let page = try String(contentsOfFile: Self.repo + "/docs/commands.md", encoding: .utf8)
        #expect(r.status == 0 && r.stdout.contains("## strata upgrade") && r.stdout.contains("## strata codegen"), "\(r)")
        #expect(r.stdout == page, "docs/commands.md is stale: run make docs")
        // Every visible command has its section.
        let help = try CLI.run(["--help"], in: Self.repo).stdout
        let commands = help.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }  // a name, not a wrapped abstract
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0 != "See" }
        #expect(commands.count >= 18, "\(commands)")
        for c in commands { #expect(page.contains("## strata \(c)\n"), "\(c) has no section") }
    }
}
