"""Held-out set 9: synthetic Dutch case notes in five styles the project has not seen.

Styles: reclassering-advies (probation advice on a domestic-violence suspect), mic-verpleeghuis (MIC incident
report plus follow-up in a nursing home, suspected elder abuse / financial exploitation), logopedie-fysio
(progress notes of a speech therapist or child physiotherapist), mdo-notulen (minutes of a multidisciplinary
meeting), lvs-export (export from a pupil tracking system).

Every person, institution, address and number is invented (name lists of many origins common in the
Netherlands, combined at random; invented or generic institution names). Run this file to build 500 notes,
validate them and print counts.

Conventions:
- vault items are labelled by spelling; a spelling that comes out all lower/upper case is labelled
  kleine-letters/hoofdletters.
- checks are local: name words (particles dropped), distinctive institution words (generic words such as
  "basisschool", "ziekenhuis", "de" are not checked; a town is checked only when it is part of the name),
  digits for numbers and dates, compact for postcodes and plates, ci for e-mail local parts and handles.
- generic public services (Veilig Thuis, CJG, JGT, politie, reclassering, leerplicht) are not items; named
  courts (rechtbank X), wards (afdeling Zonnebloem), banks, notaries and the like are.
- `words` holds marked word-name phrases plus, found automatically, ordinary words in the text that are also a
  name word of someone in the same note ("3 jan" next to a Jan, "niet meer" next to a Van der Meer).
"""
from __future__ import annotations

import datetime
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402
from assistant.privacy.redact import Person  # noqa: E402   # Person(name: str, role: str), frozen dataclass

STYLES = ["reclassering-advies", "mic-verpleeghuis", "logopedie-fysio", "mdo-notulen", "lvs-export"]
ROLES = {"kind", "moeder", "vader", "partner", "broer_zus", "oma", "opa", "tante", "oom", "pleegouder", "client",
         "buur", "overig"}

PART = {"van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "da", "dos", "das", "do", "di", "du",
        "la", "le", "von", "vd", "v", "'t", "t", "in", "y", "e", "ben", "bin", "abu", "ait"}

# ---------------------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nederlands": (
        ["Daan", "Sem", "Lucas", "Milan", "Levi", "Finn", "Luuk", "Bram", "Thijs", "Jesse", "Ruben", "Stijn", "Teun",
         "Gijs", "Mees", "Sven", "Jens", "Tijn", "Ties", "Kees", "Henk", "Gerrit", "Willem", "Pieter", "Arjen", "Erik",
         "Marco", "Dennis", "Patrick", "Ronald", "Sander", "Jeroen", "Bas", "Job", "Storm", "Beer", "Wolf", "Joris",
         "Niels", "Wouter", "Maarten", "Hidde", "Koen", "Rik", "Olaf", "Roel"],
        ["Emma", "Julia", "Tess", "Sophie", "Zoë", "Mila", "Sara", "Lotte", "Evi", "Noor", "Saar", "Fenna", "Anouk",
         "Lieke", "Femke", "Sanne", "Ilse", "Marieke", "Esther", "Anja", "Ingrid", "Wilma", "Gerda", "Annemiek",
         "Roos", "Fleur", "Iris", "Jasmijn", "Linde", "Amber", "Joy", "Bloem", "Merel", "Hanneke", "Janneke",
         "Petra", "Sandra", "Monique", "Yvonne", "Marloes", "Floor", "Puck", "Isa", "Nina", "Jolien"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
         "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
         "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
         "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden",
         "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
         "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Winter", "Winter", "Storm", "Kuiper", "Schipper",
         "Koning", "Post", "Groen", "Zwart", "Klein", "de Hoop", "Bloem", "van Zon", "Engel", "Vink", "Baas",
         "van 't Hof", "Timmermans", "Verbeek", "Hermans", "Kramer", "Veenstra", "Kroon", "van Wijk", "Ruiter"],
    ),
    "fries": (
        ["Sjoerd", "Wopke", "Jelle", "Tjalling", "Sietse", "Douwe", "Bauke", "Folkert", "Oebele", "Jorrit", "Wytse",
         "Durk", "Hessel", "Tsjerk"],
        ["Sietske", "Froukje", "Tjitske", "Jildou", "Baukje", "Hiske", "Aukje", "Geartsje", "Ytsje", "Sjoukje",
         "Wytske", "Antsje", "Tryntsje"],
        ["Bouma", "Wiersma", "Zijlstra", "Postma", "Terpstra", "Hiemstra", "Atsma", "Feenstra", "Jellema",
         "van der Ploeg", "Sikkema", "Bergsma", "Talsma", "Haitsma", "Yntema", "de Vries", "Kuipers", "Hoekstra"],
    ),
    "marokkaans": (
        ["Mohamed", "Youssef", "Adam", "Ayoub", "Bilal", "Anas", "Rayan", "Imran", "Hamza", "Soufiane", "Mustafa",
         "Abdelkader", "Karim", "Othman", "Nordin", "Said", "Driss", "Jamal", "Ilias", "Zakaria"],
        ["Fatima", "Khadija", "Noura", "Salma", "Yasmina", "Hajar", "Meryem", "Imane", "Soukaina", "Latifa", "Samira",
         "Naima", "Malika", "Ikram", "Aya", "Dounia", "Zineb", "Hafsa", "Nissrine", "Chaima"],
        ["El Amrani", "Bouzid", "El Idrissi", "Benali", "Aït Lahcen", "El Khatib", "Ouali", "Azzouzi", "Boukhari",
         "Tahiri", "El Haddaoui", "Chaouch", "Ziani", "Bakkali", "Ouchan", "Lamrani", "Essaidi", "Amghar", "El Fassi",
         "Bennani", "Achahbar", "El Ouardi", "Boutaher"],
    ),
    "turks": (
        ["Mehmet", "Emre", "Burak", "Yusuf", "Murat", "Kerem", "Efe", "Ömer", "Hakan", "Serkan", "Ahmet", "Arda",
         "Çağan", "Enes", "Kaan", "Furkan", "Volkan"],
        ["Ayşe", "Elif", "Zeynep", "Fatma", "Esra", "Büşra", "Merve", "Hatice", "Emine", "Selin", "Defne", "Ecrin",
         "Nazlı", "Gül", "Songül", "Derya", "Sevda"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
         "Aslan", "Koç", "Özdemir", "Polat", "Korkmaz", "Çetin", "Aksoy", "Tekin", "Bulut", "Güler", "Karaca"],
    ),
    "surinaams-creools": (
        ["Romano", "Rigillio", "Dwayne", "Marvin", "Ricardo", "Stefano", "Quincy", "Jermaine", "Rayvano", "Gianni",
         "Errol", "Glenn", "Kenrick", "Sherwin"],
        ["Shanice", "Sharon", "Chantal", "Giovanna", "Naomi", "Priscilla", "Rowena", "Xaviera", "Jolanda", "Tamara",
         "Kimberley", "Denise", "Ilona", "Rachelle"],
        ["Pinas", "Wijngaarde", "Doelwijt", "Sabajo", "Vlijter", "Linger", "Amafo", "Pengel", "Esajas", "Nelom",
         "Rozenblad", "Wix", "Doorson", "Monsels", "Zaalman", "Eersel", "Tjon A Fong", "Kromodimedjo", "Lieuw"],
    ),
    "surinaams-hindoestaans": (
        ["Rakesh", "Sunil", "Anand", "Vishal", "Ravi", "Dinesh", "Ashwin", "Kiran", "Navin", "Rajesh", "Shiv",
         "Sanjay", "Sharvan"],
        ["Shanti", "Priya", "Anita", "Sunita", "Radha", "Kavita", "Reshma", "Sharmila", "Indra", "Nisha", "Usha",
         "Devika", "Roshni"],
        ["Ramdin", "Jagessar", "Mahabier", "Ramsaran", "Sewnath", "Baldew", "Ramlal", "Kalloe", "Soekhoe",
         "Bhagwandin", "Chotkan", "Ganpat", "Jhinkoe", "Rambaran", "Mangal", "Sital", "Autar", "Girjasing"],
    ),
    "antilliaans": (
        ["Jurick", "Dyon", "Giandro", "Shurandy", "Jairzinho", "Ruthsel", "Edsel", "Urvin", "Jeandro", "Ayrton",
         "Shaquille"],
        ["Shurayenne", "Jeanine", "Yunaisy", "Sulaika", "Rosalinda", "Jurena", "Gisela", "Yanaisa", "Shudaisy",
         "Ruthmila"],
        ["Martina", "Felida", "Isenia", "Rosaria", "Statia", "Girigorie", "Koeiman", "Sulvaran", "Winklaar",
         "Anthonia", "Cijntje", "Obispo", "Bernabela", "Pieternella", "Mercera", "Leito", "Caprino"],
    ),
    "kaapverdisch": (
        ["Nelson", "Edson", "Adilson", "Djulio", "Helder", "Ivanildo", "Jailson", "Adérito", "Evandro", "Clésio"],
        ["Djeniffer", "Ivone", "Elisângela", "Edna", "Lurdes", "Nilza", "Sónia", "Odete", "Jandira", "Denilsa"],
        ["Fortes", "Tavares", "Lopes", "Monteiro", "Semedo", "Varela", "Delgado", "Brito", "Furtado", "Moreira",
         "da Graça", "dos Santos", "Andrade", "Rodrigues", "Évora"],
    ),
    "pools": (
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Kacper", "Jakub", "Mateusz", "Wojciech",
         "Grzegorz", "Szymon", "Bartosz"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Zuzanna", "Magdalena", "Aleksandra", "Natalia", "Ewa",
         "Oliwia", "Wiktoria", "Dorota", "Justyna"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jankowski", "Wróbel", "Pawlak", "Michalski", "Sadowski"],
    ),
    "roemeens": (
        ["Andrei", "Ionuț", "Mihai", "Florin", "Alexandru", "Cristian", "Bogdan", "Adrian", "Gheorghe", "Marius",
         "Răzvan", "Vasile"],
        ["Ioana", "Elena", "Andreea", "Mihaela", "Alina", "Cristina", "Gabriela", "Daniela", "Roxana", "Ana-Maria",
         "Larisa", "Bianca"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghiu", "Munteanu", "Rusu", "Lungu", "Ciobanu",
         "Dobre", "Bălan", "Moldovan", "Niculescu", "Stănescu"],
    ),
    "bulgaars": (
        ["Georgi", "Dimitar", "Nikolay", "Stoyan", "Hristo", "Petar", "Todor", "Kaloyan", "Plamen", "Vasil",
         "Yordan"],
        ["Ivanka", "Desislava", "Gergana", "Tsvetelina", "Radka", "Yordanka", "Milena", "Petya", "Kremena",
         "Galya", "Mariela"],
        ["Ivanov", "Petrov", "Georgiev", "Dimitrov", "Nikolov", "Stoyanov", "Todorov", "Kolev", "Angelov",
         "Yordanov", "Hristov", "Iliev", "Mihaylov"],
    ),
    "oekraiens": (
        ["Oleksandr", "Andriy", "Dmytro", "Serhiy", "Mykola", "Taras", "Bohdan", "Volodymyr", "Yuriy", "Vitaliy",
         "Maksym", "Ihor"],
        ["Olena", "Oksana", "Iryna", "Yulia", "Kateryna", "Tetiana", "Svitlana", "Halyna", "Anastasiia", "Sofiia",
         "Viktoriia", "Mariia"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Kovalchuk",
         "Oliynyk", "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Polishchuk", "Hnatiuk"],
    ),
    "syrisch": (
        ["Ahmad", "Omar", "Khaled", "Hasan", "Yaman", "Majd", "Rami", "Tarek", "Fadi", "Ammar", "Louay", "Mouaz"],
        ["Rasha", "Hiba", "Lina", "Nour", "Rama", "Sidra", "Dima", "Reem", "Bayan", "Ghalia", "Hala", "Rahaf",
         "Joudi"],
        ["Al-Hassan", "Haddad", "Khatib", "Al-Ahmad", "Kassem", "Darwish", "Shalabi", "Al-Masri", "Hamdan",
         "Nasser", "Sabbagh", "Khalil", "Al-Halabi", "Zaher", "Al-Sheikh"],
    ),
    "eritrees": (
        ["Tesfay", "Yonas", "Filmon", "Dawit", "Robel", "Semere", "Mehari", "Kibrom", "Natnael", "Efrem",
         "Yohannes", "Awet"],
        ["Senait", "Selam", "Feven", "Saba", "Lidya", "Mebrat", "Ruta", "Yordanos", "Hiwet", "Luwam", "Winta",
         "Eden"],
        ["Tekle", "Berhane", "Ghebremedhin", "Tesfamariam", "Woldu", "Kidane", "Habte", "Mebrahtu", "Asmerom",
         "Gebrehiwet", "Yemane", "Okbazghi", "Zerai"],
    ),
    "somalisch": (
        ["Abdirahman", "Abdullahi", "Hassan", "Ahmed", "Abdi", "Liban", "Hamse", "Mustafe", "Ayanle", "Guled"],
        ["Hodan", "Amina", "Fadumo", "Hawa", "Ifrah", "Sahra", "Ubah", "Nimco", "Idil", "Farhiya", "Hibo",
         "Ladan"],
        ["Warsame", "Farah", "Hussein", "Jama", "Osman", "Egal", "Aden", "Dirie", "Mohamud", "Gedi", "Elmi",
         "Samatar", "Ismail"],
    ),
    "afghaans": (
        ["Farid", "Jawad", "Naweed", "Sohrab", "Hamid", "Wahid", "Zabihullah", "Masoud", "Ramin", "Omid",
         "Nasrullah"],
        ["Mariam", "Zahra", "Farzana", "Shabnam", "Laila", "Parwana", "Nilofar", "Roya", "Sahar", "Mursal",
         "Zarifa", "Fereshta"],
        ["Ahmadi", "Hashimi", "Rahimi", "Karimi", "Safi", "Noori", "Stanekzai", "Popal", "Amiri", "Sultani",
         "Haidari", "Wardak", "Mohammadi", "Rezai", "Sadat", "Azizi"],
    ),
    "ghanees": (
        ["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo", "Emmanuel", "Samuel", "Isaac", "Prince", "Ebenezer"],
        ["Akosua", "Abena", "Ama", "Afua", "Adwoa", "Efua", "Yaa", "Gifty", "Comfort", "Esi", "Mercy", "Patience"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko", "Opoku", "Acheampong",
         "Amoah", "Ofori", "Antwi", "Badu", "Frimpong", "Sarpong"],
    ),
    "nigeriaans": (
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi", "Chukwuemeka", "Obinna", "Segun", "Babajide",
         "Ikenna", "Femi"],
        ["Chioma", "Ngozi", "Adaeze", "Folake", "Funmilayo", "Yetunde", "Amaka", "Blessing", "Chiamaka",
         "Temitope", "Nneka", "Ifeoma"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye", "Obi", "Chukwu",
         "Olawale", "Ibekwe", "Nwachukwu", "Adeleke"],
    ),
    "chinees": (
        ["Wei", "Jun", "Hao", "Jie", "Ming", "Lei", "Tao", "Zhiwei", "Jianguo", "Haoran", "Zihan", "Kai"],
        ["Mei", "Xiu", "Ling", "Yan", "Hui", "Xiaoling", "Jing", "Fang", "Yuqing", "Meiling", "Shu", "Qian"],
        ["Chen", "Wang", "Zhang", "Liu", "Huang", "Lin", "Zhou", "Zheng", "Guo", "Tang", "Liang", "Yeung",
         "Cheung", "Chan", "Lam", "Wong", "Tsang"],
    ),
    "vietnamees": (
        ["Minh", "Tuan", "Duc", "Hung", "Nam", "Quang", "Thanh", "Long", "Hieu", "Khanh", "Bao", "Phuc"],
        ["Linh", "Mai", "Huong", "Thao", "Trang", "Ngoc", "Hoa", "Thu", "Anh", "Phuong", "Vy", "Diep"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong", "Truong", "Dinh"],
    ),
    "indiaas": (
        ["Arjun", "Rohan", "Vikram", "Aditya", "Rahul", "Karthik", "Siddharth", "Aarav", "Pranav", "Nikhil",
         "Suresh", "Venkat"],
        ["Ananya", "Priyanka", "Divya", "Lakshmi", "Aishwarya", "Deepika", "Meera", "Shreya", "Pooja", "Kavya",
         "Neha", "Sneha"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Rao", "Menon", "Kulkarni", "Agarwal", "Desai",
         "Krishnan", "Pillai", "Joshi", "Mehta", "Banerjee", "Subramanian"],
    ),
    "braziliaans": (
        ["João", "Pedro", "Gabriel", "Matheus", "Rafael", "Thiago", "Felipe", "Gustavo", "Bruno", "Leonardo",
         "Vinícius", "Caio"],
        ["Ana", "Beatriz", "Larissa", "Camila", "Juliana", "Fernanda", "Letícia", "Mariana", "Bruna", "Aline",
         "Tainá", "Thaís"],
        ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Ribeiro",
         "Rocha", "Barbosa", "Nascimento", "Araújo", "Lima", "Cardoso", "da Silva"],
    ),
    "engels": (
        ["Oliver", "Jack", "Harry", "George", "James", "William", "Liam", "Ethan", "Callum", "Declan", "Connor",
         "Alfie"],
        ["Olivia", "Amelia", "Isla", "Grace", "Poppy", "Chloe", "Megan", "Hannah", "Charlotte", "Emily", "Holly",
         "Jessica"],
        ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Roberts", "Walker",
         "Wright", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Fletcher"],
    ),
    "duits": (
        ["Lukas", "Jonas", "Felix", "Maximilian", "Leon", "Tobias", "Florian", "Jürgen", "Klaus", "Dieter",
         "Stefan", "Uwe"],
        ["Lea", "Lena", "Katharina", "Johanna", "Sabine", "Ute", "Birgit", "Jana", "Marlene", "Greta", "Heike",
         "Anke"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Schäfer", "Koch", "Bauer", "Richter", "Wolff", "Schröder", "Neumann", "Zimmermann", "Krüger"],
    ),
}
ELDERLY_NL = (["Gerrit", "Hendrik", "Cornelis", "Johannes", "Kees", "Henk", "Joop", "Cor", "Dirk", "Jan", "Piet",
               "Harm", "Bertus", "Klaas", "Evert"],
              ["Wilhelmina", "Johanna", "Cornelia", "Hendrika", "Geertruida", "Truus", "Riet", "Mien", "Bep",
               "Annie", "Corrie", "Dini", "Gerda", "Tiny", "Jannie", "Aaltje"])
ORIGIN_W = {"nederlands": 30, "fries": 4, "marokkaans": 9, "turks": 8, "surinaams-creools": 5,
            "surinaams-hindoestaans": 4, "antilliaans": 4, "kaapverdisch": 2, "pools": 5, "roemeens": 3,
            "bulgaars": 3, "oekraiens": 3, "syrisch": 4, "eritrees": 3, "somalisch": 3, "afghaans": 3, "ghanees": 3,
            "nigeriaans": 2, "chinees": 3, "vietnamees": 2, "indiaas": 3, "braziliaans": 2, "engels": 2, "duits": 3}

# ordinary Dutch words that are also (parts of) names in the lists above
WORDY = {"roos", "fleur", "iris", "jasmijn", "linde", "amber", "joy", "bloem", "storm", "bas", "job", "beer", "wolf",
         "vos", "visser", "winter", "bakker", "smit", "boer", "kok", "koning", "post", "bos", "berg", "groen", "groot",
         "klein", "zwart", "wit", "haan", "schipper", "kuiper", "brouwer", "dekker", "koster", "hoop", "zon", "engel",
         "vink", "baas", "jong", "graaf", "bruin", "prins", "kroon", "ruiter", "merel", "floor", "dam", "wijk",
         "beek", "hof", "kramer", "meer", "heuvel", "broek", "maas", "mees", "noor", "puck", "eden", "hall", "wood",
         "green", "nam", "long", "lam", "hoa", "kaya", "dijk", "veen", "wal", "ven", "vliet", "linden", "heijden"}
# the last ones are mostly parts of surnames after a particle; kept so that word_name is "ja" for them


def name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if len(w) >= 2 and fold(w) not in PART]


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def ascii_fold(s: str) -> str:
    s = fold(s).replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("ø", "o")
    return re.sub(r"[^a-z0-9]", "", s)


class P:
    """A person of a note (registered or not)."""

    def __init__(self, first: str, sur: str, gender: str, origin: str, role: str = "", key: str = ""):
        self.first, self.sur, self.gender, self.origin, self.role, self.key = first, sur, gender, origin, role, key
        self.cues: list[str] = []
        self.title = ""          # "dr.", "mr." or "" (then mevrouw/meneer)
        self.mid = ""            # an invented second initial
        self.cache: dict[str, object] = {}

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def words(self) -> list[str]:
        return name_words(self.first) + name_words(self.sur)

    def word_name(self) -> str:
        return "ja" if any(fold(w) in WORDY for w in self.words()) else "nee"

    def initials(self, with_mid: bool = False) -> str:
        parts = [w[0].upper() for w in re.split(r"[\s\-]+", self.first) if w]
        if with_mid and self.mid:
            parts.append(self.mid)
        return "".join(p + "." for p in parts)


STOP_INITIALS = {"en", "in", "op", "de", "het", "al", "is", "of", "om", "te", "na", "ik", "je", "we", "ze", "ja",
                 "an", "am", "as", "er", "hè", "ho", "la", "ma", "pa", "oh", "ok", "nu", "zo", "to", "id", "kg", "cm",
                 "mm", "ml", "uur", "wk", "dr", "mr", "mw", "vd", "nr", "tel", "ib", "gw", "af", "smw", "jgt", "cjg",
                 "so", "pg", "ig", "vt", "om", "sv", "vv", "ha", "zh", "ah", "bso", "kdv", "mdo", "evv", "kvk"}


def smart_initials(p: P, rng: random.Random) -> str:
    """Initials as colleagues write them: JdB, J.d.B., jdb, SvdB, FY, MK."""
    firsts = [w for w in re.split(r"[\s\-]+", p.first) if w]
    fi = "".join(w[0].upper() for w in firsts)
    words = p.sur.split()
    parts = [w for w in words if fold(w) in PART]
    core = [w for w in words if fold(w) not in PART]
    pi = "".join(w[0].lower() for w in parts)
    ci = "".join(w[0].upper() for w in re.split(r"[\s\-]+", " ".join(core)) if w)
    base = fi + pi + ci
    r = rng.random()
    if r < 0.55:
        out = base
    elif r < 0.7:
        out = ".".join(base) + "."
    elif r < 0.85:
        out = base.lower()
    else:
        out = base.upper()
    return out


class NameBank:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def ok(self, words: list[str]) -> bool:
        return all(fold(w) not in self.used for w in words)

    def take(self, words: list[str]) -> None:
        self.used.update(fold(w) for w in words)

    def origin(self) -> str:
        keys = list(ORIGIN_W)
        return self.rng.choices(keys, weights=[ORIGIN_W[k] for k in keys])[0]

    def first(self, origin: str, gender: str, elderly: bool = False) -> str:
        m, f, _ = NAMES[origin]
        if elderly and origin == "nederlands":
            m, f = ELDERLY_NL
        pool = m if gender == "m" else f
        for _ in range(60):
            c = self.rng.choice(pool)
            if self.ok(name_words(c)):
                return c
        for o in self.rng.sample(list(NAMES), len(NAMES)):
            pool = NAMES[o][0] if gender == "m" else NAMES[o][1]
            for c in self.rng.sample(pool, len(pool)):
                if self.ok(name_words(c)):
                    return c
        raise RuntimeError("no first name left")

    def surname(self, origin: str, gender: str) -> str:
        pool = NAMES[origin][2]
        for _ in range(80):
            s = self.rng.choice(pool)
            s = gender_surname(s, origin, gender)
            if self.ok(name_words(s)):
                return s
        for o in self.rng.sample(list(NAMES), len(NAMES)):
            for s in self.rng.sample(NAMES[o][2], len(NAMES[o][2])):
                s = gender_surname(s, o, gender)
                if self.ok(name_words(s)):
                    return s
        raise RuntimeError("no surname left")

    def person(self, origin: str | None = None, gender: str | None = None, sur: str | None = None,
               elderly: bool = False, role: str = "", key: str = "") -> P:
        origin = origin or self.origin()
        gender = gender or self.rng.choice("mf")
        first = self.first(origin, gender, elderly)
        self.take(name_words(first))
        if sur is None:
            sur = self.surname(origin, gender)
            self.take(name_words(sur))
        p = P(first, sur, gender, origin, role, key)
        p.mid = self.rng.choice("ABCDEFGHIJKLMNPRSTW") if self.rng.random() < 0.4 else ""
        return p


def gender_surname(s: str, origin: str, gender: str) -> str:
    if gender != "f":
        return s
    if origin == "pools":
        if s.endswith("ski"):
            return s[:-3] + "ska"
        if s.endswith("cki"):
            return s[:-3] + "cka"
    if origin == "bulgaars" and (s.endswith("ov") or s.endswith("ev")):
        return s + "a"
    return s


# ---------------------------------------------------------------------------------------------------------
# numbers and the like
# ---------------------------------------------------------------------------------------------------------

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]

TOWNS = ["Apeldoorn", "Zwolle", "Deventer", "Almere", "Tilburg", "Eindhoven", "Amersfoort", "Lelystad", "Leeuwarden",
         "Emmen", "Helmond", "Schiedam", "Zaandam", "Hengelo", "Enschede", "Venlo", "Dordrecht", "Gouda", "Alkmaar",
         "Haarlem", "Nijmegen", "Arnhem", "Breda", "Den Bosch", "Utrecht", "Rotterdam", "Amsterdam", "Den Haag",
         "Groningen", "Heerlen", "Oss", "Roosendaal", "Zoetermeer", "Purmerend", "Hoorn", "Kampen", "Sneek",
         "Drachten", "Assen", "Meppel", "Vlaardingen", "Capelle aan den IJssel", "Veenendaal", "Ede", "Harderwijk"]

STREETS = ["Lindelaan", "Merelstraat", "Kastanjelaan", "Dorpsstraat", "Molenweg", "Vondelstraat", "Esdoornstraat",
           "Kerkstraat", "Schoolstraat", "Julianastraat", "Beatrixlaan", "Rembrandtstraat", "Spoorlaan",
           "Havenkade", "Brink", "Koningsweg", "Zonnebloemstraat", "Lisstraat", "Meeuwenlaan", "Hazelaarstraat",
           "Berkenhof", "Vlierstraat", "Oranjestraat", "Hoofdstraat", "Marktstraat", "Graaf Ottolaan",
           "Burgemeester Visserstraat", "Van Goghstraat", "Tulpstraat", "Azaleahof", "Bolderweg", "Eikenlaan",
           "Roerdompstraat", "Kievitlaan", "Populierenweg", "Ds. Kuyperstraat", "Wethouder Bakkerlaan",
           "Parkweg", "Akkerweg", "Het Want", "Zuiderdiep", "Schepenenlaan", "Valkenhorst", "Weidehof",
           "Klaverweide", "Sperwerstraat", "Jasmijnstraat", "Distelvlinder", "Boterbloem", "Poolsterstraat",
           "Laan van Nieuw Oost", "Händelstraat", "Marijkeweg", "Bisschop Bekkersweg", "Ganzerik"]

BANKS = {"RABO": "Rabobank", "INGB": "ING", "ABNA": "ABN AMRO", "SNSB": "SNS", "ASNB": "ASN Bank",
         "TRIO": "Triodos", "KNAB": "Knab", "BUNQ": "bunq", "RBRB": "RegioBank"}

CONSONANTS = "BDFGHJKLNPRSTVXZ"


def digits_of(s: str) -> str:
    return re.sub(r"\D", "", s)


def compact(s: str) -> str:
    return re.sub(r"[\s\-.]", "", s).upper()


def make_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def make_iban(rng: random.Random, bank: str | None = None) -> tuple[str, str, str]:
    bank = bank or rng.choice(list(BANKS))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}", acct, bank


def fmt_iban(rng: random.Random, iban: str) -> str:
    r = rng.random()
    if r < 0.5:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if r < 0.85:
        return iban
    return iban.lower() if r < 0.92 else iban[:4] + " " + iban[4:8] + " " + iban[8:]


def make_mobile(rng: random.Random) -> tuple[str, str]:
    nsn = "6" + str(rng.choice([1, 2, 3, 4, 5, 8])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    r = rng.random()
    rest = nsn[1:]
    if r < 0.3:
        s = "0" + nsn[0] + "-" + rest
    elif r < 0.45:
        s = "0" + nsn[0] + " " + rest[:4] + " " + rest[4:]
    elif r < 0.6:
        s = "0" + nsn
    elif r < 0.72:
        s = "+31 6 " + rest
    elif r < 0.8:
        s = "+31" + nsn
    elif r < 0.88:
        s = "06-" + rest[:2] + " " + rest[2:5] + " " + rest[5:]
    elif r < 0.94:
        s = "0031 6 " + rest[:4] + " " + rest[4:]
    else:
        s = "06 " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
    return s, nsn


def make_landline(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(["10", "20", "30", "38", "40", "50", "55", "570", "58", "72", "73", "76", "13", "24", "26",
                       "53", "74", "43", "45", "71", "15", "33", "35", "36", "78", "88"])
    n = 9 - len(area)
    sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    nsn = area + sub
    r = rng.random()
    if r < 0.5:
        s = "0" + area + "-" + sub
    elif r < 0.7:
        s = "0" + area + " " + sub
    elif r < 0.85:
        s = "(0" + area + ") " + sub
    else:
        s = "+31 " + area + " " + sub
    return s, nsn


def make_postcode(rng: random.Random) -> tuple[str, str]:
    num = rng.randint(1011, 9999)
    while True:
        let = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if let not in {"SA", "SD", "SS"}:
            break
    r = rng.random()
    s = f"{num} {let}" if r < 0.65 else (f"{num}{let}" if r < 0.9 else f"{num} {let.lower()}")
    return s, f"{num}{let}"


def make_plate(rng: random.Random) -> str:
    L = lambda n: "".join(rng.choice(CONSONANTS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    side = rng.choice([("L2", "D3", "L1"), ("D2", "L3", "D1"), ("D1", "L3", "D2"), ("L2", "D2", "L2"),
                       ("D2", "L2", "L2"), ("L3", "D2", "L1"), ("L1", "D3", "L2"), ("L1", "D3", "L2")])
    parts = [L(int(p[1])) if p[0] == "L" else D(int(p[1])) for p in side]
    r = rng.random()
    if r < 0.75:
        return "-".join(parts)
    if r < 0.9:
        return "".join(parts)
    return "-".join(parts).lower()


def fmt_date(rng: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    style = rng.randrange(7) if style is None else style
    if style == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if style == 1:
        return f"{d}-{m}-{y}"
    if style == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 3:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 4:
        return f"{d:02d}.{m:02d}.{y}"
    if style == 5:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {MON3[m - 1]} {y}"


# ---------------------------------------------------------------------------------------------------------
# institutions
# ---------------------------------------------------------------------------------------------------------

GENERIC = {"de", "het", "'t", "t", "basisschool", "school", "obs", "cbs", "rkbs", "ikc", "sbo", "so", "kindcentrum",
           "college", "lyceum", "kinderopvang", "kdv", "bso", "peuteropvang", "peuterspeelzaal", "gastouderbureau",
           "ziekenhuis", "kinderziekenhuis", "medisch", "centrum", "mc", "huisartsenpraktijk", "praktijk",
           "gezondheidscentrum", "huisartsen", "huisarts", "aan", "van", "voor", "en", "stichting", "zorggroep",
           "zorgcentrum", "verpleeghuis", "woonzorgcentrum", "moskee", "kerk", "gemeente", "vereniging", "vv", "sv",
           "bank", "notariskantoor", "notarissen", "notaris", "bewindvoering", "jeugdzorg", "jeugdhulp", "ggz",
           "polikliniek", "forensische", "forensisch", "partners", "kantoor", "afdeling", "afd", "rechtbank",
           "locatie", "daltonschool", "montessorischool", "jenaplanschool", "praktijkschool", "vmbo", "havo", "vwo",
           "scholengemeenschap", "logopedie", "logopediepraktijk", "kinderfysiotherapie", "fysiotherapie",
           "kinderfysio", "fysio", "voetbalvereniging", "zwemvereniging", "voetbalclub", "judoclub", "turnvereniging",
           "korfbalvereniging", "sportschool", "bv", "b.v", "zn", "ha", "hap", "zh", "gc", "team", "thuiszorg",
           "uitzendbureau", "distributiecentrum", "dc", "supermarkt", "bouwbedrijf", "schoonmaakbedrijf",
           "transportbedrijf", "installatiebedrijf", "hoveniersbedrijf", "autobedrijf", "bakkerij", "kapsalon",
           "restaurant", "slagerij", "timmerbedrijf", "vishandel", "camii", "cami", "parochie", "evangelische",
           "hervormde", "pinkstergemeente", "orthodoxe", "tempel", "mandir", "budgetbureau", "mentorschap",
           "kindcentra", "ambulante", "hulp", "groep", "psychiatrie", "kinder", "en", "jeugd", "kliniek",
           "bewindvoerderskantoor", "notariaat", "zorg", "kind", "huis", "huize", "verpleeg", "zorgboerderij",
           "kerkgemeenschap", "broedergemeente", "kickboksschool", "boksschool", "atletiekvereniging", "hockeyclub",
           "zwemclub", "club", "sportvereniging", "moskeevereniging", "islamitische", "katholieke", "pools",
           "eritrees", "koptische", "sint", "st", "a", "mz", "gasthuis", "ziekenhuizen", "ziekenhuisgroep",
           "kinderdagverblijf", "opvang", "dr", "rb", "in", "op", "of", "al", "mij", "niet", "den", "huisartsengroep",
           "huisartspraktijk", "kinderpraktijk", "scholengroep", "ambulant", "christelijk", "stedelijk", "nieuwe",
           "noord", "zuid", "oost", "west", "drukkerij", "dakdekkersbedrijf", "sloopbedrijf", "metaalbewerking",
           "kwekerij", "champignonkwekerij", "garage", "pakketcentrum", "koeltechniek", "budgetbeheer",
           "evangeliegemeente", "hindoetempel", "church", "verhuisbedrijf", "vleesverwerker", "hc", "av"}


class Inst:
    def __init__(self, typ: str, variants: list[tuple[str, str]], abbr: str = ""):
        self.typ = typ
        self.variants = variants      # (text, form)
        self.abbr = abbr

    def tokens(self) -> list[str]:
        out = []
        for text, _ in self.variants:
            out += dist_tokens(text)
        return out


def dist_tokens(text: str) -> list[str]:
    toks = re.findall(r"[^\W_]+(?:\.com|\.nl)?", text)
    return [t for t in toks if fold(t).strip(".") not in GENERIC and not t.isdigit() and len(t) >= 2]


PRIM_CORES = ["De Wilgenhoek", "Het Klaverblad", "De Vlinderhof", "De Toermalijn", "Het Palet", "De Zevensprong",
              "De Fontein", "Het Kompas", "De Boomgaard", "De Springplank", "De Windroos", "De Klimop",
              "De Meidoorn", "De Notenbalk", "De Piramide", "'t Startblok", "De Bongerd", "Het Mozaïek",
              "De Kameleon", "De Triangel", "De Horizon", "De Achtbaan", "Het Baken", "De Tweemaster",
              "De Schatkist", "De Zonnewijzer", "De Regenboog", "Het Kleurenorkest", "De Ster", "De Parel",
              "De Wereldster", "Het Lichtpunt", "De Kroevendonk", "De Marke", "De Esch", "De Vuurvogel"]
PRIM_PERSON = ["Prinses Julianaschool", "Koningin Wilhelminaschool", "Sint-Jozefschool", "Mariaschool",
               "Dr. Schaepmanschool", "Prins Clausschool", "Willem de Zwijgerschool", "Titus Brandsmaschool",
               "Anne de Vriesschool", "Jan Ligthartschool"]
PRIM_PREFIX = ["basisschool", "Basisschool", "OBS", "obs", "CBS", "cbs", "RKBS", "IKC", "SBO", "Daltonschool",
               "Montessorischool", "Jenaplanschool", "kindcentrum", "Kindcentrum"]
VO_NAMES = [("Noorderlicht College", "NLC"), ("Meridiaan College", "MC"), ("Oosterlicht College", "OLC"),
            ("Zandvliet Lyceum", "ZVL"), ("Het Waterland College", "WLC"), ("De Breede Hoek", "BH"),
            ("Eemstede College", "ESC"), ("Sint Bonifatius College", "SBC"), ("Lorentz Lyceum", "LL"),
            ("Aquino College", "AC"), ("Het Hooghe Land", "HHL"), ("Vechtstede College", "VSC"),
            ("Rijnmond Lyceum", "RML"), ("Het Stedelijk Dalton", "SDC"), ("Ichthus Scholengemeenschap", "ICS"),
            ("Christelijk Lyceum Veluwe", "CLV"), ("De Nieuwe Maas", "DNM"), ("Helicon Maaskant", "HMK"),
            ("Het Kiem College", "HKC"), ("Pontes Scholengroep", "PSG"), ("Gomarus Scholengemeenschap", "GSG"),
            ("Het Element", "HE"), ("Praktijkschool De Bolster", "PDB"), ("Zuyderland College", "ZLC")]
KDV_NAMES = ["Het Boemeltje", "De Speelhoeve", "Hummeltjeshonk", "Ukkepuk", "De Kikkerhut", "Zonnestraal",
             "'t Kabouterhuis", "De Dribbel", "Bolderburen", "De Waterlelie", "Het Speelkasteel", "De Boomhut",
             "'t Hummeltje", "Kinderrijk", "Partou", "Kindergarden", "Dikkertje Dap", "De Rakkertjes",
             "Kids Valley", "De Toverfluit", "Duimelot", "Pinkeltje", "Kiddoozz", "De Vrolijke Vlinder"]
KDV_PREFIX = ["kinderdagverblijf", "KDV", "kdv", "BSO", "bso", "kinderopvang", "Kinderopvang", "peuteropvang",
              "peuterspeelzaal", "gastouderbureau"]
HOSP = [("Maasziekenhuis", "", "compound"), ("Deltaziekenhuis", "", "compound"), ("Vechtdal Ziekenhuis", "VDZ", ""),
        ("Zuiderzee Ziekenhuis", "ZZH", ""), ("Sint Elisabeth Gasthuis", "SEG", ""), ("Het Lange Land", "HLL", ""),
        ("Rijnstate", "", ""), ("Isala", "", ""), ("Gelre ziekenhuizen", "", ""), ("Tergooi", "", ""),
        ("Spaarne Gasthuis", "", ""), ("Martini Ziekenhuis", "MZH", ""), ("Wilhelmina Kinderziekenhuis", "WKZ", ""),
        ("Juliana Kinderziekenhuis", "JKZ", ""), ("Amstelland Ziekenhuis", "", ""), ("IJsselland Ziekenhuis", "", ""),
        ("Jeroen Bosch Ziekenhuis", "JBZ", ""), ("Medisch Centrum Leeuwarden", "MCL", ""),
        ("Zaans Medisch Centrum", "ZMC", ""), ("Beatrixziekenhuis", "", "compound"), ("Deventer Ziekenhuis", "DZ", ""),
        ("Antonius Zorggroep", "", ""), ("Elkerliek", "", ""), ("Catharina Ziekenhuis", "", ""),
        ("Rivierenland Ziekenhuis", "", ""), ("Noordwest Ziekenhuisgroep", "NWZ", ""), ("Zuyderland", "", ""),
        ("Ikazia", "", ""), ("Franciscus Gasthuis", "", ""), ("Flevoziekenhuis", "", "compound"),
        ("Wilgenborg Ziekenhuis", "", ""), ("Oosterschelde Ziekenhuizen", "", "")]
HA_NAMES = ["De Linde", "Oosterpoort", "Het Spoor", "De Vaart", "Kanaleneiland", "De Brug", "Het Anker", "De Kern",
            "De Molenhof", "Rivierstaete", "Het Zonnehuis", "De Boogaard", "Parkwijk", "De Hofstede", "Overvecht",
            "De Hoven", "De Driehoek", "Noorderhaven", "Het Veerhuis", "De Es", "Stadshart", "De Kiem"]
HA_PERSON = ["Huisartsenpraktijk Bakker & Visser", "Huisartsenpraktijk Meijer", "Huisartsenpraktijk Van Dam",
             "Huisartsenpraktijk Koster en Groen", "Huisartspraktijk Wolters", "Huisartsenpraktijk Oudshoorn",
             "Huisartsenpraktijk Benali", "Huisartsenpraktijk Mahabier", "Praktijk Dijkhuizen-Kamp"]
ZORG_NAMES = [("De Bocht", "Forensische Polikliniek", "FPK"), ("Kairos", "jeugdhulp", ""),
              ("Veluwezoom", "GGZ", ""), ("Horizonstroom", "Jeugdzorg", ""), ("Lindenhout", "", ""),
              ("Karakter", "", ""), ("Accare", "", ""), ("Fivoor", "", ""), ("De Waag", "", ""), ("Tactus", "", ""),
              ("Novadic-Kentron", "", ""), ("Iriszorg", "", ""), ("Buurtzorg", "", ""), ("Ontwikkelpad", "Stichting", ""),
              ("Zuidas", "Jeugdhulp", ""), ("Krachtig Ouderschap", "Praktijk", ""), ("Fier", "", ""),
              ("Levvel", "", ""), ("Timon", "", ""), ("Pluryn", "", ""), ("Kompaan", "", ""), ("Yulius", "", ""),
              ("Altrecht", "", ""), ("Jeugdformaat", "", ""), ("Oosterwaarde", "GGZ", ""), ("Het Kielzog", "Centrum", ""),
              ("Eleos", "", ""), ("Vlinderpad", "Jeugdhulp", ""), ("Het Veerhuis", "Kinderpraktijk", ""),
              ("De Wissel", "Ambulant team", ""), ("Stadsring", "Thuiszorg", ""), ("Zonnehuisgroep", "", "")]
THER_NAMES = [("De Klankkast", "Logopediepraktijk"), ("Praatpaal", "Logopedie"), ("Babbel", "Logopedie"),
              ("Huppel", "Kinderfysiotherapie"), ("Beweegwijs", "Kinderfysio"), ("Oosterpark", "Fysiotherapie"),
              ("Spraakwater", "Logopedie"), ("Klankrijk", "Logopediepraktijk"), ("Hinkelpad", "Kinderfysiotherapie"),
              ("Kwebbel", "Logopedie"), ("Rollebol", "Kinderfysio"), ("De Kikkersprong", "Kinderfysiotherapie"),
              ("Woordenwolk", "Logopedie"), ("Motoriek in Beweging", "Kinderfysiotherapie"), ("Taalkracht", "Logopedie")]
CHAINS = [("Jumbo", ""), ("Albert Heijn", "AH"), ("Lidl", ""), ("Aldi", ""), ("Action", ""), ("Hema", ""),
          ("Kruidvat", ""), ("PostNL", ""), ("DHL", ""), ("Coolblue", ""), ("bol.com", ""), ("McDonald's", ""),
          ("Randstad", ""), ("Tempo-Team", ""), ("Start People", ""), ("Plus", ""), ("Dirk", ""), ("Gamma", ""),
          ("Praxis", ""), ("Vomar", ""), ("Etos", ""), ("Zeeman", ""), ("Primark", ""), ("Burger King", "")]
LOCAL_EMP = ["Bouwbedrijf Van Wijk", "Installatiebedrijf Hoekstra", "Schoonmaakbedrijf Glansrijk",
             "Transportbedrijf Kuipers", "Hoveniersbedrijf De Groene Vinger", "Autobedrijf Demir",
             "Bakkerij Van der Zon", "Kapsalon Yasmina", "Restaurant De Gouden Leeuw", "Slagerij Boukhari",
             "Timmerbedrijf Storm", "Vishandel Visser", "Metaalbewerking Twente", "Kwekerij Het Westland",
             "Koeltechniek Brabant", "Drukkerij Veenstra", "Garage Tekin", "Sloopbedrijf Vermeer",
             "Dakdekkersbedrijf Noord", "Verhuisbedrijf Mulder", "Champignonkwekerij De Peel",
             "Vleesverwerker Vion", "Pakketcentrum Nieuwegein", "Zorgboerderij De Hooiberg"]
SPORT = [("Oranje Boys", "vv"), ("DOS '37", "voetbalvereniging"), ("Rood-Wit", "VV"), ("De Dolfijn", "zwemvereniging"),
         ("Fighting Spirit", "kickboksschool"), ("Olympia", "turnvereniging"), ("Wesstar", "korfbalvereniging"),
         ("Zuidoost United", "SV"), ("Hermes", "AV"), ("Hasbi", "boksschool"), ("Blauw-Wit '28", "vv"),
         ("De Zwaluwen", "voetbalvereniging"), ("Tigers", "HC"), ("Kimura", "judoclub"), ("Aquarijn", "zwemclub"),
         ("Victoria", "sv"), ("Sparta Noord", "vv"), ("Forza", "sportschool"), ("De Spartaan", "atletiekvereniging")]
RELIG = ["moskee Al Fath", "Mevlana moskee", "Ulu Camii", "moskee Essalam", "kerkgemeenschap De Rots",
         "Pinkstergemeente Shalom", "Hervormde gemeente Bethel", "de Bethelkerk", "RCCG Jesus House",
         "Eritrees-orthodoxe kerk Medhane Alem", "Koptische kerk Sint Marcus", "Evangelische Broedergemeente Saron",
         "Church of Pentecost Immanuel", "moskee Al Mouhsinine", "Aya Sofya moskee", "Poolse parochie Sint Wojciech",
         "Vijverkerk", "Levend Water gemeente", "Hindoetempel Shri Vishnu Mandir", "Evangeliegemeente Elim",
         "moskee El Fath", "Sultan Ahmet Camii", "Oosterkerk", "Bethesdakerk"]
VPH = ["De Lindehof", "Rozenhof", "Het Hofje", "De Zonnehoek", "Avondrust", "Het Zilveren Hart", "De Wingerd",
       "De Hazelaar", "Het Weversgilde", "Vreugdehof", "De Bloesemgaard", "Bernardus", "De Lelieberg", "Het Zandhuis",
       "Overbeek", "De Schutse", "Nijenstede", "De Hoogstraat", "Het Parkhuis", "Buitenrust", "De Venen",
       "Het Gastenhuis", "Humanitas Rijnstaete", "De Riethorst"]
VPH_PREFIX = ["Zorgcentrum", "zorgcentrum", "Verpleeghuis", "verpleeghuis", "Woonzorgcentrum", "woonzorgcentrum",
              "Huize", "locatie"]
WARDS = ["Zonnebloem", "Vlinder", "Klaproos", "Meander", "Hortensia", "Korenbloem", "Lavendel", "Tulp", "Margriet",
         "Boterbloem", "Seringen", "Duinroos", "Vergeet-mij-niet", "Heide", "Waterlelie", "Kastanje", "Ooievaar",
         "Zwaluw", "Anemoon", "Akelei"]
NOTARIS = ["Notariskantoor Van Leeuwen & Partners", "Notariaat Hofstede", "Notariskantoor Zuidwal",
           "Notariskantoor Brinkman Westerveld", "Notarissen aan de Vecht", "Notariskantoor De Kempen",
           "Van Eck Notarissen", "Notariskantoor Stadsbrug", "Notariaat Oosterhout-Kamps", "Notariskantoor IJsselkade"]
BEWIND = ["Bewindvoering Zuid", "Budgetbureau Vlot", "Bewindvoerderskantoor Horizon", "Mentorschap Gelderland",
          "Bewindvoering Kompas", "Budgetbeheer Noord", "Stichting Kwartaal", "Bewindvoering De Sleutel",
          "Geldzaken op Orde", "Bewindvoering Rivierenland", "Zorgvuldig Bewind"]
COURTS = ["Overijssel", "Gelderland", "Midden-Nederland", "Den Haag", "Noord-Holland", "Oost-Brabant",
          "Rotterdam", "Amsterdam", "Zeeland-West-Brabant", "Limburg", "Noord-Nederland"]


def _lc(s: str) -> str:
    return s.lower()


def make_inst(typ: str, rng: random.Random, town: str) -> Inst:
    v: list[tuple[str, str]] = []
    abbr = ""
    if typ == "school":
        if rng.random() < 0.2:
            n = rng.choice(PRIM_PERSON)
            short = re.sub(r"^(Prinses|Koningin|Prins|Dr\.) ", "", n)
            v = [(n, "vol"), ("de " + n, "vol"), (short, "kort"), ("de " + short, "kort"), (_lc(short), "klein")]
        else:
            core = rng.choice(PRIM_CORES)
            art, name = core.split(" ", 1)
            pre = rng.choice(PRIM_PREFIX)
            pre2 = rng.choice(["basisschool", "school", pre])
            v = [(f"{pre} {core}", "vol"), (f"{pre2} {core}", "vol"), (f"{art.lower()} {name}", "kort"),
                 (core, "kort"), (name, "kern"), (f"{pre.lower()} {name}".lower(), "klein"),
                 (f"{art.lower()} {name}".lower(), "klein"), (f"{pre} {name}", "zonder-lidwoord")]
            if rng.random() < 0.25:
                abbr = "".join(w[0] for w in re.split(r"[\s\-]", name) if w).upper()
                abbr = abbr if len(abbr) > 1 else ""
            if rng.random() < 0.3:
                v.append((f"{name} ({town})", "met-plaats"))
    elif typ == "vo":
        typ = "school"
        name, ab = rng.choice(VO_NAMES)
        base = re.sub(r"^Het ", "", name)
        kern = re.sub(r" (College|Lyceum|Scholengemeenschap|Scholengroep)$", "", base)
        v = [(name, "vol"), ("het " + base if not name.startswith(("De ", "Praktijk")) else name.lower()[:0] + name,
                             "vol"), (kern, "kern"), (_lc(kern), "klein"), (_lc(name), "klein")]
        if kern != base:
            v.append(("het " + kern, "kort"))
        abbr = ab if len(ab) > 1 else ""
        if rng.random() < 0.4:
            v.append((f"{name} {town}", "met-plaats"))
    elif typ == "kinderopvang":
        core = rng.choice(KDV_NAMES)
        pre = rng.choice(KDV_PREFIX)
        name = re.sub(r"^(De|Het|'t) ", "", core)
        art = core.split(" ")[0].lower() if core.split(" ")[0] in {"De", "Het", "'t"} else ""
        v = [(f"{pre} {core}", "vol"), (core if not art else f"{art} {name}", "kort"), (name, "kern"),
             (_lc(f"{pre} {name}"), "klein"), (f"{rng.choice(['BSO', 'KDV', 'de opvang'])} {name}", "afk-prefix")]
    elif typ == "ziekenhuis":
        name, ab, kind = rng.choice(HOSP)
        v = [(name, "vol"), (_lc(name), "klein")]
        if kind == "compound":
            v.append(("het " + name, "vol"))
        else:
            first = name.split()[0]
            if first not in {"Het", "Sint", "Medisch", "Zaans", "Gelre"}:
                v.append((first, "kern"))
            v.append(("het " + name if not name.startswith("Het") else name, "vol"))
        if ab:
            abbr = ab
        if rng.random() < 0.35:
            v.append((f"{name} locatie {town}", "met-plaats"))
    elif typ == "huisarts":
        if rng.random() < 0.25:
            n = rng.choice(HA_PERSON)
            rest = re.sub(r"^(Huisartsenpraktijk|Huisartspraktijk|Praktijk) ", "", n)
            v = [(n, "vol"), ("praktijk " + rest, "kort"), ("HAP " + rest, "afk-prefix"), (_lc(n), "klein")]
        else:
            core = rng.choice(HA_NAMES)
            pre = rng.choice(["Huisartsenpraktijk", "huisartsenpraktijk", "Gezondheidscentrum", "HA-praktijk",
                              "Huisartsen", "Medisch Centrum", "huisartsengroep"])
            name = re.sub(r"^(De|Het) ", "", core)
            v = [(f"{pre} {core}", "vol"), (core, "kort"), (name, "kern"), (_lc(f"{pre} {core}"), "klein"),
                 (f"GC {name}", "afk-prefix"), (f"praktijk {core}", "kort")]
            if rng.random() < 0.3:
                v.append((f"Huisartsenpraktijk {town}-{rng.choice(['Zuid', 'Noord', 'Oost', 'West', 'Centrum'])}",
                          "met-plaats"))
    elif typ == "zorgaanbieder":
        core, pre, ab = rng.choice(ZORG_NAMES)
        v = [(f"{pre} {core}".strip(), "vol"), (core, "kern"), (_lc(core), "klein")]
        if pre:
            v.append((_lc(f"{pre} {core}"), "klein"))
        if ab:
            abbr = ab
        if rng.random() < 0.3:
            v.append((f"{core} {town}", "met-plaats"))
    elif typ.startswith("praktijk"):
        want = "fysio" if typ.endswith("-f") else "logo"
        typ = "zorgaanbieder"
        core, pre = rng.choice([x for x in THER_NAMES if ("fysio" in x[1].lower()) == (want == "fysio")])
        name = re.sub(r"^De ", "", core)
        v = [(f"{pre} {core}", "vol"), (core, "kern"), (_lc(f"{pre} {core}"), "klein"), (f"praktijk {core}", "kort")]
    elif typ == "werkgever":
        if rng.random() < 0.55:
            name, ab = rng.choice(CHAINS)
            v = [(name, "vol"), (_lc(name), "klein")]
            if name in {"Jumbo", "Lidl", "Aldi", "Action", "Hema", "Kruidvat", "Plus", "Dirk", "Gamma", "Praxis",
                        "Vomar", "Etos", "Zeeman", "Primark"}:
                v.append((f"{name} {town}", "met-plaats"))
                v.append((f"DC {name}", "afk-prefix"))
            abbr = ab
        else:
            name = rng.choice(LOCAL_EMP)
            words = name.split(" ", 1)
            kern = re.sub(r"^(De|Het|Van|Van der) ", "", words[1]) if len(words) > 1 else name
            v = [(name, "vol"), (kern, "kern"), (_lc(name), "klein"), (name + " B.V.", "vol")]
    elif typ == "sportclub":
        name, pre = rng.choice(SPORT)
        v = [(f"{pre} {name}", "vol"), (name, "kern"), (_lc(f"{pre} {name}"), "klein")]
    elif typ == "religie":
        n = rng.choice(RELIG)
        kern = re.sub(r"^(moskee|kerkgemeenschap|Pinkstergemeente|Hervormde gemeente|de|Koptische kerk|"
                      r"Eritrees-orthodoxe kerk|Evangelische Broedergemeente|Poolse parochie|Evangeliegemeente) ",
                      "", n)
        kern = re.sub(r" (moskee|Camii|gemeente)$", "", kern)
        v = [(n, "vol"), (kern, "kern"), (_lc(n), "klein")]
        inst = Inst(typ, v)
        low = n.lower()
        inst.kind = "islam" if ("moskee" in low or "camii" in low) else ("hindoe" if "mandir" in low else "christen")  # type: ignore[attr-defined]
        return inst
    elif typ == "verpleeghuis":
        core = rng.choice(VPH)
        pre = rng.choice(VPH_PREFIX)
        name = re.sub(r"^(De|Het) ", "", core)
        art = core.split()[0].lower() if core.split()[0] in {"De", "Het"} else ""
        v = [(f"{pre} {core}", "vol"), ((art + " " + name).strip(), "kort"), (name, "kern"), (_lc(core), "klein")]
        if rng.random() < 0.4:
            v.append((f"{core} {town}", "met-plaats"))
    elif typ == "afdeling":
        w = rng.choice(WARDS)
        v = [(w, "kern"), ("de " + w, "kort"), (_lc(w), "klein"), (f"{w} {rng.randint(1, 3)}", "met-nummer")]
    elif typ == "bank":
        code = rng.choice(list(BANKS))
        name = BANKS[code]
        v = [(name, "vol"), (name, "vol")]
        if name == "Rabobank":
            v.append(("Rabo", "kern"))
            v.append((f"Rabobank {town}", "met-plaats"))
        if name == "ABN AMRO":
            v.append(("ABN", "kern"))
        if name not in {"ING", "SNS", "ABN AMRO"}:
            v.append((_lc(name), "klein"))
        inst = Inst("bank", v)
        inst.code = code  # type: ignore[attr-defined]
        return inst
    elif typ == "notaris":
        n = rng.choice(NOTARIS)
        kern = re.sub(r"^(Notariskantoor|Notariaat|Notarissen aan de) ", "", n)
        kern = re.sub(r" (Notarissen|& Partners)$", "", kern)
        v = [(n, "vol"), ("notariskantoor " + kern, "kort"), (kern, "kern"), (_lc(n), "klein")]
    elif typ == "bewindvoering":
        n = rng.choice(BEWIND)
        kern = n.split(" ", 1)[1] if n.split(" ")[0] in {"Bewindvoering", "Budgetbureau", "Bewindvoerderskantoor",
                                                         "Mentorschap", "Stichting", "Budgetbeheer"} else n
        v = [(n, "vol"), (kern, "kern"), (_lc(n), "klein")]
    elif typ == "rechtbank":
        c = rng.choice(COURTS)
        v = [(f"rechtbank {c}", "vol"), (f"Rechtbank {c}", "vol"), (f"Rb. {c}", "afk-prefix")]
    else:
        raise ValueError(typ)
    return Inst(typ, v, abbr)


# ---------------------------------------------------------------------------------------------------------
# the note builder
# ---------------------------------------------------------------------------------------------------------

PRONOUNS = {"hij", "hem", "zijn", "mevr", "zoon", "khij", "khem", "kzijn", "phij", "phem", "pzijn"}
VAULT_KEYS = {"k", "m", "v", "bz", "oma", "pl", "st", "tante", "cl", "pa", "k1", "k2", "k3", "kd", "kd2", "ov"}
OWNER_HANDLERS = {"tel", "email", "geb", "acc", "user", "plate", "addr", "bsn", "iban", "pc"}

EMAIL_INST = {"ka": ["zh"], "ha": ["ha"], "so": ["vph"], "zm": ["vph"], "zmm": ["vph"], "evv": ["vph"],
              "tl": ["vph"], "af": ["vph", "vo", "school", "prak"], "ib": ["school"], "juf": ["school"],
              "mstr": ["school"], "mentor": ["vo"], "zoco": ["vo"], "doc": ["vo"], "tlo": ["vo"], "smw": ["vo", "school"],
              "th": ["prak"], "fy": ["prak"], "beh": ["zorg"], "bw": ["bw"], "not": ["not"], "baas": ["werk"],
              "coll": ["prak", "vph"], "gedr": ["zorg"], "gv": ["zorg"], "amb": ["zorg"], "psych": ["ggz", "zorg"], "adm": ["vo", "school"], "dir": ["vo", "school"], "orth": ["vo", "school"]}

PLACEHOLDERS = ["[persoon-1]", "[persoon-12]", "[naam]", "[instelling]", "[adres]", "[telefoon]", "[e-mail]",
                "[initialen]", "[geboortedatum]", "[postcode]", "[kenteken]", "[bsn]", "[iban]", "[account]",
                "[nummer]", "[PERSOON-1]", "[school]", "[kind-1]", "[moeder]", "[vader]", "[datum]", "[***]"]

TOKEN = re.compile(r"\{([^{}]+)\}|\[\[(.+?)\]\]|<<(.+?)>>")

UNREG_SPEC: dict[str, tuple[str, list[str], str, str]] = {
    # key: (role, cue words, title kind, gender)  title kind: dr / mr / juf / "" (mevrouw/meneer)
    "rap": ("reclasseringswerker", ["reclasseringswerker", "rapporteur"], "", ""),
    "tl": ("leidinggevende", ["teamleider", "unitmanager", "werkbegeleider"], "", ""),
    "ovj": ("officier van justitie", ["officier van justitie", "OvJ", "de officier"], "mr", ""),
    "rc": ("rechter-commissaris", ["rechter-commissaris", "RC"], "mr", ""),
    "adv": ("advocaat", ["advocaat", "raadsman", "raadsvrouw"], "mr", ""),
    "beh": ("behandelaar", ["behandelaar", "psycholoog", "therapeut", "GZ-psycholoog"], "", ""),
    "baas": ("leidinggevende", ["leidinggevende", "werkgever", "chef", "ploegleider"], "", ""),
    "wa": ("wijkagent", ["wijkagent", "agent", "verbalisant"], "", ""),
    "vt": ("medewerker Veilig Thuis", ["Veilig Thuis-medewerker", "casemanager VT", "medewerker VT"], "", ""),
    "ex": ("ex-partner", ["ex-partner", "ex-vriendin", "ex-vrouw", "ex"], "", ""),
    "nvr": ("nieuwe partner", ["nieuwe vriendin", "nieuwe partner", "vriendin"], "", "f"),
    "nvm": ("nieuwe partner", ["nieuwe vriend", "vriend", "nieuwe partner", "stiefvader"], "", "m"),
    "broer": ("broer", ["broer", "oudere broer"], "", "m"),
    "zus": ("zus", ["zus", "zuster"], "", "f"),
    "buur": ("buurvrouw", ["buurvrouw", "bovenbuurvrouw", "de buurvrouw"], "", "f"),
    "buurm": ("buurman", ["buurman", "onderbuurman"], "", "m"),
    "ha": ("huisarts", ["huisarts", "HA", "dokter"], "dr", ""),
    "ka": ("kinderarts", ["kinderarts", "verwijzend kinderarts", "de kinderarts"], "dr", ""),
    "so": ("specialist ouderengeneeskunde", ["SO", "specialist ouderengeneeskunde", "arts"], "dr", ""),
    "psy": ("psycholoog", ["psycholoog", "GZ-psycholoog"], "", ""),
    "zm": ("zorgmedewerker", ["collega", "verzorgende", "EVV'er", "vpk", "verpleegkundige"], "first", "f"),
    "zmm": ("zorgmedewerker", ["collega", "verzorgende", "vpk", "leerling-verpleegkundige"], "first", "m"),
    "evv": ("eerst verantwoordelijke verzorgende", ["EVV", "EVV'er", "contactverzorgende"], "first", ""),
    "af": ("aandachtsfunctionaris", ["aandachtsfunctionaris", "AF"], "", ""),
    "bw": ("bewindvoerder", ["bewindvoerder", "mentor", "curator"], "mr", ""),
    "not": ("notaris", ["notaris", "kandidaat-notaris"], "mr", ""),
    "bankm": ("bankmedewerker", ["medewerker van de bank", "bankmedewerker", "adviseur"], "", ""),
    "mb": ("medebewoner", ["medebewoner", "buurvrouw op de gang", "bewoonster"], "", ""),
    "vrw": ("vrijwilliger", ["vrijwilliger", "vrijwilligster"], "first", ""),
    "th": ("therapeut", ["logopedist", "therapeut"], "", "f"),
    "fy": ("kinderfysiotherapeut", ["kinderfysiotherapeut", "fysio"], "", ""),
    "juf": ("leerkracht", ["juf", "leerkracht", "groepsleerkracht"], "juf", "f"),
    "mstr": ("leerkracht", ["meester", "leerkracht", "meneer"], "juf", "m"),
    "ib": ("intern begeleider", ["IB'er", "intern begeleider", "IB"], "", ""),
    "mentor": ("mentor", ["mentor", "klassenmentor"], "", ""),
    "zoco": ("zorgcoördinator", ["zorgcoördinator", "ZoCo", "zorgco"], "", ""),
    "smw": ("schoolmaatschappelijk werker", ["SMW", "schoolmaatschappelijk werker", "SMW'er"], "", ""),
    "gw": ("jeugdverpleegkundige", ["GW", "jeugdverpleegkundige", "JVP", "schoolverpleegkundige"], "", ""),
    "jgt": ("jeugd- en gezinscoach", ["JGT", "gezinscoach", "jeugdconsulent", "wijkteam"], "", ""),
    "cjg": ("CJG-medewerker", ["CJG", "CJG-medewerker", "opvoedondersteuner"], "", ""),
    "lpa": ("leerplichtambtenaar", ["leerplichtambtenaar", "LPA", "leerplicht"], "", ""),
    "tlo": ("teamleider", ["teamleider", "afdelingsleider", "TL"], "", ""),
    "dir": ("directeur", ["directeur", "locatiedirecteur", "directie"], "", ""),
    "doc": ("docent", ["docent", "vakdocent", "docent LO", "docent Nederlands"], "", ""),
    "conc": ("conciërge", ["conciërge"], "first", ""),
    "orth": ("orthopedagoog", ["orthopedagoog", "OG"], "drs", ""),
    "adm": ("administratie", ["administratie", "leerlingadministratie"], "", ""),
    "oppas": ("oppas", ["oppas", "buurmeisje"], "first", "f"),
    "sib": ("broer/zus", ["broertje", "zusje", "oudere broer", "grote zus", "halfbroer", "halfzus"], "", ""),
    "opa": ("opa", ["opa", "grootvader"], "", "m"),
    "kind2": ("kind", ["zoon", "dochter"], "", ""),
    "tand": ("tandarts", ["tandarts"], "", ""),
    "coll": ("collega", ["collega"], "", ""),
    "vz": ("voorzitter", ["voorzitter", "vz"], "", ""),
    "imam": ("imam", ["imam", "de imam", "hoca"], "", "m"),
    "pastor": ("pastor", ["pastor", "dominee", "voorganger"], "", ""),
    "pandit": ("pandit", ["pandit", "pandit-ji"], "", "m"),
    "trainer": ("trainer", ["trainer", "coach", "zwemjuf"], "", ""),
    "gedr": ("gedragswetenschapper", ["gedragswetenschapper", "GW", "gedragsdeskundige"], "", ""),
    "gv": ("gezinsvoogd", ["gezinsvoogd", "jeugdbeschermer", "GV"], "", ""),
    "amb": ("ambulant hulpverlener", ["ambulant hulpverlener", "gezinsbehandelaar", "hulpverlener"], "", ""),
    "pmw": ("pedagogisch medewerker", ["PM'er", "pedagogisch medewerker", "groepsleider"], "first", ""),
    "psych": ("psychiater", ["psychiater", "kinder- en jeugdpsychiater"], "dr", ""),
}

INST_SPEC = {"school": "school", "vo": "vo", "prev": "school", "kdv": "kinderopvang", "bso": "kinderopvang",
             "zh": "ziekenhuis", "ha": "huisarts", "zorg": "zorgaanbieder", "ggz": "zorgaanbieder",
             "prak": "praktijk", "werk": "werkgever", "werkp": "werkgever", "sport": "sportclub",
             "rel": "religie", "vph": "verpleeghuis", "afd": "afdeling", "bank": "bank", "not": "notaris",
             "bw": "bewindvoering", "rb": "rechtbank", "thuis": "zorgaanbieder", "zh2": "ziekenhuis",
             "jgt": "zorgaanbieder", "zorg2": "zorgaanbieder", "school2": "school"}

CHILD_NAME = [("voornaam", 50), ("verkleinwoord", 10), ("volledig", 13), ("kleine-letters", 9), ("hoofdletters", 4),
              ("initialen+achternaam", 4), ("achternaam", 2)]
ADULT_NAME = [("titel+achternaam", 30), ("volledig", 18), ("voornaam", 14), ("achternaam", 9),
              ("initialen+achternaam", 13), ("kleine-letters", 7), ("hoofdletters", 5)]
ELDER_NAME = [("titel+achternaam", 30), ("volledig", 8), ("voornaam", 25), ("achternaam", 5), ("verkleinwoord", 5),
              ("initialen+achternaam", 8), ("kleine-letters", 6), ("hoofdletters", 4)]
CHILD_SP = [("voornaam", 44), ("volledig", 10), ("verkleinwoord", 7), ("bezittelijk", 9), ("kleine-letters", 7),
            ("hoofdletters", 4), ("achternaam", 3), ("initialen+achternaam", 3), ("titel+achternaam", 1)]
ADULT_SP = [("titel+achternaam", 22), ("volledig", 14), ("voornaam", 12), ("achternaam", 9),
            ("initialen+achternaam", 10), ("kleine-letters", 6), ("hoofdletters", 5), ("bezittelijk", 6),
            ("verkleinwoord", 1)]


def possessive(first: str, rng: random.Random) -> str:
    if first[-1] in "sxz":
        return first + "'"
    if first[-1].lower() in "aeiouyéë":
        return first + "'s"
    return first + ("s" if rng.random() < 0.6 else "'s")


def diminutive(first: str) -> str:
    low = first.lower()
    one = len(re.findall(r"[aeiouyéëï]+", low)) == 1
    short = len(low) >= 3 and low[-2] in "aeiou" and low[-3] not in "aeiou"
    if low.endswith("y"):
        return first + "'tje"
    if low[-1] in "aouiéeë":
        return first + "tje"
    if low.endswith("ng"):
        return first + "etje" if one else first[:-1] + "kje"
    if low[-1] in "nlr":
        return first + first[-1] + "etje" if one and short else first + "tje"
    if low[-1] == "m":
        return first + "metje" if one and short else first + "pje"
    if low[-1] in "bdgkpst" and one and short:
        return first + first[-1] + "etje" if low[-1] in "bdg" else first + "je"
    return first + "je"


def title_for(p: P, rng: random.Random) -> str:
    if p.gender == "f":
        return rng.choice(["mevrouw", "mw.", "mevr.", "Mw.", "Mevrouw", "mw", "Mevr."])
    return rng.choice(["meneer", "dhr.", "de heer", "Dhr.", "mijnheer", "dhr", "De heer"])


def case_of(s: str) -> str:
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        return "klein"
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "hoofd"
    return "normaal"


def name_checks(text: str, p: P) -> list[Check]:
    words = [fold(v) for w in p.words() for v in (w, w.upper(), w.lower())]
    out, seen = [], set()
    for tok in re.findall(r"[^\W\d_]+", text):
        ft = fold(tok)
        if ft in PART or len(ft) < 2:
            continue
        if any(w in ft for w in words if len(w) >= 2) and ft not in seen:
            seen.add(ft)
            out.append(Check("word", tok))
    return out


class NB:
    """Builds one note: text, items, clinical and word phrases."""

    def __init__(self, rng: random.Random, style: str, length: str):
        self.rng, self.style, self.length = rng, style, length
        self.names = NameBank(rng)
        self.parts: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.v: dict[str, P] = {}           # registered persons by key
        self.u: dict[str, P] = {}           # unregistered persons by key
        self.i: dict[str, Inst] = {}        # institutions by key
        self.cache: dict[str, object] = {}
        self.lower = False
        self.typo = rng.choice([0.0, 0.0, 0.01, 0.025, 0.05])
        self.town = rng.choice(TOWNS)
        self.cpool: list[str] = []
        self.wpool: list[str] = []
        self.used_c: set[int] = set()
        self.used_w: set[int] = set()
        self.cur = datetime.date(rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
        self.year = self.cur.year
        self.dstyle = rng.randrange(7)
        self.main = ""
        self.ulow = rng.choice([0.0, 0.0, 0.0, 0.0, 0.1, 0.35])
        self.names.take(dist_tokens(self.town))

    # --- raw output -------------------------------------------------------------------------------------
    def t(self, s: str) -> None:
        if not s:
            return
        if self.lower:
            s = s.lower()
        if self.typo:
            s = self._typos(s)
        self.parts.append(s)
        self.pos += len(s)

    def raw(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _typos(self, s: str) -> str:
        def fix(m: re.Match) -> str:
            w = m.group(0)
            if len(w) < 5 or not w.islower() or self.rng.random() > self.typo:
                return w
            i = self.rng.randrange(1, len(w) - 2)
            r = self.rng.random()
            if r < 0.45:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if r < 0.75:
                return w[:i] + w[i + 1:]
            return w[:i] + w[i] + w[i:]
        return re.sub(r"[^\W\d_]+", fix, s)

    def item(self, kind: str, s: str, checks: list[Check], **attrs: str) -> None:
        start = self.pos
        self.raw(s)
        self.items.append(Item(kind, s, start, self.pos, checks, {k: str(v) for k, v in attrs.items()}))

    def clin(self, phrase: str) -> None:
        phrase = re.sub(r"\{(\w+)\}", lambda m: self.pron(m.group(1)), phrase)
        if self.lower:
            phrase = phrase.lower()
        self.clinical.append(phrase)
        self.raw(phrase)

    def word(self, phrase: str) -> None:
        phrase = re.sub(r"\{(\w+)\}", lambda m: self.pron(m.group(1)), phrase)
        if self.lower:
            phrase = phrase.lower()
        self.words.append(phrase)
        self.raw(phrase)

    # --- template engine --------------------------------------------------------------------------------
    def f(self, tmpl: str, lower: bool | None = None) -> None:
        old = self.lower
        if lower is not None:
            self.lower = lower
        pos = 0
        for m in TOKEN.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            if m.group(1) is not None:
                name, _, arg = m.group(1).partition(":")
                self.handle(name, arg)
            elif m.group(2) is not None:
                self.clin(m.group(2))
            else:
                self.word(m.group(3))
            pos = m.end()
        self.t(tmpl[pos:])
        self.lower = old

    def line(self, tmpl: str, lower: bool | None = None) -> None:
        self.f(tmpl + "\n", lower)

    def pick(self, *options: str) -> None:
        self.f(self.rng.choice(options))

    def maybe(self, p: float, tmpl: str) -> None:
        if self.rng.random() < p:
            self.f(tmpl)

    def handle(self, name: str, arg: str) -> None:
        if name in self.v:
            self.vault(self.v[name], arg)
        elif name.startswith("u_"):
            self.unreg(name[2:], arg)
        elif name.startswith("ini_"):
            self.initials(name[4:], arg)
        elif name.startswith("i_"):
            self.inst(name[2:], arg)
        elif name == "C":
            self.from_pool(self.cpool, self.used_c, arg)
            if self.rng.random() < 0.15:
                self.t(" ")
                style_words(self)
        elif name == "W":
            style_words(self)
        elif name == "d":
            self.t(self.date(arg))
        elif name.lower() in PRONOUNS:
            self.t(self.pron(name))
        elif name == "time":
            self.t(f"{self.rng.randint(7, 22):02d}{self.rng.choice([':', '.', ':'])}{self.rng.choice(range(0, 60, 5)):02d}")
        elif name == "town":
            self.t(self.town)
        elif name == "kid_list":
            kids = [self.v[k] for k in sorted(self.v) if k.startswith("k") and self.v[k].role == "kind"]
            for j, k in enumerate(kids):
                if j:
                    self.t(" en " if j == len(kids) - 1 else ", ")
                self.vault(k, "voornaam")
                self.t(f" ({self.age(k)})")
        elif hasattr(self, "h_" + name):
            getattr(self, "h_" + name)(arg)
        else:
            raise KeyError(f"unknown placeholder {name!r}")

    def _level_ok(self, tmpl: str) -> bool:
        if tmpl.startswith("VO|"):
            return self.cache.get("level") == "vo"
        if tmpl.startswith("PO|"):
            return self.cache.get("level") != "vo"
        return True

    def from_pool(self, pool: list[str], used: set[int], arg: str) -> None:
        cands = [j for j in range(len(pool)) if j not in used and self._usable(pool[j]) and self._level_ok(pool[j])]
        if not cands:
            cands = [j for j in range(len(pool)) if self._usable(pool[j]) and self._level_ok(pool[j])]
        j = self.rng.choice(cands)
        used.add(j)
        self.f(re.sub(r"^(VO|PO)\|", "", pool[j]))

    def _usable(self, tmpl: str) -> bool:
        for m in TOKEN.finditer(tmpl):
            if not m.group(1):
                continue
            name, _, arg = m.group(1).partition(":")
            base = arg.rstrip("*")
            if name in VAULT_KEYS and name not in self.v:
                return False
            if name.startswith("ini_") and name[4:] in VAULT_KEYS and name[4:] not in self.v:
                return False
            if name in OWNER_HANDLERS and base in VAULT_KEYS and base not in self.v:
                return False
            if name == "IFPF" and not ("pa" in self.v and self.v["pa"].gender == "f"):
                return False
        return True

    def ch(self, *opts) -> str:
        """A random option whose placeholders can all be filled in this note."""
        if len(opts) == 1 and isinstance(opts[0], list):
            opts = tuple(opts[0])
        good = [o for o in opts if self._usable(o)]
        return self.rng.choice(good or ["{C}"])

    # --- dates --------------------------------------------------------------------------------------------
    def date(self, arg: str = "") -> str:
        if arg != "same":
            self.cur += datetime.timedelta(days=self.rng.choice([1, 1, 2, 3, 4, 6, 7, 14]))
        c = self.cur
        y, m, d, wd = c.year, c.month, c.day, DAYS[c.weekday()]
        st = 0 if arg == "kort" else self.dstyle
        if st == 0:
            return f"{d}/{m}"
        if st == 1:
            return f"{d:02d}-{m:02d}-{y}"
        if st == 2:
            return f"{d} {MON3[m - 1]}"
        if st == 3:
            return f"{d}-{m}-{y}"
        if st == 4:
            return f"{wd} {d}-{m}"
        if st == 5:
            return f"{wd} {d} {MONTHS[m - 1]}"
        return f"{y}-{m:02d}-{d:02d}" if self.style == "lvs-export" else f"{d}.{m}.{str(y)[2:]}"

    def pron(self, name: str) -> str:
        who = self.main
        if name[0] in "kKpP" and name[1:].lower() in {"hij", "hem", "zijn"}:
            who, name = ("kd" if name[0] in "kK" else "pa"), (name[1:].capitalize() if name[0].isupper() else name[1:])
        p = self.v.get(who) if who else None
        f = p is not None and p.gender == "f"
        table = {"hij": ("hij", "zij"), "hem": ("hem", "haar"), "zijn": ("zijn", "haar"), "mevr": ("meneer", "mevrouw"),
                 "zoon": ("zoon", "dochter")}
        low = name.lower()
        if low not in table:
            raise KeyError(name)
        if low == "zoon":
            q = self.v.get("kd")
            out = table[low][1 if q is not None and q.gender == "f" else 0]
        else:
            out = table[low][1 if f else 0]
        return cap1(out) if name[0].isupper() else out

    def age(self, p: P) -> int:
        return p.cache.setdefault("age", self.rng.randint(1, 16))  # type: ignore[return-value]

    # --- persons ------------------------------------------------------------------------------------------
    def reg(self, key: str, role: str, **kw) -> P:
        p = self.names.person(role=role, key=key, **kw)
        self.v[key] = p
        return p

    def vault(self, p: P, arg: str) -> None:
        rng = self.rng
        if not arg or arg == "naam":
            if p.role in {"kind", "broer_zus"} and p.cache.get("child", True):
                table = CHILD_NAME if self.age(p) <= 10 else [x for x in CHILD_NAME if x[0] != "verkleinwoord"]
            elif p.role == "client" and self.style == "mic-verpleeghuis" and p.origin in {"nederlands", "fries"}:
                table = ELDER_NAME
            else:
                table = ADULT_NAME
            arg = rng.choices([s for s, _ in table], weights=[w for _, w in table])[0]
        sp = arg
        sur = p.sur
        if sp == "hoofd-achternaam":
            sp, s = "hoofdletters", cap1(sur).upper()
        elif sp == "voornaam":
            s = p.first
        elif sp == "volledig":
            s = p.full
        elif sp == "achternaam":
            s = cap1(sur)
        elif sp == "kleine-letters":
            s = rng.choice([p.first, p.full, p.first, cap1(sur)]).lower()
        elif sp == "hoofdletters":
            s = rng.choice([p.full.upper(), cap1(sur).upper(), f"{cap1(sur).upper()}, {p.first}",
                            f"{cap1(sur).upper()} {p.first}", f"{p.first} {sur.upper()}", p.first.upper()])
        elif sp == "bezittelijk":
            s = possessive(p.first, rng) if rng.random() < 0.85 or p.role == "kind" else possessive(cap1(sur), rng)
        elif sp == "verkleinwoord":
            s = diminutive(p.first)
        elif sp == "titel+achternaam":
            s = f"{title_for(p, rng)} {cap1(sur)}"
        elif sp == "initialen+achternaam":
            s = f"{p.initials(rng.random() < 0.5)} {sur}"
        else:
            raise ValueError(sp)
        if self.lower:
            s = s.lower()
        if case_of(s) == "klein" and sp not in {"kleine-letters"}:
            sp = "kleine-letters"
        elif case_of(s) == "hoofd" and sp != "hoofdletters":
            sp = "hoofdletters"
        checks = name_checks(s, p) or [Check("word", tok) for tok in re.findall(r"[^\W\d_]{2,}", s)]
        self.item(f"vault:{sp}", s, checks, role=p.role)

    def get_u(self, key: str) -> P:
        if key in self.u:
            return self.u[key]
        base = re.sub(r"\d+$", "", key)
        role, cues, tk, g = UNREG_SPEC[base]
        gender = g or self.rng.choice("mf")
        origin = None
        fam = None
        if base in {"sib", "kind2", "broer", "zus", "opa"} and self.v:
            fam = self.v.get(self.main) or next((p for p in self.v.values() if p.role in {"kind", "client"}), None)
        if fam is not None:
            origin = fam.origin
        if base == "pandit":
            origin = "surinaams-hindoestaans"
        elif base in {"imam"}:
            origin = self.rng.choice(["marokkaans", "turks", "somalisch", "afghaans", "syrisch"])
        elif base in {"pastor"}:
            origin = self.rng.choice(["nederlands", "ghanees", "nigeriaans", "eritrees", "surinaams-creools", "antilliaans"])
        main = self.v.get(self.main)
        if base == "ex" and main is not None:
            gender = "f" if main.gender == "m" else "m"
        p = self.names.person(origin=origin, gender=gender, role=role, key=key, elderly=base in {"mb", "opa"})
        if base == "sib":
            cues = ["broertje", "oudere broer", "halfbroer", "grote broer"] if gender == "m" else \
                ["zusje", "grote zus", "halfzus", "oudere zus"]
            tk = "first"
        elif base == "kind2":
            cues = ["zoon", "oudste zoon"] if gender == "m" else ["dochter", "oudste dochter"]
        elif base == "ex":
            cues = ["ex-partner", "ex-vriendin", "ex-vrouw"] if gender == "f" else ["ex-partner", "ex-vriend", "ex-man"]
        elif base in {"lln", "oppas"}:
            tk = "first"
        p.cues = cues
        p.title = tk
        self.u[key] = p
        return p

    def unreg(self, key: str, arg: str) -> None:
        p = self.get_u(key)
        form, _, cue = arg.partition("/")
        rng = self.rng
        if not form:
            form = rng.choice(["cue", "cue", "volledig", "voornaam", "titel", "init", "achternaam"])
            if p.title == "first":
                form = rng.choice(["cue", "voornaam", "voornaam", "voornaam+letter"])
        if form == "cue":
            c = rng.choice(p.cues)
            self.t(c + " ")
            cue = c
            if p.title in {"juf", "first"}:
                form = "voornaam"
            else:
                form = rng.choice(["volledig", "titel", "voornaam", "init", "achternaam"])
        if form == "voornaam":
            s = p.first
        elif form == "volledig":
            s = p.full
        elif form == "achternaam":
            s = cap1(p.sur)
        elif form == "titel":
            if p.title == "dr":
                s = f"{rng.choice(['dr.', 'Dr.', 'dokter', 'dr'])} {cap1(p.sur)}"
            elif p.title == "mr":
                s = f"{rng.choice(['mr.', 'Mr.', 'mr'])} {cap1(p.sur)}"
            elif p.title == "drs":
                s = f"drs. {cap1(p.sur)}"
            elif p.title == "juf":
                s = f"{'juf' if p.gender == 'f' else 'meester'} {p.first}"
            else:
                s = f"{title_for(p, rng)} {cap1(p.sur)}"
        elif form == "init":
            s = f"{p.initials(rng.random() < 0.4)} {p.sur}"
        elif form == "voornaam+letter":
            core = [w for w in p.sur.split() if fold(w) not in PART]
            s = f"{p.first} {core[0][0].upper()}." if core else p.first
        elif form == "klein":
            s = rng.choice([p.first, p.full]).lower()
        elif form == "hoofd":
            s = rng.choice([p.full.upper(), cap1(p.sur).upper()])
        elif form == "initialen":
            self.initials(key, cue)
            return
        else:
            raise ValueError(form)
        if self.lower or (form not in {"hoofd"} and rng.random() < self.ulow):
            s = s.lower()
        elif form in {"volledig", "achternaam", "init"} and rng.random() < 0.05:
            s = s.upper()
        self.item("unregistered", s, name_checks(s, p), cue=cue or "geen", case=case_of(s), origin=p.origin,
                  role=p.role, word_name=p.word_name())

    def initials(self, key: str, arg: str = "") -> None:
        if key in self.v:
            p = self.v[key]
            of = "vault"
        else:
            p = self.get_u(key)
            of = "unregistered"
        s = p.cache.get("ini")
        if s is None or arg == "new":
            for _ in range(20):
                if of == "vault":
                    base = p.initials(self.rng.random() < 0.3).replace(".", "")
                    base += "".join(w[0].upper() for w in p.sur.split() if fold(w) not in PART)[:1]
                    s = self.rng.choice([".".join(base) + ".", base, base, base.lower(), f"({base})"[1:-1]])
                else:
                    s = smart_initials(p, self.rng)
                if fold(s).replace(".", "") not in STOP_INITIALS and len(s.replace(".", "")) >= 2:
                    break
            else:
                s = p.first[:2].capitalize() + "".join(w[0].upper() for w in p.sur.split() if fold(w) not in PART)
            p.cache["ini"] = s
        if len(str(s).replace(".", "")) < 2:
            s = p.first[0].upper() + "." + p.sur.split()[-1][0].upper() + "."
        if self.lower:
            s = str(s).lower()
        self.item("initialen", str(s), [Check("word", str(s))], of=of, role=p.role)

    # --- institutions -------------------------------------------------------------------------------------
    def get_i(self, key: str) -> Inst:
        if key in self.i:
            return self.i[key]
        typ = INST_SPEC[re.sub(r"\d+$", "", key)]
        for _ in range(40):
            inst = make_inst(typ, self.rng, self.town)
            toks = inst.tokens()
            if self.names.ok(toks) and all(inst.variants[0][0] != o.variants[0][0] for o in self.i.values()):
                break
        self.names.take(inst.tokens())
        self.i[key] = inst
        return inst

    def inst(self, key: str, arg: str) -> None:
        inst = self.get_i(key)
        rng = self.rng
        if arg == "afk" and inst.abbr:
            s, form = inst.abbr, "afkorting"
        else:
            cands = [(t, f) for t, f in inst.variants if not arg or f == arg or (arg == "vol" and f == "vol")]
            if not cands:
                cands = inst.variants
            if not arg and inst.abbr and rng.random() < 0.15:
                cands = [(inst.abbr, "afkorting")]
            s, form = rng.choice(cands)
        if self.lower:
            s = s.lower()
        checks = [Check("word", tok) for tok in dict.fromkeys(dist_tokens(s))]
        if not checks:
            checks = [Check("ci", s)]
        self.item(f"instelling:{inst.typ}", s, checks, form=form, case=case_of(s))

    # --- identifiers ----------------------------------------------------------------------------------------
    def owner(self, arg: str) -> P:
        if arg in self.v:
            return self.v[arg]
        return self.get_u(arg)

    def h_geest(self, arg: str) -> None:
        """the spiritual leader that fits {i_rel}"""
        kind = getattr(self.get_i("rel"), "kind", "christen")
        key = {"islam": "imam", "hindoe": "pandit", "christen": "pastor"}[kind]
        self.unreg(key, arg or "cue")

    def h_IFPF(self, arg: str) -> None:
        """marks a template that only fits a female partner"""

    def h_tel(self, arg: str) -> None:
        key = "tel:" + arg
        if key not in self.cache:
            landline = arg.startswith("vast") or (arg.startswith("i_") and self.rng.random() < 0.7)
            self.cache[key] = make_landline(self.rng) if landline else make_mobile(self.rng)
        s, nsn = self.cache[key]  # type: ignore[misc]
        self.item("telefoon", s, [Check("digits", nsn)], form="vast" if len(s) and not nsn.startswith("6") else "mobiel")

    def h_email(self, arg: str) -> None:
        key = "email:" + arg
        if key not in self.cache:
            rng = self.rng
            if arg.startswith("i_"):
                inst = self.get_i(arg[2:])
                dom = ascii_fold(dist_tokens(inst.variants[0][0])[0] if dist_tokens(inst.variants[0][0]) else "zorg")
                local = rng.choice(["info", "administratie", "secretariaat", "zorg", "receptie"])
                s = f"{local}@{dom}.nl"
                self.cache[key] = (s, s)
            else:
                p = self.owner(arg)
                f, l = ascii_fold(p.first), ascii_fold(p.sur)
                core = ascii_fold(" ".join(w for w in p.sur.split() if fold(w) not in PART))
                if p.role in ROLES or p.key in self.v:
                    local = rng.choice([f"{f}.{l}", f"{f[0]}.{core}", f"{f}{rng.randint(70, 99)}", f"{core}{f[0]}",
                                        f"{f}_{core}", f"{f}.{core}{rng.randint(1, 9)}", f"{f}{core}"])
                    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl",
                                      "kpnmail.nl", "icloud.com", "yahoo.com", "hotmail.nl", "planet.nl"])
                else:
                    local = rng.choice([f"{f[0]}.{core}", f"{f}.{core}", f"{f}.{l}", f"{f[0]}{core}"])
                    base = re.sub(r"\d+$", "", arg)
                    ikeys = [k for k in EMAIL_INST.get(base, []) if k in self.i]
                    town = ascii_fold(self.town)
                    if ikeys:
                        toks = dist_tokens(self.i[ikeys[0]].variants[0][0]) or ["zorg"]
                        dom = ascii_fold(toks[0]) + rng.choice([".nl", ".nl", ".nl", "-zorg.nl", ".org"])
                    else:
                        dom = {"rap": "reclassering.nl", "tl": "reclassering.nl", "vt": f"veiligthuis-{town}.nl",
                               "jgt": f"jeugdteam{town}.nl", "cjg": f"cjg{town}.nl", "lpa": f"{town}.nl",
                               "wa": "politie.nl", "ovj": "om.nl", "adv": f"advocaten{town}.nl"}.get(base, f"{town}-zorg.nl")
                s = f"{local}@{dom}"
                self.cache[key] = (s, local)
        s, local = self.cache[key]  # type: ignore[misc]
        self.item("email", s, [Check("ci", local)])

    def h_bsn(self, arg: str) -> None:
        key = "bsn:" + arg
        b = self.cache.setdefault(key, make_bsn(self.rng))
        r = self.rng.random()
        s = b if r < 0.6 else (f"{b[:4]}.{b[4:6]}.{b[6:]}" if r < 0.8 else f"{b[:3]} {b[3:6]} {b[6:]}")
        self.item("bsn", s, [Check("digits", b)])  # type: ignore[arg-type]

    def h_iban(self, arg: str) -> None:
        key = "iban:" + arg
        if key not in self.cache:
            code = getattr(self.i.get("bank"), "code", None)
            self.cache[key] = make_iban(self.rng, code)
        iban, acct, _ = self.cache[key]  # type: ignore[misc]
        s = fmt_iban(self.rng, iban)
        self.item("iban", s, [Check("digits", acct)])

    def h_plate(self, arg: str) -> None:
        key = "plate:" + arg
        s = self.cache.setdefault(key, make_plate(self.rng))
        self.item("kenteken", s, [Check("compact", compact(s))])  # type: ignore[arg-type]

    def h_geb(self, arg: str) -> None:
        p = self.owner(arg)
        if "dob" not in p.cache:
            if p.role == "kind" and p.cache.get("child", True):
                y = self.year - self.age(p)
            elif p.role == "client" and self.style == "mic-verpleeghuis":
                y = self.year - self.rng.randint(72, 97)
            else:
                y = self.year - self.rng.randint(22, 58)
            p.cache["dob"] = (y, self.rng.randint(1, 12), self.rng.randint(1, 28))
            p.cache["dobstyle"] = self.rng.randrange(7)
        y, m, d = p.cache["dob"]  # type: ignore[misc]
        s = fmt_date(self.rng, y, m, d, p.cache["dobstyle"])  # type: ignore[arg-type]
        self.item("geboortedatum", s, [Check("digits", digits_of(s))])

    def h_addr(self, arg: str) -> None:
        key = "addr:" + arg.rstrip("*")
        if key not in self.cache:
            for _ in range(30):
                st = self.rng.choice(STREETS)
                if self.names.ok(dist_tokens(st)):
                    break
            self.names.take(dist_tokens(st))
            nr = str(self.rng.choice([self.rng.randint(1, 9), self.rng.randint(10, 99), self.rng.randint(10, 250)]))
            suf = self.rng.choice(["", "", "", "", "a", "b", "-II", " A", "-3", " bis", "-1"])
            self.cache[key] = (st, nr, suf)
        st, nr, suf = self.cache[key]  # type: ignore[misc]
        full = arg.endswith("*") or self.rng.random() < 0.85
        s = f"{st} {nr}{suf}" if full else st
        if self.lower:
            s = s.lower()
        checks = [Check("word", w) for w in st.split() if fold(w).strip(".") not in PART and len(w) > 2]
        if full and len(nr) >= 3:
            checks.append(Check("digits", nr))
        self.item("adres", s, checks, form="straat+nummer" if full else "straat")

    def h_pc(self, arg: str) -> None:
        key = "pc:" + arg
        s, c = self.cache.setdefault(key, make_postcode(self.rng))  # type: ignore[misc]
        self.item("postcode", s, [Check("compact", c)])

    def h_acc(self, arg: str) -> None:
        p = self.owner(arg)
        rng = self.rng
        f, core = ascii_fold(p.first), ascii_fold(" ".join(w for w in p.sur.split() if fold(w) not in PART))
        handle = rng.choice([f"{f}_{core[:1]}{rng.randint(2005, 2016)}", f"{f}.{core}", f"{f}{core}_",
                             f"x{f}x{rng.randint(10, 99)}", f"{core}.{f}{rng.randint(1, 9)}", f"its.{f}",
                             f"{f}__{core[:3]}", f"{f}{rng.randint(100, 999)}"])
        r = rng.random()
        if r < 0.4:
            s, form = "@" + handle, "handle"
        elif r < 0.7:
            site = rng.choice(["instagram.com/", "www.instagram.com/", "tiktok.com/@", "facebook.com/",
                               "https://www.tiktok.com/@", "x.com/", "snapchat.com/add/"])
            s, form = site + handle, "url"
        elif r < 0.85:
            s, form = handle, "snap"
        else:
            s, form = handle, "gebruikersnaam"
        self.item("account", s, [Check("ci", handle)], form=form)

    def h_user(self, arg: str) -> None:
        p = self.owner(arg)
        core = ascii_fold(" ".join(w for w in p.sur.split() if fold(w) not in PART))
        s = p.cache.setdefault("user", self.rng.choice(
            [f"{ascii_fold(p.first)[0]}{core}", f"{ascii_fold(p.first)}.{core}", f"{core}{ascii_fold(p.first)[:2]}"]))
        self.item("account", s, [Check("ci", s)], form="gebruikersnaam")  # type: ignore[arg-type]

    def h_nr(self, arg: str) -> None:
        """dossier/client/pupil numbers: {nr:leerling}, {nr:client}, {nr:vt}, {nr:dossier}"""
        key = "nr:" + arg
        if key not in self.cache:
            rng = self.rng
            if arg == "vt":
                s = rng.choice([f"VT-{self.year}-{rng.randint(1000, 99999):05d}", f"{rng.randint(100000, 999999)}",
                                f"VT{rng.randint(1000000, 9999999)}"])
            elif arg == "leerling":
                s = str(rng.randint(10000, 999999))
            elif arg == "client":
                s = rng.choice([str(rng.randint(100000, 9999999)), f"C{rng.randint(10000, 99999)}",
                                f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"])
            elif arg == "cjib":
                s = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            else:
                s = rng.choice([f"{self.year}-{rng.randint(100, 99999)}", f"D{rng.randint(10000, 999999)}",
                                f"{rng.randint(100000, 999999)}"])
            self.cache[key] = s
        s = self.cache[key]
        self.item("dossiernummer", s, [Check("digits", digits_of(s))], type=arg or "dossier")  # type: ignore[arg-type]

    def h_parket(self, arg: str) -> None:
        s = self.cache.setdefault("parket", f"{self.rng.choice(['05', '08', '09', '13', '16', '18', '20', '22', '96', '02', '03', '10'])}/"
                                            f"{self.rng.randint(100000, 999999)}-{str(self.year)[2:]}")
        self.item("parketnummer", s, [Check("digits", digits_of(s))])  # type: ignore[arg-type]

    def h_zaak(self, arg: str) -> None:
        rng = self.rng
        s = self.cache.setdefault("zaak", rng.choice([f"PL{rng.choice(['0500', '0600', '1100', '0900', '1700'])}-{self.year}{rng.randint(100000, 999999)}",
                                                      f"{self.year}{rng.randint(100000, 999999)}",
                                                      f"BVH {self.year}-{rng.randint(10000, 999999)}"]))
        self.item("zaaknummer", s, [Check("digits", digits_of(s))])  # type: ignore[arg-type]

    # --- finish -------------------------------------------------------------------------------------------
    def collisions(self) -> list[str]:
        """Name words of this note's persons that also occur as ordinary words outside any item
        ("3 jan" next to a Jan, "niet meer" next to a Van der Meer, "SARA" next to a Sara)."""
        text = "".join(self.parts)
        inside = bytearray(len(text))
        for it in self.items:
            inside[it.start:it.end] = b"\1" * (it.end - it.start)
        names = {fold(w) for p in list(self.v.values()) + list(self.u.values()) for w in p.words()}
        out = []
        for m in re.finditer(r"[^\W\d_]+", text):
            if fold(m.group(0)) not in names or any(inside[m.start():m.end()]):
                continue
            a, b = m.start(), m.end()
            seg_a = max(text.rfind(c, 0, a) for c in "\n\t;|") + 1
            ends = [e for e in (text.find(c, b) for c in "\n\t;|") if e >= 0]
            seg_b = min(ends) if ends else len(text)
            toks = [(t.start() + seg_a, t.end() + seg_a) for t in re.finditer(r"\S+", text[seg_a:seg_b])]
            ti = next(j for j, (x, y) in enumerate(toks) if x <= a < y)
            lo, hi = max(0, ti - 1), min(len(toks), ti + 2)
            phrase = text[toks[lo][0]:toks[hi - 1][1]].strip(" .,;:()'\"|")
            if (len(phrase.split()) < 2 and not re.search(r"[^\W\d_][/\-][^\W\d_]", phrase)) or \
                    any(phrase in w for w in self.words + out):
                continue
            ok = True
            j = text.find(phrase)
            while j >= 0 and ok:
                if any(inside[j:j + len(phrase)]):
                    ok = False
                j = text.find(phrase, j + 1)
            if ok:
                out.append(phrase)
        return out

    def note(self) -> Note:
        persons = [Person(p.full, p.role) for p in self.v.values()]
        self.words += self.collisions()
        return Note(self.style, self.length, "".join(self.parts), persons, self.items, list(dict.fromkeys(self.clinical)),
                    list(dict.fromkeys(self.words)))


# ---------------------------------------------------------------------------------------------------------
# phrase pools: [[...]] is a clinical phrase, <<...>> a word-name phrase, {...} a placeholder
# ---------------------------------------------------------------------------------------------------------

W_POOL: list[tuple[str, str, str]] = [
    # (word, domain, sentence) domain: kind / oud / alg
    ("hoop", "alg", "Er is <<weinig hoop>> dat het thuis snel verandert."),
    ("hoop", "alg", "Er is <<hoop op verbetering>> nu de hulp is gestart."),
    ("hoop", "alg", "<<De hoop is dat>> de rust terugkeert."),
    ("hoop", "alg", "Zelf zegt betrokkene: <<ik heb goede hoop>>."),
    ("hoop", "oud", "Familie <<houdt hoop>> op een snelle oplossing."),
    ("winter", "kind", "Ook <<in de winter>> komt het kind zonder jas."),
    ("winter", "alg", "<<Deze winter>> was de verwarming weken kapot."),
    ("winter", "alg", "<<Afgelopen winter>> is er twee keer een verhuizing geweest."),
    ("winter", "oud", "<<In de winter>> gaat {mevr} niet meer naar buiten."),
    ("zon", "kind", "<<De zon scheen>>, toch droeg het kind een dikke trui."),
    ("zon", "kind", "Volgens oma is het kind <<het zonnetje in huis>>."),
    ("zon", "oud", "Cliënt zat graag <<in de zon>> op het terras."),
    ("zon", "alg", "<<Zon en regen>> wisselden elkaar af tijdens het huisbezoek."),
    ("storm", "alg", "Na <<de storm>> van vorige week is het dak nog niet gerepareerd."),
    ("storm", "alg", "Het gesprek was <<een storm van emoties>>."),
    ("bos", "alg", "Er stond <<een bos bloemen>> op tafel."),
    ("bos", "kind", "Het gezin wandelt in het weekend graag <<in het bos>>."),
    ("berg", "alg", "Er ligt <<een berg wasgoed>> in de gang."),
    ("berg", "alg", "Er is <<een berg schulden>> ontstaan."),
    ("post", "alg", "<<De post>> wordt al weken niet geopend."),
    ("post", "oud", "<<Post van de bank>> lag ongeopend in de la."),
    ("baas", "alg", "Er is ruzie geweest <<met de baas>> op het werk."),
    ("baas", "alg", "Er is angst dat <<de baas>> met ontslag dreigt."),
    ("visser", "alg", "Vader <<werkt als visser>> en is vaak dagen van huis."),
    ("visser", "oud", "Meneer <<was vroeger visser>> op de Noordzee."),
    ("bakker", "alg", "Het brood komt van <<de bakker>> om de hoek."),
    ("groen", "alg", "Er zijn ook <<groene plekken>> te zien, die lijken ouder."),
    ("groen", "alg", "Er is <<groen licht>> gegeven voor een verlenging."),
    ("zwart", "kind", "Het kind heeft <<zwarte kringen>> onder de ogen."),
    ("koning", "kind", "In het spel was hij <<de koning>> en mocht niemand iets zeggen."),
    ("klein", "kind", "Het kind is <<klein voor de leeftijd>>."),
    ("beer", "kind", "Het kind neemt <<de knuffel beer>> overal mee naartoe."),
    ("wolf", "kind", "Op de tekening staat <<een grote wolf>> voor het huis."),
    ("haan", "alg", "<<De haan>> van de buren kraait om vijf uur."),
    ("kok", "oud", "<<De kok>> van de afdeling merkte op dat er eten verdween."),
    ("schipper", "kind", "Het kind wil later <<schipper worden>>, net als opa."),
    ("dijk", "kind", "Het kind liep in het donker <<over de dijk>> naar huis."),
    ("beek", "alg", "De woning ligt vlak <<bij de beek>>."),
    ("hoek", "kind", "Het kind zat <<in de hoek van de kamer>>."),
    ("engel", "kind", "Oma noemt het kind <<een kleine engel>>."),
    ("roos", "alg", "Op tafel stond <<een rode roos>> in een vaas."),
    ("roos", "oud", "Op de kamer staat <<een roos in een vaas>>, meegebracht door bezoek."),
    ("jong", "alg", "Moeder <<was erg jong>> toen zij zwanger raakte."),
    ("bruin", "kind", "Het kind heeft <<bruin haar>> en draagt een bril."),
    ("prins", "kind", "Het kind speelt graag <<prins en prinses>>."),
    ("kroon", "oud", "{Mevr} is <<een kroon van een kies>> kwijt."),
    ("meer", "alg", "Vroeger werd er gevist bij <<het meer>>."),
    ("wijk", "alg", "Er is veel overlast <<in de wijk>>."),
    ("merel", "kind", "Het kind hoorde <<een merel zingen>> en werd stil."),
    ("job", "alg", "Er wordt gezocht naar <<een nieuwe job>>."),
    ("bas", "alg", "Hij speelt <<bas in een bandje>> van de kerk."),
    ("iris", "oud", "<<Pupillen en iris>> zonder bijzonderheden."),
    ("fleur", "kind", "Het kind heeft weer <<wat meer fleur>>."),
    ("bloem", "kind", "Het kind tekende <<een bloem en een huis>> zonder deur."),
    ("boer", "oud", "Meneer <<was boer>> in Drenthe."),
    ("boer", "kind", "Ze haalden melk <<bij de boer>>."),
    ("koster", "oud", "<<De koster van de kerk>> brengt soms boodschappen."),
    ("wit", "kind", "Het kind <<trok wit weg>> toen de naam van vader viel."),
    ("nam", "alg", "Moeder <<nam de telefoon niet op>>."),
    ("nam", "oud", "Cliënt <<nam de medicatie niet in>>."),
    ("linde", "kind", "Ze zaten samen <<onder de linde>> op het plein."),
    ("vink", "kind", "Het kind <<floot als een vink>>."),
    ("dam", "alg", "Vader woont sinds kort <<achter de dam>>."),
    ("heuvel", "kind", "Het kind fietste <<de heuvel af>> zonder helm."),
    ("vos", "kind", "Het kind tekende <<een vos die de kippen pakt>>."),
    ("graaf", "kind", "In het verhaal van het kind was er <<een boze graaf>> die kinderen opsloot."),
    ("long", "oud", "Er is sprake van <<een ontsteking aan de long>>."),
    ("lam", "oud", "De arm voelde <<lam en koud>> aan na de val."),
    ("kramer", "oud", "{Mevr} stond vroeger <<als kramer op de markt>>."),
    ("ruiter", "kind", "Zij rijdt paard en is <<een goede ruiter>>."),
    ("maas", "alg", "De flat staat <<aan de Maas>>."),
    ("hof", "oud", "Cliënt wandelt graag <<in de hof>> achter het gebouw."),
    ("veen", "kind", "Het kind vertelde over <<turf uit het veen>> bij opa."),
    ("engel", "oud", "Mevrouw noemt de verzorgster <<mijn engel>>."),
    ("zon", "kind", "Het kind tekende <<een grote zon>> boven het huis."),
    ("wolf", "alg", "Hij at <<als een wolf>> na een dag zonder eten."),
    ("vos", "oud", "Meneer droeg vroeger <<een bontkraag van vos>>, zegt de zoon."),
    ("bakker", "kind", "Opa <<was bakker>> en stond om vier uur op."),
    ("winter", "kind", "<<Winterjas en laarzen>> ontbreken."),
    ("klein", "alg", "Het appartement is <<te klein>> voor het hele gezin."),
    ("groot", "alg", "<<De zorgen zijn groot>>, ook bij de school."),
    ("storm", "kind", "Het kind <<kwam binnenstormen>> en begon te huilen."),
]


def style_words(nb: NB) -> None:
    """Pick a word-name sentence, preferring words that are also names in this note."""
    dom = {"alg", "oud"} if nb.style == "mic-verpleeghuis" else {"alg", "kind"}
    names = {fold(w) for p in list(nb.v.values()) + list(nb.u.values()) for w in p.words()}
    cands = [j for j, (_, d, _) in enumerate(W_POOL) if j not in nb.used_w and d in dom]
    pref = [j for j in cands if W_POOL[j][0] in names]
    j = nb.rng.choice(pref if pref and nb.rng.random() < 0.8 else cands)
    nb.used_w.add(j)
    nb.f(W_POOL[j][2])


C_RECL = [
    "Cliënt erkent dat {hij} [[{zijn} partner heeft geduwd]], maar ontkent [[het slaan met de vuist]].",
    "Bij aankomst van de politie had {pa} [[een bloedneus en een zwelling boven het linkeroog]].",
    "De verbalisanten zagen [[rode striemen in de hals]] bij het slachtoffer.",
    "[[De kinderen waren getuige van het geweld]].",
    "{k1} [[verstopte zich in de badkamer]] tijdens het incident.",
    "Cliënt [[drinkt vrijwel dagelijks]] en gebruikt in het weekend [[cocaïne]].",
    "Er is sprake van [[problematische schulden]] (ruim € 18.000).",
    "Cliënt [[toont weinig zelfreflectie]] en [[legt de schuld bij het slachtoffer]].",
    "{Hij} beschrijft zelf [[jaloezie en controlerend gedrag]]; {hij} controleerde de telefoon van {phem}.",
    "Het slachtoffer [[mocht niet zelfstandig over geld beschikken]].",
    "Er zijn [[eerdere meldingen van huiselijk geweld]] bekend (2021, 2023).",
    "Cliënt is [[eerder veroordeeld voor mishandeling]] van een ex-partner.",
    "[[Het risico op recidive wordt ingeschat als hoog]].",
    "[[Het risico op recidive wordt ingeschat als gemiddeld]].",
    "[[Het risico op letsel]] bij herhaling is aanzienlijk.",
    "Cliënt zegt [[gemotiveerd te zijn voor behandeling]].",
    "Cliënt [[heeft zich aan het huisverbod gehouden]].",
    "{Hij} [[schreeuwde en gooide met een stoel]].",
    "{IFPF}{pa} [[was op dat moment zes maanden zwanger]].",
    "Cliënt [[werd als kind zelf mishandeld]] door {zijn} vader.",
    "Na de breuk zijn er [[signalen van stalking]].",
    "Er is sprake geweest van [[een poging tot verwurging]].",
    "Er is [[geen stabiele woonsituatie]].",
    "Cliënt [[slaapt slecht en piekert veel]].",
    "[[Agressieregulatie is een zorgpunt]].",
    "{Hij} [[zegt spijt te hebben]] maar [[bagatelliseert het geweld]].",
    "[[De relatie is meerdere keren uit en aan geweest]].",
    "[[Alcoholgebruik verhoogt het risico]] op nieuw geweld.",
    "{k1} [[plast sinds het incident weer in bed]], aldus de moeder.",
    "Cliënt [[heeft een licht verstandelijke beperking]] (IQ 68).",
    "Cliënt [[heeft een wapen in huis gehad]] (een honkbalknuppel).",
    "[[Het slachtoffer is financieel afhankelijk]] van cliënt.",
    "Cliënt [[kan {zijn} boosheid moeilijk reguleren]] als {hij} gedronken heeft.",
    "{pa} [[durft niet naar huis]] zolang cliënt daar is.",
    "Er zijn [[blauwe plekken op beide armen]] gefotografeerd door de forensisch arts.",
    "Cliënt sport bij {i_sport}; de trainer [[ziet {hem} daar als rustig]].",
    "{pa} werkt bij {i_werkp}; [[{phij} is daar de laatste weken vaak afwezig]].",
    "Eerder is cliënt behandeld bij {i_ggz}; [[de behandeling is voortijdig gestopt]].",
    "De jongste gaat naar {i_kdv}; [[daar vallen geen zorgen op]].",
    "Het gezin is betrokken bij {i_rel}; [[de gemeenschap weet van de problemen]].",
]

C_MIC = [
    "{Mevr} [[was na het bezoek erg onrustig]] en [[huilde]].",
    "Bij de ADL zag de collega [[een blauwe plek op de linker onderarm]] van ca. 4 cm.",
    "[[Hematomen op beide bovenarmen]], passend bij stevig vastpakken.",
    "Cliënt [[schrikt bij aanraking]] en [[trekt zich terug]].",
    "Cliënt [[eet slecht]] en [[is 3 kg afgevallen]] in een maand.",
    "[[De pinpas zit niet meer in de portemonnee]].",
    "[[Er ontbreken sieraden]] uit de kast (trouwring, broche).",
    "Cliënt zegt letterlijk: '[[ik moet hem geld geven]], anders komt hij niet meer'.",
    "Er is [[geen geld voor de kapper en de pedicure]] sinds twee maanden.",
    "[[Facturen van de eigen bijdrage zijn onbetaald]].",
    "[[Decubitus graad 2 op de stuit]].",
    "[[Roos op de hoofdhuid]] en [[ongewassen haar]] na het weekend thuis.",
    "[[Kleding is te dun voor de tijd van het jaar]].",
    "{Mevr} was [[verward en angstig]] na het telefoongesprek.",
    "Cliënt [[wil niet dat de deur dicht gaat]].",
    "Bezoek [[verhief zijn stem]] en [[pakte cliënt stevig bij de pols]].",
    "[[Medicatie werd niet ingenomen]] tijdens het weekendverlof.",
    "Bekend met [[dementie van het Alzheimertype]], [[MMSE 17/30]].",
    "Cliënt is [[wilsonbekwaam ten aanzien van financiën]].",
    "[[De post wordt door de {zoon} meegenomen]].",
    "Cliënt [[zit veel alleen op de kamer]].",
    "{Mevr} [[lijkt bang voor {zijn} {zoon}]].",
    "[[Schaafwond op de rechterknie]], oorzaak onbekend.",
    "Cliënt oogt [[grauw en vermoeid]].",
    "[[Oedeem aan beide enkels]].",
    "[[Incontinentiemateriaal was niet verschoond]] bij terugkomst.",
    "Cliënt [[zegt dat {zijn} geld op is]].",
    "Er is [[een nieuwe tv en een telefoon gekocht]] die niet op de kamer zijn.",
    "Cliënt [[heeft een blauwe plek onder het oog]], geen val gemeld.",
    "{Mevr} [[weigert te eten als {zijn} {zoon} er is]].",
    "Cliënt [[vraagt steeds naar {zijn} spaarrekening]].",
    "[[Gewicht 48,2 kg]] (was 52 kg in november).",
    "Cliënt [[is angstig en klampt zich vast]] aan de verzorging.",
    "[[Gebit is niet schoongemaakt]] en [[de prothese ontbreekt]].",
    "{Mevr} is op {d:same} in {i_zh} gezien na [[een val met hoofdletsel]].",
    "Terug op {i_afd:kort}: [[onrustig en angstig]].",
    "Volgens de huisregels van {i_vph:kern} [[mag bezoek niet na 20.00 uur blijven]].",
    "Een pastoraal medewerker van {i_rel} bezoekt {mevr}; [[dat bezoek geeft rust]].",
    "{kd} werkt bij {i_werk} en [[komt meestal in de lunchpauze]].",
    "Collega's van {i_vph:kern} zagen [[dat {mevr} na bezoek geen geld meer had]].",
]

C_LOGO = [
    "{k} [[spreekt in korte zinnen van twee à drie woorden]].",
    "[[Verstaanbaarheid voor onbekenden ongeveer 50%]].",
    "[[Slist bij de s en de z]].",
    "[[Mondmotoriek is zwak]], [[kwijlt nog]].",
    "[[Had geen ontbijt gehad]] en [[was erg hongerig]].",
    "[[Kleding rook naar urine]].",
    "[[Schoenen zijn te klein]].",
    "[[Luizen in het haar]], al weken.",
    "[[Tanden zijn zwart van de cariës]].",
    "{k} [[viel in slaap tijdens de oefening]].",
    "[[Schrok van een harde stem]] op de gang.",
    "Vertelde spontaan dat [[papa boos was en met dingen gooide]].",
    "[[Huilt veel bij het brengen]].",
    "Moeder vertelt dat {k} [[weer in bed plast]].",
    "{k} [[zorgt voor de jongere kinderen]], zegt oma.",
    "[[Blauwe plek op de wang]], uitleg van moeder: gevallen van de trap.",
    "[[Oefeningen worden thuis niet gedaan]].",
    "[[Zeer teruggetrokken]], [[maakt weinig oogcontact]].",
    "[[Spraakontwikkeling is vertraagd]].",
    "[[Veel verzuim]]: 4 van de 8 afspraken gemist.",
    "[[Gehoorscreening afwijkend]], [[oorontsteking niet behandeld]].",
    "{k} [[stottert meer sinds de scheiding]].",
    "[[Eet alleen pap en yoghurt]], zegt moeder.",
    "Woordenschat: [[passief op niveau, actief achter]].",
    "[[Reageert niet op de eigen naam]] als er achtergrondlawaai is.",
    "Moeder [[maakt een uitgeputte indruk]].",
    "[[Geen luier verschoond sinds de ochtend]] volgens de opvang.",
    "{k} [[wilde niet met moeder mee naar huis]].",
    "{k} gaat drie dagen naar {i_kdv}; [[daar wordt {hij} vaak laat opgehaald]].",
    "De pedagogisch medewerker van {i_kdv} meldt [[een volle luier vanaf de ochtend]].",
    "{k} is in {i_zh} gezien voor [[een groeiachterstand]].",
    "Oudste broer zit op {i_school}; {k} [[is vaak alleen met hem thuis]].",
]
C_FYSIO = [
    "{k} [[loopt op de tenen]].",
    "[[Grove motoriek loopt achter]]: kan niet hinkelen en niet op één been staan.",
    "[[Afgeplat achterhoofd]] en [[voorkeurshouding naar rechts]].",
    "[[Ligt veel in de box en de wipstoel]], zegt moeder.",
    "[[Blauwe plekken op de bovenarmen in een vingerpatroon]].",
    "[[Lage spierspanning]] in de romp.",
    "[[Blauwe plekken op de scheenbenen]], passend bij spel.",
    "[[Valt vaak]] en [[vangt zichzelf niet op]].",
    "[[Loopt nog niet zelfstandig]] op 20 maanden.",
    "[[Luierdermatitis]] met open plekjes.",
    "[[Gewichtscurve buigt af]] (P3).",
    "[[Schrikt bij het uitkleden]] en [[houdt de armen voor het gezicht]].",
    "[[Oefeningen worden thuis niet gedaan]].",
    "[[Huilt veel bij het brengen]].",
    "{k} [[kruipt nog op de buik]] en [[trekt zich niet op]].",
    "[[Kleding was nat en koud]] bij binnenkomst.",
    "[[Had geen ontbijt gehad]].",
    "[[Blauwe plek op de wang]], moeder zegt: tegen de tafel gelopen.",
    "[[Slaapt in de autostoel]] omdat er geen bedje is.",
    "[[Spierkracht beide benen symmetrisch]].",
    "Moeder [[pakt het kind ruw op]] bij het aankleden.",
    "[[Balans en coördinatie verbeteren]] sinds de vorige sessie.",
    "[[Tenen koud en blauw]] bij binnenkomst.",
    "{k} gaat naar {i_kdv}; volgens de leidster [[ligt {hij} daar veel stil in de box]].",
    "Op de SEH van {i_zh} is [[een oude fractuur van de onderarm]] gezien.",
    "Verwijzing vanuit {i_zh} na [[een opname wegens ondervoeding]].",
    "Moeder werkt bij {i_werk} en [[heeft geen opvang voor de ochtend]].",
]
C_SCHOOL = [
    "{k} [[komt vaak te laat]] (12x dit semester).",
    "[[Draagt lange mouwen, ook in de zomer]].",
    "[[Slaapt slecht]] en [[valt in slaap in de les]].",
    "{k} [[zorgt voor de jongere kinderen]] na school.",
    "[[Cijfers zijn sterk gedaald]].",
    "[[Ongeoorloofd verzuim op maandagen]].",
    "VO|Er zijn [[krassen op de onderarm]] gezien tijdens gym.",
    "{k} [[vertelde dat vader {hem} slaat]].",
    "[[Wil niet naar huis]] na schooltijd.",
    "[[Heeft geen gymkleding]] en [[geen lunch bij zich]].",
    "[[Kwam met een blauw oog op school]].",
    "[[Somber en teruggetrokken]] in de klas.",
    "[[Conflicten met klasgenoten]] in de pauze.",
    "Thuis is er [[veel ruzie]]; [[de politie is een keer langs geweest]].",
    "[[Moeder is moeilijk bereikbaar]].",
    "VO|[[Heeft een bijbaantje tot laat in de avond]].",
    "VO|[[Mantelzorgtaken voor moeder]] sinds haar operatie.",
    "[[Lijkt afgevallen]] en [[eet niet in de pauze]].",
    "[[Faalangst]] bij toetsen.",
    "[[Angst voor de reactie van vader]] bij een slecht cijfer.",
    "VO|[[Dreigende schooluitval]].",
    "VO|Vermoeden dat {k} [[blowt]] voor schooltijd.",
    "VO|[[Gepest via social media]].",
    "VO|[[Uitspraken over niet meer willen leven]]; direct opgepakt.",
    "VO|[[Dure cadeaus van een oudere vriend]] (nieuwe telefoon, schoenen).",
    "PO|[[Hoofdluis]], ouders zijn ingelicht.",
    "PO|[[Plast in de broek]] op school.",
    "PO|[[Honger bij binnenkomst]]; krijgt een boterham van de juf.",
    "PO|{k} [[huilt bij het brengen]].",
    "[[Concentratie is wisselend]].",
    "[[Is snel boos en slaat om zich heen]].",
    "[[Schrikt van harde geluiden]].",
    "[[Blauwe plek op de wang]], zegt zelf van de trap gevallen.",
    "PO|[[Zegt dat mama de hele dag slaapt]].",
    "[[Zit vaak alleen op het plein]].",
    "PO|Bij {i_bso} wordt {k} [[vaak als laatste opgehaald]].",
    "{k} wil niet meer naar {i_sport}: [[bang voor de trainer]].",
    "In het weekend gaat {k} naar les bij {i_rel}; [[daar valt {hij} vaak in slaap]].",
    "{k} was op {d:same} op de SEH van {i_zh} met [[een gebroken pols]].",
    "De kinderarts van {i_zh} [[ziet geen medische verklaring]] voor de blauwe plekken.",
    "VO|Het jongere broertje gaat naar {i_kdv}; {k} [[brengt hem elke ochtend]].",
    "VO|Volgens {i_prev} was er [[in groep 8 al veel verzuim]].",
]

COUNTRY = {"nederlands": "Nederland", "fries": "Nederland", "marokkaans": "Marokko", "turks": "Turkije",
           "surinaams-creools": "Suriname", "surinaams-hindoestaans": "Suriname", "antilliaans": "Curaçao",
           "kaapverdisch": "Kaapverdië", "pools": "Polen", "roemeens": "Roemenië", "bulgaars": "Bulgarije",
           "oekraiens": "Oekraïne", "syrisch": "Syrië", "eritrees": "Eritrea", "somalisch": "Somalië",
           "afghaans": "Afghanistan", "ghanees": "Ghana", "nigeriaans": "Nigeria", "chinees": "China",
           "vietnamees": "Vietnam", "indiaas": "India", "braziliaans": "Brazilië", "engels": "Engeland",
           "duits": "Duitsland"}
JOBS = ["heftruckchauffeur", "orderpicker", "bezorger", "stratenmaker", "schoonmaker", "monteur", "vakkenvuller",
        "beveiliger", "kok", "timmerman", "magazijnmedewerker", "lasser", "taxichauffeur", "bouwvakker"]


def class_name(rng: random.Random, age: int, vo: bool) -> str:
    if not vo:
        return f"groep {min(8, max(1, age - 3))}{rng.choice(['a', 'b', 'c', '', ''])}"
    track, top = rng.choice([("havo", 5), ("vwo", 6), ("vmbo-t", 4), ("vmbo-k", 4), ("vmbo-b", 4), ("mavo", 4),
                             ("atheneum", 6), ("gymnasium", 6), ("havo/vwo", 3), ("kader", 4)])
    year = min(top, max(1, age - 11))
    return rng.choice([f"{year} {track} {rng.choice('ABCD')}", f"{year}{track[0].upper()}{rng.randint(1, 4)}",
                       f"{track} {year}", f"{year}{rng.choice('abcd')}"])


def n_of(nb: NB, kort: int, middel: int, lang: int) -> int:
    return {"kort": kort, "middel": middel, "lang": lang}[nb.length]


def family(nb: NB, kid_age: tuple[int, int] = (1, 15)) -> str:
    """Registers k, m (and often v, sometimes more). Returns the family's origin."""
    rng = nb.rng
    o = nb.names.origin()
    v = None
    if rng.random() < 0.65:
        v = nb.reg("v", "vader", origin=o, gender="m")
    mo = o if v is None or rng.random() < 0.8 else nb.names.origin()
    m_sur = v.sur if v is not None and o in {"nederlands", "fries"} and rng.random() < 0.3 else None
    m = nb.reg("m", "moeder", origin=mo, gender="f", sur=m_sur)
    kid_sur = v.sur if v is not None else m.sur
    k = nb.reg("k", "kind", origin=o, sur=kid_sur)
    k.cache["age"] = rng.randint(*kid_age)
    if rng.random() < 0.25:
        b = nb.reg("bz", "broer_zus", origin=o, sur=kid_sur)
        b.cache["age"] = rng.randint(1, 17)
    extra = [("oma", 0.2), ("pl", 0.12), ("st", 0.12), ("tante", 0.07)]
    for key, pr in extra:
        if rng.random() >= pr or len(nb.v) >= 5:
            continue
        if key == "oma":
            nb.reg("oma", "oma", origin=mo, gender="f", elderly=True)
        elif key == "pl":
            nb.reg("pl", "pleegouder", origin=nb.names.origin())
        elif key == "st":
            nb.reg("st", "partner", origin=nb.names.origin(), gender="m")
        else:
            nb.reg("tante", "tante", origin=mo, gender="f")
    return o


# ---------------------------------------------------------------------------------------------------------
# 1. reclassering-advies
# ---------------------------------------------------------------------------------------------------------

def s_reclassering(nb: NB) -> None:
    rng = nb.rng
    if rng.random() < 0.3:
        return s_toezicht(nb)
    nb.cpool = C_RECL
    nb.main = "cl"
    o = nb.names.origin()
    cl = nb.reg("cl", "client", origin=o, gender="m" if rng.random() < 0.88 else "f")
    pa = nb.reg("pa", "partner", origin=o if rng.random() < 0.75 else nb.names.origin(),
                gender="f" if cl.gender == "m" else "m")
    kid_sur = cl.sur if rng.random() < 0.8 else pa.sur
    for j in range(rng.choice([1, 1, 2, 2, 3])):
        k = nb.reg(f"k{j + 1}", "kind", origin=o, sur=kid_sur)
        k.cache["age"] = rng.randint(1, 14)
    if rng.random() < 0.2:
        nb.reg("oma", "oma", origin=pa.origin, gender="f", sur=pa.sur if pa.origin != "nederlands" else None)
    he = "hij" if cl.gender == "m" else "zij"
    his = "zijn" if cl.gender == "m" else "haar"
    job = rng.choice(JOBS)

    # header
    h = rng.randrange(4)
    if h == 0:
        nb.line("ADVIESRAPPORT RECLASSERING")
        nb.line(rng.choice(["Vroeghulp / advies inverzekeringstelling", "Voorlichtingsrapport t.b.v. de terechtzitting",
                            "Advies schorsing voorlopige hechtenis", "Reclasseringsadvies (kort)",
                            "Toezichtadvies huiselijk geweld"]))
        nb.line("")
        nb.line("Parketnummer: {parket}")
        nb.line("Betreft: {cl:hoofdletters}, geboren {geb:cl}")
        nb.maybe(0.6, "Zitting: politierechter {i_rb:vol}, {d}\n")
    elif h == 1:
        nb.line("Reclasseringsadvies t.b.v. {i_rb}  |  parketnr. {parket}  |  politie {zaak}")
        nb.line("Cliënt: {cl:volledig} (geb. {geb:cl}), BSN {bsn:cl}")
    elif h == 2:
        nb.line("Aan: {u_ovj:titel/aan}, officier van justitie")
        nb.line("Van: {u_rap:volledig/van}, reclassering {town}")
        nb.line("Datum: {d}")
        nb.line("Onderwerp: advies inzake {cl:titel+achternaam} ({parket})")
    else:
        nb.line("RECLASSERING - ADVIES (3RO)   datum {d}")
        nb.line("Opdrachtgever: {u_rc:titel/opdrachtgever}, rechter-commissaris, {i_rb}")
        nb.line("Parketnummer {parket} / Registratienummer politie {zaak}")
    nb.t("\n")

    # personalia
    fields = [
        ("Naam", "{cl:hoofdletters}"), ("Roepnaam", "{cl:voornaam}"), ("Geboortedatum", "{geb:cl}"),
        ("Geboorteland", COUNTRY[cl.origin]), ("Adres", "{addr:cl*}, {pc:cl} {town}"), ("Telefoon", "{tel:cl}"),
        ("BSN", "{bsn:cl}"), ("E-mail", "{email:cl}"), ("Werk", "{job} bij {i_werk}".replace("{job}", job)),
        ("Relatie", "samenwonend met {pa:titel+achternaam}" if rng.random() < 0.6 else "gehuwd met {pa:volledig}"),
        ("Kinderen", "{kid_list}"),
    ]
    if rng.random() < 0.4:
        fields.append(("Verblijfadres", "tijdelijk bij " + rng.choice(["zijn broer {u_broer:volledig/broer}",
                                                                          "een vriend, {u_coll:volledig/geen}",
                                                                          "zijn moeder (geen contactgegevens)"]) +
                       ", {addr:verbl}"))
    if rng.random() < 0.3:
        fields.append(("Advocaat", "{u_adv:titel/advocaat}, {tel:adv}"))
    keep = [f for f in fields if f[0] in {"Naam", "Geboortedatum", "Adres"} or rng.random() < 0.75]
    if rng.random() < 0.5:
        nb.line(rng.choice(["1. Personalia", "PERSONALIA", "Personalia"]))
        for lab, val in keep:
            sep = rng.choice([":\t", ": ", "  "])
            nb.line(f"{lab}{sep}{val}")
    else:
        nb.line(rng.choice(["1. Personalia", "Personalia en leefsituatie"]))
        nb.line("Cliënt, {cl:volledig}, is geboren op {geb:cl} in " + COUNTRY[cl.origin] + " en woont aan de {addr:cl*} ({pc:cl} {town}). "
                "Hij woont samen met {pa:volledig} en de kinderen {kid_list}.".replace("Hij", cap1(he)) +
                (" Cliënt is bereikbaar op {tel:cl}." if rng.random() < 0.6 else ""))
    nb.t("\n")

    # delict
    nb.line(rng.choice(["2. Delict / aanleiding", "AANLEIDING", "2. Verdenking"]))
    sent = [
        "Cliënt wordt verdacht van mishandeling van " + his + " partner {pa:volledig} op {d} in de woning aan de {addr:cl}.",
        "Volgens het proces-verbaal ({zaak}) heeft cliënt {pa:voornaam} [[bij de keel gegrepen]] en [[tegen de muur geduwd]].",
        "De politie werd gebeld door {u_buur:cue}, die [[geschreeuw en gebonk]] hoorde.",
        "{pa:titel+achternaam} is die nacht gezien op de SEH van {i_zh}; daar werd [[een gekneusde rib]] vastgesteld.",
        "Na het incident is " + he + " weggereden in " + his + " auto (kenteken {plate:cl}).",
        "Er zijn [[dreigende berichten]] gestuurd naar het Instagramaccount van {pa:voornaam} ({acc:pa}).",
        "Tijdens het incident waren de kinderen thuis; {k1} [[heeft alles gehoord]].",
        "De burgemeester heeft op {d} een tijdelijk huisverbod van tien dagen opgelegd.",
        "Cliënt zit sinds {d} in voorlopige hechtenis.",
        "{C}",
        "{C}",
    ]
    rng.shuffle(sent)
    nb.line(" ".join(sent[:n_of(nb, 3, 5, 8)]))
    nb.t("\n")

    if nb.length != "kort" or rng.random() < 0.3:
        nb.line(rng.choice(["3. Relatie met het slachtoffer", "RELATIE MET SLACHTOFFER", "3. Relatie slachtoffer"]))
        rel = [
            "Cliënt en {pa:voornaam} hebben sinds " + str(nb.year - rng.randint(2, 15)) + " een relatie.",
            "Volgens {pa:bezittelijk} zus {u_zus:voornaam/zus} is er al jaren [[sprake van controle]].",
            "{pa:voornaam} werkt bij {i_werkp} en [[mocht van cliënt geen collega's zien]].",
            "Uit een eerdere relatie heeft cliënt een dochter; het contact met de ex-partner {u_ex:volledig/ex-partner} loopt via de advocaat.",
            "Cliënt heeft inmiddels een {u_" + ("nvr" if cl.gender == "m" else "nvm") + ":cue}, bij wie " + he + " soms verblijft.",
            "{pa:titel+achternaam} wil de relatie voortzetten, mits cliënt hulp accepteert.",
            "De kinderen gaan naar {i_school}; de leerkracht van {k1}, {u_juf:titel/geen}, meldt [[onrust in de klas]].",
            "{W}",
            "{C}",
        ]
        rng.shuffle(rel)
        nb.line(" ".join(rel[:n_of(nb, 2, 4, 6)]))
        nb.t("\n")

    if nb.length == "lang" or rng.random() < 0.35:
        nb.line(rng.choice(["4. Achtergrond en leefgebieden", "LEEFGEBIEDEN", "4. Werk, financiën, middelen"]))
        bg = [
            "Cliënt werkt sinds " + str(nb.year - rng.randint(1, 9)) + " als " + job + " bij {i_werk}; leidinggevende "
            "{u_baas:volledig/leidinggevende} bevestigt telefonisch dat {hij} [[vaak verzuimt op maandag]].",
            "In {zijn} vrije tijd traint cliënt bij {i_sport}.",
            "Cliënt bezoekt wekelijks {i_rel}; de {geest} is een steunfiguur.",
            "Huisarts {u_ha:titel/huisarts} ({i_ha}) meldt [[eerdere verwijzing naar de GGZ]].",
            "Er loopt schuldhulpverlening; de bewindvoerder ({u_bw:titel/bewindvoerder}) beheert de rekening {iban:cl}.",
            "{C}",
            "{C}",
            "{W}",
        ]
        rng.shuffle(bg)
        nb.line(" ".join(bg[:n_of(nb, 2, 3, 6)]))
        nb.t("\n")

    nb.line(rng.choice(["5. Risicotaxatie", "RISICO-INSCHATTING", "Risico's"]))
    risk = ["[[Het risico op recidive wordt ingeschat als hoog]].", "[[Het risico op recidive wordt ingeschat als gemiddeld]].",
            "[[Het risico op letsel]] bij herhaling is aanzienlijk.", "[[Alcoholgebruik verhoogt het risico]] op nieuw geweld.",
            "[[Agressieregulatie is een zorgpunt]].", "Er is sprake geweest van [[een poging tot verwurging]].",
            "[[Het slachtoffer is financieel afhankelijk]] van cliënt.", "Na de breuk zijn er [[signalen van stalking]].",
            "[[Eerdere meldingen van huiselijk geweld]] wegen mee.", "[[Het risico op onttrekking aan voorwaarden is laag]].",
            "[[De kinderen lopen een verhoogd risico]] op emotionele schade."]
    rng.shuffle(risk)
    nb.line(rng.choice(["Op basis van de RISc en de B-SAFER: ", "Uit de risicotaxatie (RISc) komt naar voren: ",
                        "Klinische inschatting: ", "SARA/B-SAFER: "]) + " ".join(risk[:n_of(nb, 1, 2, 3)]))
    if nb.length != "kort":
        nb.line("Beschermende factoren: " + rng.choice(["[[werk en een steunend netwerk]]", "[[motivatie voor behandeling]]",
                                                         "[[betrokkenheid bij de kinderen]]", "[[geen middelengebruik]]"]) + ".")
        nb.maybe(0.5, "{W}\n")
    nb.t("\n")

    nb.line(rng.choice(["6. Advies", "ADVIES", "Conclusie en advies"]))
    nb.line(rng.choice(["Wij adviseren een (deels) voorwaardelijke straf met de volgende bijzondere voorwaarden:",
                        "Reclassering adviseert schorsing van de voorlopige hechtenis onder de volgende voorwaarden:",
                        "Advies: voorwaardelijke straf met reclasseringstoezicht en:"]))
    adv = [
        "meldplicht bij de reclassering, zo frequent als de reclassering nodig acht;",
        "contactverbod met {pa:volledig} (geb. {geb:pa}), direct en indirect;",
        "locatieverbod voor de {addr:cl} en de straten eromheen;",
        "ambulante behandeling bij {i_zorg}, gericht op agressieregulatie;",
        "begeleide omgang met {kid_list} via {i_zorg2};",
        "alcoholverbod met controle (SCRAM-enkelband);",
        "meewerken aan schuldhulpverlening;",
        "locatieverbod voor {i_school} van de kinderen;",
    ]
    keep = adv[:2] + rng.sample(adv[2:], n_of(nb, 2, 3, 5))
    bullet = rng.choice(["- ", "• ", "* ", ""])
    for j, a in enumerate(keep):
        nb.line((f"{j + 1}. " if not bullet else bullet) + a)
    nb.t("\n")

    if nb.length == "lang" or rng.random() < 0.3:
        nb.line(rng.choice(["Bronnen:", "Gesproken met / bronnen", "Informatie verkregen van:"]))
        src = [
            "- gesprekken met cliënt op {d} en {d}",
            "- proces-verbaal {zaak}",
            "- telefonisch contact met {u_beh:titel/behandelaar}, behandelaar bij {i_zorg}",
            "- {u_vt:volledig/Veilig Thuis}, Veilig Thuis (dossiernr. {nr:vt})",
            "- wijkagent {u_wa:volledig/wijkagent}",
            "- {u_baas:titel/referent}, werkgever ({i_werk})",
            "- slachtofferinformatie via {pa:initialen+achternaam}",
            "- huisarts {u_ha:titel/huisarts}",
        ]
        for s in rng.sample(src, n_of(nb, 2, 3, 6)):
            nb.line(s)
        nb.t("\n")

    nb.line("{town}, {d}")
    sig = rng.randrange(3)
    if sig == 0:
        nb.line("{u_rap:volledig/ondertekening}")
        nb.line("reclasseringswerker")
        nb.line("T {tel:rap} | {email:rap}")
    elif sig == 1:
        nb.line("{u_rap:init/ondertekening}, reclasseringswerker ({tel:rap})")
    else:
        nb.line("Rapporteur: {u_rap:volledig/rapporteur} ({ini_rap})")
    nb.maybe(0.7, "Collegiale toetsing: {u_tl:init/toetsing}, unitmanager\n")


def recl_family(nb: NB) -> None:
    rng = nb.rng
    o = nb.names.origin()
    cl = nb.reg("cl", "client", origin=o, gender="m" if rng.random() < 0.88 else "f")
    pa = nb.reg("pa", "partner", origin=o if rng.random() < 0.75 else nb.names.origin(),
                gender="f" if cl.gender == "m" else "m")
    kid_sur = cl.sur if rng.random() < 0.8 else pa.sur
    for j in range(rng.choice([1, 1, 2, 2, 3])):
        k = nb.reg(f"k{j + 1}", "kind", origin=o, sur=kid_sur)
        k.cache["age"] = rng.randint(1, 14)


def s_toezicht(nb: NB) -> None:
    """A progress report during supervision: dated contact log."""
    rng = nb.rng
    nb.cpool = C_RECL
    nb.main = "cl"
    recl_family(nb)
    nb.line(rng.choice(["VOORTGANGSRAPPORTAGE TOEZICHT", "Voortgangsverslag reclasseringstoezicht",
                        "Rapportage toezicht (tussentijds)", "EINDRAPPORTAGE TOEZICHT"]))
    nb.line("Cliënt: " + rng.choice(["{cl:volledig}", "{cl:hoofdletters}", "{cl:initialen+achternaam}"]) +
            ", geb. {geb:cl}" + rng.choice(["   Parketnr: {parket}", " | {parket}", ""]))
    nb.line("Toezichthouder: {u_rap:" + rng.choice(["volledig", "init"]) + "/toezichthouder}" +
            rng.choice(["", " ({tel:rap})", ", {email:rap}"]))
    nb.maybe(0.6, "Vonnis {i_rb}, {d}: voorwaardelijke gevangenisstraf, proeftijd 2 jaar.\n")
    nb.line("Bijzondere voorwaarden: contactverbod met {pa:titel+achternaam}, behandeling bij {i_zorg}, meldplicht"
            + rng.choice(["", ", locatieverbod {addr:pa}", ", drugs- en alcoholverbod"]) + ".")
    nb.t("\n")
    nb.line(rng.choice(["Verloop toezicht", "CONTACTMOMENTEN", "Verloop"]))
    log = [
        "meldgesprek op kantoor. {C}",
        "huisbezoek aan de {addr:cl*}. {C}",
        "telefonisch contact met behandelaar {u_beh:titel/behandelaar} ({i_zorg}): {C}",
        "cliënt niet verschenen; gebeld naar {tel:cl}, voicemail.",
        "{pa} meldt via Veilig Thuis ({u_vt:voornaam/Veilig Thuis}) dat cliënt [[toch contact zoekt]] via {acc:cl}.",
        "werkgever {i_werk} ({u_baas:titel/werkgever}) bevestigt [[werkhervatting]].",
        "[[urinecontrole negatief]].",
        "[[urinecontrole positief op cannabis]]; besproken.",
        "driegesprek met {u_beh:achternaam} en cliënt. {C}",
        "{k1} is gezien bij {i_zh}; [[geen nieuw letsel]].",
        "wijkagent {u_wa:volledig/wijkagent} meldt [[geen nieuwe incidenten]] op het adres.",
        "{W} {C}",
        "mail van {u_adv:titel/advocaat} ontvangen over de omgangsregeling met {k1}.",
    ]
    rng.shuffle(log)
    form = rng.choice(["{d} – ", "{d}: ", "- {d} ", "{d}\t"])
    for x in log[:n_of(nb, 4, 6, 10)]:
        nb.line(form + x, lower=rng.random() < 0.08)
    nb.t("\n")
    nb.line(rng.choice(["Conclusie", "Beoordeling", "Samenvatting"]))
    nb.line(rng.choice(["[[Het toezicht verloopt moeizaam]].", "[[Cliënt houdt zich aan de voorwaarden]].",
                        "[[Cliënt komt afspraken wisselend na]]."]) + " {C}")
    nb.line(rng.choice(["Advies: voortzetting van het toezicht.", "Advies: tenuitvoerlegging wordt (nog) niet gevraagd.",
                        "Advies: wijziging bijzondere voorwaarden (behandeling intensiveren bij {i_zorg2})."]))
    nb.t("\n")
    nb.line(rng.choice(["{u_rap:volledig/ondertekening}", "{u_rap:init/ondertekening}, toezichthouder",
                        "{ini_rap} / {town}"]))


# ---------------------------------------------------------------------------------------------------------
# 2. mic-verpleeghuis
# ---------------------------------------------------------------------------------------------------------

def s_mic(nb: NB) -> None:
    rng = nb.rng
    nb.cpool = C_MIC
    nb.main = "cl"
    o = nb.names.origin() if rng.random() < 0.6 else "nederlands"
    g = "f" if rng.random() < 0.65 else "m"
    fam_sur = nb.names.surname(o, "m")
    nb.names.take(name_words(fam_sur))
    if g == "f":
        maiden = nb.names.surname(o, "f")
        nb.names.take(name_words(maiden))
        if o in {"nederlands", "fries"}:
            sur = rng.choice([f"{fam_sur}-{maiden}", fam_sur, f"{fam_sur}-{maiden}"])
        else:
            sur = maiden
    else:
        sur = fam_sur
    cl = nb.reg("cl", "client", origin=o, gender=g, sur=sur, elderly=True)
    kd = nb.reg("kd", "kind", origin=o, gender="m" if rng.random() < 0.6 else "f", sur=gender_surname(fam_sur, o, "m"))
    kd.cache["child"] = False
    zoon = "zoon" if kd.gender == "m" else "dochter"
    if rng.random() < 0.25:
        nb.reg("pa", "partner", origin=o, gender="m" if g == "f" else "f", sur=fam_sur if g == "f" else None, elderly=True)
    if rng.random() < 0.3:
        k2 = nb.reg("kd2", "kind", origin=o, sur=gender_surname(fam_sur, o, "m"))
        k2.cache["child"] = False
    if rng.random() < 0.2:
        nb.reg("ov", "overig", origin=o)
    mevr = "mevrouw" if g == "f" else "meneer"
    hem = "hem" if kd.gender == "m" else "haar"

    # header
    h = rng.randrange(3)
    if h == 0:
        nb.line("MIC-MELDING  |  {i_vph:vol}  |  afdeling {i_afd}")
    elif h == 1:
        nb.line(f"Melding Incident Cliënt (MIC) nr. {nb.year}-{rng.randint(10, 999):04d}")
        nb.line("Locatie: {i_vph}, {i_afd:kort} (" + rng.choice(["PG", "somatiek", "kleinschalig wonen", "revalidatie"]) + ")")
    else:
        nb.line("Incidentmelding (MIC/MIM) — " + rng.choice(["vermoeden ouderenmishandeling", "financieel misbruik",
                                                           "agressie bezoek", "vermoeden financiële uitbuiting"]))
        nb.line("Organisatie: {i_vph:vol}, afd. {i_afd:kern}")
    nb.line("Datum melding: {d} {time}")
    nb.line("Melder: " + rng.choice(["{u_zm1:voornaam/melder} ({ini_zm1}), verzorgende IG",
                                     "{u_zm1:voornaam+letter/melder}, EVV",
                                     "{ini_zm1} (" + rng.choice(["vpk", "verzorgende", "EVV"]) + ")",
                                     "{u_zm1:volledig/melder}"]))
    nb.line("Cliënt: " + rng.choice(["{cl:titel+achternaam}", "{cl:volledig}", "{cl:hoofdletters}",
                                     "{cl:initialen+achternaam}"]) + ", geb. {geb:cl}" +
            rng.choice([", cliëntnr. {nr:client}", " (kamer " + str(rng.randint(1, 240)) + ")", ""]))
    if rng.random() < 0.6:
        nb.line("Contactpersoon 1: {kd:volledig} (" + zoon + "), {tel:kd}" + rng.choice(["", ", {email:kd}"]))
    if rng.random() < 0.5:
        nb.line(rng.choice(["Wettelijk vertegenwoordiger: ", "Bewindvoerder: ", "Mentor/bewindvoerder: "]) +
                "{u_bw:titel/bewindvoerder}, {i_bw}" + rng.choice(["", " ({tel:i_bw})"]))
    nb.line("Soort incident: " + rng.choice(["[x] agressie  [ ] val  [ ] medicatie  [x] overig: financieel",
                                             "vermoeden ouderenmishandeling", "overig – financiële uitbuiting",
                                             "agressie door bezoek"]))
    nb.t("\n")

    nb.line(rng.choice(["Omschrijving incident:", "Wat is er gebeurd?", "OMSCHRIJVING"]))
    desc = [
        "Op {d:same} rond {time} was " + zoon + " {kd:voornaam} op bezoek bij " + mevr + " op de kamer.",
        "Collega {u_zm2:voornaam/collega} hoorde " + rng.choice(["geschreeuw", "harde stemmen", "gehuil"]) + " en is gaan kijken.",
        "{C}", "{C}",
        "Na het bezoek zei " + mevr + ": '[[{khij} neemt alles mee]]'.",
        "Volgens {u_mb:cue} (kamer " + str(rng.randint(1, 60)) + ") komt {kd:titel+achternaam} alleen [[aan het begin van de maand]].",
        "{kd:voornaam} reed weg in de auto van " + mevr + " ({plate:cl}).",
        "De bankpas van de rekening {iban:cl} lag niet meer in het nachtkastje.",
    ]
    rng.shuffle(desc)
    nb.line(" ".join(desc[:n_of(nb, 3, 5, 7)]))
    nb.t("\n")
    nb.line(rng.choice(["Directe maatregelen:", "Genomen acties:", "Actie:"]))
    acts = ["- SO ingelicht ({u_so:titel/SO})", "- teamleider {u_tl:volledig/teamleider} gebeld",
            "- bezoek voorlopig alleen onder begeleiding", "- foto's gemaakt van de blauwe plekken (in dossier)",
            "- bewindvoerder geïnformeerd", "- aandachtsfunctionaris {u_af:voornaam/aandachtsfunctionaris} ingeschakeld",
            "- {kd:titel+achternaam} telefonisch aangesproken op het gedrag"]
    for a in rng.sample(acts, n_of(nb, 2, 3, 4)):
        nb.line(a)
    nb.line("Ernst (inschatting melder): " + rng.choice(["2 - gering", "3 - matig", "4 - ernstig", "3"]))
    nb.t("\n")

    # follow-up
    nb.line(rng.choice(["VERVOLGRAPPORTAGE", "Rapportage / vervolg", "Vervolgnotities", "--- rapportage ---"]))
    fmt = rng.randrange(3)

    def entry(who: str, txt: str) -> None:
        if fmt == 0:
            nb.line("{d} {time}  " + who + ": " + txt)
        elif fmt == 1:
            nb.line("{d} | " + who + " | " + txt)
        else:
            nb.line("[{d}, {time}] " + who + " - " + txt, lower=rng.random() < 0.15)

    fu = [
        ("{u_zm3:voornaam} (EVV)", "{C} {C}"),
        ("{ini_zm1}", "{C} Paraaf {ini_zm1}."),
        ("SO {u_so:achternaam/SO}", "Lichamelijk onderzoek: {C} Geen aanwijzingen voor een val. {W}"),
        ("teamleider {u_tl:voornaam/teamleider}", "Gesprek gehad met {kd:titel+achternaam}. {Khij} ontkent. Afgesproken dat bezoek via de balie gaat."),
        ("{u_zm2:voornaam+letter}", "Cliënt vertelt dat {kd:voornaam} [[geld van {zijn} rekening haalt]]. {C}"),
        ("{u_af:volledig/aandachtsfunctionaris} (AF)", "Casus besproken; melding gedaan bij Veilig Thuis, dossiernummer {nr:vt}."),
        ("{ini_zm3}", "Bewindvoerder {u_bw:titel/bewindvoerder} belde: in januari is er drie keer € 500 opgenomen van de rekening bij de {i_bank}."),
        ("{u_zm1:voornaam}", "Notaris {u_not:titel/notaris} van {i_not} belde: {kd:voornaam} wil een volmacht laten opstellen voor " + mevr + "."),
        ("{u_so:titel}", "{C} Verwijzing naar de SEH van {i_zh} voor een foto van de pols."),
        ("{u_zm4:voornaam/vpk} (vpk)", "{kd:volledig} stond om 21.30 uur aan de deur en wilde de pinpas hebben. Niet binnengelaten. {W}"),
        ("MIC-commissie", "Melding besproken. Verbetermaatregel: afspraken over bezoek vastleggen in het zorgplan."),
        ("{ini_zm2}", "{C} {C}"),
        ("{u_vrw:voornaam/vrijwilliger} (vrijwilliger)", "Zag dat " + mevr + " [[een envelop met geld aan {zijn} {zoon} gaf]]."),
        ("{u_zm3:voornaam}", "Gebeld met {kd2:voornaam}, de andere " + rng.choice(["zoon", "dochter"]) + "; [[weet niets van opnames]]. Tel. {tel:kd2}."),
        ("{ini_zm4}", "Post van de bank lag open op tafel. Huis aan de {addr:cl} staat te koop volgens " + mevr + "."),
        ("{u_zm2:voornaam}", "{pa:voornaam} (echtgenoot) op bezoek, [[vindt dat de kinderen alles regelen]]."),
    ]
    n = n_of(nb, 3, 6, 10)
    chosen = fu[:1] + rng.sample(fu[1:], min(n, len(fu) - 1))
    for who, txt in chosen:
        if not nb._usable(who + txt):
            continue
        entry(who, txt)
    nb.t("\n")
    if rng.random() < 0.4:
        nb.line(rng.choice(["Signalen financieel misbruik (checklist):", "Signaleringslijst:", "Checklist signalen"]))
        checks = ["[[onverklaarbare opnames van de rekening]]", "[[familie beheert de pinpas]]",
                  "[[plotselinge wijziging van het testament]]", "[[cliënt zegt geen geld te hebben]]",
                  "[[rekeningen blijven onbetaald]]", "[[bezittingen verdwijnen van de kamer]]",
                  "[[cliënt is angstig voor een familielid]]", "[[bezoek schermt cliënt af van de zorg]]"]
        for c in rng.sample(checks, n_of(nb, 3, 4, 6)):
            nb.line(rng.choice(["☒ ", "[x] ", "☐ ", "[ ] ", "☒ "]) + c)
        nb.t("\n")
    if rng.random() < 0.45:
        nb.line(rng.choice(["Teams-chat team {i_afd:kern} (kopie):", "Uit de teamapp:", "Chat {i_afd:kern}"]))
        chat = [
            "[{time}] {u_zm1:voornaam+letter}: heeft iemand de pinpas van {cl:titel+achternaam} gezien?",
            "[{time}] {u_zm2:klein}: nee, {kd:kleine-letters} was er gister nog",
            "[{time}] {ini_zm3}: ik zet het in de MIC",
            "[{time}] {u_zm4:voornaam}: {cl:voornaam} huilde vanochtend weer, [[wilde niet uit bed]]",
            "[{time}] {u_tl:voornaam}: graag alles rapporteren, ik bel de bewindvoerder",
            "[{time}] {u_zm2:voornaam}: {kd} belde 3x naar de afdeling, [[klonk dronken]]",
            "[{time}] {ini_zm1}: foto's staan in het dossier",
            "[{time}] {u_zmm1:voornaam+letter}: {W}",
        ]
        for c in rng.sample(chat, n_of(nb, 3, 4, 6)):
            nb.line(c, lower=rng.random() < 0.5)
        nb.t("\n")
    nb.maybe(0.6, "Afgehandeld door: {u_tl:init/afgehandeld door}, teamleider {i_afd:kern}\n")
    nb.maybe(0.4, "Paraaf: {ini_zm1} / {ini_tl}\n")


# ---------------------------------------------------------------------------------------------------------
# 3. logopedie-fysio
# ---------------------------------------------------------------------------------------------------------

def s_logo(nb: NB) -> None:
    rng = nb.rng
    fysio = rng.random() < 0.45
    nb.cpool = C_FYSIO if fysio else C_LOGO
    nb.main = "k"
    family(nb, (0, 3) if fysio else (2, 8))
    k = nb.v["k"]
    th = "fy" if fysio else "th"
    inst = make_inst("praktijk-f" if fysio else "praktijk-l", rng, nb.town)
    nb.names.take(inst.tokens())
    nb.i["prak"] = inst
    vak = "kinderfysiotherapie" if fysio else "logopedie"
    hij = "hij" if k.gender == "m" else "zij"

    h = rng.randrange(4)
    if h == 0:
        nb.line("{i_prak:vol} – behandelverslag " + vak)
    elif h == 1:
        nb.line(("VOORTGANGSVERSLAG " + vak).upper())
        nb.line("Praktijk: {i_prak}, {town}")
    elif h == 2:
        nb.line("Dossier {nr:client} – {k:volledig}")
    else:
        nb.line("Behandelnotities " + vak + " | {k:hoofdletters} | " + "{i_prak:kern}")
    fields = [
        ("Naam", "{k:volledig}"), ("Geb.datum", "{geb:k}"), ("Adres", "{addr:k*}, {pc:k} {town}"),
        ("Ouders", "{m:volledig} (moeder, {tel:m})" + (" en {v:volledig} (vader)" if "v" in nb.v else "")),
        ("Verwijzer", "{u_ka:titel/kinderarts}, kinderarts {i_zh}" if rng.random() < 0.6 else "{u_ha:titel/huisarts}, huisarts"),
        ("Huisarts", "{u_ha:titel/huisarts} ({i_ha})"),
        ("School", "{i_school}, groep " + str(max(1, k.cache["age"] - 3)) + " (" + rng.choice(["{u_juf:cue}", "{u_mstr:cue}", "leerkracht {u_juf:voornaam/leerkracht}"]) + ")")
        if k.cache["age"] >= 4 else ("Opvang", "{i_kdv}" + rng.choice(["", " (pedagogisch medewerker {u_oppas:voornaam/pedagogisch medewerker})"])),
        ("BSN", "{bsn:k}"), ("Verzekerd", "ja, polisnr. {nr:dossier}"),
    ]
    for lab, val in fields:
        if lab in {"Naam", "Geb.datum"} or rng.random() < 0.7:
            nb.line(lab + rng.choice([": ", ":\t", " - "]) + val)
    nb.t("\n")
    nb.line(rng.choice(["Hulpvraag:", "Reden van aanmelding:", "Aanmelding"]))
    nb.line(rng.choice([
        "Verwezen i.v.m. " + ("achterstand in de motorische ontwikkeling" if fysio else "vertraagde spraak-taalontwikkeling") + ". {C}",
        "Ouders maken zich zorgen over " + ("het lopen" if fysio else "de uitspraak") + "; {i_school} adviseerde aanmelding. {C}",
        "Aangemeld door {m:titel+achternaam}" + (" op advies van {u_ka:titel}" if rng.random() < 0.5 else "") + ". {C}",
    ]))
    nb.t("\n")
    nb.line(rng.choice(["SESSIES", "Verloop behandeling:", "Behandelverloop", "Sessielog"]))
    n = n_of(nb, 3, 5, 8)
    for j in range(n):
        r = rng.random()
        pre = rng.choice(["{d} – ", "{d}: ", "Sessie " + str(j + 1) + " ({d}) ", "- {d} "])
        if r < 0.12:
            nb.line(pre + rng.choice(["afgezegd door moeder (app).", "niet verschenen, moeder gebeld op {tel:m}, geen gehoor.",
                                      "no show. Voicemail ingesproken.", "afgezegd, {k} ziek."]))
        elif r < 0.22:
            nb.line(pre + "{k} gebracht door " + nb.ch(
                ["{oma:titel+achternaam} (oma)", "{u_oppas:cue}", "een buurvrouw", "{m:voornaam}", "{v:voornaam} (vader)",
                 "de nieuwe vriend van moeder, {u_nvm:voornaam/vriend van moeder}", "{pl:volledig} (pleegouder)"]) + ". {C}")
        elif r < 0.3:
            nb.line(pre + "{C} {W}")
        else:
            nb.line(pre + "{C} {C}" + rng.choice(["", " Oefeningen meegegeven.", " Huiswerkblad mee.", ""]))
    nb.t("\n")
    if rng.random() < 0.75:
        nb.line(rng.choice(["Berichten ouders:", "Contact ouders", "App-berichten (kopie)"]))
        msgs = [
            "[{d} {time}] {m:voornaam}: sorry {k:kleine-letters} is ziek vandaag we komen niet",
            "[{d} {time}] moeder: kunt u bellen naar {tel:m} ik heb geen beltegoed",
            "[{d} {time}] {v:voornaam}: wie heeft jou gezegd dat je met school mag bellen?? bemoei je met je eigen zaken",
            "[{d} {time}] {m:kleine-letters}: auto is kapot, volgende week weer",
            "[{d} {time}] {m:voornaam}: {k} slaapt deze week bij oma, {oma:voornaam} brengt hem",
            "[{d} {time}] mama van {k}: oke. mag ik de oefeningen op mail {email:m}",
            "[{d} {time}] {m:voornaam}: ik ben bij mijn werk ({i_werk}) kan niet eerder",
        ]
        msgs = [m_ for m_ in msgs if nb._usable(m_)]
        for m_ in rng.sample(msgs, min(len(msgs), n_of(nb, 1, 2, 4))):
            nb.line(m_, lower=rng.random() < 0.6)
        nb.t("\n")
    nb.line(rng.choice(["Overleg / signalen:", "Multidisciplinair overleg", "Zorgen"]))
    ov = [
        "Telefonisch overleg met {u_ib:cue} van {i_school}: [[ook op school vallen de zorgen op]].",
        "Mail aan {u_ka:titel/kinderarts} ({email:ka}) met verzoek om gehoortest.",
        "Met collega {u_coll:voornaam/collega} (aandachtsfunctionaris) de meldcode doorlopen; stap 3.",
        "Overleg met {u_ha:titel/huisarts} van {i_ha}: bekend bij de praktijk, [[gezin is eerder gemeld]].",
        "{u_cjg:volledig/geen} van het CJG is betrokken.",
        "Melding bij Veilig Thuis besproken met moeder; moeder [[was boos en huilde]].",
        "Zwemles bij {i_sport} is gestopt, [[volgens moeder te duur]].",
        "{bz:voornaam}, " + rng.choice(["broer", "zus"]) + " van {k}, komt soms mee en [[let op de kleine]].",
        "{u_sib:cue} (" + str(rng.randint(8, 15)) + ") [[haalt het kind vaak op]].",
        "{W}",
    ]
    ov = [x for x in ov if nb._usable(x)]
    for x in rng.sample(ov, n_of(nb, 2, 3, 5)):
        nb.line("- " + x if rng.random() < 0.6 else x)
    nb.t("\n")
    prof = "kinderfysiotherapeut" if fysio else "logopedist"
    if rng.random() < 0.35:
        nb.line(rng.choice(["Brief aan huisarts (kopie):", "Verslag aan verwijzer", "--- brief ---"]))
        nb.line(rng.choice(["Geachte collega {u_ha:titel},", "Beste {u_ha:titel},", "Geachte {u_ka:titel},"]))
        nb.line("Hierbij bericht over uw patiënt {k:volledig}, geboren {geb:k}, wonend {addr:k*} te {town}. "
                "Sinds {d} is {k:voornaam} in behandeling. {C} {C}")
        nb.line(rng.choice(["Graag overleg over de zorgen rond de thuissituatie.", "Ik verneem graag uw visie.",
                            "Wij hebben de meldcode doorlopen en overwegen een melding bij Veilig Thuis."]))
        nb.line("Met collegiale groet,")
        nb.line("{u_" + th + ":volledig/ondertekening}, " + prof + ", {i_prak:vol}")
        nb.t("\n")
    sig = rng.randrange(3)
    if sig == 0:
        nb.line("{u_" + th + ":volledig/ondertekening}, " + prof)
    elif sig == 1:
        nb.line("Met vriendelijke groet,\n{u_" + th + ":voornaam/handtekening}\n" + prof + " {i_prak}\n{tel:i_prak}")
    else:
        nb.line("— {ini_" + th + "}")


# ---------------------------------------------------------------------------------------------------------
# 4. mdo-notulen
# ---------------------------------------------------------------------------------------------------------

FUNCS_VO = [("mentor", "mentor"), ("zoco", "ZoCo"), ("smw", "SMW"), ("gw", "GW"), ("jgt", "JGT"), ("cjg", "CJG"),
            ("lpa", "LPA"), ("af", "AF"), ("tlo", "teamleider"), ("orth", "orthopedagoog"), ("doc", "docent"),
            ("wa", "wijkagent"), ("dir", "directie")]
FUNCS_PO = [("juf", "leerkracht"), ("ib", "IB"), ("smw", "SMW"), ("gw", "GW/JGZ"), ("jgt", "JGT"), ("cjg", "CJG"),
            ("af", "AF"), ("dir", "directeur"), ("orth", "orthopedagoog"), ("ka", "kinderarts")]


FUNCS_ZORG = [("gedr", "GW"), ("amb", "ambulant hulpverlener"), ("gv", "gezinsvoogd"), ("jgt", "JGT"),
              ("pmw", "PM"), ("psych", "psychiater"), ("tl", "teamleider"), ("af", "AF"), ("ha", "huisarts"),
              ("smw", "SMW"), ("cjg", "CJG")]


def s_mdo_zorg(nb: NB) -> None:
    """MDO of a care organisation (youth care) about a family."""
    rng = nb.rng
    nb.cpool = C_SCHOOL
    nb.main = "k"
    family(nb, (3, 16))
    k = nb.v["k"]
    nb.cache["level"] = "vo" if k.cache["age"] >= 12 else "po"
    att = FUNCS_ZORG[:2] + rng.sample(FUNCS_ZORG[2:], n_of(nb, 2, 3, 5))
    nb.line(rng.choice(["MDO {i_zorg:vol}", "Verslag multidisciplinair overleg — {i_zorg}",
                        "MDO-verslag team " + rng.choice(["Noord", "Oost", "Zuid", "West", "Centrum"]) + ", {i_zorg:kern}"]))
    nb.line("Gezin: " + rng.choice(["{k:achternaam}", "{m:hoofdletters}", "{k:volledig} e.a."]) +
            " | dossier {nr:dossier} | {d}")
    nb.f("Aanwezig: ")
    for j, (key, lab) in enumerate(att):
        nb.f(("" if j == 0 else rng.choice([", ", "; "])) + "{u_" + key + ":" + rng.choice(["volledig", "voornaam", "init", "titel"]) +
             "/aanwezig} (" + lab + ")")
    nb.t("\n")
    nb.maybe(0.6, "Afwezig m.k.: {u_" + rng.choice(["lpa", "ka", "orth"]) + ":volledig/afwezig}\n")
    nb.t("\n")
    nb.line("1. Stand van zaken")
    nb.line("{k} (" + str(k.cache["age"]) + " jr) woont bij {m}" + (" en {st:volledig}" if "st" in nb.v else "") + ". {C} {C}")
    nb.line("2. Veiligheid")
    for key, lab in rng.sample(att, n_of(nb, 2, 3, 4)):
        nb.line("- " + rng.choice([lab, "{ini_" + key + "}", "{u_" + key + ":voornaam}"]) + ": " +
                rng.choice(["{C}", "{C} {C}", "{C} {W}", "gesprek met {m:titel+achternaam}; {C}"]))
    nb.line("3. Afspraken")
    for j in range(n_of(nb, 2, 3, 5)):
        nb.line(f"{j + 1}. " + nb.ch(["Veiligheidsplan bijstellen", "Huisbezoek", "Overleg school ({i_school:kern})",
                                       "Consult {u_psych:titel}", "Terugkoppeling aan {m:voornaam}",
                                       "Contact met {i_kdv}", "Gesprek met vader {v:volledig}"]) +
                " – {ini_" + rng.choice(att)[0] + "} – " + rng.choice(["wk " + str(rng.randint(2, 50)), "{d}", "z.s.m."]))
    nb.line("Notulen: {ini_" + att[0][0] + "}")


def s_mdo(nb: NB) -> None:
    rng = nb.rng
    if rng.random() < 0.25:
        return s_mdo_zorg(nb)
    vo = rng.random() < 0.65
    nb.cache["level"] = "vo" if vo else "po"
    nb.cpool = C_SCHOOL
    nb.main = "k"
    family(nb, (12, 17) if vo else (5, 12))
    k = nb.v["k"]
    klas = class_name(rng, k.cache["age"], vo)
    school = "i_vo" if vo else "i_school"
    funcs = FUNCS_VO if vo else FUNCS_PO
    main = funcs[:2]
    rest = rng.sample(funcs[2:], n_of(nb, 2, 4, 6))
    att = main + rest
    absent = rng.sample([f for f in funcs if f not in att], min(2, len(funcs) - len(att))) if rng.random() < 0.8 else []

    h = rng.randrange(3)
    if h == 0:
        nb.line("NOTULEN MDO — {" + school + ":vol}")
    elif h == 1:
        nb.line(rng.choice(["Verslag ondertsteuningsteam (OT)", "Notulen zorgoverleg", "MDO / ZAT-overleg"]) +
                " {" + school + "} — {d}")
    else:
        nb.line("Multidisciplinair overleg " + klas + " | {" + school + ":kern}")
    nb.line("Datum: {d" + (":same" if h == 1 else "") + "}, " + rng.choice(["13.30-15.00 uur", "14:00 - 15:15", "9.00 uur", "15.15u"]) +
            rng.choice(["", " | locatie: kamer ZoCo", " | via Teams", " | lokaal B2.14"]))
    lf = rng.randrange(4)
    label = dict(funcs)
    if lf == 0:
        nb.line("Aanwezig:")
        for key, lab in att:
            nb.line(rng.choice(["- ", "• ", ""]) + "{u_" + key + ":" + rng.choice(["volledig", "volledig", "init", "titel"]) +
                    "/aanwezig} (" + lab + ")")
    elif lf == 1:
        nb.f("Aanwezig: ")
        for j, (key, lab) in enumerate(att):
            nb.f(("" if j == 0 else ", ") + "{u_" + key + ":" + rng.choice(["volledig", "voornaam", "init"]) + "/aanwezig} (" + lab + ")")
        nb.t("\n")
    elif lf == 2:
        nb.line("Aanwezig (initialen | naam | functie):")
        for key, lab in att:
            nb.line("{ini_" + key + "} | {u_" + key + ":volledig/aanwezig} | " + lab)
    else:
        nb.f("Aanw.: ")
        for j, (key, lab) in enumerate(att):
            nb.f(("" if j == 0 else ", ") + lab + " ({ini_" + key + "})")
        nb.t("\n")
    if absent:
        nb.f(rng.choice(["Afwezig m.k.: ", "Afwezig met kennisgeving: ", "Afmelding: "]))
        for j, (key, lab) in enumerate(absent):
            nb.f(("" if j == 0 else ", ") + "{u_" + key + ":" + rng.choice(["volledig", "titel", "init"]) + "/afwezig} (" + lab + ")")
        nb.t("\n")
    nb.maybe(0.5, "Gast bij punt 3: {m:titel+achternaam} (moeder)" + (" en {v:titel+achternaam} (vader)" if "v" in nb.v else "") + "\n")
    nb.line("Notulist: " + rng.choice(["{ini_" + att[0][0] + "}", "{u_not:volledig/notulist}", "{ini_not}"]))
    nb.t("\n")
    nb.line("1. Opening en mededelingen")
    nb.line(rng.choice(["Geen mededelingen.", "{u_" + att[1][0] + ":voornaam} opent; agenda vastgesteld.",
                        "Welkom aan {u_" + att[-1][0] + ":volledig/welkom}, nieuw in het overleg."]))
    nb.line("2. Notulen en actielijst vorige keer")
    nb.line(rng.choice(["Akkoord. Actie 3 ({ini_" + att[0][0] + "}) loopt nog.", "Vastgesteld zonder wijzigingen.",
                        "Akkoord; actie {ini_" + att[1][0] + "} afgerond."]))
    nb.line("3. Casus: " + rng.choice(["{k:volledig}", "{k:initialen+achternaam}", "{ini_k}", "{k:hoofdletters}"]) +
            " (" + klas + rng.choice([", lln.nr. {nr:leerling})", ")"]))
    nb.line(rng.choice(["Aanleiding: ", "Zorgen: ", "Hulpvraag: "]) + "{C} {C}")
    speakers = att[:]
    rng.shuffle(speakers)
    texts = ["{C}", "{C} {C}", "{C} {W}", "heeft contact gehad met {m}: {C}", "{k} vertelde: [[thuis is het niet veilig]]. {C}",
             "sprak met {k:bezittelijk} vader; {C}", "belde met {m:bezittelijk} huisarts; {C}", "{C} Zie ook verslag {d}.",
             "ziet {k} dagelijks; {C}", "{k:bezittelijk} zus vertelde dat [[moeder veel drinkt]]."]
    for key, lab in speakers[:n_of(nb, 2, 4, 6)]:
        who = rng.choice(["{u_" + key + ":voornaam}", lab + " ({ini_" + key + "})", lab, "{ini_" + key + "}"])
        if not texts:
            texts = ["{C}", "{C} {C}"]
        txt = texts.pop(rng.randrange(len(texts)))
        nb.line("- " + who + ": " + txt)
    extra = [
        "{k} heeft een bijbaan bij {i_werk}, [[werkt tot 22.00 uur]] op schooldagen." if vo else
        "Na school gaat {k} naar {i_bso}; [[wordt daar vaak niet opgehaald]].",
        "Vorige school ({i_prev}) meldde destijds al [[veel verzuim]].",
        "Betrokken hulpverlening: {i_zorg} (ambulant), contactpersoon {u_jgt:volledig/contactpersoon}.",
        "Huisarts is {u_ha:titel/huisarts}, {i_ha}.",
        "{k} voetbalt bij {i_sport}; de {u_trainer:cue} maakt zich ook zorgen.",
        "Moeder heeft een nieuwe partner, {u_nvm:volledig/nieuwe partner}; [[het kind is bang voor hem]].",
        "{bz:voornaam} zit ook op school (klas 1) en [[lijkt het goed te doen]].",
        "Er is een account {acc:k} waarop [[filmpjes van ruzies]] staan.",
        "Moeder is te bereiken op {tel:m}.",
        "Vader woont in {town}, {addr:v}; [[contact is wisselend]].",
        "{u_lpa:cue} heeft een gesprek gepland op {d}.",
        "{W}",
    ]
    extra = [x for x in extra if nb._usable(x)]
    for x in rng.sample(extra, n_of(nb, 2, 3, 6)):
        nb.line("- " + x)
    nb.line(rng.choice(["Besluit: ", "Conclusie: ", "Afspraak: "]) + rng.choice([
        "zorgmelding bij Veilig Thuis door AF.", "eerst gesprek met ouders, daarna opnieuw bespreken.",
        "aanmelden bij het JGT; {k} krijgt een vast aanspreekpunt.", "OPP opstellen, terugkoppeling in het volgende MDO."]))
    nb.t("\n")
    if nb.length == "lang" and rng.random() < 0.7:
        nb.line("4. Casus " + rng.choice(["2 (zie apart verslag)", "2: geanonimiseerd besproken", "2 – uitgesteld"]))
    nb.line(("5" if nb.length == "lang" else "4") + ". Rondvraag")
    nb.line(rng.choice(["{u_" + att[-1][0] + ":voornaam}: volgende keer graag eerder de stukken.", "Geen.",
                        "{ini_" + att[1][0] + "} is {d} afwezig, vervanging door {u_coll:volledig/vervanging}."]))
    nb.line("Volgend overleg: {d}")
    nb.t("\n")
    nb.line(rng.choice(["ACTIELIJST", "Actiepunten", "Acties:"]))
    acts = ["Gesprek met {k} en moeder", "Zorgmelding Veilig Thuis", "Contact huisarts", "Verzuim melden bij leerplicht",
            "Aanmelding JGT", "Terugkoppeling aan mentor", "Huisbezoek plannen", "OPP bijwerken", "Contact met {i_zorg:kern}"]
    tab = rng.random() < 0.5
    if tab:
        nb.line("Nr | Actie | Wie | Wanneer")
    for j, a in enumerate(rng.sample(acts, n_of(nb, 2, 4, 6))):
        pair = rng.sample(att, 2)
        who = "{ini_" + pair[0][0] + "}" + (" / {ini_" + pair[1][0] + "}" if rng.random() < 0.25 else "")
        when = rng.choice(["wk " + str(rng.randint(2, 50)), "z.s.m.", "{d}", "voor volgend MDO"])
        if tab:
            nb.line(f"{j + 1} | {a} | {who} | {when}")
        else:
            nb.line(f"- {a}. Actie: {who} / {when}")


# ---------------------------------------------------------------------------------------------------------
# 5. lvs-export
# ---------------------------------------------------------------------------------------------------------

def s_lvs(nb: NB) -> None:
    rng = nb.rng
    vo = rng.random() < 0.5
    nb.cache["level"] = "vo" if vo else "po"
    nb.cpool = C_SCHOOL
    nb.main = "k"
    family(nb, (12, 17) if vo else (4, 12))
    k = nb.v["k"]
    klas = class_name(rng, k.cache["age"], vo)
    school = "i_vo" if vo else "i_school"
    lead = "u_mentor" if vo else "u_juf"
    sep = rng.choice(["\t", " | ", ";", "\t"])
    nb.line(rng.choice(["LEERLINGKAART", "Export leerlingdossier", "=== LVS EXPORT ===", "Leerlinggegevens (export)"]) +
            sep + "{" + school + ":vol}" + sep + "gegenereerd {d} {time}" +
            rng.choice(["", sep + "gebruiker: {user:adm}", sep + "door {user:" + lead[2:] + "}"]))
    rows = [
        ("Leerlingnummer", "{nr:leerling}"), ("Achternaam", rng.choice(["{k:achternaam}", "{k:hoofd-achternaam}"])),
        ("Roepnaam", "{k:voornaam}"), ("Geboortedatum", "{geb:k}"), ("BSN", "{bsn:k}"),
        ("Adres", "{addr:k*}"), ("Postcode", "{pc:k}"), ("Woonplaats", nb.town), ("Klas", klas),
        ("Mentor" if vo else "Leerkracht", "{" + lead + ":" + rng.choice(["init", "titel", "volledig"]) + "/" + ("mentor" if vo else "leerkracht") + "}"),
        ("Vorige school", "{i_prev}" + rng.choice(["", " (" + rng.choice(TOWNS) + ")"])),
        ("Huisarts", "{u_ha:titel/huisarts}, {i_ha}" + rng.choice(["", ", {tel:i_ha}"])),
        ("Ouder/verzorger 1", sep.join(["{m:titel+achternaam}", "moeder", "{tel:m}", "{email:m}"])),
    ]
    if "v" in nb.v:
        rows.append(("Ouder/verzorger 2", sep.join(["{v:" + rng.choice(["volledig", "initialen+achternaam", "titel+achternaam"]) + "}",
                                                     "vader", "{tel:v}", rng.choice(["gezag: ja", "gezag: nee", "{email:v}"])])))
    if "oma" in nb.v:
        rows.append(("Noodcontact", "oma {oma:voornaam} {oma:achternaam}, {tel:oma}"))
    if "pl" in nb.v:
        rows.append(("Pleeggezin", "{pl:volledig}, {addr:pl*}, {tel:pl}"))
    if "st" in nb.v:
        rows.append(("Partner moeder", "{st:volledig}"))
    if not vo and rng.random() < 0.6:
        rows.append(("BSO", "{i_bso}" + rng.choice(["", " (ophalen ma/di/do)"])))
    if rng.random() < 0.4:
        rows.append(("Externe hulp", "{i_zorg}, {u_jgt:volledig/contactpersoon}"))
    if rng.random() < 0.3:
        rows.append(("Broer/zus op school", "{bz:voornaam}" if "bz" in nb.v else "{u_sib:voornaam/broer-zus}"))
    for lab, val in rows:
        if lab in {"Roepnaam", "Achternaam", "Klas"} or rng.random() < 0.8:
            nb.line(lab + sep + val)
    nb.line("Bijzonderheden" + sep + rng.choice(["{C}", "dyslexieverklaring; {C}", "OPP aanwezig. {C}", "geen"]))
    nb.t("\n")
    nb.line(rng.choice(["=== LOGBOEK ===", "Logboek", "-- notities --", "LOGBOEK (alle categorieën)"]))
    block = rng.random() < 0.3
    if not block:
        nb.line(sep.join(["datum", "auteur", "categorie", "omschrijving"]))
    lab = "mentor" if vo else rng.choice(["leerkracht", "lk", "groepsleerkracht"])
    authors = [(lead + ":init/auteur", lab), ("ini_" + lead[2:], ""), (lead + ":volledig/auteur", lab),
               ("ini_zoco" if vo else "ini_ib", ""), ("u_zoco:init/auteur" if vo else "u_ib:init/auteur", "ZoCo" if vo else "IB"),
               ("u_tlo:titel/auteur" if vo else "u_dir:volledig/auteur", "TL" if vo else "dir."),
               ("ini_doc" if vo else "ini_mstr", ""), ("u_adm:voornaam/auteur", "adm."), ("u_conc:voornaam/auteur", "conciërge"),
               ("ini_smw", ""), ("u_smw:volledig/auteur", "SMW"), ("u_gw:init/auteur", "JGZ")]
    cats = ["verzuim", "gesprek ouders", "zorg", "incident", "gedrag", "leerlingbespreking", "melding", "welzijn", "contact extern"]
    n = n_of(nb, 3, 6, 10)
    for j in range(n):
        a, alab = authors[0] if j == 0 else rng.choice(authors)
        auth = "{" + a + "}"
        if alab and rng.random() < 0.5:
            auth += f" ({alab})"
        txt = rng.choice([
            "{C}", "{C} {C}", "{k} ongeoorloofd afwezig 1e-3e uur. Moeder gebeld ({tel:m}), geen gehoor.",
            "Gesprek met {m:titel+achternaam}: {C}", "{C} Doorgezet naar {ini_smw}.", "{C} {W}",
            "Oma ({oma:titel+achternaam}) haalde {k} op; {C}", "Mail van {v:volledig} ({email:v}): wil niet dat school met moeder praat.",
            "Gebeld met {u_jgt:volledig/geen} (JGT): {C}", "{k} kwam met {u_sib:cue} naar school; {C}",
            "Melding verzuim bij leerplicht ({u_lpa:init/leerplicht}).", "Incident in de pauze met {u_lln:voornaam/geen} uit " + klas + ". {C}",
            "Overleg met {i_bso} over ophalen: {C}", "Vader stond bij het hek, auto {plate:v}. {C}",
        ])
        if not nb._usable(auth + txt):
            txt = "{C}"
        if block:
            nb.line("Datum: {d}   Auteur: " + auth + "   Categorie: " + rng.choice(cats))
            nb.line(rng.choice(["Tekst: ", "Notitie: ", ""]) + txt, lower=rng.random() < 0.1)
        else:
            nb.line(sep.join(["{d}", auth, rng.choice(cats), txt]), lower=rng.random() < 0.1)
    if rng.random() < 0.5:
        nb.t("\n")
        nb.line(rng.choice(["=== BERICHTEN OUDERPORTAAL ===", "Ouderportaal (berichten)", "Berichten"]))
        msgs = [
            "{d} {time} van: {m:volledig} aan: {" + lead + ":init}\n  \"goedemiddag, {k:kleine-letters} is vandaag ziek. gr {m:voornaam}\"",
            "{d} {time} van: {v:titel+achternaam}\n  \"Ik wil weten waarom mijn kind bij de zorgcoördinator was. Bel mij {tel:v}\"",
            "{d} {time} van: {" + lead + ":volledig/afzender} aan: {m:titel+achternaam}\n  \"Wilt u contact opnemen over {k:bezittelijk} verzuim?\"",
            "{d} {time} van: {oma:volledig}\n  \"{k} slaapt deze week bij mij, adres {addr:oma*}\"",
            "{d} {time} van: {m:kleine-letters}\n  \"sorry ik heb geen tijd voor gesprek. werk bij {i_werk} tot 6 uur\"",
            "{d} {time} van: {pl:volledig} (pleegouder)\n  \"{k} is sinds maandag bij ons geplaatst. {C}\"",
        ]
        msgs = [x for x in msgs if nb._usable(x)]
        for x in rng.sample(msgs, min(len(msgs), n_of(nb, 1, 2, 3))):
            nb.line(x, lower=rng.random() < 0.2)
    if rng.random() < 0.5:
        nb.line(rng.choice(["Verzuim dit schooljaar: ", "VERZUIM: ", "Verzuimoverzicht: "]) +
                f"{rng.randint(2, 40)} lesuren ongeoorloofd, {rng.randint(0, 25)}x te laat" +
                rng.choice(["", "; melding leerplicht gedaan", " (drempel bereikt)"]))
    if rng.random() < 0.5:
        nb.t("\n")
        nb.line(rng.choice(["Laatst gewijzigd door {user:" + lead[2:] + "} op {d}", "Einde export.", "-- einde --"]))


STYLE_FN = {"reclassering-advies": s_reclassering, "mic-verpleeghuis": s_mic, "logopedie-fysio": s_logo,
            "mdo-notulen": s_mdo, "lvs-export": s_lvs}

# extra keys used above
UNREG_SPEC["lln"] = ("klasgenoot", ["klasgenoot", "medeleerling"], "", "")


def make_note(style: str, rng: random.Random) -> Note:
    length = rng.choices(["kort", "middel", "lang"], weights=[4, 4, 2])[0]
    nb = NB(rng, style, length)
    STYLE_FN[style](nb)
    return nb.note()


def make_notes(n: int, seed: int) -> list[Note]:
    notes, seen = [], set()
    i = 0
    while len(notes) < n:
        style = STYLES[len(notes) % len(STYLES)]
        rng = random.Random(f"heldout9-{seed}-{i}")
        i += 1
        note = make_note(style, rng)
        if note.text in seen:
            continue
        seen.add(note.text)
        notes.append(note)
    return notes


# ---------------------------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------------------------

def _hits(c: Check, text: str) -> bool:
    if c.how == "exact":
        return c.value in text
    if c.how == "ci":
        return c.value.lower() in text.lower()
    if c.how == "word":
        return word_in(fold(c.value), fold(text))
    if c.how == "digits":
        return c.value in digits_of(text)
    if c.how == "compact":
        return c.value in compact(text)
    if c.how == "group":
        return c.value in re.findall(r"\d+", text)
    raise ValueError(c.how)


def validate(note: Note) -> str | None:
    t = note.text
    if note.style not in STYLES or note.length not in {"kort", "middel", "lang"}:
        return "bad style/length"
    names = [p.name for p in note.persons]
    if len(set(names)) != len(names):
        return "duplicate person"
    for p in note.persons:
        if p.role not in ROLES:
            return f"bad role {p.role}"
    last = -1
    for it in sorted(note.items, key=lambda x: x.start):
        if t[it.start:it.end] != it.text:
            return f"offset mismatch {it.kind} {it.text!r}"
        if it.start < last:
            return f"overlapping items at {it.start}"
        last = it.end
        if not it.text.strip() or it.text != it.text.strip():
            return f"item with outer whitespace {it.text!r}"
        if not it.checks:
            return f"no checks for {it.kind} {it.text!r}"
        for c in it.checks:
            if not _hits(c, it.text):
                return f"check {c} does not flag {it.text!r}"
            for ph in PLACEHOLDERS:
                if _hits(c, ph):
                    return f"check {c} flags placeholder {ph}"
        if it.kind == "unregistered":
            for k in ("cue", "case", "origin", "role", "word_name"):
                if k not in it.attrs:
                    return f"unregistered without {k}"
    spans = [(it.start, it.end) for it in note.items]
    for ph in note.clinical + note.words:
        if not ph or ph not in t:
            return f"phrase not in text: {ph!r}"
        s = 0
        while True:
            j = t.find(ph, s)
            if j < 0:
                break
            for a, b in spans:
                if a < j + len(ph) and j < b:
                    return f"phrase overlaps item: {ph!r}"
            s = j + 1
    # a vault person's name word must not be flagged by an unregistered item's checks and vice versa
    vwords = {fold(w) for p in note.persons for w in name_words(p.name)}
    for it in note.items:
        if it.kind == "unregistered":
            for c in it.checks:
                if fold(c.value) in vwords:
                    return f"unregistered {it.text!r} shares a word with a registered person"
    return None


if __name__ == "__main__":
    notes = make_notes(500, 20261128)
    bad = [(i, e) for i, n in enumerate(notes) if (e := validate(n))]
    for i, e in bad[:20]:
        print("INVALID", i, notes[i].style, e)
    print(f"{len(notes)} notes, {len(bad)} invalid")
    kinds: Counter = Counter()
    per_style: Counter = Counter()
    lengths: Counter = Counter()
    attrs: dict[str, Counter] = {k: Counter() for k in ("cue", "case", "origin", "role", "word_name")}
    roles: Counter = Counter()
    for n in notes:
        per_style[n.style] += 1
        lengths[n.length] += 1
        for p in n.persons:
            roles[p.role] += 1
        for it in n.items:
            kinds[it.kind] += 1
            if it.kind == "unregistered":
                for k in attrs:
                    attrs[k][it.attrs[k]] += 1
    print("per style:", dict(per_style))
    print("lengths:", dict(lengths))
    print("items per note: %.1f" % (sum(kinds.values()) / len(notes)))
    for k, c in sorted(kinds.items()):
        print(f"  {k:32s} {c}")
    print("registered roles:", dict(roles))
    for k, c in attrs.items():
        print(f"unregistered {k}:", dict(c.most_common(30)))
    print("clinical phrases:", sum(len(n.clinical) for n in notes), " word phrases:", sum(len(n.words) for n in notes))
    for n in (notes[0], notes[3]):
        print("=" * 100)
        print(n.style, n.length, [(p.name, p.role) for p in n.persons])
        print(n.text)
        for it in n.items[:12]:
            print("   ", it.kind, repr(it.text), [(c.how, c.value) for c in it.checks], it.attrs)
