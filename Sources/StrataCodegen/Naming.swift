/// Names for generated code: singular UpperCamelCase types, lowerCamelCase properties, keywords
/// escaped. Pure functions, so the output is the same for the same schema.
public enum Naming {
    /// Words of a database name: `order_items` -> [order, items]; `OrderItems` -> [Order, Items]; `userID` -> [user, ID].
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let chars = Array(name)
        for (i, c) in chars.enumerated() {
            guard c.isLetter || c.isNumber else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            if !current.isEmpty, c.isUppercase {
                let previous = chars[i - 1]
                let nextIsLower = i + 1 < chars.count && chars[i + 1].isLowercase
                // aB -> a|B; ABc -> A|Bc; 1B -> 1|B
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(c)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        // An all-caps word (ID, URL) stays as it is; others get a capital first letter.
        return first.uppercased() + word.dropFirst()
    }

    static func lowerFirst(_ word: String) -> String {
        if word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// `order_items` -> `OrderItem`, `people` -> `Person`, `categories` -> `Category`.
    public static func typeName(_ table: String) -> String {
        var parts = words(table)
        guard !parts.isEmpty else { return "Table" }
        parts[parts.count - 1] = singular(parts[parts.count - 1])
        var name = parts.map(capitalized).joined()
        if name.first?.isNumber == true { name = "T" + name }
        return name
    }

    /// `created_at` -> `createdAt`, `UserID` -> `userID`, `ID` -> `id`.
    public static func propertyName(_ column: String) -> String {
        let parts = words(column)
        guard !parts.isEmpty else { return "column" }
        var name = lowerFirst(parts[0]) + parts.dropFirst().map(capitalized).joined()
        if name.first?.isNumber == true { name = "_" + name }
        return name
    }

    /// The plural form used for to-many relations: `order` -> `orders`, `category` -> `categories`.
    static func plural(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregularPlurals[lower] { return matchCase(irregular, like: word) }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }

    static let irregularPlurals = ["person": "people", "child": "children", "man": "men", "woman": "women", "mouse": "mice", "datum": "data"]
    static let uncountable: Set<String> = ["news", "data", "series", "species", "status", "information", "equipment", "metadata", "media", "staff", "sms", "analysis", "settings"]

    /// The singular form of a table name's last word: rules, not a dictionary; unknown words stay.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if uncountable.contains(lower) || lower.count < 3 { return word }
        if let irregular = irregularPlurals.first(where: { $0.value == lower })?.key { return matchCase(irregular, like: word) }
        if lower.hasSuffix("ies") { return word.dropLast(3) + matchCase("y", like: String(word.suffix(1))) }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where lower.hasSuffix(ending) { return String(word.dropLast(2)) }
        if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") || lower.hasSuffix("os") { return word }
        if lower.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    static func matchCase(_ word: String, like model: String) -> String {
        model.allSatisfy({ !$0.isLetter || $0.isUppercase }) && model.contains(where: \.isLetter) ? word.uppercased() : word
    }

    /// Swift keywords that need backticks as identifiers.
    static let swiftKeywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "false", "is", "nil", "super", "throws", "true",
        "try", "await", "async", "any", "some", "consume", "borrowing", "consuming", "_",
    ]

    /// Names a property may not take even with backticks (`self`, `Type`), or that shadow what the generated code uses.
    static let swiftUnusable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "deinit", "subscript"]

    /// An identifier usable as a Swift property or case: keywords in backticks.
    public static func swiftIdentifier(_ name: String) -> String {
        swiftKeywords.contains(name) ? "`\(name)`" : name
    }

    /// Python keywords and names a mapped attribute may not take.
    static let pythonReserved: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield", "metadata", "registry", "type_annotation_map",
    ]

    /// A Python attribute name for a column: the name itself when it is a valid identifier, else a cleaned one.
    public static func pythonAttribute(_ column: String) -> String {
        var s = String(column.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        if s.isEmpty || s.first!.isNumber { s = "_" + s }
        if pythonReserved.contains(s) || s.hasPrefix("__") { s += "_" }
        return s
    }

    /// Makes `name` unique among `taken` by a number suffix, and records it.
    static func unique(_ name: String, in taken: inout Set<String>) -> String {
        var candidate = name
        var n = 2
        while taken.contains(candidate) { candidate = "\(name)\(n)"; n += 1 }
        taken.insert(candidate)
        return candidate
    }
}
