/// How an engine's own client reads a script and how the engine spells names and strings: the
/// rules ``SQLSplitter`` and ``SQLQuoting`` follow. Each engine's dialect sets its own; the core
/// never asks which engine it is.
public struct SQLLexicon: Sendable, Equatable {
    /// The quote Strata writes identifiers in (`"` or `` ` ``), doubled inside a name.
    public var identifierQuote: Character
    /// Backslash escapes in `'...'` and `"..."` (MySQL without `NO_BACKSLASH_ESCAPES`).
    public var backslashEscapes: Bool
    /// `E'...'` strings with backslash escapes (PostgreSQL).
    public var escapeStrings: Bool
    /// `#` starts a line comment (MySQL).
    public var hashComments: Bool
    /// `--` starts a comment only when a space or control character follows (MySQL: `n--1` is arithmetic).
    public var dashCommentNeedsSpace: Bool
    /// `/*! ... */` is statement text the server runs, not a comment (MySQL).
    public var executableComments: Bool
    /// Block comments nest (PostgreSQL).
    public var nestedBlockComments: Bool
    /// `$$ ... $$` and `$tag$ ... $tag$` quote a body (PostgreSQL).
    public var dollarQuotes: Bool
    /// `[name]` quotes an identifier (SQLite).
    public var bracketIdentifiers: Bool
    /// A `DELIMITER x` line changes the statement terminator, as in the `mysql` client.
    public var delimiterCommand: Bool
    /// `CREATE TRIGGER ... BEGIN ...; END` is one statement (SQLite's `sqlite3_complete`).
    public var triggerBodies: Bool
    /// The type `CAST(x AS ...)` names for text (`TEXT`, or `CHAR` on MySQL).
    public var textCastType: String

    /// A lexicon with the given rules; by default standard SQL's.
    public init(identifierQuote: Character = "\"", backslashEscapes: Bool = false, escapeStrings: Bool = false,
                hashComments: Bool = false, dashCommentNeedsSpace: Bool = false, executableComments: Bool = false,
                nestedBlockComments: Bool = false, dollarQuotes: Bool = false, bracketIdentifiers: Bool = false,
                delimiterCommand: Bool = false, triggerBodies: Bool = false, textCastType: String = "TEXT") {
        self.identifierQuote = identifierQuote
        self.backslashEscapes = backslashEscapes
        self.escapeStrings = escapeStrings
        self.hashComments = hashComments
        self.dashCommentNeedsSpace = dashCommentNeedsSpace
        self.executableComments = executableComments
        self.nestedBlockComments = nestedBlockComments
        self.dollarQuotes = dollarQuotes
        self.bracketIdentifiers = bracketIdentifiers
        self.delimiterCommand = delimiterCommand
        self.triggerBodies = triggerBodies
        self.textCastType = textCastType
    }
}
