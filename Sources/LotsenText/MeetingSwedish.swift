import LotsenCalendar
import LotsenCore

enum MeetingSwedish: MeetingWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .meeting: return "möte"
        case .group: return "grupp"
        case .attendees: return "närvarande"
        case .guests: return "gäster"
        case .decision: return "beslut"
        case .position: return "plats i ordningen"
        case .title: return "rubrik (en övrig fråga)"
        case .threshold: return "antal dagar"
        case .year: return "år"
        case .target: return "mål (insats eller avslut:orsak)"
        case .count: return "antal"
        default: return f.rawValue
        }
    }

    static func problem(_ p: MeetingProblem) -> String {
        switch p {
        case .notFound(let t): return "Inget möte hittades för ”\(Quoted.text(t))”. Ange datum (ÅÅÅÅ-MM-DD) eller nummer; `lotsen meeting list` visar dem."
        case .noOpenMeeting: return "Det finns inget öppet möte. Skapa ett med `lotsen meeting new`."
        case .closed(let d): return "Mötet stängdes \(d.iso) och ändras inte. Skriv en rättelse med `lotsen meeting correct`."
        case .notClosed: return "Mötet är öppet: ändra det direkt; rättelser är för stängda möten."
        case .itemNotFound(let n): return "Det finns ingen punkt \(n) på dagordningen."
        case .alreadyOnAgenda(let n): return "Deltagaren står redan på dagordningen, som punkt \(n)."
        case .taskNotFound(let n): return "Det finns ingen uppgift nummer \(n)."
        case .taskDone(let n): return "Uppgift \(n) är redan klar."
        case .noParticipant: return "En uppgift för deltagaren måste gälla en deltagare: ange vem."
        case .duplicate(let d): return "Gruppen har redan ett öppet möte \(d.iso)."
        }
    }

    static func days(_ n: Int) -> String { n == 1 ? "1 dag" : "\(n) dagar" }

    static func reason(_ r: AgendaReason) -> String {
        switch r {
        case .consentWithdrawn(let d): return "Samtycket återkallat \(d.iso)"
        case .ninetyDays(let n):
            return n >= NinetyDayClock.limit ? "\(n) dagar sedan inskrivning utan insats: över 90-dagarsgränsen"
                                             : "\(n) dagar sedan inskrivning utan insats: \(days(NinetyDayClock.limit - n)) kvar till 90"
        case .meetingTasksOverdue(let n): return n == 1 ? "1 försenad uppgift från möten" : "\(n) försenade uppgifter från möten"
        case .weeklyTasksOverdue(let n): return n == 1 ? "1 försenad veckouppgift" : "\(n) försenade veckouppgifter"
        case .followUpDue(let d): return "Uppföljning av handlingsplanen \(d.iso)"
        case .planExpiring(let d): return "Handlingsplanen gäller till \(d.iso)"
        case .intensifiedSupport(let d): return "Förstärkt stöd sedan \(d.iso)"
        case .noStageChange(let d): return "Samma steg sedan \(d.iso)"
        case .newParticipant(let d): return "Ny sedan förra mötet, inskriven \(d.iso)"
        case .openTasks(let n): return n == 1 ? "1 öppen uppgift" : "\(n) öppna uppgifter"
        case .added: return "Tillagd av gruppen"
        }
    }

    static func status(_ s: MeetingStatus) -> String {
        switch s {
        case .planned: return "planerat"
        case .inProgress: return "pågår"
        case .closed: return "stängt"
        }
    }

    static func label(_ l: MeetingLabel) -> String {
        switch l {
        case .meeting: return "Möte"
        case .noMeetings: return "Inga möten ännu."
        case .agenda: return "Dagordning"
        case .noItems: return "Dagordningen är tom."
        case .reasons: return "Varför på dagordningen"
        case .decision: return "Beslut"
        case .noDecision: return "Inget beslut skrivet."
        case .tasks: return "Uppgifter"
        case .noTasks: return "Inga öppna uppgifter."
        case .attendees: return "Närvarande"
        case .guests: return "Gäster"
        case .status: return "Status"
        case .days: return "Dagar i programmet"
        case .goals: return "Mål"
        case .flags: return "Att se upp med"
        case .lastNotes: return "Senaste anteckningar"
        case .newMeeting: return "Nytt möte"
        case .editMeeting: return "Ändra mötet"
        case .addItem: return "Ny punkt"
        case .addTask: return "Ny uppgift"
        case .minutes: return "Protokoll"
        case .corrections: return "Rättelser"
        case .correction: return "Rättelse"
        case .mine: return "mina"
        case .everyone: return "allas"
        case .overdue: return "försenade"
        case .due: return "Klart senast"
        case .noOpenMeeting: return "Inget öppet möte. n = nytt möte med dagordning efter reglerna."
        case .minutesWritten: return "Protokollet sparat"
        case .item: return "punkt"
        case .since: return "sedan"
        case .groupTasks: return "Gruppens uppgifter"
        case .otherOpenTasks: return "Öppna uppgifter efter mötet"
        case .handledMark: return "✓"
        case .defaultGroup: return "Samverkansgruppen"
        case .noMeetingYet: return "inget möte ännu"
        }
    }

    static func assignee(_ a: TaskAssignee) -> String { a == .participant ? "deltagaren" : a.code }

    static func describe(_ e: Event) -> String? {
        switch e {
        case .meeting(.meetingCreated(let m)): return "Möte \(m.date.iso) skapat (\(m.group)), \(m.items.count) punkter"
        case .meeting(.meetingUpdated(_, let m)): return "Möte ändrat: \(m.date.iso), \(m.group)"
        case .meeting(.agendaItemAdded(let id, _)): return "Punkt tillagd på möte \(id)"
        case .meeting(.agendaItemRemoved(let id, let n)): return "Punkt \(n) struken från möte \(id)"
        case .meeting(.agendaItemMoved(let id, let n, let pos)): return "Punkt \(n) på möte \(id) flyttad till plats \(pos)"
        case .meeting(.agendaItemHandled(let id, let n, let handled, let d)):
            return "Punkt \(n) på möte \(id) " + (handled ? "behandlad" : "åter öppen") + (d.map { ": \($0)" } ?? "")
        case .meeting(.meetingStarted(let id, let d)): return "Möte \(id) startat \(d.iso)"
        case .meeting(.meetingClosed(let id, let d)): return "Möte \(id) stängt \(d.iso)"
        case .meeting(.meetingCorrected(let id, _, _, let t)): return "Rättelse till möte \(id): \(t)"
        case .meeting(.meetingTaskAdded(let t)): return "Uppgift: \(t.what) (\(assignee(t.who)), senast \(t.due.iso))"
        case .meeting(.meetingTaskDone(let n, let d, _)): return "Uppgift \(n) klar \(d.iso)"
        case .meeting(.agendaRulesSet(let t)):
            return "Regler för dagordningen: 90-dagar \(t.ninetyDayNotice), plan \(t.planExpiryDays), steg \(t.stalledDays), uppföljning \(t.followUpNoticeDays) dagar"
        case .report(.targetSet(let t)): return ReportSwedish.say(.targetSet(t))
        default: return nil
        }
    }

    static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    static func title(_ date: Day) -> String { "Möte \(weekdays[date.weekday - 1]) \(PlanSwedish.longDate(date))" }

    static func progress(handled: Int, of total: Int) -> String { "\(handled) av \(total) behandlade" }

    static func itemPosition(_ n: Int, of total: Int) -> String { "Punkt \(n) av \(total)" }

    static func relative(_ due: Day, today: Day) -> String {
        let n = today.days(until: due)
        if n == 0 { return "i dag" }
        return n < 0 ? "\(days(-n)) sen" : "om \(days(n))"
    }

    static func closeQuestion(unhandled: Int) -> String {
        (unhandled > 0 ? "\(unhandled) punkter är inte behandlade. " : "") + "Stänga mötet och skriva protokollet? Det går sedan bara att rätta. j = ja, n = nej"
    }
}
