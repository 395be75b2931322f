/// What a column type is, whatever an engine calls it: the one place that knows the type names.
///
/// A ``ColumnType`` keeps the engine's spelling (`int4`, `character varying`, `mediumtext`) so a
/// schema round-trips; its ``ColumnType/classified`` reading says what that spelling means: the
/// family, the width, the signedness, the precision. Materialisation, code generation and the MySQL
/// canonical form decide on this reading, not on names. An engine whose names mean something else
/// (SQLite's `INTEGER` is 64 bits) says so in ``Dialect/classify(_:)``.
extension ColumnType {
    /// The kind of value a column holds.
    public enum Family: String, Codable, Sendable, CaseIterable {
        /// Whole numbers (`tinyint` … `bigint`, `int4`, PostgreSQL serials).
        case integer
        /// `boolean`/`bool`.
        case boolean
        /// Exact numbers (`decimal`, `numeric`).
        case decimal
        /// Approximate numbers (`real`, `float`, `double precision`).
        case float
        /// Bit strings (`bit(n)`).
        case bit
        /// Characters with a declared length (`char`, `varchar`, `character varying`).
        case character
        /// Characters without one (`text`, `mediumtext`, `clob`, `citext`).
        case text
        /// Bytes (`binary`, `varbinary`, `blob`s, `bytea`).
        case binary
        /// A calendar date.
        case date
        /// A time of day.
        case time
        /// A date and time (`datetime`, `timestamp`, `timestamptz`).
        case timestamp
        /// MySQL `year`.
        case year
        /// PostgreSQL `interval`.
        case interval
        /// `json`, `jsonb`.
        case json
        /// `uuid`.
        case uuid
        /// MySQL `enum('a','b')` (a PostgreSQL enum type is named by the user: `other`).
        case enumeration
        /// MySQL `set('a','b')`.
        case set
        /// Geometry (`geometry`, `point`, `polygon`, …).
        case spatial
        /// PostgreSQL network addresses (`inet`, `cidr`, `macaddr`).
        case network
        /// A PostgreSQL array (`integer[]`).
        case array
        /// Anything else: a user-defined type, or a name no engine here defines.
        case other
    }

    /// A type read for its meaning.
    public struct Classification: Equatable, Sendable {
        /// The family.
        public var family: Family
        /// Storage bits of an integer (8, 16, 24, 32, 64) or a float (32, 64); nil otherwise.
        public var bits: Int?
        /// False for MySQL UNSIGNED (and ZEROFILL, which implies it).
        public var signed: Bool
        /// For `character` and `binary`: a fixed length (`char`, `binary`) rather than a limit.
        public var fixedLength: Bool
        /// The declared length (characters, bytes, bits), the precision of a decimal, or the
        /// fractional-second digits of a time.
        public var length: Int?
        /// Digits after the point of a decimal.
        public var scale: Int?
        /// A time or timestamp with its time zone.
        public var withTimeZone: Bool
        /// A PostgreSQL serial: an integer whose default comes from a sequence it owns.
        public var serial: Bool
        /// The most bytes a `text` or `binary` of this spelling holds (MySQL's tiny/medium/long
        /// sizes); nil when unbounded or not given.
        public var maxBytes: Int?

        /// A reading of `family`; everything else at its plain value.
        public init(family: Family, bits: Int? = nil, signed: Bool = true, fixedLength: Bool = false, length: Int? = nil,
                    scale: Int? = nil, withTimeZone: Bool = false, serial: Bool = false, maxBytes: Int? = nil, unlimited: Bool = false) {
            self.family = family
            self.bits = bits
            self.signed = signed
            self.fixedLength = fixedLength
            self.length = length
            self.scale = scale
            self.withTimeZone = withTimeZone
            self.serial = serial
            self.maxBytes = maxBytes
            self.unlimited = unlimited
        }

        /// Text, bytes or JSON that need no declared length: `text`, `blob` and larger, `bytea`, `json`
        /// (not `tinytext`/`tinyblob`, which hold 255 bytes).
        public var unlimited: Bool

        /// Characters or bytes up to a declared length (`varchar(n)`, `binary(n)`).
        public var limitedByLength: Bool { (family == .character || family == .binary) && !unlimited && maxBytes == nil }

        /// Holds a truth value: a boolean, MySQL's `tinyint(1)`, or a single bit.
        public var holdsBoolean: Bool {
            family == .boolean || (family == .integer && bits == 8 && length == 1) || (family == .bit && (length ?? 1) == 1)
        }
    }

    /// What the type means, by the names the engines here give their types (``Dialect/classify(_:)``
    /// is the engine's own reading, which differs where an engine's names do).
    public var classified: Classification {
        let lower = name.lowercased()
        var c = Self.vocabulary[lower] ?? Classification(family: lower.hasSuffix("[]") ? .array : .other)
        c.signed = !(unsigned || zerofill)
        switch c.family {
        case .character, .binary, .decimal, .bit, .time, .timestamp: c.length = length ?? c.length
        case .integer: c.length = length
        default: break
        }
        if c.family == .decimal { c.scale = scale }
        return c
    }

    /// Every type name the engines here define, in lower case, with its reading.
    static let vocabulary: [String: Classification] = {
        var v: [String: Classification] = [:]
        func add(_ names: [String], _ c: Classification) { for n in names { v[n] = c } }
        add(["tinyint", "int1"], .init(family: .integer, bits: 8))
        add(["smallint", "int2"], .init(family: .integer, bits: 16))
        add(["smallserial", "serial2"], .init(family: .integer, bits: 16, serial: true))
        add(["mediumint", "int3"], .init(family: .integer, bits: 24))
        add(["int", "integer", "int4"], .init(family: .integer, bits: 32))
        add(["serial", "serial4"], .init(family: .integer, bits: 32, serial: true))
        add(["bigint", "int8"], .init(family: .integer, bits: 64))
        add(["bigserial", "serial8"], .init(family: .integer, bits: 64, serial: true))
        add(["bool", "boolean"], .init(family: .boolean))
        add(["decimal", "numeric", "dec", "fixed"], .init(family: .decimal))
        add(["float", "real", "float4"], .init(family: .float, bits: 32))
        add(["double", "double precision", "float8"], .init(family: .float, bits: 64))
        add(["bit"], .init(family: .bit))
        add(["char", "character", "nchar", "bpchar"], .init(family: .character, fixedLength: true))
        add(["varchar", "character varying", "nvarchar"], .init(family: .character))
        add(["tinytext"], .init(family: .text, maxBytes: 255))
        add(["text"], .init(family: .text, maxBytes: 65_535, unlimited: true))
        add(["clob", "citext"], .init(family: .text, unlimited: true))
        add(["mediumtext"], .init(family: .text, maxBytes: 16_777_215, unlimited: true))
        add(["longtext"], .init(family: .text, maxBytes: 4_294_967_295, unlimited: true))
        add(["binary"], .init(family: .binary, fixedLength: true))
        add(["varbinary"], .init(family: .binary))
        add(["bytea"], .init(family: .binary, unlimited: true))
        add(["blob"], .init(family: .binary, maxBytes: 65_535, unlimited: true))
        add(["tinyblob"], .init(family: .binary, maxBytes: 255))
        add(["mediumblob"], .init(family: .binary, maxBytes: 16_777_215, unlimited: true))
        add(["longblob"], .init(family: .binary, maxBytes: 4_294_967_295, unlimited: true))
        add(["date"], .init(family: .date))
        add(["time", "time without time zone"], .init(family: .time))
        add(["time with time zone", "timetz"], .init(family: .time, withTimeZone: true))
        add(["datetime", "timestamp", "timestamp without time zone"], .init(family: .timestamp))
        add(["timestamp with time zone", "timestamptz"], .init(family: .timestamp, withTimeZone: true))
        add(["year"], .init(family: .year, bits: 16))
        add(["interval"], .init(family: .interval))
        add(["json", "jsonb"], .init(family: .json, unlimited: true))
        add(["uuid"], .init(family: .uuid))
        add(["enum"], .init(family: .enumeration))
        add(["set"], .init(family: .set))
        add(["geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection"],
            .init(family: .spatial))
        add(["inet", "cidr", "macaddr", "macaddr8"], .init(family: .network))
        return v
    }()
}
