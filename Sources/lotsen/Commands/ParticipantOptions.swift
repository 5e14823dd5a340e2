import ArgumentParser
import LotsenCore

/// The participant fields, shared by `add` and `edit`.
struct ParticipantOptions: ParsableArguments {
    @Option(name: .customLong("pnr"), help: ArgumentHelp(words.help(.pnrOption))) var personnummer: String?
    @Option(help: ArgumentHelp(words.help(.firstOption))) var first: String?
    @Option(help: ArgumentHelp(words.help(.lastOption))) var last: String?
    @Option(help: ArgumentHelp(words.help(.genderOption))) var gender: String?
    @Option(help: ArgumentHelp(words.help(.phoneOption))) var phone: [String] = []
    @Option(help: ArgumentHelp(words.help(.emailOption))) var email: String?
    @Option(help: ArgumentHelp(words.help(.registeredOption))) var registered: String?
    @Option(help: ArgumentHelp(words.help(.viaOption))) var via: String?
    @Option(name: .customLong("born-abroad"), help: ArgumentHelp(words.help(.bornAbroadOption))) var bornAbroad: String?
    @Option(help: ArgumentHelp(words.help(.disabilityOption))) var disability: String?
    @Option(name: .customLong("af-category"), help: ArgumentHelp(words.help(.afCategoryOption))) var afCategory: String?
    @Option(name: .customLong("grades-complete"), help: ArgumentHelp(words.help(.gradesOption))) var gradesComplete: String?
    @Option(name: .customLong("income-support"), help: ArgumentHelp(words.help(.incomeSupportOption))) var incomeSupport: String?
    @Option(help: ArgumentHelp(words.help(.backgroundOption))) var background: String?

    var input: RegistrationInput {
        var i = RegistrationInput()
        i.personnummer = personnummer
        i.firstName = first
        i.lastName = last
        i.gender = gender
        i.phones = phone
        i.email = email
        i.registered = registered
        i.referral = via
        i.bornAbroad = bornAbroad
        i.disability = disability
        i.afCategory = afCategory
        i.gradesComplete = gradesComplete
        i.incomeSupport = incomeSupport
        i.background = background
        return i
    }
}
