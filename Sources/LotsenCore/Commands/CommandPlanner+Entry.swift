extension CommandPlanner {
    func planEntry(_ command: EntryCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .undo(let author, let entry):
            switch state.undoTarget(by: author, entry: entry) {
            case .failure(let refusal): throw .undo(refusal)
            case .success(let (target, kind)):
                // A meeting task is filed under nobody; its undo is filed under the person
                // the task is about, so that their register extract shows it.
                let subject = kind == .meetingTaskDone
                    ? state.meetingTask(doneBy: target.sequence)?.participant
                    : target.subject
                return [PlannedEvent(event: .entry(.entryUndone(Undo(entry: target.sequence, kind: kind))), subject: subject)]
            }
        }
    }
}
