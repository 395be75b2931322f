import CodableModels
import Foundation
import GRDB
import GRDBModels
import Testing

/// Each format's module has its own `Store`.
typealias Store = GRDBModels.Store
typealias CodableStore = CodableModels.Store

/// Rows through the records generated from examples/workbench/store-v2.mwb, on SQLite with the
/// schema `strata inspect --format sql` writes for the same model.
@Suite("Generated GRDB records")
struct GRDBRoundTripTests {
    @Test func rowsRoundTripThroughGeneratedRecords() throws {
        let db = try DatabaseQueue()
        try db.write { try $0.execute(sql: storeSchemaSQL) }
        var ada = Store.Client(fullName: "Ada", email: "ada@example.com")
        var order = try db.write { db -> Store.Order in
            try ada.insert(db)
            try Store.Product(id: 7, title: "Pen").insert(db)
            var order = Store.Order(customerId: ada.id!, total: Decimal(string: "12.50")!, productId: 7)
            try order.insert(db)
            return order
        }
        // The generated keys came back from the database.
        #expect(ada.id != nil && order.id != nil)
        let fetched = try db.read { try Store.Client.fetchOne($0, key: ada.id!) }
        #expect(fetched == ada)
        // Columns and associations, as generated.
        let orders = try db.read { try ada.orders.fetchAll($0) }
        #expect(orders.map(\.total) == [Decimal(string: "12.50")!])
        let product = try db.read { try order.product.fetchOne($0) }
        #expect(product?.title == "Pen")
        let byName = try db.read { try Store.Client.filter(Store.Client.Columns.fullName == "Ada").fetchCount($0) }
        #expect(byName == 1)
        // The coding keys map properties to the column names.
        let row = try db.read { try Row.fetchOne($0, sql: "SELECT full_name, customer_id FROM clients JOIN orders ON orders.customer_id = clients.id") }
        #expect(row?["full_name"] == "Ada")
        order.total = 3
        try db.write { try order.update($0) }
        #expect(try db.read { try Store.Order.fetchOne($0, key: order.id!)?.total } == 3)
        // The plain Codable struct decodes the same row as JSON would carry it.
        let json = #"{"id": 1, "full_name": "Ada", "email": null, "phone": "555"}"#
        let plain = try JSONDecoder().decode(CodableStore.Client.self, from: Data(json.utf8))
        #expect(plain.fullName == "Ada" && plain.phone == "555" && plain.email == nil)
    }
}
