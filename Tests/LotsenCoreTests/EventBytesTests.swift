import LotsenCore
import Testing

/// The journal's bytes are its contract: every event type, read from the payload a
/// Lotsen wrote and written again, gives the same type name and the same bytes. Recorded
/// before events were split by area; any change to a key, its order or a type name fails
/// here, and a known type without a line here fails too.
@Suite("Event bytes")
struct EventBytesTests {
    /// One line per known event type: `type<TAB>payload`, as written by Lotsen.
    static let everyEvent = #"""
    caseworker.added	{"initials":"AB","name":"Anna Berg","organisation":"AME"}
    caseworker.role.set	{"initials":"AB","role":"coordinator"}
    participant.registered	{"pnr":"200509119806","registered":"2024-11-25","first":"Moa","last":"Hodžić","gender":"woman","phones":["073-232 18 87"],"referral":"self","bornAbroad":false,"disability":false,"afCategory":"11","gradesComplete":false,"incomeSupport":true}
    participant.updated	{"pnr":"200509119806","first":"Moa","email":"","background":"Rad ett\nRad två"}
    consent.given	{"date":"2024-12-01","organisations":["AF","IFO","Ungdomsmottagningen"]}
    consent.withdrawn	{"date":"2025-01-02"}
    responsibility.assigned	{"organisation":"IFO","caseworker":"KN","date":"2024-12-01"}
    note.added	{"kind":"call","text":"Ringde, \"bra\" samtal\nNästa vecka","corrects":12}
    participant.exited	{"date":"2025-06-30","reason":"work","occupation":"Lagerarbetare"}
    participant.reregistered	{"date":"2025-09-01"}
    participant.protected	{"on":true}
    stage.moved	{"to":"havet","date":"2025-05-02","reason":"Fått jobb","income":{"kind":"work","occupation":"Lagerarbetare","employer":"Återbruket","form":"visstid"},"placement":3,"placementEnd":"2025-08-01"}
    placement.changed	{"workplace":4,"date":"2025-02-01","plannedEnd":"2025-04-01"}
    checklist.ticked	{"item":"cv","date":"2024-12-03"}
    checklist.unticked	{"item":"cv"}
    checklist.item.added	{"code":"korkort","label":"Körkortsteori"}
    checklist.item.removed	{"code":"korkort"}
    visit.recorded	{"workplace":38,"date":"2024-12-18","halfDay":true,"evaluation":"Intressant men tungt.","supervisor":"Behöver mer stöd i början."}
    visit.evaluated	{"visit":7,"evaluation":"Gick bra","supervisor":"Kom i tid"}
    activity.started	{"kind":"praktik","organisation":"AF","start":"2024-12-02","plannedEnd":"2025-03-02"}
    activity.ended	{"activity":1207,"date":"2025-07-14","outcome":"studies"}
    workplace.added	{"name":"Återbruket","sector":"Handel","address":"Järnvägsgatan 12","contact":"Elin Trần","phone":"0591-159 64","capacity":4,"notes":"Ring före nio"}
    workplace.updated	{"workplace":3,"capacity":2}
    kanalen.logged	{"activity":"job-search","date":"2025-03-26","minutes":120}
    support.intensified	{"date":"2025-02-02","on":true}
    akassa.checked	{"status":"member","date":"2025-02-02"}
    plan.created	{"start":"2024-12-09","end":"2025-06-09","background":"Bakgrund","skills":"Truckkort","market":"Lager","cv":"started","letter":"missing"}
    plan.updated	{"end":"2025-07-09","cv":"ready","letter":"started"}
    plan.revised	{"date":"2025-06-01","end":"2025-12-01"}
    plan.goal.added	{"term":"short","what":"Ha ett CV som är klart att skicka","measure":"CV:t är granskat av SYV","why":"Jag vill kunna söka jobb själv","steps":[{"what":"skriver första utkastet","who":"Deltagaren"},{"what":"går igenom CV:t på ett möte","who":"AME"}],"due":"2025-02-05","owner":"PE"}
    plan.goal.updated	{"goal":323,"term":"long","what":"Arbete inom lager","steps":[],"status":"achieved"}
    plan.goal.removed	{"goal":324}
    plan.followup.recorded	{"date":"2025-03-08","results":[{"goal":323,"result":"on-the-way","comment":"Bra"},{"goal":328,"result":"on-the-way"}],"comment":"Uppföljning"}
    task.added	{"what":"Sök tre jobb","due":"2025-03-07","date":"2025-03-01"}
    task.followup.recorded	{"task":2626,"date":"2025-03-03","result":"moved","due":"2025-03-07","comment":"Sjuk"}
    meeting.created	{"date":"2026-10-29","group":"Samverkansgruppen","attendees":["AB","MS"],"guests":["Eva Ek (Försäkringskassan)"],"items":[{"participant":"dg705v9m0","reasons":[{"rule":"ninety-days","count":120},{"rule":"no-stage-change","date":"2026-07-31"}]},{"title":"Övrigt","reasons":[]}]}
    meeting.updated	{"meeting":47167,"date":"2026-10-30","group":"Samverkansgruppen","attendees":["AB"],"guests":[]}
    meeting.item.added	{"meeting":47167,"participant":"dtxwat3wx","reasons":[{"rule":"follow-up-due","date":"2026-11-05"}]}
    meeting.item.removed	{"meeting":47167,"item":2}
    meeting.item.moved	{"meeting":47167,"item":2,"position":1}
    meeting.item.handled	{"meeting":47167,"item":1,"handled":true,"decision":"IFO och AME träffar deltagaren tillsammans."}
    meeting.started	{"meeting":47167,"date":"2026-10-29"}
    meeting.closed	{"meeting":47167,"date":"2026-10-29"}
    meeting.corrected	{"meeting":47167,"item":1,"date":"2026-10-30","text":"Rättat beslut"}
    meeting.task.added	{"what":"Uppdatera handlingsplanen","who":"participant","due":"2026-11-05","date":"2026-10-29","participant":"dtxwat3wx","meeting":47167,"item":2}
    meeting.task.done	{"task":47606,"date":"2026-11-03","comment":"Klart"}
    agenda.rules.set	{"ninety-days":10,"plan-expiry":7,"stalled":60,"follow-up":5}
    target.set	{"year":2024,"measure":"traineejobb","count":25}
    gallring.rules.set	{"years":5,"start":"last-entry","research":true,"secondPerson":false,"backupDays":30}
    gallring.proposed	{"subjects":["d7k2m9xq","d3h8c1zz"]}
    participant.purged	{"start":"exit","since":"2021-03-01","years":5,"proposal":41}
    caseworker.contact.set	{"initials":"AB","phone":"0591-641 20","email":"anna.bergqvist@kommun.example.se"}
    view.saved	{"name":"Mina i Kanalen","filter":"mine","query":"kanalen","exited":true}
    view.removed	{"name":"Mina i Kanalen"}
    entry.undone	{"entry":412,"type":"note.added"}
    """#

    static var lines: [(type: String, payload: String)] {
        everyEvent.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        }
    }

    @Test("every known type reads and writes back to the same bytes")
    func sameBytes() throws {
        for (type, payload) in Self.lines {
            let event = try #require(Event(type: type, payload: Array(payload.utf8)), "\(type) did not read")
            #expect(event.type == type)
            #expect(String(decoding: event.payload, as: UTF8.self) == payload, "\(type)")
        }
    }

    @Test("every type this Lotsen knows has a line here, and no line is a type it does not know")
    func everyTypeCovered() {
        let here = Set(Self.lines.map(\.type))
        #expect(here.count == Self.lines.count, "a type is listed twice")
        #expect(here == Event.knownTypeNames)
        for type in here { #expect(Event(type: type, payload: Array("{}".utf8)) != .unknown(type: type), "\(type)") }
    }

    @Test("optional keys added later keep their place: a caseworker's login after the organisation")
    func laterKeys() throws {
        let payload = #"{"initials":"AL","name":"Anna Lind","organisation":"AF","login":"anna"}"#
        let event = try #require(Event(type: "caseworker.added", payload: Array(payload.utf8)))
        #expect(String(decoding: event.payload, as: UTF8.self) == payload)
    }
}
