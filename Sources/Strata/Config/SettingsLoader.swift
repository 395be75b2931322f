import Configuration
import Foundation
import SystemPackage

/// Loads settings in layers, like Dynaconf, highest first:
///
/// 1. command-line overrides (`--url`, ...)
/// 2. environment variables (`STRATA_DATABASE_URL`, `STRATA_MIGRATIONS`, ...)
/// 3. `.secrets.yml` (git-ignored), section of the environment, then `default:`, then top level
/// 4. `strata.yml` (committed), section of the environment, then `default:`, then top level
/// 5. built-in defaults
///
/// The environment is `--env`, else `STRATA_ENV`, else `development`.
public enum SettingsLoader {
    /// Loads the settings of the project whose settings file is `configPath` (it may be missing).
    public static func load(configPath: String = "strata.yml", environment: String? = nil,
                            overrides: [String: String] = [:],
                            variables: [String: String] = ProcessInfo.processInfo.environment) async throws -> Settings {
        let env = environment ?? variables["STRATA_ENV"] ?? "development"
        let directory = (configPath as NSString).deletingLastPathComponent
        let secretsPath = (directory.isEmpty ? "" : directory + "/") + ".secrets.yml"

        var layers: [(origin: String, provider: any ConfigProvider)] = []
        var sections: Set<String> = []   // top-level keys of the settings files: the environments they define
        let environmentProvider = EnvironmentVariablesProvider(environmentVariables: variables).prefixKeys(with: "strata")
        layers.append(("environment", environmentProvider))
        for (path, name) in [(secretsPath, ".secrets.yml"), (configPath, (configPath as NSString).lastPathComponent)] {
            // A missing file, or one holding only comments (an untouched .secrets.yml), adds nothing.
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                  text.split(separator: "\n").contains(where: { line in
                      let t = line.trimmingCharacters(in: .whitespaces)
                      return !t.isEmpty && !t.hasPrefix("#") && t != "---"
                  })
            else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("\t") && !line.hasPrefix("#") {
                if let colon = line.firstIndex(of: ":") { sections.insert(line[..<colon].trimmingCharacters(in: .whitespaces)) }
            }
            let file: FileProvider<YAMLSnapshot>
            do {
                file = try await FileProvider<YAMLSnapshot>(filePath: FilePath(path), allowMissing: true)
            } catch {
                throw StrataError.usage("\(path): not a valid settings file (a YAML mapping of environments to settings): \(oneLine(error))")
            }
            try SettingsFileCheck.check(text, path: path)
            layers.append(("\(name) [\(env)]", file.prefixKeys(with: ConfigKey(env))))
            if env != "default" { layers.append(("\(name) [default]", file.prefixKeys(with: "default"))) }
            layers.append((name, file))
        }

        // A misspelt environment must not fall back to default's database.
        if env != "development" && env != "default" && !sections.contains(env) {
            let known = sections.subtracting(Settings.keys.map { String($0.prefix { $0 != "." }) }).sorted()
            throw StrataError.usage("environment '\(env)' is not defined in \(configPath) or .secrets.yml\(known.isEmpty ? "" : " (they define: \(known.joined(separator: ", ")))")")
        }
        var values: [String: String] = [:]
        var origins: [String: String] = [:]
        for key in Settings.keys {
            if let v = overrides[key] { values[key] = v; origins[key] = "command line"; continue }
            for layer in layers {
                let configKey = AbsoluteConfigKey(ConfigKey(key.split(separator: ".").map(String.init)))
                // `engines: [sqlite, mysql]` is a list; read as a string it would be skipped.
                let result = (try? layer.provider.value(forKey: configKey, type: .string))
                    ?? (SettingsFileCheck.listKeys.contains(key) ? try? layer.provider.value(forKey: configKey, type: .stringArray) : nil)
                if let value = result?.value, let text = string(value.content) {
                    values[key] = text
                    origins[key] = layer.origin == "environment" ? "environment \(Settings.environmentVariable(key))" : layer.origin
                    break
                }
            }
            if values[key] == nil, let d = Settings.defaults[key] { values[key] = d; origins[key] = "built-in default" }
        }
        guard let timeout = Double(values["lock_timeout"]!), timeout >= 0, timeout <= 86_400 else {
            throw StrataError.usage("lock_timeout from \(origins["lock_timeout"]!) must be a number of seconds from 0 to 86400, got '\(values["lock_timeout"]!)'")
        }
        var engines: [Engine] = []
        for name in (values["engines"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "[" || $0 == "]" }) {
            guard let e = Engine(name: String(name)) else {
                throw StrataError.usage("engines from \(origins["engines"]!) names '\(name)', which is not sqlite, postgresql or mysql")
            }
            if !engines.contains(e) { engines.append(e) }
        }
        var migrations = values["migrations"]!
        if !migrations.hasPrefix("/") && !directory.isEmpty { migrations = directory + "/" + migrations }
        var codegen: [String: String] = [:]
        for key in Settings.keys where key.hasPrefix("codegen.") { codegen[String(key.dropFirst("codegen.".count))] = values[key] }
        if let out = codegen["output"], !out.hasPrefix("/"), !directory.isEmpty { codegen["output"] = directory + "/" + out }
        var settings = Settings(databaseURL: values["database_url"], migrations: migrations, versionTable: values["version_table"]!,
                                lockTimeout: timeout, environment: env, target: values["target"], devURL: values["dev_url"], engines: engines, origins: origins)
        settings.codegen = codegen
        return settings
    }

    static func string(_ content: ConfigContent) -> String? {
        switch content {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        case .stringArray(let list): return list.joined(separator: ",")
        default: return nil
        }
    }

    /// The parser's first line of explanation, without the quoted text of the file (it may hold a
    /// password) and with anything URL-like masked.
    static func oneLine(_ error: any Error) -> String {
        let first = String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let masked = first.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("@") ? DatabaseURL.mask(String($0)) : String($0) }
            .joined(separator: " ")
        return SQLText.oneLine(masked, limit: 300)
    }
}
