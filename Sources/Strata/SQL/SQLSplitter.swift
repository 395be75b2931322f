/// Splits a SQL script into statements the way the engine's own client would, by the engine's
/// ``SQLLexicon``.
///
/// It honours single-quoted strings (`''` doubling, and backslash escapes where the lexicon has
/// them, as on MySQL and in PostgreSQL `E'...'`), quoted identifiers (`"..."`, `` `...` ``, SQLite
/// `[...]`), `--` and `/* */` comments (nested on PostgreSQL; `#` and `-- ` with a space on MySQL),
/// dollar quotes (`$$`, `$body$`), `DELIMITER` lines, and `CREATE TRIGGER ... BEGIN ...; END`
/// bodies (the body ends at an `END` that follows a `;`, as in `sqlite3_complete`), so a trigger
/// or procedure body survives intact. With `DELIMITER` (MySQL) a body with `;` inside needs it, as
/// in the `mysql` client. Statements holding only comments are dropped.
public enum SQLSplitter {
    /// Splits `script` by `lexicon`. `firstLine` is the file line of the script's first line.
    public static func split(_ script: String, lexicon: SQLLexicon, firstLine: Int = 1) -> [SQLStatement] {
        var scanner = Scanner(bytes: Array(script.utf8), lexicon: lexicon, line: firstLine)
        return scanner.run()
    }

    /// What the script leaves open at its end, as the engine's client would read it: a string, a
    /// quoted name, a block comment or a dollar quote that never closes (what follows it would be
    /// swallowed, or on SQLite silently skipped), or a statement after `DELIMITER x` that never ends
    /// with `x`. `nil` when everything closes.
    public static func unterminated(_ script: String, lexicon: SQLLexicon, firstLine: Int = 1) -> (line: Int, what: String)? {
        var scanner = Scanner(bytes: Array(script.utf8), lexicon: lexicon, line: firstLine)
        _ = scanner.run()
        return scanner.open
    }

    private struct Scanner {
        let bytes: [UInt8]
        let lexicon: SQLLexicon
        var line: Int
        var i = 0
        var delimiter: [UInt8] = [UInt8(ascii: ";")]
        var statements: [SQLStatement] = []
        // The statement being collected.
        var start: Int? = nil
        var startLine = 0
        var words: [String] = []         // first words, to recognise CREATE TRIGGER
        var lastWord = ""
        var lastWordFollowsSemicolon = false
        var lastSignificant: UInt8 = 0
        /// The first construct found open at the end of the script.
        var open: (line: Int, what: String)? = nil

        init(bytes: [UInt8], lexicon: SQLLexicon, line: Int) {
            self.bytes = bytes
            self.lexicon = lexicon
            self.line = line
        }

        mutating func run() -> [SQLStatement] {
            while i < bytes.count {
                let c = bytes[i]
                if start == nil {
                    if isSpace(c) { advance(); continue }
                    if lexicon.delimiterCommand, atLineStart(), matchesWord("DELIMITER") {
                        readDelimiterLine(); continue
                    }
                    if skipComment() { continue }
                    start = i
                    startLine = line
                    words = []
                    lastWord = ""
                    lastSignificant = 0
                }
                if skipComment() { continue }
                if matchesDelimiter() && !insideTriggerBody() {
                    finish(end: i)
                    i += delimiter.count
                    continue
                }
                switch c {
                case UInt8(ascii: "'"):
                    let backslash = lexicon.backslashEscapes || isEString()
                    skipQuoted(UInt8(ascii: "'"), backslash: backslash)
                case UInt8(ascii: "\""):
                    skipQuoted(UInt8(ascii: "\""), backslash: lexicon.backslashEscapes)
                case UInt8(ascii: "`"):
                    skipQuoted(UInt8(ascii: "`"), backslash: false)
                case UInt8(ascii: "[") where lexicon.bracketIdentifiers:
                    skipQuoted(UInt8(ascii: "]"), backslash: false)
                case UInt8(ascii: "$") where lexicon.dollarQuotes:
                    if !skipDollarQuote() { advance() }
                default:
                    if isWordStart(c) {
                        readWord()
                    } else {
                        if !isSpace(c) { lastSignificant = c }
                        advance()
                    }
                }
            }
            if start != nil {
                if open == nil, delimiter != [UInt8(ascii: ";")] {
                    open = (startLine, "statement does not end with the delimiter \(String(decoding: delimiter, as: UTF8.self)) set by DELIMITER")
                }
                finish(end: bytes.count)
            }
            return statements
        }

        // MARK: statements

        mutating func finish(end: Int) {
            guard let s = start else { return }
            var e = end
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            let text = String(decoding: bytes[s..<e], as: UTF8.self)
            if !text.isEmpty { statements.append(SQLStatement(sql: text, line: startLine)) }
            start = nil
        }

        /// SQLite trigger bodies: `;` inside BEGIN ... END does not end the statement.
        func insideTriggerBody() -> Bool {
            guard lexicon.triggerBodies, delimiter == [UInt8(ascii: ";")] else { return false }
            let w = words.prefix(4).map { $0.uppercased() }
            let isTrigger = w.count >= 3 && w[0] == "CREATE"
                && (w[1] == "TRIGGER" || ((w[1] == "TEMP" || w[1] == "TEMPORARY") && w[2] == "TRIGGER"))
            guard isTrigger, words.contains(where: { $0.uppercased() == "BEGIN" }) else { return false }
            return !(lastWord.uppercased() == "END" && lastWordFollowsSemicolon)
        }

        // MARK: lexing

        mutating func advance() {
            if bytes[i] == UInt8(ascii: "\n") { line += 1 }
            i += 1
        }

        func isSpace(_ c: UInt8) -> Bool { DDLText.isSpace(c) }
        func isWordStart(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c >= 128 }
        func isWordChar(_ c: UInt8) -> Bool { isWordStart(c) || (c >= 48 && c <= 57) || c == 36 }

        func atLineStart() -> Bool {
            var j = i - 1
            while j >= 0, bytes[j] == 32 || bytes[j] == 9 { j -= 1 }
            return j < 0 || bytes[j] == 10 || bytes[j] == 13
        }

        func matchesWord(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count else { return false }
            for k in 0..<w.count where bytes[i + k] | 0x20 != w[k] | 0x20 { return false }
            return i + w.count == bytes.count || isSpace(bytes[i + w.count])
        }

        func matchesDelimiter() -> Bool {
            guard i + delimiter.count <= bytes.count else { return false }
            for k in 0..<delimiter.count where bytes[i + k] != delimiter[k] { return false }
            return true
        }

        mutating func readDelimiterLine() {
            i += "DELIMITER".utf8.count
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
            let s = i
            while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
            if i > s { delimiter = Array(bytes[s..<i]) }
            while i < bytes.count, bytes[i] != 10 { i += 1 }
        }

        mutating func readWord() {
            let s = i
            while i < bytes.count, isWordChar(bytes[i]) { i += 1 }
            let w = String(decoding: bytes[s..<i], as: UTF8.self)
            if words.count < 64 { words.append(w) } else if w.uppercased() == "BEGIN" { words.append(w) }
            lastWordFollowsSemicolon = lastSignificant == UInt8(ascii: ";")
            lastWord = w
            lastSignificant = bytes[i - 1]
        }

        /// Skips a comment at `i`; returns false when there is none.
        mutating func skipComment() -> Bool {
            let c = bytes[i]
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
            // '--' may start a comment only when a space or control character follows (MySQL: 'n--1' is arithmetic).
            let afterDashes: UInt8 = i + 2 < bytes.count ? bytes[i + 2] : 32
            let dashComment = c == UInt8(ascii: "-") && next == UInt8(ascii: "-") && (!lexicon.dashCommentNeedsSpace || afterDashes <= 32)
            if dashComment || (c == UInt8(ascii: "#") && lexicon.hashComments) {
                while i < bytes.count, bytes[i] != 10 { i += 1 }
                return true
            }
            if c == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                // Executable comments /*! ... */ (MySQL) are statement text, not comments.
                if lexicon.executableComments, i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "!") { return false }
                let opened = line
                i += 2
                var depth = 1  // nested block comments (PostgreSQL); otherwise they end at the first */
                while i < bytes.count {
                    let here = bytes[i], after: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
                    if here == UInt8(ascii: "*") && after == UInt8(ascii: "/") {
                        i += 2
                        depth -= 1
                        if depth == 0 || !lexicon.nestedBlockComments { return true }
                    } else if lexicon.nestedBlockComments && here == UInt8(ascii: "/") && after == UInt8(ascii: "*") {
                        i += 2
                        depth += 1
                    } else {
                        advance()
                    }
                }
                if open == nil { open = (opened, "/* comment is not closed with */") }
                return true
            }
            return false
        }

        func isEString() -> Bool {
            guard lexicon.escapeStrings, i > 0, bytes[i - 1] | 0x20 == UInt8(ascii: "e") else { return false }
            return i < 2 || !isWordChar(bytes[i - 2])
        }

        mutating func skipQuoted(_ close: UInt8, backslash: Bool) {
            let opened = line
            var closed = false
            defer {
                if !closed, open == nil {
                    let what = close == UInt8(ascii: "'") ? "string" : "quoted name"
                    open = (opened, "\(what) opened with \(String(UnicodeScalar(close == UInt8(ascii: "]") ? UInt8(ascii: "[") : close))) is not closed")
                }
            }
            advance()
            while i < bytes.count {
                let c = bytes[i]
                if backslash && c == UInt8(ascii: "\\") { advance(); if i < bytes.count { advance() }; continue }
                if c == close {
                    if i + 1 < bytes.count && bytes[i + 1] == close && close != UInt8(ascii: "]") { i += 2; continue }
                    i += 1
                    lastWord = ""
                    lastSignificant = close
                    closed = true
                    return
                }
                advance()
            }
        }

        /// Skips `$tag$ ... $tag$`; returns false if `$` does not open a dollar quote.
        mutating func skipDollarQuote() -> Bool {
            if i > 0, isWordChar(bytes[i - 1]) { return false }
            var j = i + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: "$") {
                let c = bytes[j]
                if !(isWordStart(c) || (j > i + 1 && c >= 48 && c <= 57)) { return false }
                j += 1
            }
            guard j < bytes.count else { return false }
            let tag = Array(bytes[i...j])
            let opened = line
            while i <= j { advance() }
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "$"), i + tag.count <= bytes.count, Array(bytes[i..<(i + tag.count)]) == tag {
                    i += tag.count
                    lastWord = ""
                    lastSignificant = UInt8(ascii: "$")
                    return true
                }
                advance()
            }
            if open == nil { open = (opened, "dollar quote \(String(decoding: tag, as: UTF8.self)) is not closed") }
            return true
        }
    }
}
