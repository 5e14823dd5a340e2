import Foundation

/// Golden files: expected output kept as plain text beside the tests, in
/// `Goldens/<name>.txt`, and re-recorded only on purpose (`RECORD_GOLDENS=1 make test`).
public enum Golden {
    public enum Outcome: Equatable {
        case matches
        /// The file was missing or re-recorded; the test should fail so it is looked at.
        case recorded(path: String)
        /// A line diff: `-expected` / `+actual`.
        case differs(String)

        /// What a test should report, or nil when the output matches.
        public func failure(_ name: String) -> String? {
            switch self {
            case .matches: return nil
            case .recorded(let path): return "golden recorded: \(path); check it and run again"
            case .differs(let diff): return "output differs from golden \(name):\n\(diff)"
            }
        }
    }

    /// Compares `actual` with the golden `name` in the `Goldens` folder beside `file`.
    public static func check(_ actual: String, named name: String, file: String = #filePath) -> Outcome {
        let dir = (file as NSString).deletingLastPathComponent + "/Goldens"
        let path = dir + "/" + name + ".txt"
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return .recorded(path: path)
        }
        return expected == actual ? .matches : .differs(lineDiff(expected: expected, actual: actual))
    }

    /// The lines that differ, numbered, with a little context.
    public static func lineDiff(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let l = i < a.count ? a[i] : "∅", r = i < b.count ? b[i] : "∅"
            if l != r { out.append(String(format: "%3d -%@\n    +%@", i + 1, l, r)) }
        }
        return out.joined(separator: "\n")
    }
}
