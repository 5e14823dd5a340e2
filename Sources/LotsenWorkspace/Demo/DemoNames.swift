/// Names for demo participants: common in Sweden, from the languages the programmes'
/// young people actually have. Made-up combinations; no real person is meant.
enum DemoNames {
    static let women = [
        "Alva", "Anna", "Elin", "Emma", "Ebba", "Ella", "Felicia", "Hanna", "Ida", "Julia", "Klara", "Linnea",
        "Maja", "Matilda", "Moa", "Nora", "Saga", "Sara", "Tilda", "Wilma", "Amina", "Fatima", "Hiba", "Leyla",
        "Mariam", "Nour", "Sahra", "Yasmin", "Hodan", "Ayaan", "Zeynep", "Elif", "Shirin", "Nasrin", "Dragana",
        "Amra", "Aleksandra", "Zofia", "Tigist", "Saba", "Thi Hoa", "Lan", "Åsa", "Märta", "Björg",
    ]
    static let men = [
        "Adam", "Albin", "Alexander", "Anton", "Axel", "Elias", "Emil", "Erik", "Filip", "Gustav", "Hugo",
        "Isak", "Jakob", "Liam", "Linus", "Lucas", "Måns", "Noah", "Oliver", "Oscar", "Ali", "Ahmed", "Hassan",
        "Mohammed", "Omar", "Yusuf", "Abdirahman", "Mahad", "Emre", "Mehmet", "Reza", "Dariush", "Amir",
        "Nikola", "Edin", "Jakub", "Piotr", "Dawit", "Yonas", "Minh", "Tuấn", "Örjan", "Ståle",
    ]
    static let lastNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist",
        "Berg", "Lund", "Sjöberg", "Öberg", "Östlund", "Åkesson", "Hägglund", "Ali", "Mohamed", "Hassan",
        "Ahmed", "Abdi", "Yilmaz", "Kaya", "Demir", "Hosseini", "Karimi", "Rahimi", "Hodžić", "Begić",
        "Kowalski", "Nowak", "Wiśniewska", "Tesfaye", "Gebremedhin", "Nguyễn", "Trần", "Al-Khatib", "Haddad",
    ]
    static let caseworkers: [(String, String, String)] = [
        ("AB", "Anna Bergqvist", "AF"), ("JL", "Johan Lindahl", "AF"), ("MS", "Maria Sandberg", "AME"),
        ("PE", "Peter Ek", "AME"), ("LH", "Leila Haddad", "IFO"), ("KN", "Karin Nyström", "IFO"),
        ("SV", "Sofia Vik", "SYV"), ("TO", "Tomas Olofsson", "Vux"), ("EK", "Elsa Kjellberg", "KAA"),
    ]
    /// "anna.bergqvist@kommun.example.se": the reserved example domain, never a real inbox.
    static func email(_ name: String) -> String {
        let plain = name.lowercased().replacingOccurrences(of: " ", with: ".")
            .map { c -> String in ["å": "a", "ä": "a", "ö": "o", "é": "e"][c] ?? String(c) }.joined()
        return plain + "@kommun.example.se"
    }
    static let occupations = [
        "Lagerarbetare", "Undersköterska", "Barnskötare", "Butiksbiträde", "Kock", "Städare", "Lastbilschaufför",
        "Vårdbiträde", "Snickare", "Elektriker", "Restaurangbiträde", "Personlig assistent", "Fastighetsskötare",
    ]
    static let callNotes = [
        "Ringde och berättade att praktiken går bra. Vill gärna fortsätta.",
        "Samtal om CV:t. Skickar ett utkast till mig på fredag.",
        "Missade mötet i dag; sjuk. Ny tid bokad nästa vecka.",
        "Mamma ringde och undrade över försörjningsstödet. Hänvisade till IFO.",
        "Har sökt tre jobb den här veckan, bland annat på lagret i Kil.",
        "Vill prata med SYV om komvux. Bokade tid.",
        "Arbetsgivaren på praktikplatsen ringde: nöjd, kan tänka sig att förlänga.",
        "Mår sämre igen. Vi pratade om att kontakta vårdcentralen.",
        "Fick körkortsteorin godkänd! Ska boka uppkörning.",
        "Ringde om bussbiljetter till praktiken.",
    ]
    static let meetingNotes = [
        "Trepartssamtal med AF och IFO. Överens om att börja med arbetsträning.",
        "Uppföljning av handlingsplanen. Målen ligger fast, nytt mål om körkort.",
        "Introduktion genomförd: policyer, sjukanmälan, semester och lön.",
        "Studiebesök på två arbetsplatser. Vill helst vara i köket.",
        "Möte med handledaren på praktikplatsen. Positiv utvärdering.",
    ]
}

extension DemoNames {
    /// AME's own workplaces and local employers taking placements: name and sector.
    static let workplaces: [(String, String)] = [
        ("Återbruket", "Handel"), ("Verkstaden", "Industri"), ("Cykelverkstan", "Service"), ("Café Galaxen", "Restaurang"),
        ("Parkförvaltningen", "Utemiljö"), ("Fastighetsservice", "Fastighet"), ("Kommunförrådet", "Lager"),
        ("Second hand-butiken", "Handel"), ("Snickeriet", "Industri"), ("Köket på Kyrkbacken", "Restaurang"),
        ("Tvätteriet", "Service"), ("Servicegruppen", "Omsorg"), ("Biblioteket", "Kultur"), ("Skolrestaurangen", "Restaurang"),
        ("Naturvårdslaget", "Utemiljö"), ("Flyttgruppen", "Transport"), ("Textilateljén", "Hantverk"), ("IT-återvinningen", "IT"),
    ]
    static let areas = ["Norr", "Söder", "Centrum", "Väster", "Öster", "Bruket", "Hammaren", "Sjöändan", "Skogen", "Torget", "Hamnen"]
    static let streets = ["Storgatan", "Industrigatan", "Järnvägsgatan", "Kyrkbacken", "Galaxvägen", "Bruksgatan", "Sjövägen"]
    static let workplaceNotes = [
        "Skyddsskor och arbetskläder finns.", "Arbetstid 7–15.30.", "Passar den som vill jobba med händerna.",
        "Körkort är en fördel.", "Handledaren har gått handledarutbildning.", "Lunch i personalrummet.",
    ]
    static let employers = ["Bruket AB", "ICA Kvantum", "Kommunen", "Byggfirman Ek", "Hemtjänsten", "Lagerhuset AB", "Pizzeria Roma"]
    static let backReasons = [
        "Behöver arbeta mer med målen i handlingsplanen.", "Sjukskriven i två veckor; gör om planeringen.",
        "Vill byta inriktning efter första besöken.",
    ]
    static let visitEvaluations = [
        "Trivdes bra, vill gärna vara här.", "Intressant men tungt.", "Inte för mig.", "Bra stämning, kan tänka mig det.",
        "Roligt att få prova på.",
    ]
    static let supervisorViews = [
        "Visade intresse och kom i tid.", "Behöver mer stöd i början.", "Passar bra hos oss.", "Tyst men noggrann.",
        "Bör prova något mer praktiskt.",
    ]
}
