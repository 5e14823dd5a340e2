import LotsenCore
import LotsenCalendar
/// Help texts of the programme's commands. Swedish and English side by side.
public struct ProgrammeCLIWords: Spoken {
    public let language: Language

    public func help(_ key: ProgrammeHelp) -> String {
        switch key {
        case .moveAbstract: return say("Flytta en deltagare till ett annat steg: Slussen 1–3, Kanalen, Havet.",
                                       "Move a participant to another stage: Slussen 1–3, Kanalen, Havet.")
        case .moveDiscussion: return say("""
            Till Kanalen behövs en arbetsplats ur platsbanken (--placement), till Havet försörjningen \
            (--income arbete|studier|a-kassa). Att flytta tillbaka kräver en orsak (--reason).
            """, """
            Moving into Kanalen needs a workplace from the placement bank (--placement), into Havet the income \
            (--income work|studies|a-kassa). Moving back needs a reason (--reason).
            """)
        case .stageArgument: return say("Steget: slussen-1 (introduktion), slussen-2 (handlingsplan), slussen-3 (studiebesök), kanalen, havet; eller 1–5.",
                                        "The stage: slussen-1 (introduction), slussen-2 (action plan), slussen-3 (study visits), kanalen, havet; or 1–5.")
        case .placementOption: return say("Arbetsplatsen i Kanalen: numret eller namnet i platsbanken.",
                                          "The workplace in Kanalen: its number or name in the placement bank.")
        case .placementEndOption: return say("När platsen planeras sluta (ÅÅÅÅ-MM-DD).",
                                             "When the placement is planned to end (YYYY-MM-DD).")
        case .incomeOption: return say("Försörjningen i Havet: arbete, studier eller a-kassa.",
                                       "The income in Havet: work, studies or a-kassa.")
        case .occupationOption: return say("Yrket (vid arbete).", "The occupation (for work).")
        case .employerOption: return say("Arbetsgivaren (vid arbete).", "The employer (for work).")
        case .employmentFormOption: return say("Anställningsformen (vid arbete), t.ex. tillsvidare, visstid.",
                                               "The form of employment (for work), e.g. permanent, fixed-term.")
        case .reasonOption: return say("Orsaken (krävs för att flytta tillbaka).",
                                       "The reason (required to move back).")
        case .activityAbstract: return say("Insatser: starta, avsluta och lista (lotsen activity VEM start|end|list …).",
                                           "Activities (insatser): start, end and list (lotsen activity WHO start|end|list …).")
        case .activityDiscussion: return say("""
            Typer: praktik, instegspraktik, arbetstraning, arbetsprovning, arbetsmarknadsutbildning, \
            yrkesintroduktionsanstallning, nystartsjobb, lonebidrag, extratjanst, traineejobb, utbildningskontrakt, \
            studiemotiverande-folkhogskolekurs, prova-pa-utbildning, feriepraktik, sommarforetag, kam, \
            sysselsattningsgrupp, aktivitetsgrupp, sius, eller lokal:NAMN. Den första insatsen som startar stoppar 90-dagarsklockan.
            """, """
            Kinds: praktik, instegspraktik, arbetstraning, arbetsprovning, arbetsmarknadsutbildning, \
            yrkesintroduktionsanstallning, nystartsjobb, lonebidrag, extratjanst, traineejobb, utbildningskontrakt, \
            studiemotiverande-folkhogskolekurs, prova-pa-utbildning, feriepraktik, sommarforetag, kam, \
            sysselsattningsgrupp, aktivitetsgrupp, sius, or local:NAME. The first activity to start stops the 90-day clock.
            """)
        case .activityActionArgument: return say("start, end eller list.", "start, end or list.")
        case .activityValueArgument: return say("Vid start: typen. Vid end: insatsens nummer.",
                                                "For start: the kind. For end: the activity's number.")
        case .activityOrgOption: return say("Organisationen som ger insatsen (annars typens vanliga).",
                                            "The organisation running it (otherwise the kind's usual one).")
        case .activityStartOption: return say("Startdatum (får ligga framåt). Standard: idag.",
                                              "Start date (may lie ahead). Default: today.")
        case .plannedEndOption: return say("Planerat slutdatum.", "Planned end date.")
        case .outcomeOption: return say("Resultat vid end: fullföljd, avbruten, arbete, studier, annat.",
                                        "Outcome for end: completed, interrupted, work, studies, other.")
        case .placementAbstract: return say("Platsbanken: arbetsplatser, vem som är placerad, lediga platser.",
                                            "The placement bank: workplaces, who is placed, free places.")
        case .placementAddAbstract: return say("Lägg till en arbetsplats.", "Add a workplace.")
        case .placementListAbstract: return say("Lista arbetsplatserna med lediga platser.",
                                                "List the workplaces with their free places.")
        case .placementShowAbstract: return say("Visa en arbetsplats och vem som är placerad där.",
                                                "Show a workplace and who is placed there.")
        case .placementEditAbstract: return say("Ändra en arbetsplats.", "Change a workplace.")
        case .placementAssignAbstract: return say("Byt plats för en deltagare i Kanalen.",
                                                  "Change the placement of a participant in Kanalen.")
        case .workplaceArgument: return say("Arbetsplatsen: numret eller namnet.", "The workplace: its number or name.")
        case .workplaceNameOption: return say("Arbetsplatsens namn.", "The workplace's name.")
        case .sectorOption: return say("Bransch eller verksamhet.", "Sector or line of work.")
        case .capacityOption: return say("Antal platser (1–500).", "Number of places (1–500).")
        case .addressOption: return say("Adress.", "Address.")
        case .contactOption: return say("Kontaktperson.", "Contact person.")
        case .phoneOption: return say("Kontaktpersonens telefon.", "The contact person's phone.")
        case .notesOption: return say("Anteckningar om arbetsplatsen.", "Notes about the workplace.")
        case .boardAbstract: return say("Tavlan som text: deltagarna per steg, med dagar i steget och flaggor.",
                                        "The board as text: participants per stage, with days in stage and flags.")
        case .mineFlag: return say("Bara mina deltagare.", "Only my participants.")
        case .caseworkerFilterOption: return say("Bara en handläggares deltagare (initialer).",
                                                 "Only one caseworker's participants (initials).")
        case .organisationFilterOption: return say("Bara deltagare med ansvarig i organisationen.",
                                                   "Only participants with someone responsible in the organisation.")
        case .exitedFlag: return say("Ta med avslutade.", "Include exited participants.")
        case .checklistAbstract: return say("Introduktionens checklista: visa, bocka av, eller ändra punkterna.",
                                            "The introduction checklist: show, tick, or change the items.")
        case .checklistItemsArgument: return say("Punkterna att bocka av: kod, nummer eller namn (t.ex. it-policy 2 lön).",
                                                 "Items to tick: code, number or name (e.g. it-policy 2 pay).")
        case .undoFlag: return say("Ta bort bockarna i stället.", "Remove the ticks instead.")
        case .addItemOption: return say("Lägg till en egen punkt i kommunens checklista.",
                                        "Add an item of the municipality's own to the checklist.")
        case .removeItemOption: return say("Ta bort en punkt ur kommunens checklista.",
                                           "Remove an item from the municipality's checklist.")
        case .visitAbstract: return say("Studiebesök: registrera ett besök eller utvärdera det.",
                                        "Study visits: record one or evaluate it.")
        case .visitWorkplaceArgument: return say("Arbetsplatsen som besöktes (nummer eller namn).",
                                                 "The workplace visited (number or name).")
        case .fullDayFlag: return say("Heldag (standard: halvdag).", "A full day (default: half a day).")
        case .evaluationOption: return say("Deltagarens utvärdering.", "The participant's evaluation.")
        case .supervisorOption: return say("Arbetsledarens synpunkter.", "The supervisor's view.")
        case .evaluateOption: return say("Utvärdera besöket med detta nummer i stället för att registrera ett nytt.",
                                         "Evaluate the visit with this number instead of recording a new one.")
        case .kanalenAbstract: return say("Kanalen: logga arbetssök (timmar), besök hos SYV, uppdaterat CV eller brev.",
                                          "Kanalen: log job search (hours), a visit to the SYV, an updated CV or letter.")
        case .kanalenActivityArgument: return say("jobbsök, syv, cv eller brev.", "job-search, syv, cv or letter.")
        case .hoursOption: return say("Timmar (vid jobbsök), t.ex. 2, 1,5 eller 1:30.",
                                      "Hours (for job search), e.g. 2, 1.5 or 1:30.")
        case .supportAbstract: return say("Förstärkt stöd: slå på eller av.", "Intensified support: on or off.")
        case .supportArgument: return say("på eller av.", "on or off.")
        case .akassaAbstract: return say("A-kassa: medlem, ej medlem, eller anställningen ger ingen rätt.",
                                         "A-kassa: member, not a member, or the employment gives no right.")
        case .akassaArgument: return say("medlem, ej-medlem eller ingen-rätt.", "member, not-member or no-right.")
        }
    }
}

public enum ProgrammeHelp: Sendable, CaseIterable {
    case moveAbstract, moveDiscussion, stageArgument, placementOption, placementEndOption, incomeOption, occupationOption
    case employerOption, employmentFormOption, reasonOption
    case activityAbstract, activityDiscussion, activityActionArgument, activityValueArgument, activityOrgOption
    case activityStartOption, plannedEndOption, outcomeOption
    case placementAbstract, placementAddAbstract, placementListAbstract, placementShowAbstract, placementEditAbstract
    case placementAssignAbstract, workplaceArgument, workplaceNameOption, sectorOption, capacityOption, addressOption
    case contactOption, phoneOption, notesOption
    case boardAbstract, mineFlag, caseworkerFilterOption, organisationFilterOption, exitedFlag
    case checklistAbstract, checklistItemsArgument, undoFlag, addItemOption, removeItemOption
    case visitAbstract, visitWorkplaceArgument, fullDayFlag, evaluationOption, supervisorOption, evaluateOption
    case kanalenAbstract, kanalenActivityArgument, hoursOption
    case supportAbstract, supportArgument, akassaAbstract, akassaArgument
}

extension Language {
    public var programmeCLI: ProgrammeCLIWords { ProgrammeCLIWords(language: self) }
}
