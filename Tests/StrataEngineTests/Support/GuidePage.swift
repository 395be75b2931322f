import Foundation

/// A Markdown page of the guide, read the way the guide test runs it.
///
/// Fenced blocks marked `sh` (or `shell`, `bash`, `console`) are command lines: the test runs
/// them in order, in one fresh directory per page. HTML comments just before a block tell the
/// test what a reader would do by hand or cannot do here:
///
///     <!-- guide: skip REASON -->            not run (the reason is printed with the results)
///     <!-- guide: expect TEXT -->            the block's output must contain TEXT
///     <!-- guide: exit N -->                 the block must end with exit status N (default 0)
///     <!-- guide: setup                      commands run first, unseen: the edit a reader makes
///     commands...                            in an editor, a file a reader already has
///     -->
struct GuidePage {
    struct Block {
        var line: Int
        var language: String
        var code: String
        var skip: String?
        var setup = ""
        var expect: [String] = []
        var exit: Int32 = 0
        var isShell: Bool { ["sh", "shell", "bash", "console"].contains(language) }

        /// The code, with `|| exit $?` after each line that chains commands with `&&`: `bash -e`
        /// does not stop when a command before the last `&&` fails, and the guide must.
        var checkedCode: String {
            var out: [String] = []
            var heredocEnd: String? = nil
            for line in code.components(separatedBy: "\n") {
                if let end = heredocEnd {
                    out.append(line)
                    if line.trimmingCharacters(in: .whitespaces) == end { heredocEnd = nil }
                    continue
                }
                if let r = line.range(of: #"<<-?\s*'?([A-Za-z_]+)'?"#, options: .regularExpression) {
                    heredocEnd = String(line[r]).trimmingCharacters(in: CharacterSet(charactersIn: "<-' "))
                }
                let command = line.components(separatedBy: " #").first ?? line
                if heredocEnd == nil && command.contains("&&") && !command.hasSuffix("\\") {
                    out.append(command + " || exit $?")
                } else {
                    out.append(line)
                }
            }
            return out.joined(separator: "\n")
        }
    }

    var path: String
    var blocks: [Block] = []
    /// What makes the page unfit for the test: an indented code block (its commands would not be
    /// run), a fence without a language, a directive that is unknown or precedes no block.
    var problems: [String] = []

    init(path: String, text: String) {
        self.path = path
        let lines = text.components(separatedBy: "\n")
        var pending: Block? = nil
        var i = 0
        func pendingBlock() -> Block { pending ?? Block(line: 0, language: "", code: "") }
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- guide:") {
                // One directive, on one line or up to the closing -->.
                var body = String(trimmed.dropFirst("<!-- guide:".count))
                var end = i
                while !body.contains("-->") && end + 1 < lines.count { end += 1; body += "\n" + lines[end] }
                body = body.replacingOccurrences(of: "-->", with: "")
                let word = body.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace }
                let rest = body.trimmingCharacters(in: .whitespaces).dropFirst(word.count).trimmingCharacters(in: .whitespacesAndNewlines)
                var block = pendingBlock()
                switch word {
                case "skip" where !rest.isEmpty: block.skip = rest
                case "expect" where !rest.isEmpty: block.expect.append(rest)
                case "exit": if let n = Int32(rest) { block.exit = n } else { problems.append("\(path):\(i + 1): exit needs a number") }
                case "setup": block.setup += rest + "\n"
                default: problems.append("\(path):\(i + 1): unknown guide directive '\(word)' (skip REASON, expect TEXT, exit N, setup)")
                }
                pending = block
                i = end + 1
                continue
            }
            if trimmed.hasPrefix("```") {
                let language = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                if language.isEmpty { problems.append("\(path):\(i + 1): a fence without a language (sh for commands, text, sql, yaml, ...)") }
                var code: [String] = []
                var j = i + 1
                while j < lines.count && !lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("```") { code.append(lines[j]); j += 1 }
                var block = pendingBlock()
                block.line = i + 1
                block.language = language
                block.code = code.joined(separator: "\n")
                if pending != nil && !block.isShell { problems.append("\(path):\(i + 1): a guide directive before a '\(language)' block, which is not run") }
                blocks.append(block)
                pending = nil
                i = j + 1
                continue
            }
            if pending != nil && !trimmed.isEmpty {
                problems.append("\(path):\(i + 1): a guide directive that no fenced block follows")
                pending = nil
            }
            if line.hasPrefix("    ") && !trimmed.isEmpty && i > 0 && lines[i - 1].trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("\(path):\(i + 1): an indented code block; fence it (```sh for commands) so the guide test sees it")
            }
            i += 1
        }
        if pending != nil { problems.append("\(path): a guide directive at the end that no block follows") }
    }
}
