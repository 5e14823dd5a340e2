import Foundation
import Testing

/// Every module a target imports is one its entry in Package.swift declares: a module
/// that compiles only because another dependency leaks it transitively breaks the day
/// that dependency changes, and hides the real arrows between targets.
@Suite("Package")
struct DeclaredImportsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The platform's and the toolchain's modules, which no target declares.
    static let system: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Dispatch", "Testing", "XCTest",
                                      "Synchronization", "_Concurrency", "PackageDescription"]

    /// Target name → the modules it declares (targets, and products by their module name).
    static func declared() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var out: [String: Set<String>] = [:]
        let start = try Regex(#"\.(?:target|executableTarget|testTarget|systemLibrary)\("#)
        for match in text.matches(of: start) {
            // The call's arguments, to its matching parenthesis.
            var depth = 1
            var body = ""
            for c in text[match.range.upperBound...] {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth == 0 { break } }
                body.append(c)
            }
            guard let name = body.firstMatch(of: try Regex(#"name:\s*"([^"]+)""#))?.output[1].substring else { continue }
            var deps: Set<String> = []
            if let open = body.range(of: "dependencies:") {
                depth = 0
                var list = ""
                for c in body[open.upperBound...] {
                    if c == "[" { depth += 1 } else if c == "]" { depth -= 1; if depth == 0 { break } }
                    if depth > 0 { list.append(c) }
                }
                // `"Name"` and `.product(name: "Module", package: "pkg")`: every quoted
                // name but a package's.
                for m in list.matches(of: try Regex(#"(package:\s*)?"([^"]+)""#)) where m.output[1].substring == nil {
                    deps.insert(String(m.output[2].substring ?? "").replacingOccurrences(of: "-", with: "_"))
                }
            }
            out[String(name)] = deps
        }
        return out
    }

    @Test("every import in Sources/ and Tests/ is declared by its target in Package.swift")
    func importsDeclared() throws {
        let declared = try Self.declared()
        #expect(declared.count > 20, "Package.swift was not read: \(declared.keys)")
        var undeclared: [String] = []
        let fm = FileManager.default
        for folder in ["Sources", "Tests"] {
            for target in try fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path) {
                guard let deps = declared[target] else { continue }
                let dir = Self.root.appendingPathComponent(folder).appendingPathComponent(target)
                guard let files = fm.enumerator(atPath: dir.path) else { continue }
                for case let file as String in files where file.hasSuffix(".swift") {
                    let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                    for line in text.split(separator: "\n") {
                        let words = line.split(separator: " ")
                        guard let i = words.firstIndex(of: "import"),
                              words[..<i].allSatisfy({ $0.hasPrefix("@") && $0.dropFirst().allSatisfy(\.isLetter) }),
                              i + 1 < words.count else { continue }
                        let module = String(words[i + 1])
                        if module != target, !deps.contains(module), !Self.system.contains(module) {
                            undeclared.append("\(folder)/\(target)/\(file) imports \(module)")
                        }
                    }
                }
            }
        }
        #expect(undeclared.isEmpty, "\(undeclared.joined(separator: "\n"))")
    }
}
