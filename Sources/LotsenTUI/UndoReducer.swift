import LotsenCore

/// Ctrl-Z: the caseworker's latest entry, named and dated, taken back after a yes.
enum UndoReducer {
    static func ask(_ s: inout AppState) -> [Effect] {
        if AppReducer.writeBlocked(&s) { return [] }
        guard let author = s.author else { return [] }
        let words = s.lang.undo
        switch s.domain.undoTarget(by: author, entry: nil) {
        case .failure(let refusal):
            s.message = StatusMessage(text: words.refusal(refusal), kind: .error)
        case .success(let (entry, kind)):
            let name = entry.subject.flatMap { s.domain.participant($0)?.profile.fullName }
            s.stack.push(.confirm(ConfirmState(question: words.question(kind, about: name, entry: entry.sequence, time: s.minuteOf(entry.time)),
                                               commands: [.entry(.undo(by: author, entry: entry.sequence))], participant: entry.subject,
                                               kind: .undone(message: words.done(kind, about: name, entry: entry.sequence)))))
        }
        return []
    }
}
