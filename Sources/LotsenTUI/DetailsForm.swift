import LotsenCore
import LotsenText

/// A person's details on the card (d): every field of the profile as the caseworker
/// reads it, in their language, and only what they changed written back, as typed, for
/// the planner to check as it checks `lotsen edit`.
enum DetailsForm {
    static func open(_ s: inout AppState, _ p: Participant) {
        let d = s.lang.domain
        let profile = p.profile
        s.stack.push(.form(FormState(purpose: .editDetails(p.id), title: "\(s.lang.tui.text(.detailsTitle)): \(profile.fullName)",
                                     fields: shown(profile, d).map { .init(field: $0.field, text: $0.text) })))
    }

    /// Each field and its value as the form shows it.
    static func shown(_ p: ParticipantProfile, _ d: DomainWords) -> [(field: Field, text: String)] {
        func yesNo(_ b: Bool?) -> String { b.map(d.yesNo) ?? "" }
        return [
            (.firstName, p.firstName), (.lastName, p.lastName), (.gender, d.gender(p.gender)),
            (.phone, p.phones.joined(separator: ", ")), (.email, p.email ?? ""),
            (.referral, p.referral.map(d.referral) ?? ""), (.afCategory, p.afCategory.map(d.afCategory) ?? ""),
            (.bornAbroad, yesNo(p.bornAbroad)), (.disability, yesNo(p.disability)),
            (.gradesComplete, yesNo(p.gradesComplete)), (.incomeSupport, yesNo(p.incomeSupport)),
            (.background, p.background ?? ""),
        ]
    }

    static func submit(_ s: inout AppState, _ f: inout FormState, _ id: ParticipantID) -> [Effect] {
        guard let p = s.domain.participant(id) else { return [] }
        let before = Dictionary(uniqueKeysWithValues: shown(p.profile, s.lang.domain).map { ($0.field, $0.text) })
        var input = RegistrationInput()
        for entry in f.fields where entry.text.trimmingCharacters(in: .whitespaces) != before[entry.field] {
            let t = entry.text.trimmingCharacters(in: .whitespaces)
            switch entry.field {
            case .firstName: input.firstName = t
            case .lastName: input.lastName = t
            case .gender: input.gender = t
            case .phone: input.phones = t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .email: input.email = t
            case .referral: input.referral = t
            case .afCategory: input.afCategory = t
            case .bornAbroad: input.bornAbroad = t
            case .disability: input.disability = t
            case .gradesComplete: input.gradesComplete = t
            case .incomeSupport: input.incomeSupport = t
            case .background: input.background = t
            default: break
            }
        }
        // Nothing changed: the form closes without writing.
        guard input != RegistrationInput() else { s.stack.pop(); return [] }
        f.saving = true
        return [.perform([.participant(.update(id, input))], .details(id))]
    }
}
