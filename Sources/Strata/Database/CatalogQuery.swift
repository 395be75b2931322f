/// A catalog query whose result columns have names: the `SELECT` list is written as name–expression
/// pairs, so an inspector reads `row["default"]`, never `r[5]`, and a column added to the list
/// cannot shift another's meaning.
///
/// ```swift
/// static let columns = CatalogQuery(["table": "TABLE_NAME", "name": "COLUMN_NAME"],
///                                   from: "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()")
/// for row in try await Self.columns.rows(db) { let name = row.text("name") }
/// ```
public struct CatalogQuery: Sendable {
    /// The complete SQL.
    public let sql: String
    let positions: [String: Int]

    /// `SELECT` the `columns`' expressions (in order) `FROM` the rest (tables, joins, `WHERE`, `ORDER BY`).
    public init(_ columns: KeyValuePairs<String, String>, from rest: String) {
        sql = "SELECT " + columns.map(\.value).joined(separator: ", ") + "\nFROM " + rest
        var positions: [String: Int] = [:]
        for (i, c) in columns.enumerated() {
            precondition(positions.updateValue(i, forKey: c.key) == nil, "a catalog query names \(c.key) twice")
        }
        self.positions = positions
    }

    /// The rows the query returns through `db`.
    public func rows(_ db: any DatabaseDriver) async throws -> [CatalogRow] {
        try await db.query(sql).map { CatalogRow(values: $0, positions: positions) }
    }
}

/// One row of a ``CatalogQuery``, read by the names the query gave its columns.
public struct CatalogRow: Sendable {
    let values: [String?]
    let positions: [String: Int]

    /// The value of the column `name` (NULL as nil). Naming a column the query does not have is a
    /// programming error and stops.
    public subscript(_ name: String) -> String? {
        guard let i = positions[name] else { preconditionFailure("the catalog query has no column \(name)") }
        return i < values.count ? values[i] : nil
    }

    /// The value, NULL as the empty string.
    public func text(_ name: String) -> String { self[name] ?? "" }

    /// The value, nil when NULL or empty.
    public func nonEmpty(_ name: String) -> String? { self[name].flatMap { $0.isEmpty ? nil : $0 } }

    /// A boolean as the catalogs write it (`true`/`t`/`1`/`YES`).
    public func flag(_ name: String) -> Bool { ["true", "t", "1", "yes"].contains(text(name).lowercased()) }

    /// An integer, nil when NULL or not a number.
    public func int(_ name: String) -> Int64? { self[name].flatMap { Int64($0) } }
}
