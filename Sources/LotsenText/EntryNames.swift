import LotsenCore

/// Every kind of journal entry in a few words ("the note", "the move"), for lists of
/// entries and for saying which one cannot be undone. One exhaustive switch per area,
/// so that a new kind of entry does not compile without its name.
extension UndoWords {
    public func entry(type: String) -> String {
        if let k = CaseworkerEvent.Kind(rawValue: type) { return name(k) }
        if let k = ParticipantEvent.Kind(rawValue: type) { return name(k) }
        if let k = ProgrammeEvent.Kind(rawValue: type) { return name(k) }
        if let k = PlanEvent.Kind(rawValue: type) { return name(k) }
        if let k = MeetingEvent.Kind(rawValue: type) { return name(k) }
        if let k = ReportEvent.Kind(rawValue: type) { return name(k) }
        if let k = EntryEvent.Kind(rawValue: type) { return name(k) }
        return say("posten (\(type))", "the entry (\(type))")
    }

    private func name(_ k: CaseworkerEvent.Kind) -> String {
        switch k {
        case .caseworkerAdded: return say("den nya handläggaren", "the caseworker added")
        case .caseworkerContact: return say("handläggarens kontaktuppgifter", "the caseworker's contact details")
        case .roleSet: return say("handläggarens roll", "the caseworker's role")
        case .viewSaved: return say("den sparade vyn", "the saved view")
        case .viewRemoved: return say("den borttagna vyn", "the view removed")
        }
    }

    private func name(_ k: ParticipantEvent.Kind) -> String {
        switch k {
        case .participantRegistered: return say("inskrivningen", "the registration")
        case .participantUpdated: return say("ändringen av uppgifterna", "the change of details")
        case .consentGiven: return say("samtycket", "the consent")
        case .consentWithdrawn: return say("återkallandet av samtycket", "the withdrawal of consent")
        case .responsibilityAssigned: return say("ansvaret", "the responsibility")
        case .noteAdded: return say("anteckningen", "the note")
        case .participantExited: return say("avslutet", "the exit")
        case .participantReregistered: return say("återinskrivningen", "the re-registration")
        case .protectionSet: return say("markeringen om skyddade personuppgifter", "the protected-identity mark")
        }
    }

    private func name(_ k: ProgrammeEvent.Kind) -> String {
        switch k {
        case .stageMoved: return say("flytten", "the move")
        case .placementChanged: return say("bytet av praktikplats", "the change of placement")
        case .checklistTicked: return say("bocken i checklistan", "the checklist tick")
        case .checklistUnticked: return say("borttagna bocken i checklistan", "the checklist untick")
        case .checklistItemAdded: return say("den nya punkten i checklistan", "the checklist item added")
        case .checklistItemRemoved: return say("den borttagna punkten i checklistan", "the checklist item removed")
        case .visitRecorded: return say("besöket", "the visit")
        case .visitEvaluated: return say("utvärderingen av besöket", "the visit's evaluation")
        case .activityStarted: return say("insatsen", "the activity")
        case .activityEnded: return say("avslutet av insatsen", "the end of the activity")
        case .workplaceAdded: return say("den nya arbetsplatsen", "the workplace added")
        case .workplaceUpdated: return say("ändringen av arbetsplatsen", "the change of workplace")
        case .kanalenLogged: return say("Kanalen-loggen", "the Kanalen log entry")
        case .intensifiedSupport: return say("förstärkta stödet", "the intensified support")
        case .aKassaChecked: return say("A-kassekollen", "the A-kassa check")
        }
    }

    private func name(_ k: PlanEvent.Kind) -> String {
        switch k {
        case .planCreated: return say("handlingsplanen", "the action plan")
        case .planUpdated: return say("ändringen av handlingsplanen", "the change of the action plan")
        case .planRevised: return say("revideringen av handlingsplanen", "the revision of the action plan")
        case .goalAdded: return say("det nya målet", "the goal added")
        case .goalUpdated: return say("ändringen av målet", "the change of the goal")
        case .goalRemoved: return say("det borttagna målet", "the goal removed")
        case .planFollowedUp: return say("uppföljningen av planen", "the plan's follow-up")
        case .taskAdded: return say("veckouppgiften", "the weekly task")
        case .taskFollowedUp: return say("uppföljningen av veckouppgiften", "the weekly task's follow-up")
        }
    }

    private func name(_ k: MeetingEvent.Kind) -> String {
        switch k {
        case .meetingCreated: return say("det nya mötet", "the meeting created")
        case .meetingUpdated: return say("ändringen av mötet", "the change of the meeting")
        case .agendaItemAdded: return say("punkten på dagordningen", "the agenda item")
        case .agendaItemRemoved: return say("den strukna punkten", "the item struck")
        case .agendaItemMoved: return say("flytten på dagordningen", "the move on the agenda")
        case .agendaItemHandled: return say("beslutet på mötet", "the meeting's decision")
        case .meetingStarted: return say("starten av mötet", "the start of the meeting")
        case .meetingClosed: return say("stängningen av mötet", "the closing of the meeting")
        case .meetingCorrected: return say("rättelsen av protokollet", "the correction of the minutes")
        case .meetingTaskAdded: return say("mötesuppgiften", "the meeting task")
        case .meetingTaskDone: return say("”klar” på mötesuppgiften", "“done” on the meeting task")
        case .agendaRulesSet: return say("reglerna för dagordningen", "the agenda rules")
        }
    }

    private func name(_ k: ReportEvent.Kind) -> String {
        switch k {
        case .targetSet: return say("årsmålet", "the year's target")
        }
    }

    private func name(_ k: EntryEvent.Kind) -> String {
        switch k {
        case .entryUndone: return say("ångrandet", "the undo")
        }
    }
}
