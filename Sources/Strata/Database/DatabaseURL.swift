import Foundation

/// A database location written as SQLAlchemy and Alembic users write it.
///
/// - `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, `sqlite::memory:`
/// - `postgresql://user:pass@host:5432/db?sslmode=require` (`postgres://` too)
/// - `mysql://user:pass@host:3306/db` (`mariadb://` too)
///
/// `description` masks the password, so a URL can be printed or logged safely.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// The engine the scheme names.
    public var engine: Engine
    /// The scheme as the user wrote it (`postgres`, `mariadb`, ...).
    public var scheme: String
    /// The user name.
    public var user: String?
    /// The password (never printed: `description` masks it).
    public var password: String?
    /// The host name or address.
    public var host: String?
    /// The port; nil for the engine's default.
    public var port: Int?
    /// The database name; for SQLite, the file path (`:memory:` for an in-memory database).
    public var database: String
    /// Query parameters such as `sslmode`, in the order written.
    public var options: [(String, String)]

    /// Equal when every part is (options in order).
    public static func == (a: DatabaseURL, b: DatabaseURL) -> Bool {
        a.engine == b.engine && a.scheme == b.scheme && a.user == b.user && a.password == b.password
            && a.host == b.host && a.port == b.port && a.database == b.database
            && a.options.map { "\($0)=\($1)" } == b.options.map { "\($0)=\($1)" }
    }

    /// Parses `string`; errors name the URL with its password masked.
    public init(_ string: String) throws {
        let raw = string.trimmingCharacters(in: .whitespaces)
        guard let colon = raw.firstIndex(of: ":") else {
            throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "expected SCHEME://..., e.g. sqlite:///app.db or postgresql://user@host/db")
        }
        let scheme = String(raw[..<colon]).lowercased()
        let baseScheme = scheme.split(separator: "+").first.map(String.init) ?? scheme  // mysql+pymysql
        guard let engine = Engine(name: baseScheme) else {
            throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "unknown scheme '\(scheme)' (use sqlite, postgresql, postgres, mysql or mariadb)")
        }
        self.engine = engine
        self.scheme = scheme
        self.options = []
        let rest = String(raw[raw.index(after: colon)...])
        if engine.addressesFiles {
            if rest == ":memory:" || rest == "///:memory:" || rest == "//" {
                database = ":memory:"
                return
            }
            guard rest.hasPrefix("///") else {
                throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "SQLite URLs are sqlite:///relative.db, sqlite:////absolute.db or sqlite::memory:")
            }
            var path = String(rest.dropFirst(3))
            if let q = path.firstIndex(of: "?") {
                options = DatabaseURL.parseQuery(String(path[path.index(after: q)...]))
                path = String(path[..<q])
            }
            guard !path.isEmpty else {
                throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "no file path after sqlite:///")
            }
            database = path.removingPercentEncoding ?? path
            return
        }
        guard rest.hasPrefix("//") else {
            throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "expected \(scheme)://user:password@host:port/database")
        }
        var body = String(rest.dropFirst(2))
        // Credentials end at the last '@': passwords are often written raw, with '/', '?' or '@' in them.
        if let at = body.lastIndex(of: "@") {
            let credentials = String(body[..<at])
            body = String(body[body.index(after: at)...])
            if let c = credentials.firstIndex(of: ":") {
                user = String(credentials[..<c]).removingPercentEncoding ?? String(credentials[..<c])
                let pw = String(credentials[credentials.index(after: c)...])
                password = pw.removingPercentEncoding ?? pw
            } else {
                user = credentials.removingPercentEncoding ?? credentials
            }
        }
        if let q = body.firstIndex(of: "?") {
            options = DatabaseURL.parseQuery(String(body[body.index(after: q)...]))
            body = String(body[..<q])
        }
        var authority = body
        var path = ""
        if let slash = body.firstIndex(of: "/") {
            authority = String(body[..<slash])
            path = String(body[body.index(after: slash)...])
        }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {  // [::1]:5432
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = try DatabaseURL.port(String(after.dropFirst()), raw: raw) }
        } else if let c = authority.lastIndex(of: ":") {
            host = String(authority[..<c])
            port = try DatabaseURL.port(String(authority[authority.index(after: c)...]), raw: raw)
        } else if !authority.isEmpty {
            host = authority
        }
        database = path.removingPercentEncoding ?? path
        guard !database.isEmpty else {
            throw StrataError.badURL(url: DatabaseURL.mask(raw), reason: "no database name after the host (\(scheme)://host/DATABASE)")
        }
    }

    private static func port(_ text: String, raw: String) throws -> Int {
        guard let p = Int(text), (1...65535).contains(p) else {
            // Without an '@', "user:password" reads as "host:port": the port text may be the password.
            let maybePassword = !raw.contains("@") && !text.allSatisfy(\.isNumber)
            let shown = maybePassword ? DatabaseURL.mask(raw).replacingOccurrences(of: ":" + text, with: ":***") : DatabaseURL.mask(raw)
            throw StrataError.badURL(url: shown, reason: maybePassword || text.isEmpty || text.count > 6
                                     ? "the port is not a number from 1 to 65535 (a password belongs before an '@': scheme://user:password@host:port/db)"
                                     : "port '\(text)' is not a number from 1 to 65535")
        }
        return p
    }

    private static func parseQuery(_ query: String) -> [(String, String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// Throws unless this URL is for `engine`: a driver handed another engine's URL says so
    /// instead of trapping.
    public func require(_ engine: Engine) throws {
        guard self.engine == engine else {
            throw StrataError.connection(url: description, reason: "this is a \(self.engine) URL; the \(engine) driver cannot open it")
        }
    }

    /// The value of query option `name`, if given.
    public func option(_ name: String) -> String? { options.first { $0.0 == name }?.1 }

    /// The URL with the password replaced by `***`.
    public var description: String {
        if engine.addressesFiles {
            return database == ":memory:" ? "sqlite::memory:" : "\(scheme):///\(database)"
        }
        var s = "\(scheme)://"
        if let user { s += user; if password != nil { s += ":***" }; s += "@" }
        if let host { s += host.contains(":") ? "[\(host)]" : host }
        if let port { s += ":\(port)" }
        s += "/\(database)"
        if !options.isEmpty {
            s += "?" + options.map { DatabaseURL.isSecretOption($0) ? "\($0)=***" : "\($0)=\($1)" }.joined(separator: "&")
        }
        return s
    }

    /// Query options whose values are secrets (`password=`, `sslpassword=`, ...).
    static func isSecretOption(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.contains("password") || n.contains("secret") || n == "pass" || n == "pwd"
    }

    /// Masks the password of a URL-like string that may not parse (`mysql:/u:PW@h`, `mysql//u:PW@h`,
    /// `sqlite://u:PW@h` too): everything between the first ':' of the credentials and the last '@',
    /// and the values of secret query options.
    public static func mask(_ url: String) -> String {
        var out = url
        if let at = url.lastIndex(of: "@") {
            // Where the credentials start: after "scheme:" and its slashes, when the text starts with a scheme.
            var start = url.startIndex
            if let colon = url.firstIndex(of: ":"), colon < at,
               url[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                start = url.index(after: colon)
                while start < at, url[start] == "/" { start = url.index(after: start) }
            }
            if let colon = url[start..<at].firstIndex(of: ":") {
                out = String(url[...colon]) + "***" + String(url[at...])
            }
        }
        guard let q = out.lastIndex(of: "?") else { return out }
        let query = out[out.index(after: q)...].split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return parts.count == 2 && isSecretOption(String(parts[0])) ? "\(parts[0])=***" : String(pair)
        }
        return String(out[...q]) + query.joined(separator: "&")
    }
}
