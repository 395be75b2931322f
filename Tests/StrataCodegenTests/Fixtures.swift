import Strata

/// Small schemas that cover the type mapping, the relations and the names that clash.
enum Fixtures {
    static func col(_ name: String, _ type: ColumnType, null: Bool = false, comment: String? = nil, auto: Bool = false) -> Column {
        var c = Column(name: name, type: type, nullable: null)
        c.comment = comment
        c.autoIncrement = auto
        return c
    }

    /// One MySQL table with a column of every kind, and a table comment.
    static var mysqlTypes: Schema {
        var t = Table(name: "all_types", columns: [
            col("id", ColumnType("bigint", unsigned: true), auto: true),
            col("flag", ColumnType("tinyint", length: 1)),
            col("tiny", ColumnType("tinyint")),
            col("tiny_u", ColumnType("tinyint", unsigned: true)),
            col("small", ColumnType("smallint")),
            col("medium", ColumnType("mediumint")),
            col("regular", ColumnType("int"), null: true),
            col("regular_u", ColumnType("int", unsigned: true)),
            col("big", ColumnType("bigint")),
            col("price", ColumnType("decimal", length: 10, scale: 2), comment: "in euros"),
            col("ratio", ColumnType("float"), null: true),
            col("score", ColumnType("double")),
            col("code", ColumnType("char", length: 3)),
            col("title", ColumnType("varchar", length: 200)),
            col("body", ColumnType("mediumtext"), null: true),
            col("photo", ColumnType("blob"), null: true),
            col("born_on", ColumnType("date"), null: true),
            col("created_at", ColumnType("datetime")),
            col("updated_at", ColumnType("timestamp"), null: true),
            col("opens_at", ColumnType("time"), null: true),
            col("vintage", ColumnType("year"), null: true),
            col("settings", ColumnType("json"), null: true),
            col("state", DDLText.parseType("enum('new','in-progress','','Done')")),
            col("tags", DDLText.parseType("set('a','b')"), null: true),
            col("bit_flag", ColumnType("bit", length: 1)),
            col("uuid_bin", ColumnType("binary", length: 16), null: true),
        ], primaryKey: PrimaryKey(columns: ["id"]))
        t.comment = "Every MySQL type\nthe generator maps."
        return Schema(engine: .mysql, tables: [t])
    }

    /// PostgreSQL types, an enum type, and SQLite's 64-bit INTEGER.
    static var postgresTypes: Schema {
        let t = Table(name: "events", columns: [
            col("id", ColumnType("uuid")),
            col("at", ColumnType("timestamp with time zone")),
            col("done", ColumnType("boolean")),
            col("payload", ColumnType("bytea"), null: true),
            col("labels", ColumnType("text[]"), null: true),
            col("mood", ColumnType("mood")),
            col("amount", ColumnType("numeric", length: 12, scale: 4)),
            col("real_value", ColumnType("real")),
        ], primaryKey: PrimaryKey(columns: ["id"]))
        return Schema(engine: .postgresql, tables: [t], enums: [EnumType(name: "mood", values: ["happy", "sad"])])
    }

    static var sqliteTypes: Schema {
        let t = Table(name: "notes", columns: [
            col("id", ColumnType("integer")),
            col("body", ColumnType("text")),
            col("weight", ColumnType("real"), null: true),
        ], primaryKey: PrimaryKey(columns: ["id"]))
        return Schema(engine: .sqlite, tables: [t])
    }

    /// Relations: a parent with two foreign keys from one child, a self reference, a pure
    /// association table, a composite key, a table without a key.
    static var shop: Schema {
        let int = ColumnType("int")
        let customers = Table(name: "customers", columns: [col("id", int, auto: true), col("name", ColumnType("varchar", length: 80))],
                              primaryKey: PrimaryKey(columns: ["id"]))
        let addresses = Table(name: "addresses", columns: [col("id", int, auto: true), col("customer_id", int), col("line", ColumnType("varchar", length: 200))],
                              primaryKey: PrimaryKey(columns: ["id"]),
                              foreignKeys: [ForeignKey(name: "fk_addr_customer", columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"], onDelete: .cascade)])
        let orders = Table(name: "orders", columns: [
            col("id", int, auto: true), col("customer_id", int), col("billing_address_id", int), col("shipping_address_id", int, null: true),
            col("parent_order_id", int, null: true),
        ], primaryKey: PrimaryKey(columns: ["id"]), foreignKeys: [
            ForeignKey(name: "fk_o_customer", columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"]),
            ForeignKey(name: "fk_o_billing", columns: ["billing_address_id"], referencedTable: "addresses", referencedColumns: ["id"]),
            ForeignKey(name: "fk_o_shipping", columns: ["shipping_address_id"], referencedTable: "addresses", referencedColumns: ["id"]),
            ForeignKey(name: "fk_o_parent", columns: ["parent_order_id"], referencedTable: "orders", referencedColumns: ["id"]),
        ])
        let products = Table(name: "products", columns: [col("sku", ColumnType("varchar", length: 20)), col("title", ColumnType("varchar", length: 100))],
                             primaryKey: PrimaryKey(columns: ["sku"]))
        let tags = Table(name: "tags", columns: [col("id", int, auto: true), col("label", ColumnType("varchar", length: 30))], primaryKey: PrimaryKey(columns: ["id"]),
                         indexes: [Index(name: "ux_label", columns: [IndexPart(column: "label")], unique: true)])
        let productTags = Table(name: "product_tags", columns: [col("product_sku", ColumnType("varchar", length: 20)), col("tag_id", int)],
                                primaryKey: PrimaryKey(columns: ["tag_id", "product_sku"]), foreignKeys: [
            ForeignKey(name: "fk_pt_product", columns: ["product_sku"], referencedTable: "products", referencedColumns: ["sku"]),
            ForeignKey(name: "fk_pt_tag", columns: ["tag_id"], referencedTable: "tags", referencedColumns: ["id"]),
        ])
        let lines = Table(name: "order_lines", columns: [col("order_id", int), col("line_no", ColumnType("smallint")), col("product_sku", ColumnType("varchar", length: 20)),
                                                    col("quantity", int)],
                          primaryKey: PrimaryKey(columns: ["order_id", "line_no"]), foreignKeys: [
            ForeignKey(name: "fk_l_order", columns: ["order_id"], referencedTable: "orders", referencedColumns: ["id"], onDelete: .cascade),
            ForeignKey(name: "fk_l_product", columns: ["product_sku"], referencedTable: "products", referencedColumns: ["sku"]),
        ])
        let log = Table(name: "audit_log", columns: [col("at", ColumnType("datetime")), col("message", ColumnType("text"))])
        // A pivot with a key of its own: Fluent's @Siblings, GRDB's hasMany(through:).
        let suppliers = Table(name: "suppliers", columns: [col("id", int, auto: true), col("name", ColumnType("varchar", length: 80))], primaryKey: PrimaryKey(columns: ["id"]))
        let productSuppliers = Table(name: "product_suppliers", columns: [col("id", int, auto: true), col("product_sku", ColumnType("varchar", length: 20)), col("supplier_id", int)],
                                     primaryKey: PrimaryKey(columns: ["id"]), foreignKeys: [
            ForeignKey(name: "fk_ps_product", columns: ["product_sku"], referencedTable: "products", referencedColumns: ["sku"]),
            ForeignKey(name: "fk_ps_supplier", columns: ["supplier_id"], referencedTable: "suppliers", referencedColumns: ["id"]),
        ])
        return Schema(engine: .mysql, tables: [customers, addresses, orders, products, tags, productTags, lines, log, suppliers, productSuppliers])
    }

    /// Names that clash with Swift, Python or the generated code.
    static var clashes: Schema {
        let int = ColumnType("int")
        let order = Table(name: "order", columns: [col("id", int), col("class", ColumnType("varchar", length: 10)), col("self", int, null: true),
                                                   col("Type", int, null: true), col("created_at", ColumnType("datetime")), col("createdAt", ColumnType("datetime")),
                                                   col("2fa", ColumnType("tinyint", length: 1)), col("from", int, null: true)],
                          primaryKey: PrimaryKey(columns: ["id"]))
        let columns = Table(name: "columns", columns: [col("id", int), col("order_id", int), col("default", ColumnType("varchar", length: 5))],
                            primaryKey: PrimaryKey(columns: ["id"]),
                            foreignKeys: [ForeignKey(name: "fk_c_order", columns: ["order_id"], referencedTable: "order", referencedColumns: ["id"])])
        let user = Table(name: "user", columns: [col("id", int)], primaryKey: PrimaryKey(columns: ["id"]))
        let users = Table(name: "users", columns: [col("id", int)], primaryKey: PrimaryKey(columns: ["id"]))
        let messages = Table(name: "messages", columns: [col("id", int), col("sender_id", int), col("recipient_id", int), col("user", ColumnType("varchar", length: 10))],
                             primaryKey: PrimaryKey(columns: ["id"]), foreignKeys: [
            ForeignKey(name: "fk_m_sender", columns: ["sender_id"], referencedTable: "users", referencedColumns: ["id"]),
            ForeignKey(name: "fk_m_recipient", columns: ["recipient_id"], referencedTable: "users", referencedColumns: ["id"]),
        ])
        return Schema(engine: .mysql, tables: [order, columns, user, users, messages])
    }
}
