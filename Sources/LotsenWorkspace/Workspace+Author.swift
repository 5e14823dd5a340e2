import LotsenCore

/// Who may write what: the author checked against the journal's caseworkers and roles,
/// under the lock, before any command of a batch is planned.
extension Workspace {
    /// Whether `perform` would accept this workspace's author for commands that do not
    /// add a caseworker: asked before long work (an import) so that nobody waits for a
    /// refusal that was certain from the start.
    public func checkAuthor() throws(DomainError) {
        guard let author else { throw .noAuthor }
        try checkAuthor(author, [])
    }

    /// While no caseworker is registered anyone may write (to register the first ones);
    /// after that the author must be one of them, or be adding themselves.
    func checkAuthor(_ author: String, _ commands: [Command]) throws(DomainError) {
        // Only the author of an entry takes it back, and only the owner changes their views.
        for command in commands {
            switch command {
            case .entry(.undo(let by, _)) where Caseworker.key(by) != Caseworker.key(author):
                throw .undo(.notAmongYours(count: AuthoredEntry.kept))
            case .gallring(.propose(let by)), .gallring(.purge(let by)):
                if Caseworker.key(by) != Caseworker.key(author) { throw .unknownAuthor(by) }
            case .caseworker(.saveView(let by, _)), .caseworker(.removeView(let by, _)):
                if Caseworker.key(by) != Caseworker.key(author) { throw .unknownAuthor(by) }
            default:
                break
            }
            try state.checkShared(command, by: author)
            if !state.may(author, command.permission) {
                throw .notPermitted(command.permission, role: state.caseworker(author)?.role ?? .caseworker)
            }
        }
        guard !state.caseworkers.isEmpty, state.caseworker(author) == nil else { return }
        let addsSelf = commands.contains {
            if case .caseworker(.addCaseworker(let initials, _, _, _)) = $0 { return Caseworker.key(initials) == Caseworker.key(author) }
            return false
        }
        if !addsSelf { throw .unknownAuthor(author) }
    }
}
