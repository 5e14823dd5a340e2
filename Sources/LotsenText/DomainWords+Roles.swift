import LotsenCore

/// Roles and the kinds of work they open (`Role`, `Permission`), as refusals name them.
extension DomainWords {
    public func role(_ r: Role) -> String {
        switch r {
        case .caseworker: return say("handläggare", "caseworker")
        case .coordinator: return say("samordnare", "coordinator")
        case .statistics: return say("statistiker", "statistician")
        case .administrator: return say("administratör", "administrator")
        }
    }

    public func permission(_ p: Permission) -> String {
        switch p {
        case .personData: return say("se eller ändra uppgifter om enskilda personer", "see or change details of individual people")
        case .caseworkers: return say("lägga till handläggare eller ändra deras roller", "add caseworkers or change their roles")
        case .programmeSettings: return say("ändra mötesregler, mål, platsbanken eller checklistan", "change the meeting rules, targets, the placement bank or the checklist")
        case .followUp: return say("se allas ärenden eller andras tittningar", "see everyone's caseload or others' looks")
        case .backups: return say("göra säkerhetskopior eller återställa journalen", "make backups or restore the journal")
        case .gallringProposal: return say("föreslå gallring", "propose gallring")
        case .purge: return say("godkänna gallring", "approve a purge")
        }
    }
}
