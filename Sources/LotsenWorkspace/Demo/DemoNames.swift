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
