/// One statement cut out of a SQL script, with the line it starts on.
public struct SQLStatement: Sendable, Equatable, Codable {
    /// The statement text without its terminator (`;` or the current `DELIMITER`).
    public var sql: String
    /// 1-based line of the statement's first token in the file it came from.
    public var line: Int

    /// A statement `sql` that starts on file line `line`.
    public init(sql: String, line: Int) {
        self.sql = sql
        self.line = line
    }
}
