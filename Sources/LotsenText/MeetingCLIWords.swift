import LotsenCore
import LotsenCalendar
/// Help texts of the meeting commands. Swedish and English side by side.
public struct MeetingCLIWords: Spoken {
    public let language: Language

    public func help(_ key: MeetingHelp) -> String {
        switch key {
        case .meetingAbstract: return say("Veckomötet: dagordning efter regler, beslut, vem gör vad och protokoll.",
                                          "The weekly meeting: agenda by rules, decisions, who does what, and minutes.")
        case .meetingDiscussion: return say("MÖTE är datumet (ÅÅÅÅ-MM-DD), numret eller ”senaste”; utan det gäller kommandot det öppna mötet.",
                                            "MEETING is the date (YYYY-MM-DD), the number or “last”; without it the command is about the open meeting.")
        case .meetingArgument: return say("Mötet: datum, nummer eller ”senaste”. Standard: det öppna mötet.",
                                          "The meeting: date, number or “last”. Default: the open meeting.")
        case .listAbstract: return say("Lista mötena.", "List the meetings.")
        case .newAbstract: return say("Skapa ett möte; reglerna bygger dagordningen per mötesdagen.",
                                      "Make a meeting; the rules build its agenda as of the meeting's day.")
        case .dateOption: return say("Mötesdag (ÅÅÅÅ-MM-DD). Standard: idag.",
                                     "Meeting day (YYYY-MM-DD). Default: today.")
        case .groupOption: return say("Gruppens namn. Standard: samma som förra mötet.",
                                      "The group's name. Default: as at the last meeting.")
        case .attendeesOption: return say("Närvarande handläggare, initialer med komma emellan. Standard: som förra mötet.",
                                          "Caseworkers present, initials separated by commas. Default: as at the last meeting.")
        case .guestOption: return say("En gäst, med namn (kan anges flera gånger).",
                                      "A guest, by name (may be repeated).")
        case .emptyFlag: return say("Börja med en tom dagordning.", "Start with an empty agenda.")
        case .editAbstract: return say("Ändra mötets datum, grupp, närvarande eller gäster.",
                                       "Change the meeting's date, group, attendees or guests.")
        case .agendaAbstract: return say("Visa dagordningen, eller ändra den: lägg till, stryk, flytta, fyll på efter reglerna.",
                                         "Show the agenda, or change it: add, strike, move, top up by the rules.")
        case .addOption: return say("Lägg till en deltagare (namn, personnummer eller id).",
                                    "Add a participant (name, personnummer or id).")
        case .titleOption: return say("Lägg till en övrig punkt med den här rubriken.",
                                      "Add an other item with this heading.")
        case .removeOption: return say("Stryk punkt NUMMER (med --reason).", "Strike item NUMBER (with --reason).")
        case .strikeReasonOption: return say("Varför punkten stryks; står i protokollet. Det som inte stryks eller hanteras kommer tillbaka nästa möte.",
                                             "Why the item is struck; it is in the minutes. What is neither struck nor handled comes back at the next meeting.")
        case .moveOption: return say("Flytta punkt NUMMER (med --to).", "Move item NUMBER (with --to).")
        case .toOption: return say("Ny plats: ett nummer, först, sist, upp eller ner.",
                                   "New position: a number, first, last, up or down.")
        case .refreshFlag: return say("Lägg till dem reglerna sätter upp nu och som inte redan står där (eller strukits).",
                                      "Add whoever the rules put on the agenda now and is not on it (nor struck).")
        case .showAbstract: return say("Visa mötet: dagordning med skäl, beslut och uppgifter.",
                                       "Show the meeting: agenda with reasons, decisions and tasks.")
        case .startAbstract: return say("Starta mötet.", "Start the meeting.")
        case .decideAbstract: return say("Skriv beslutet för en punkt och markera den behandlad.",
                                         "Write the decision on an item and mark it handled.")
        case .itemOption: return say("Punktens nummer på dagordningen.", "The item's number on the agenda.")
        case .decisionOption: return say("Beslutet, med gruppens ord.", "The decision, in the group's words.")
        case .reopenFlag: return say("Markera punkten som inte behandlad igen.", "Mark the item as not handled again.")
        case .closeAbstract: return say("Stäng mötet och skriv ut protokollet. Ett stängt möte ändras aldrig, det kan bara rättas.",
                                        "Close the meeting and print the minutes. A closed meeting never changes; it can only be corrected.")
        case .minutesAbstract: return say("Skriv ut protokollet som text, Markdown eller HTML för utskrift.",
                                          "Print the minutes as text, Markdown or printable HTML.")
        case .correctAbstract: return say("Rätta ett stängt mötes protokoll (sparas bredvid, det gamla står kvar).",
                                          "Correct a closed meeting's minutes (kept beside them; the original stays).")
        case .textOption: return say("Rättelsens text.", "The correction's text.")
        case .rulesAbstract: return say("Visa eller ändra gränserna för dagordningens regler (antal dagar).",
                                        "Show or change the agenda rules' thresholds (days).")
        case .ninetyOption: return say("Sätt upp den som är så många dagar från 90-dagarsgränsen. Standard 14.",
                                       "Put on the agenda whoever is this many days from the 90-day limit. Default 14.")
        case .expiryOption: return say("Sätt upp den vars plan slutar inom så många dagar. Standard 30.",
                                       "Put on the agenda whoever's plan ends within this many days. Default 30.")
        case .stalledOption: return say("Sätt upp den som stått i samma steg så många dagar. Standard 60.",
                                        "Put on the agenda whoever has been in one stage this many days. Default 60.")
        case .minutesPerItemOption: return say("Minuter per punkt, för dagordningens beräknade tid. Standard 4.",
                                               "Minutes an item, for the agenda's estimated time. Default 4.")
        case .limitOption: return say("Högst så många punkter per möte (de mest brådskande); resten står som nästa gång. 0: ingen gräns.",
                                      "At most this many items a meeting (the most urgent); the rest are for next time. 0: no limit.")
        case .followUpOption: return say("Sätt upp den vars uppföljning är inom så många dagar. Standard 7.",
                                         "Put on the agenda whoever's follow-up is within this many days. Default 7.")
        case .taskAbstract: return say("Vem gör vad: lägg till en uppgift, eller markera en klar.",
                                       "Who does what: add a task, or mark one done.")
        case .taskActionArgument: return say("add (lägg till) eller done (klar).", "add or done.")
        case .taskNumberArgument: return say("Uppgiftens nummer (för done).", "The task's number (for done).")
        case .whoOption: return say("Vem gör det: initialer, eller ”deltagaren”.",
                                    "Who does it: initials, or “participant”.")
        case .whatOption: return say("Vad ska göras.", "What is to be done.")
        case .aboutOption: return say("Vilken deltagare uppgiften gäller (namn, personnummer eller id).",
                                      "The participant the task is about (name, personnummer or id).")
        case .dueOption: return say("Klart senast (ÅÅÅÅ-MM-DD). Standard: en vecka efter mötet.",
                                    "Due (YYYY-MM-DD). Default: a week after the meeting.")
        case .commentOption: return say("En kommentar.", "A comment.")
        case .mineFlag: return say("Bara mina: uppgifter jag ska göra, och veckouppgifter för dem jag ansvarar för.",
                                   "Only mine: tasks I do, and weekly tasks of the people I am responsible for.")
        }
    }
}

public enum MeetingHelp: Sendable, CaseIterable {
    case meetingAbstract, meetingDiscussion, meetingArgument, listAbstract, newAbstract, dateOption, groupOption
    case attendeesOption, guestOption, emptyFlag, editAbstract, agendaAbstract, addOption, titleOption, removeOption, strikeReasonOption
    case moveOption, toOption, refreshFlag, showAbstract, startAbstract, decideAbstract, itemOption, decisionOption
    case reopenFlag, closeAbstract, minutesAbstract, correctAbstract, textOption, rulesAbstract, ninetyOption
    case expiryOption, stalledOption, followUpOption, minutesPerItemOption, limitOption, taskAbstract, taskActionArgument, taskNumberArgument
    case whoOption, whatOption, aboutOption, dueOption, commentOption, mineFlag
}

extension Language {
    public var meetingCLI: MeetingCLIWords { MeetingCLIWords(language: self) }
}
