import ArgumentParser
import LotsenCore

/// What the shell completes beyond names of commands and flags (`lotsen
/// --generate-completion-script bash|zsh|fish`): organisation codes, stages and reports.
enum Completions {
    static var organisations: CompletionKind { .list(Organisation.known.map(\.code)) }
    static var stages: CompletionKind { .list(["slussen-1", "slussen-2", "slussen-3", "kanalen", "havet"]) }
    static var reports: CompletionKind { .list(ReportKind.allCases.map(\.rawValue)) }
}
