import LotsenCalendar
import LotsenCore

/// Words for the weekly meeting, its agenda, tasks and minutes. One implementation per
/// language.
public struct MeetingWords: Spoken {
    public let language: Language

    public func problem(_ p: MeetingProblem) -> String {
        switch p {
        case .notFound(let t): return say("Inget möte hittades för ”\(Quoted.text(t))”. Ange datum (ÅÅÅÅ-MM-DD) eller nummer; `lotsen meeting list` visar dem.",
                                          "No meeting found for “\(Quoted.text(t))”. Give a date (YYYY-MM-DD) or number; `lotsen meeting list` shows them.")
        case .noOpenMeeting: return say("Det finns inget öppet möte. Skapa ett med `lotsen meeting new`.",
                                        "There is no open meeting. Make one with `lotsen meeting new`.")
        case .closed(let d): return say("Mötet stängdes \(d.iso) och ändras inte. Skriv en rättelse med `lotsen meeting correct`.",
                                        "The meeting was closed on \(d.iso) and is not changed. Write a correction with `lotsen meeting correct`.")
        case .notClosed: return say("Mötet är öppet: ändra det direkt; rättelser är för stängda möten.",
                                    "The meeting is open: change it directly; corrections are for closed meetings.")
        case .itemNotFound(let n): return say("Det finns ingen punkt \(n) på dagordningen.",
                                              "There is no item \(n) on the agenda.")
        case .alreadyOnAgenda(let n): return say("Deltagaren står redan på dagordningen, som punkt \(n).",
                                                 "The participant is on the agenda already, as item \(n).")
        case .taskNotFound(let n): return say("Det finns ingen uppgift nummer \(n).", "There is no task number \(n).")
        case .taskDone(let n): return say("Uppgift \(n) är redan klar.", "Task \(n) is done already.")
        case .noParticipant: return say("En uppgift för deltagaren måste gälla en deltagare: ange vem.",
                                        "A task for the participant must be about a participant: say who.")
        case .duplicate(let d): return say("Gruppen har redan ett öppet möte \(d.iso).",
                                           "The group has an open meeting on \(d.iso) already.")
        }
    }

    public func days(_ n: Int) -> String { n == 1 ? say("1 dag", "1 day") : say("\(n) dagar", "\(n) days") }

    /// Why an item is on the agenda, in a short sentence.
    public func reason(_ r: AgendaReason) -> String {
        switch r {
        case .consentWithdrawn(let d): return say("Samtycket återkallat \(d.iso)", "Consent withdrawn on \(d.iso)")
        case .carriedOver(let d): return say("Från förra mötet (\(d.iso)), hanns inte med", "From the last meeting (\(d.iso)), not reached")
        case .ninetyDays(let n):
            return n >= NinetyDayClock.limit ? say("\(n) dagar sedan inskrivning utan insats: över 90-dagarsgränsen",
                                                   "\(n) days since registration without an activity: past the 90-day limit")
                                             : say("\(n) dagar sedan inskrivning utan insats: \(days(NinetyDayClock.limit - n)) kvar till 90",
                                                   "\(n) days since registration without an activity: \(days(NinetyDayClock.limit - n)) to 90")
        case .meetingTasksOverdue(let n): return n == 1 ? say("1 försenad uppgift från möten", "1 overdue task from meetings") : say("\(n) försenade uppgifter från möten", "\(n) overdue tasks from meetings")
        case .weeklyTasksOverdue(let n): return n == 1 ? say("1 försenad veckouppgift", "1 overdue weekly task") : say("\(n) försenade veckouppgifter", "\(n) overdue weekly tasks")
        case .followUpDue(let d): return say("Uppföljning av handlingsplanen \(d.iso)",
                                             "Action plan follow-up on \(d.iso)")
        case .planExpiring(let d): return say("Handlingsplanen gäller till \(d.iso)",
                                              "The action plan runs until \(d.iso)")
        case .intensifiedSupport(let d): return say("Förstärkt stöd sedan \(d.iso)",
                                                    "Intensified support since \(d.iso)")
        case .noStageChange(let d): return say("Samma steg sedan \(d.iso)", "Same stage since \(d.iso)")
        case .newParticipant(let d): return say("Ny sedan förra mötet, inskriven \(d.iso)",
                                                "New since the last meeting, registered \(d.iso)")
        case .openTasks(let n): return n == 1 ? say("1 öppen uppgift", "1 open task") : say("\(n) öppna uppgifter", "\(n) open tasks")
        case .added: return say("Tillagd av gruppen", "Added by the group")
        }
    }

    public func status(_ s: MeetingStatus) -> String {
        switch s {
        case .planned: return say("planerat", "planned")
        case .inProgress: return say("pågår", "in progress")
        case .closed: return say("stängt", "closed")
        }
    }

    /// What stands for a person an item may not name: someone purged (gallring) is no
    /// longer in the journal at all; anyone else is there without a consent that covers
    /// the meeting.
    public func unnamed(_ item: AgendaItem, in state: LotsenState) -> String {
        item.content.participant.map { state.participant($0) == nil } == true ? label(.purgedParticipant) : label(.withoutConsent)
    }

    public func label(_ l: MeetingLabel) -> String {
        switch l {
        case .meeting: return say("Möte", "Meeting")
        case .noMeetings: return say("Inga möten ännu.", "No meetings yet.")
        case .agenda: return say("Dagordning", "Agenda")
        case .noItems: return say("Dagordningen är tom.", "The agenda is empty.")
        case .reasons: return say("Varför på dagordningen", "Why on the agenda")
        case .decision: return say("Beslut", "Decision")
        case .noDecision: return say("Inget beslut skrivet.", "No decision written.")
        case .tasks: return say("Uppgifter", "Tasks")
        case .noTasks: return say("Inga öppna uppgifter.", "No open tasks.")
        case .attendees: return say("Närvarande", "Present")
        case .guests: return say("Gäster", "Guests")
        case .status: return "Status"
        case .days: return say("Dagar i programmet", "Days in the programme")
        case .goals: return say("Mål", "Goals")
        case .flags: return say("Att se upp med", "Watch out for")
        case .lastNotes: return say("Senaste anteckningar", "Latest notes")
        case .newMeeting: return say("Nytt möte", "New meeting")
        case .editMeeting: return say("Ändra mötet", "Edit the meeting")
        case .addItem: return say("Ny punkt", "New item")
        case .addTask: return say("Ny uppgift", "New task")
        case .minutes: return say("Protokoll", "Minutes")
        case .corrections: return say("Rättelser", "Corrections")
        case .correction: return say("Rättelse", "Correction")
        case .mine: return say("mina", "mine")
        case .everyone: return say("allas", "everyone's")
        case .overdue: return say("försenade", "overdue")
        case .due: return say("Klart senast", "Due")
        case .noOpenMeeting: return say("Inget öppet möte. n = nytt möte med dagordning efter reglerna.",
                                        "No open meeting. n = new meeting with the agenda the rules build.")
        case .minutesWritten: return say("Protokollet sparat", "Minutes saved")
        case .item: return say("punkt", "item")
        case .handledItems: return say("Behandlade punkter", "Items handled")
        case .withoutConsent: return say("Utan samtycke – tas upp av ansvarig organisation", "Without consent – raised by the organisation responsible")
        case .purgedParticipant: return say("Gallrad deltagare", "Purged participant")
        case .noHandledItems: return say("Ingen punkt behandlades.", "No item was handled.")
        case .notReached: return say("Hanns inte med", "Not reached")
        case .notReachedYet: return say("Inte behandlade än", "Not handled yet")
        case .notReachedNote: return say("Tas upp på nästa möte, märkta ”från förra mötet”, tills de behandlas eller stryks.",
                                         "On the next meeting's agenda, marked “from the last meeting”, until handled or struck.")
        case .struckItems: return say("Strukna punkter", "Items struck")
        case .since: return say("sedan", "since")
        case .groupTasks: return say("Gruppens uppgifter", "The group's tasks")
        case .otherOpenTasks: return say("Öppna uppgifter efter mötet", "Open tasks after the meeting")
        case .handledMark: return "✓"
        case .defaultGroup: return say("Samverkansgruppen", "Joint group")
        case .noMeetingYet: return say("inget möte ännu", "no meeting yet")
        }
    }

    /// "deltagaren", or the initials.
    public func assignee(_ a: TaskAssignee) -> String { a == .participant ? say("deltagaren",
                                                                                "the participant") : a.code }

    public func describe(_ e: MeetingEvent) -> String {
        switch e {
        case .meetingCreated(let m): return say("Möte \(m.date.iso) skapat (\(m.group)), \(m.items.count) punkter",
                                                "Meeting \(m.date.iso) made (\(m.group)), \(m.items.count) items")
        case .meetingUpdated(_, let m): return say("Möte ändrat: \(m.date.iso), \(m.group)",
                                                   "Meeting changed: \(m.date.iso), \(m.group)")
        case .agendaItemAdded(let id, _): return say("Punkt tillagd på möte \(id)", "Item added to meeting \(id)")
        case .agendaItemRemoved(let id, let n, let why):
            return say("Punkt \(n) struken från möte \(id)", "Item \(n) struck from meeting \(id)") + (why.map { ": \($0)" } ?? "")
        case .agendaItemMoved(let id, let n, let pos): return say("Punkt \(n) på möte \(id) flyttad till plats \(pos)",
                                                                  "Item \(n) of meeting \(id) moved to position \(pos)")
        case .agendaItemHandled(let id, let n, let handled, let d):
            return say("Punkt \(n) på möte \(id) ", "Item \(n) of meeting \(id) ") + (handled ? say("behandlad", "handled") : say("åter öppen", "reopened")) + (d.map { ": \($0)" } ?? "")
        case .meetingStarted(let id, let d): return say("Möte \(id) startat \(d.iso)", "Meeting \(id) started \(d.iso)")
        case .meetingClosed(let id, let d): return say("Möte \(id) stängt \(d.iso)", "Meeting \(id) closed \(d.iso)")
        case .meetingCorrected(let id, _, _, let t): return say("Rättelse till möte \(id): \(t)",
                                                                "Correction to meeting \(id): \(t)")
        case .meetingTaskAdded(let t): return say("Uppgift: \(t.what) (\(assignee(t.who)), senast \(t.due.iso))",
                                                  "Task: \(t.what) (\(assignee(t.who)), due \(t.due.iso))")
        case .meetingTaskDone(let n, let d, _): return say("Uppgift \(n) klar \(d.iso)", "Task \(n) done \(d.iso)")
        case .agendaRulesSet(let t):
            return say("Regler för dagordningen: 90-dagar \(t.ninetyDayNotice), plan \(t.planExpiryDays), steg \(t.stalledDays), uppföljning \(t.followUpNoticeDays) dagar",
                       "Agenda rules: 90 days \(t.ninetyDayNotice), plan \(t.planExpiryDays), stage \(t.stalledDays), follow-up \(t.followUpNoticeDays) days")
                + say("; \(t.minutesPerItem) min per punkt", "; \(t.minutesPerItem) min an item")
                + (t.itemLimit > 0 ? say("; högst \(t.itemLimit) punkter per möte", "; at most \(t.itemLimit) items a meeting") : "")
        }
    }

    var weekdays: [String] { [say("måndag", "Monday"), say("tisdag", "Tuesday"), say("onsdag", "Wednesday"), say("torsdag", "Thursday"), say("fredag", "Friday"), say("lördag", "Saturday"), say("söndag", "Sunday")] }

    /// "Möte torsdag 26 november 2026".
    public func title(_ date: Day) -> String { say("Möte \(weekdays[date.weekday - 1]) \(language.plan.longDate(date))",
                                                   "Meeting \(weekdays[date.weekday - 1]) \(language.plan.longDate(date))") }

    /// "3 av 12 behandlade".
    /// "≈ 1 h 20 min": the time `items` take at `minutes` each.
    public func duration(items: Int, minutes: Int) -> String {
        let total = items * minutes
        let h = total / 60, m = total % 60
        return "≈ " + (h > 0 ? "\(h) h" + (m > 0 ? " \(m) min" : "") : "\(m) min")
    }

    /// The agenda's length, and what the group's limit leaves for next time.
    public func estimate(_ m: Meeting, _ t: AgendaThresholds) -> String {
        let left = m.items.count { !$0.handled }
        let within = t.itemLimit > 0 ? min(left, t.itemLimit) : left
        var text = say("Beräknad tid \(duration(items: within, minutes: t.minutesPerItem)) för \(within) \(within == 1 ? "punkt" : "punkter")",
                       "Estimated \(duration(items: within, minutes: t.minutesPerItem)) for \(within) \(within == 1 ? "item" : "items")")
        if within < left { text += say(", \(left - within) till nästa gång", ", \(left - within) for next time") }
        return text
    }

    public var nextTime: String { say("nästa gång", "next time") }

    public func progress(handled: Int, of total: Int) -> String { say("\(handled) av \(total) behandlade",
                                                                      "\(handled) of \(total) handled") }

    /// "Punkt 3 av 12".
    public func itemPosition(_ n: Int, of total: Int) -> String { say("Punkt \(n) av \(total)",
                                                                      "Item \(n) of \(total)") }

    /// "5 dagar sen", "om 3 dagar", "i dag".
    public func relative(_ due: Day, today: Day) -> String {
        let n = today.days(until: due)
        if n == 0 { return say("i dag", "today") }
        return n < 0 ? say("\(days(-n)) sen", "\(days(-n)) late") : say("om \(days(n))", "in \(days(n))")
    }

    /// "Mötet hölls 2026-12-03 och stängdes 2026-12-02": both dates, plainly.
    public func held(_ m: Meeting) -> String {
        guard let closed = m.closed else { return say("Mötet den \(m.date.iso), \(status(m.status))", "Meeting of \(m.date.iso), \(status(m.status))") }
        if closed == m.date { return say("Mötet den \(m.date.iso), stängt samma dag", "Meeting of \(m.date.iso), closed the same day") }
        return say("Mötet den \(m.date.iso), stängt den \(closed.iso)", "Meeting of \(m.date.iso), closed on \(closed.iso)")
    }

    /// "Struken av Anna Bok (AF): Flyttar till Karlstad".
    public func struck(by name: String, reason: String?) -> String {
        say("Struken av \(name)", "Struck by \(name)") + (reason.map { ": \($0)" } ?? "")
    }

    /// The yes/no before a meeting is closed.
    public func closeQuestion(unhandled: Int) -> String {
        (unhandled > 0 ? say("\(unhandled) punkter är inte behandlade. ", "\(unhandled) items are not handled. ") : "") + say("Stänga mötet och skriva protokollet? Det går sedan bara att rätta. j = ja, n = nej", "Close the meeting and write the minutes? After that it can only be corrected. y = yes, n = no")
    }
}

public enum MeetingLabel: Sendable, CaseIterable {
    case meeting, noMeetings, agenda, noItems, reasons, decision, noDecision
    case tasks, noTasks, attendees, guests, status, days, goals, flags, lastNotes
    case newMeeting, editMeeting, addItem, addTask, minutes, corrections, correction
    case mine, everyone, overdue, due, noOpenMeeting, minutesWritten
    case item, since, groupTasks, otherOpenTasks, handledMark, defaultGroup, noMeetingYet
    case handledItems, notReached, notReachedYet, notReachedNote, struckItems, noHandledItems, withoutConsent, purgedParticipant
}

extension Language {
    public var meeting: MeetingWords { MeetingWords(language: self) }
}

extension Meeting {
    /// Whether an item falls beyond the group's limit: listed, but for next time.
    public func isBeyondLimit(_ item: AgendaItem, _ t: AgendaThresholds) -> Bool {
        guard t.itemLimit > 0, !item.handled else { return false }
        let unhandled = items.filter { !$0.handled }
        return (unhandled.firstIndex { $0.id == item.id } ?? 0) >= t.itemLimit
    }
}
