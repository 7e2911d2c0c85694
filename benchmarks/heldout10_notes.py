"""Held-out set 10: synthetic Dutch case notes in five styles the project has not seen.

Styles: wmo-keukentafel, gza-azc, huisarts-journaal, teams-wijkteam, ongevallenregistratie.
Every name, institution, address and number is invented.
"""
import sys
import random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402
from assistant.privacy.redact import Person  # noqa: E402   # Person(name: str, role: str), frozen dataclass

STYLES = ["wmo-keukentafel", "gza-azc", "huisarts-journaal", "teams-wijkteam", "ongevallenregistratie"]

PART = {"van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "da", "dos", "du", "von", "a", "sint", "'t"}

# origin: (male first names, female first names, surnames)
ORIGINS = {
    "nederlands": ("Daan Sem Luuk Bram Thijs Jesse Ruben Joost Pieter Henk Kees Mark Erik Gijs Wouter".split(),
                   "Emma Julia Sanne Lotte Femke Anouk Ilse Marieke Joke Ingrid Noor Eva Linda Marloes".split(),
                   ["Jansen", "de Vries", "van den Berg", "Meijer", "de Boer", "de Groot", "Peters", "Hendriks",
                    "van Dijk", "Brouwer", "Koster", "van der Linden", "Prins", "Kuipers", "Veldkamp", "Nijhof",
                    "Scholten", "ter Horst", "Wolters", "van Essen", "Brinkman", "Hofstede"]),
    "fries": ("Sjoerd Wietse Jelle Tjeerd Hylke Auke Douwe".split(),
              "Sytske Tjitske Baukje Froukje Jildou Wytske Aukje".split(),
              "Hoekstra Dijkstra Wiersma Postma Bouma Zijlstra Terpstra Sikkema Hettinga Bergsma".split()),
    "marokkaans": ("Mohamed Yassin Ayoub Bilal Hamza Karim Mounir Driss Anouar".split(),
                   "Fatima Khadija Nora Salma Imane Houda Sanae Ikram Loubna".split(),
                   ["El Amrani", "Bouzid", "Azzouzi", "El Idrissi", "Benali", "Ouali", "Ait Taleb", "Boukhari",
                    "el Khatib", "Chaouch", "Ziani"]),
    "turks": ("Mehmet Emre Yusuf Burak Kerem Mustafa Efe Onur".split(),
              "Ayşe Elif Zeynep Büşra Esra Merve Hatice Derya".split(),
              "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Korkmaz".split()),
    "surinaams-creools": ("Romeo Dwayne Marciano Glenn Ricardo Errol".split(),
                          "Shanice Naomi Gracia Jolanda Sharon Marisha".split(),
                          ["Pinas", "Doelwijt", "Kross", "Sabajo", "Wijngaarde", "Zeefuik", "Gefferie", "Breeveld",
                           "Tjon A Fat", "Amatdjais"]),
    "surinaams-hindoestaans": ("Ravi Sunil Anand Vikash Rakesh Navin".split(),
                               "Anjali Sunita Priya Shanti Radha Kavita".split(),
                               "Ramdin Mahabier Jaggan Sewnarain Ramlal Bissessar Ramsaran Kalloe".split()),
    "antilliaans": ("Jurgen Shurendy Rignald Giovanni Jandino".split(),
                    "Jozaira Shaquira Rusmely Dayenne Yanaisa".split(),
                    ["Martina", "Isenia", "Maduro", "Clarinda", "Pietersz", "Rosaria", "Felida", "Sint Jago"]),
    "kaapverdisch": ("Ailton Nelson Hélio Djamal Edson".split(),
                     "Edna Ivanilda Jandira Odete Nilza".split(),
                     "Tavares Lopes Monteiro Fortes Semedo Barros Varela".split()),
    "pools": ("Piotr Tomasz Krzysztof Kacper Jakub Paweł".split(),
              "Agnieszka Katarzyna Małgorzata Zuzanna Ola Magda".split(),
              "Kowalski Nowak Wiśniewski Zieliński Wójcik Kamiński Lewandowski Grabowski".split()),
    "roemeens": ("Andrei Ionuț Mihai Florin Cătălin".split(), "Ioana Elena Andreea Mădălina Roxana".split(),
                 "Popescu Ionescu Dumitru Stoica Munteanu Constantinescu".split()),
    "bulgaars": ("Georgi Dimitar Stoyan Kaloyan".split(), "Desislava Mariya Petya Radka Tsvetelina".split(),
                 "Ivanov Petrov Georgiev Dimitrov Stoyanov Hristov".split()),
    "oekraiens": ("Oleksandr Dmytro Bohdan Taras Mykola".split(), "Olena Oksana Iryna Sofiia Yulia".split(),
                  "Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk".split()),
    "syrisch": ("Ahmad Omar Khaled Yamen Rami Mahmoud".split(), "Rania Lina Hala Nour Rasha Ghalia".split(),
                ["Al Hassan", "Haddad", "Alkhatib", "Darwish", "Al Masri", "Hamdan", "Kabbani"]),
    "eritrees": ("Tesfay Yonas Mehari Dawit Filmon".split(), "Selam Yordanos Mebrat Senait Luwam".split(),
                 "Tesfamariam Ghebremedhin Haile Berhane Tekle Weldemichael Kidane".split()),
    "somalisch": ("Abdi Mahad Liban Abdirahman Yusuf".split(), "Hodan Amina Faadumo Ayaan Sahra".split(),
                  "Warsame Farah Abdullahi Jama Osman Mohamud".split()),
    "afghaans": ("Farid Jawad Sohail Zabiullah Hamid".split(), "Mariam Zahra Parwana Shabnam Freshta".split(),
                 "Sultani Rahimi Ahmadzai Noori Hakimi Stanikzai".split()),
    "ghanees": ("Kwame Kofi Yaw Kwabena".split(), "Akosua Abena Efua Adwoa".split(),
                "Mensah Owusu Boateng Asante Appiah Osei".split()),
    "nigeriaans": ("Chinedu Emeka Tunde Oluwaseun".split(), "Ngozi Chiamaka Folake Adaeze".split(),
                   "Okafor Adeyemi Okonkwo Balogun Nwosu Eze".split()),
    "chinees": ("Wei Jun Hao Ming".split(), "Mei Xiu Lin Yan".split(), "Chen Wang Zhang Liu Huang Lam Chan".split()),
    "vietnamees": ("Minh Tuan Duc Huy".split(), "Linh Mai Thuy Hanh".split(), "Nguyen Tran Pham Hoang Vu".split()),
    "indiaas": ("Arjun Rohan Vikram Aditya".split(), "Ananya Kavya Shreya Divya".split(),
                "Sharma Patel Iyer Reddy Nair Gupta".split()),
    "braziliaans": ("João Thiago Rafael Lucas".split(), "Beatriz Larissa Juliana Fernanda".split(),
                    "Silva Santos Oliveira Souza Pereira Costa".split()),
    "engels": ("Oliver Harry James Jack".split(), "Olivia Amelia Charlotte Emily".split(),
               "Smith Taylor Brown Wilson Davies Evans".split()),
    "duits": ("Lukas Felix Jonas Maximilian".split(), "Hannah Lena Leonie Marie".split(),
              "Müller Schmidt Schneider Fischer Weber Becker".split()),
    "woordnaam": ("Storm Bram Sterre Zomer".split(), "Roos Bloem Fleur Lente Hoop".split(),
                  ["Winter", "Visser", "de Hoop", "Bloem", "Berg", "Vos", "Koning", "Bakker", "van der Zon", "Storm",
                   "de Haan", "Mulder", "Smit", "Kok"]),
}
WORDNAMES = {"storm", "bram", "sterre", "zomer", "roos", "bloem", "fleur", "lente", "hoop", "winter", "visser",
             "berg", "vos", "koning", "bakker", "zon", "haan", "mulder", "smit", "kok", "mai", "lin", "yan"}
ORIGIN_W = {k: (6 if k == "nederlands" else 4 if k in ("marokkaans", "turks", "woordnaam") else 2) for k in ORIGINS}

TOWNS = "Zwolle Deventer Apeldoorn Kampen Hardenberg Almelo Hengelo Enschede Meppel Emmen Assen Lelystad Zutphen".split()
STREETS = ["Kastanjelaan", "Lindenstraat", "Berkenhof", "Van Speijkstraat", "Merelweg", "Prinses Irenestraat",
           "Oude Molenweg", "Esdoornplein", "Havikstraat", "Sluiskade", "Klaprooshof", "Dr. Ariënslaan", "Zuiderdiep",
           "Plevierenlaan", "Hanzeweg", "Beukenhorst", "Tulpstraat", "Molenbeeklaan", "Wilhelminasingel"]

# institutions: type -> list of (core name, distinctive words, prefixes, abbreviation or None)
INST = {
    "school": [("De Wilgenhoek", ["Wilgenhoek"], ["basisschool", "obs", "bs", "school"], "DWH"),
               ("Het Klaverblad", ["Klaverblad"], ["cbs", "basisschool", "school"], None),
               ("De Vlinderhof", ["Vlinderhof"], ["ikc", "basisschool", "obs"], None),
               ("De Kieviet", ["Kieviet"], ["pcbs", "basisschool"], None),
               ("Het Startblok", ["Startblok"], ["ikc", "obs"], None),
               ("De Fonkelsteen", ["Fonkelsteen"], ["sbo", "basisschool"], None),
               ("Al Amana", ["Amana"], ["ibs", "islamitische basisschool"], None),
               ("De Sterrenkring", ["Sterrenkring"], ["rkbs", "basisschool"], "SK"),
               ("Het Meanderpunt", ["Meanderpunt"], ["vso", "school"], None),
               ("Thorbecke Lyceum", ["Thorbecke"], [], "TL"),
               ("Vechtdal College", ["Vechtdal"], [], "VDC"),
               ("De Springplank", ["Springplank"], ["ISK", "schakelklas"], None)],
    "kinderopvang": [("Het Kikkerhuis", ["Kikkerhuis"], ["kinderopvang", "kdv"], None),
                     ("De Snoetjes", ["Snoetjes"], ["kdv", "peuteropvang"], None),
                     ("Kwetternest", ["Kwetternest"], ["bso", "kinderopvang"], None),
                     ("De Speelark", ["Speelark"], ["kdv", "kinderdagverblijf"], None),
                     ("Dribbel & Co", ["Dribbel"], ["kinderopvang"], None),
                     ("Hummelhoeve", ["Hummelhoeve"], ["kdv", "bso", "peutergroep"], "HH"),
                     ("Bolderburcht", ["Bolderburcht"], ["bso"], None),
                     ("De Toverfluit", ["Toverfluit"], ["peuterspeelzaal", "psz", "vve-groep"], None)],
    "ziekenhuis": [("Isala", ["Isala"], ["ziekenhuis"], None),
                   ("Deventer Ziekenhuis", ["Deventer"], [], "DZ"),
                   ("Gelre", ["Gelre"], ["ziekenhuis"], None),
                   ("Saxenburgh", ["Saxenburgh"], ["ziekenhuis"], None),
                   ("Wilhelmina Kinderziekenhuis", ["Wilhelmina"], [], "WKZ"),
                   ("Martini Ziekenhuis", ["Martini"], [], "MZH"),
                   ("Treant", ["Treant"], ["ziekenhuis"], None),
                   ("Medisch Spectrum Twente", ["Spectrum", "Twente"], [], "MST"),
                   ("Maasziekenhuis", ["Maasziekenhuis"], [], None)],
    "huisarts": [("De Linde", ["Linde"], ["huisartsenpraktijk", "praktijk", "gezondheidscentrum"], None),
                 ("Zuiderhof", ["Zuiderhof"], ["huisartsenpraktijk", "HAP"], None),
                 ("Het Anker", ["Anker"], ["gezondheidscentrum", "GC"], None),
                 ("De Esch", ["Esch"], ["huisartsen", "HOED"], None),
                 ("Kloosterveen", ["Kloosterveen"], ["huisartsenpraktijk", "gezondheidscentrum"], None),
                 ("Stadshagen-Noord", ["Stadshagen-Noord"], ["huisartsenpraktijk"], "HASN"),
                 ("Groenmarkt", ["Groenmarkt"], ["huisartsen", "praktijk"], None)],
    "zorg": [("Lumen GGZ", ["Lumen"], [], None), ("Perspectiefhuis", ["Perspectiefhuis"], ["stichting"], None),
             ("Noorderlicht Jeugdhulp", ["Noorderlicht"], [], "NLJ"),
             ("Kolibrie Jeugd & Gezin", ["Kolibrie"], [], None),
             ("Zorggroep Elckerlyc", ["Elckerlyc"], [], None), ("Thuiszorg Avondrood", ["Avondrood"], [], None),
             ("Zevensprong", ["Zevensprong"], ["jeugdhulp", "ambulant team"], None),
             ("Trajectum Oost", ["Trajectum"], [], None), ("Kinderpraktijk Vlonder", ["Vlonder"], [], None)],
    "werkgever": [("Jumbo", ["Jumbo"], [], None), ("Albert Heijn", ["Albert", "Heijn"], [], "AH"),
                  ("PostNL", ["PostNL"], [], None), ("Glansrijk", ["Glansrijk"], ["schoonmaakbedrijf"], None),
                  ("Kolkman Bouw", ["Kolkman"], [], None), ("Hotel De Gouden Leeuw", ["Gouden", "Leeuw"], [], None),
                  ("Transport Eggink", ["Eggink"], [], None), ("Vleeswarenfabriek Berkelland", ["Berkelland"], [], None),
                  ("Uitzendbureau Flexpoint", ["Flexpoint"], [], None), ("Lidl", ["Lidl"], ["distributiecentrum"], None)],
    "sport": [("Rood-Wit '58", ["Rood-Wit"], ["vv", "voetbalclub"], None),
              ("De Dolfijn", ["Dolfijn"], ["zwemvereniging", "zwembad"], None),
              ("Sakura", ["Sakura"], ["judoschool", "judovereniging"], None),
              ("Ironside", ["Ironside"], ["kickboksschool", "gym"], None),
              ("SV Blauwvingers", ["Blauwvingers"], [], None), ("Turnlust", ["Turnlust"], ["gymvereniging"], None)],
    "religie": [("Al Fath", ["Fath"], ["moskee"], None), ("Mevlana", ["Mevlana"], ["moskee"], None),
                ("Sion", ["Sion"], ["pinkstergemeente"], None),
                ("Medhane Alem", ["Medhane", "Alem"], ["Eritrees-orthodoxe kerk", "kerk"], None),
                ("Shri Ram Mandir", ["Shri", "Ram", "Mandir"], ["hindoetempel"], None),
                ("Eben-Haëzer", ["Eben-Haëzer"], ["kerk", "gemeente"], None)],
    "woningcorporatie": [("Woonbrug", ["Woonbrug"], ["corporatie", "woningcorporatie"], None),
                         ("Vechthuis Wonen", ["Vechthuis"], [], None), ("Woonkracht Salland", ["Woonkracht"], [], None),
                         ("De Veste Wonen", ["Veste"], [], None), ("Thuishaven", ["Thuishaven"], ["woningstichting"], None)],
    "bewind": [("Financiële Rust", ["Rust"], ["bewindvoering", "stichting"], None),
               ("Schuldvrij", ["Schuldvrij"], ["bureau"], None), ("Kredietbank Salland", ["Kredietbank"], [], "KBS"),
               ("Bewindhuis Noord", ["Bewindhuis"], [], None), ("Budgetwijs", ["Budgetwijs"], ["bewindvoering"], None)],
    "azc": [("Heidezoom", ["Heidezoom"], ["azc", "COA-locatie"], None),
            ("De Kromme Akker", ["Kromme", "Akker"], ["azc"], None),
            ("Vlasbloem", ["Vlasbloem"], ["azc", "noodopvang"], None),
            ("Bergweide", ["Bergweide"], ["azc"], None), ("Oude Kazerne", ["Kazerne"], ["azc", "pol"], None)],
}

CUE_ROLES = {
    "huisarts": ["huisarts", "dokter", "HA", "dr."], "juf": ["juf", "leerkracht", "mentor", "meester"],
    "buur": ["buurvrouw", "buurman", "bovenbuurvrouw"], "collega": ["collega", "cm", "consulent"],
    "tolk": ["tolk"], "politie": ["wijkagent", "agent"], "familie": ["zus", "broer", "neef", "nicht", "tante", "oom"],
    "partner": ["nieuwe vriend", "vriendin", "partner"], "specialist": ["kinderarts", "psychiater", "dr."],
}

CLIN_COMMON = [
    "blauwe plek op de wang", "plast weer in bed", "zorgt voor de jongere kinderen", "huilt veel bij het brengen",
    "slaapt slecht", "eet weinig", "schrikt bij harde geluiden", "roos op de hoofdhuid", "is snel boos",
    "klaagt over buikpijn", "trekt zich terug", "wil niet naar huis", "hoofdluis behandeld", "rode striemen op de rug",
    "spreekt weinig Nederlands", "angstig bij mannen", "moeder oogt vermoeid", "vader drinkt veel",
    "ruzies thuis volgens kind", "komt vaak te laat", "kleding is vies", "heeft honger bij binnenkomst",
    "zegt dat papa boos wordt", "brandwondje aan de hand", "krabwonden in de nek", "slaat andere kinderen",
    "veel gemist", "drukke thuissituatie", "schulden lopen op", "geen vast dagritme",
]
CLIN_STYLE = {
    "wmo-keukentafel": ["rolstoel nodig buitenshuis", "kan de trap niet meer op", "mantelzorger is overbelast",
                        "huishoudelijke hulp 3 uur per week", "post blijft ongeopend liggen", "berg schulden",
                        "achterstand huur van vier maanden", "douchen lukt niet zelfstandig", "valt regelmatig",
                        "vereenzaming", "wil graag zelfstandig blijven wonen", "vraagt om begeleiding thuis",
                        "schimmel in de slaapkamer", "energie afgesloten gedreigd", "weinig netwerk"],
    "gza-azc": ["slaapt slecht sinds de vlucht", "nachtmerries", "scabiës behandeld met permetrine",
                "vaccinaties niet compleet", "TBC-screening negatief", "gewichtsverlies", "hoofdpijn en duizeligheid",
                "herbelevingen", "eet niet in de gemeenschappelijke keuken", "zit veel op de kamer",
                "littekens op de onderarmen", "wil niet over het verleden praten", "kind stottert sinds aankomst",
                "moeder huilt tijdens gesprek", "signalen van PTSS"],
    "huisarts-journaal": ["temp 38,6", "Hb 7,1 mmol/l", "CRP 12", "gewicht 14,2 kg (P3)", "RR 118/72",
                          "buik soepel, geen drukpijn", "oren rustig", "longen schoon", "hematoom bovenarm li",
                          "fractuur uitgesloten", "obstipatie", "eczeem in de elleboogplooien", "roos en seborroïsch eczeem",
                          "ferritine laag", "groeicurve afbuigend", "patroon past niet bij val"],
    "teams-wijkteam": ["moeder staat open voor hulp", "vader weigert contact", "kinderen zijn veilig bij oma",
                       "veiligheidsplan besproken", "huisverbod loopt af", "school maakt zich zorgen",
                       "nog geen zicht op de situatie", "signalen van verwaarlozing", "escalatie afgelopen weekend",
                       "ouders zijn gescheiden", "omgangsregeling loopt niet"],
    "ongevallenregistratie": ["gevallen van het klimrek", "schaafwond op de knie", "bult op het voorhoofd",
                              "gekoeld met een coldpack", "wond schoongemaakt", "bloedneus gestopt na tien minuten",
                              "vinger klem gezeten in de deur", "gebeten door een ander kind", "huilde kort",
                              "speelde daarna weer verder", "gestruikeld op het schoolplein", "pleister geplakt",
                              "oude blauwe plekken gezien op de bovenbenen", "zegt thuis gevallen te zijn",
                              "splinter verwijderd"],
}
WORD_PHRASES = ["er is weinig hoop", "in de winter", "de zon scheen", "na de storm", "een bloem getekend",
                "hoop op verbetering", "de berg was", "werkt als visser", "naar de bakker", "de koning van de klas",
                "een roos in de tuin", "in de zomer", "de vos op de kinderboerderij", "de lente komt eraan",
                "blijft hoop houden", "een storm van emoties", "de kok van de opvang", "met de zon op de speelplaats",
                "geen hoop meer", "de winter is zwaar", "een bloem geplukt", "de koning te rijk", "een berg was"]


def dimin(first: str) -> str:
    f = first
    if f[-1] in "aeiouy":
        return f + ("'tje" if f[-1] in "aiouy" else "tje")
    if f[-1] == "m":
        return f + "pje"
    if f[-1] in "nlrw":
        return f + "tje"
    return f + "je"


# Titles are no part of a name: "meneer [persoon-1]" keeps its title and leaks nothing (a
# correction made after this set's first run, which counted "meneer" as a name word).
TITLE_WORDS = {"mevrouw", "mevr", "mw", "meneer", "mnr", "dhr", "heer", "dokter", "dr", "juf", "meester", "mr", "mrs",
               "ms", "miss"}


def name_words(s: str) -> list[str]:
    out = []
    for w in s.replace("-", " ").split():
        w = w.strip(".,'")
        if w and w.lower() not in PART and w.lower() not in TITLE_WORDS:
            out.append(w)
    return out


class P:
    def __init__(self, first, sur, gender, origin, role):
        self.first, self.sur, self.gender, self.origin, self.role = first, sur, gender, origin, role

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    def person(self):
        return Person(self.full, self.role)

    def wordname(self):
        return "ja" if any(w.lower() in WORDNAMES for w in name_words(self.full)) else "nee"


def gender_sur(sur, origin, gender):
    if gender == "v" and origin == "pools" and sur.endswith("ski"):
        return sur[:-3] + "ska"
    if gender == "v" and origin == "bulgaars" and sur.endswith("ov"):
        return sur + "a"
    return sur


class B:
    """Text builder that records items and phrases with exact offsets."""

    def __init__(self, rng):
        self.rng, self.parts, self.pos, self.items, self.clin, self.words = rng, [], 0, [], [], []
        self.lower = False
        self.typo_p = 0.05

    def t(self, text):
        if self.lower:
            text = text.lower()
        if self.rng.random() < self.typo_p:
            text = typo(self.rng, text)
        self.parts.append(text)
        self.pos += len(text)

    def raw(self, text):
        self.parts.append(text)
        self.pos += len(text)

    def it(self, kind, text, checks, attrs=None):
        start = self.pos
        self.raw(text)
        self.items.append(Item(kind, text, start, self.pos, checks, dict(attrs or {})))

    def c(self, phrase):
        if phrase not in self.clin:
            self.clin.append(phrase)
        self.raw(phrase)

    def w(self, phrase):
        if phrase not in self.words:
            self.words.append(phrase)
        self.raw(phrase)

    def text(self):
        return "".join(self.parts)


def typo(rng, text):
    words = [i for i, w in enumerate(text.split(" ")) if len(w) > 5 and w.isalpha()]
    if not words:
        return text
    parts = text.split(" ")
    i = rng.choice(words)
    w = parts[i]
    j = rng.randrange(1, len(w) - 2)
    parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(parts)


class Case:
    def __init__(self, rng, style):
        self.rng, self.style = rng, style
        self.used_words = set()
        self.origin = self.pick_origin()
        if style == "gza-azc":
            self.origin = rng.choice(["syrisch", "eritrees", "somalisch", "afghaans", "oekraiens", "nigeriaans",
                                      "turks", "marokkaans", "ghanees", "syrisch", "eritrees", "afghaans"])
        sur = rng.choice(ORIGINS[self.origin][2])
        self.vault: list[P] = []
        nk = rng.choice([1, 1, 2, 2, 3])
        for _ in range(nk):
            self.vault.append(self.new(self.origin, "kind", sur=sur))
        if style == "wmo-keukentafel":
            self.vault = [self.new(self.origin, "client", sur=sur)]
            if rng.random() < 0.6:
                self.vault.append(self.new(self.origin, rng.choice(["partner", "partner", "overig", "broer_zus"])))
            for _ in range(rng.choice([0, 1, 1, 2])):
                self.vault.append(self.new(self.origin, "kind", sur=sur))
        else:
            mo = rng.random() < 0.5
            self.vault.append(self.new(self.origin if rng.random() < 0.8 else self.pick_origin(), "moeder",
                                       gender="v", sur=None if mo else sur))
            if rng.random() < 0.6:
                self.vault.append(self.new(self.origin, "vader", gender="m", sur=sur))
            if rng.random() < 0.35:
                self.vault.append(self.new(self.origin, rng.choice(["oma", "opa", "tante", "oom", "pleegouder",
                                                                    "partner", "buur"])))
        self.vault = self.vault[:5]
        self.kids = [p for p in self.vault if p.role == "kind"]
        self.adults = [p for p in self.vault if p.role not in ("kind",)] or self.vault
        self.inst_cache = {}

    def pick_origin(self):
        ks = list(ORIGINS)
        return self.rng.choices(ks, weights=[ORIGIN_W[k] for k in ks])[0]

    def new(self, origin, role, gender=None, sur=None):
        rng = self.rng
        if gender is None:
            gender = {"moeder": "v", "oma": "v", "tante": "v", "vader": "m", "opa": "m", "oom": "m"}.get(
                role, rng.choice("mv"))
        for _ in range(50):
            m, f, surs = ORIGINS[origin]
            first = rng.choice(m if gender == "m" else f)
            s = gender_sur(sur or rng.choice(surs), origin, gender)
            key = {first.lower()}
            if first.lower() not in self.used_words and f"{first} {s}" not in {p.full for p in self.vault}:
                break
        else:
            pool = [x for o in ORIGINS.values() for x in (o[0] if gender == "m" else o[1])
                    if x.lower() not in self.used_words]
            first = rng.choice(pool)
        self.used_words |= {w.lower() for w in name_words(first)}
        if sur is None:
            self.used_words |= {w.lower() for w in name_words(s)}
        else:
            self.used_words |= {w.lower() for w in name_words(s)}
        del key
        return P(first, s, gender, origin, role)

    def stranger(self, role, origin=None, gender=None):
        rng = self.rng
        origin = origin or self.pick_origin()
        for _ in range(60):
            m, f, surs = ORIGINS[origin]
            g = gender or rng.choice("mv")
            first = rng.choice(m if g == "m" else f)
            s = gender_sur(rng.choice(surs), origin, g)
            ws = {w.lower() for w in name_words(first + " " + s)}
            if not ws & self.used_words:
                self.used_words |= ws
                return P(first, s, g, origin, role)
            origin = self.pick_origin()
        return P(first, s, g, origin, role)

    def inst(self, typ):
        if typ not in self.inst_cache:
            self.inst_cache[typ] = self.rng.choice(INST[typ])
        return self.inst_cache[typ]


# ----------------------------------------------------------------------------------------- mentions

VSPELL = ["voornaam", "volledig", "achternaam", "kleine-letters", "hoofdletters", "bezittelijk", "verkleinwoord",
          "titel+achternaam", "initialen+achternaam"]


def vault(b: B, case: Case, p: P, spelling=None):
    rng = b.rng
    if spelling is None:
        weights = [6, 4, 1, 1, 1, 0, 0, 2 if p.role != "kind" else 0, 1]
        spelling = rng.choices(VSPELL, weights=weights)[0]
    checks = None
    if spelling == "voornaam":
        txt = p.first
    elif spelling == "volledig":
        txt = p.full
    elif spelling == "achternaam":
        txt = p.sur[0].upper() + p.sur[1:] if rng.random() < 0.5 else p.sur
        checks = name_words(p.sur)
    elif spelling == "kleine-letters":
        txt = rng.choice([p.full, p.first]).lower()
    elif spelling == "hoofdletters":
        txt = rng.choice([p.full, p.first, p.sur]).upper()
    elif spelling == "bezittelijk":
        if p.first[-1] in "sxz":
            txt = p.first + "'"
            checks = [p.first]
        elif p.first[-1] in "aeiouy" or rng.random() < 0.5:
            txt = p.first + "'s"
            checks = [p.first]
        else:
            txt = p.first + "s"
            checks = [txt]
    elif spelling == "verkleinwoord":
        txt = dimin(p.first)
        checks = [txt.split("'")[0]] if "'" in txt else [txt]
    elif spelling == "titel+achternaam":
        title = rng.choice(["mevrouw", "mw.", "mevr.", "Mw."] if p.gender == "v" else ["meneer", "dhr.", "de heer", "Dhr."])
        txt = f"{title} {p.sur}"
        checks = name_words(p.sur)
    else:
        ini = p.first[0] + "." + (rng.choice("ABCDEHJMNRS") + "." if rng.random() < 0.35 else "")
        txt = f"{ini} {p.sur}"
        checks = name_words(p.sur)
    if checks is None:
        checks = name_words(txt)
    b.it("vault:" + spelling, txt, [Check("word", w) for w in checks], {"role": p.role})


def unreg(b: B, case: Case, p: P, cue="geen", form=None):
    rng = b.rng
    form = form or rng.choices(["volledig", "voornaam", "titel", "klein", "hoofd", "ini"], [5, 3, 2, 1, 1, 1])[0]
    casev = "normaal"
    if form == "volledig":
        txt = p.full
    elif form == "voornaam":
        txt = p.first
    elif form == "titel":
        txt = rng.choice(["mw. ", "mevr. "] if p.gender == "v" else ["dhr. ", "meneer "]) + p.sur
    elif form == "klein":
        txt = rng.choice([p.full, p.first]).lower()
        casev = "klein"
    elif form == "hoofd":
        txt = rng.choice([p.full, p.sur]).upper()
        casev = "hoofd"
    else:
        txt = f"{p.first[0]}. {p.sur}"
    b.it("unregistered", txt, [Check("word", w) for w in name_words(txt)],
         {"cue": cue, "case": casev, "origin": p.origin, "role": p.role, "word_name": p.wordname()})


def cued(b, case, role_key, role_name=None, cue=None, form=None, origin=None):
    """Cue word + unregistered person."""
    rng = b.rng
    cue = cue or rng.choice(CUE_ROLES[role_key])
    p = case.stranger(role_name or role_key, origin=origin)
    b.t(cue + " ")
    unreg(b, case, p, cue=cue, form=form)
    return p


def initials_of(p: P, rng, style=None):
    sw = name_words(p.sur)
    style = style or rng.choice(["dots", "caps", "caps", "particle", "lower"])
    if style == "dots":
        return p.first[0] + "." + sw[0][0] + "."
    if style == "particle" and len(p.sur.split()) > 1:
        parts = p.sur.split()
        return p.first[0] + "".join(w[0].lower() if w.lower() in PART else w[0] for w in parts)
    if style == "lower":
        return (p.first[0] + sw[0][0]).lower()
    return p.first[0] + sw[0][0]


def ini(b, p, who="vault", style=None):
    txt = initials_of(p, b.rng, style)
    b.it("initialen", txt, [Check("word", txt)], {"of": who})


def inst(b: B, case: Case, typ, form=None):
    rng = b.rng
    core, dist, prefixes, abbr = case.inst(typ)
    forms = ["core", "lower", "bare"] + (["prefix"] * 3 if prefixes else []) + (["abbr"] if abbr else [])
    form = form or rng.choice(forms)
    if form == "prefix" and not prefixes:
        form = "core"
    if form == "abbr" and not abbr:
        form = "core"
    checks = dist
    if form == "prefix":
        txt = rng.choice(prefixes) + " " + core
    elif form == "lower":
        txt = (rng.choice(prefixes) + " " if prefixes and rng.random() < 0.5 else "") + core.lower()
    elif form == "bare":
        ws = core.split()
        txt = " ".join(ws[1:]) if ws[0] in ("De", "Het") else core
        if ws[0] == "De" and rng.random() < 0.5:
            txt = "de " + txt
    elif form == "abbr":
        txt = abbr
        checks = [abbr]
    else:
        txt = core
    b.it("instelling:" + typ, txt, [Check("word", w) for w in checks], {"form": form})


# ----------------------------------------------------------------------------------------- numbers

def bsn(rng):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(rng):
    bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB"])
    acct = "".join(str(rng.randrange(10)) for _ in range(10))
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + acct + "NL00")
    chk = 98 - int(conv) % 97
    return f"NL{chk:02d}{bank}{acct}"


def digits(s):
    return "".join(c for c in s if c.isdigit())


def phone(b: B):
    rng = b.rng
    n = "6" + "".join(str(rng.randrange(10)) for _ in range(8))
    form = rng.choice(["06-", "06 ", "06", "+31", "vast"])
    if form == "06-":
        txt = "06-" + n[1:]
    elif form == "06 ":
        txt = "06 " + n[1:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:]
    elif form == "06":
        txt = "0" + n
    elif form == "+31":
        txt = "+31 6 " + n[1:5] + " " + n[5:]
    else:
        area = rng.choice(["038", "0570", "055", "0523", "053"])
        rest = "".join(str(rng.randrange(10)) for _ in range(10 - len(area)))
        txt = area + "-" + rest
        n = area[1:] + rest
    b.it("telefoon", txt, [Check("digits", n[-8:])], {"form": form})


def address(b: B, with_pc=True):
    rng = b.rng
    street = rng.choice(STREETS)
    num = str(rng.randrange(1, 220)) + rng.choice(["", "", "", "a", "-II", " B", "-3"])
    txt = f"{street} {num}"
    b.it("adres", txt, [Check("word", w) for w in name_words(street) if len(w) > 3] + [Check("digits", digits(num))])
    if with_pc:
        pc = f"{rng.randrange(1000, 9999)} {''.join(rng.choice('ABCEGHJKLNPRSTVXZ') for _ in range(2))}"
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        b.t(", " if rng.random() < 0.7 else " ")
        b.it("postcode", pc, [Check("compact", pc.replace(" ", ""))])
        b.t(" " + rng.choice(TOWNS))


def email(b: B, p: P):
    rng = b.rng
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl"])
    fw = fold(name_words(p.first)[0])
    sw = fold(name_words(p.sur)[-1])
    local = rng.choice([f"{fw}.{sw}", f"{fw}{sw}{rng.randrange(70, 99)}", f"{fw[0]}{sw}", f"{sw}{fw}_{rng.randrange(1, 9)}"])
    txt = f"{local}@{dom}"
    b.it("email", txt, [Check("ci", local)])


def account(b: B, p: P):
    rng = b.rng
    fw = fold(name_words(p.first)[0])
    sw = fold(name_words(p.sur)[-1])
    handle = rng.choice([f"{fw}_{sw[:3]}{rng.randrange(1, 20)}", f"{fw}.{sw}", f"x{fw}x{rng.randrange(2005, 2019)}",
                         f"{fw}{rng.randrange(100, 999)}"])
    form = rng.choice(["handle", "handle", "url", "snap"])
    if form == "url":
        txt = rng.choice(["instagram.com/", "www.tiktok.com/@", "facebook.com/"]) + handle
    elif form == "snap":
        txt = handle
    else:
        txt = "@" + handle
    b.it("account", txt, [Check("ci", handle)], {"form": form})


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def birth(b: B, age_max=17, adult=False):
    rng = b.rng
    y = rng.randrange(1955, 2000) if adult else rng.randrange(2026 - age_max, 2025)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    form = rng.choice(["dmy", "dmy", "slash", "long", "iso"])
    if form == "dmy":
        txt = f"{d:02d}-{m:02d}-{y}"
    elif form == "slash":
        txt = f"{d}/{m}/{y}"
    elif form == "long":
        txt = f"{d} {MONTHS[m - 1]} {y}"
    else:
        txt = f"{y}-{m:02d}-{d:02d}"
    b.it("geboortedatum", txt, [Check("digits", digits(txt))], {"form": form})


def plate(b: B):
    rng = b.rng
    L = "BDFGHJKLNPRSTVXZ"
    form = rng.choice(["XX-999-X", "99-XXX-9", "X-999-XX", "XXX-99-X"])
    txt = "".join(rng.choice(L) if c == "X" else str(rng.randrange(10)) if c == "9" else c for c in form)
    b.it("kenteken", txt, [Check("compact", txt.replace("-", ""))])


def number(b: B, kind, ndig, prefix=""):
    rng = b.rng
    d = "".join(str(rng.randrange(10)) for _ in range(ndig))
    txt = prefix + d
    b.it(kind, txt, [Check("digits", d)])


def bsn_item(b: B):
    n = bsn(b.rng)
    txt = b.rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])
    b.it("bsn", txt, [Check("digits", n)])


def iban_item(b: B):
    n = iban(b.rng)
    txt = n if b.rng.random() < 0.5 else " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    b.it("iban", txt, [Check("compact", n)])


def clin(b, case, k=1, sep=", "):
    pool = [p for p in CLIN_STYLE[case.style] + CLIN_COMMON if p not in b.clin]
    chosen = b.rng.sample(pool, k)
    for i, ph in enumerate(chosen):
        if i:
            b.t(sep)
        b.c(ph)


def word(b):
    b.w(b.rng.choice(WORD_PHRASES))


def date(rng):
    return f"{rng.randrange(1, 29)}-{rng.randrange(1, 13)}-2025"


def tm(rng):
    return f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"


def worker(case, role="medewerker"):
    return case.stranger(role, origin=case.rng.choice(["nederlands", "nederlands", "fries", "marokkaans", "turks",
                                                       "surinaams-creools", "woordnaam", "duits"]))


# ----------------------------------------------------------------------------------------- styles

def s_wmo(b: B, case: Case, length):
    rng = b.rng
    cl = case.vault[0]
    cons = worker(case, "consulent")
    b.t(rng.choice(["Verslag keukentafelgesprek Wmo\n", "KEUKENTAFELGESPREK - verslag\n", "Gespreksverslag Wmo-melding\n",
                    "Wmo onderzoek / keukentafel\n"]))
    b.t("Datum: " + date(rng) + "\nConsulent: ")
    unreg(b, case, cons, cue="Consulent", form="volledig")
    b.t("\nCliënt: ")
    vault(b, case, cl, "volledig")
    if rng.random() < 0.7:
        b.t(" (geb. ")
        birth(b, adult=cl.role != "kind")
        b.t(")")
    b.t("\nAdres: ")
    address(b)
    b.t("\nBSN: ")
    bsn_item(b)
    if rng.random() < 0.6:
        b.t("  tel. ")
        phone(b)
    b.t("\n\n1. Aanwezig\n")
    att = [cl] + [p for p in case.vault[1:] if rng.random() < 0.7]
    for p in att:
        b.t("- ")
        vault(b, case, p, rng.choice(["volledig", "voornaam", "titel+achternaam"]))
        b.t(f" ({p.role})\n")
    mz = case.stranger("mantelzorger", gender="v")
    b.t("- ")
    unreg(b, case, mz, cue="mantelzorger", form="volledig")
    b.t(rng.choice([" (mantelzorger, dochter)\n", " mantelzorger\n", ", mantelzorger / buurvrouw\n"]))
    if rng.random() < 0.6:
        b.t(rng.choice(["Gesprek bij familie ", "Huisbezoek fam. ", "Locatie: woning familie "]))
        vault(b, case, cl, "achternaam")
        b.t(rng.choice([", duur 1,5 uur.\n", ".\n", " (kamer beneden).\n"]))
    b.t("\n2. Huishouden en situatie\n")
    vault(b, case, cl, rng.choice(["titel+achternaam", "voornaam", "kleine-letters"]))
    b.t(rng.choice([" woont in een huurwoning van ", " huurt bij ", " heeft een bovenwoning van "]))
    inst(b, case, "woningcorporatie")
    b.t(". ")
    clin(b, case, 2)
    b.t(". ")
    if rng.random() < 0.6:
        b.t("Contactpersoon bij de corporatie is ")
        unreg(b, case, case.stranger("woonconsulent"), cue="contactpersoon")
        b.t(". ")
    if len(case.vault) > 1:
        p = case.vault[1]
        b.t("\n")
        vault(b, case, p)
        b.t(rng.choice([" werkt bij ", " heeft een baan bij ", " werkt parttime bij de "]))
        inst(b, case, "werkgever")
        b.t(rng.choice([" in ploegendienst. ", ", nachtdienst. ", ". "]))
    if case.kids and rng.random() < 0.7:
        k = rng.choice(case.kids)
        b.t("Zoon/dochter ")
        vault(b, case, k, rng.choice(["voornaam", "verkleinwoord", "volledig"]))
        b.t(" gaat naar ")
        inst(b, case, "school")
        b.t(" en na schooltijd naar ")
        inst(b, case, "kinderopvang")
        b.t(". ")
        if rng.random() < 0.7:
            b.t(rng.choice(["Sport bij ", "Zit op voetbal bij ", "Zwemles via "]))
            inst(b, case, "sport")
            b.t(rng.choice([" (contributie achterstallig). ", ", via Jeugdfonds. ", ". "]))
    b.t("\n\n3. Netwerk\n")
    for _ in range(rng.randint(1, 3)):
        b.t(rng.choice(["Er is contact met ", "Steun van ", "Af en toe hulp van ", "Weinig contact met "]))
        cued(b, case, rng.choice(["familie", "buur"]))
        b.t(rng.choice([". ", " (woont in " + rng.choice(TOWNS) + "). ", ", bereikbaar via "]))
        if b.parts[-1].endswith("via "):
            phone(b)
            b.t(". ")
    b.t("Gaat naar ")
    inst(b, case, "religie")
    b.t(rng.choice([" op vrijdag. ", ", daar ook steun. ", ". "]))
    b.t("\n\n4. Financiën\n")
    b.t(rng.choice(["Er is sprake van schulden. ", "Schuldenproblematiek, ", "Financieel zwaar. "]))
    clin(b, case, 1)
    b.t(". Bewindvoering via ")
    inst(b, case, "bewind")
    b.t(rng.choice([", bewindvoerder ", " (contact: ", ", dossierbehandelaar "]))
    unreg(b, case, case.stranger("bewindvoerder"), cue="bewindvoerder")
    b.t(rng.choice([". ", "). ", ". "]))
    b.t("Leefgeld wordt gestort op ")
    iban_item(b)
    b.t(". ")
    if rng.random() < 0.5:
        b.t("Auto (")
        plate(b)
        b.t(") staat op naam van ")
        vault(b, case, case.adults[0], "titel+achternaam")
        b.t(". ")
    b.t("\n\n5. Gezondheid\n")
    b.t(rng.choice(["Huisarts: ", "HA is ", "Onder behandeling bij "]))
    unreg(b, case, case.stranger("huisarts"), cue="huisarts", form=rng.choice(["titel", "volledig"]))
    b.t(", ")
    inst(b, case, "huisarts")
    b.t(". ")
    clin(b, case, 2, sep="; ")
    b.t(". ")
    if length != "kort":
        b.t("Eerder opgenomen in ")
        inst(b, case, "ziekenhuis")
        b.t(", nu thuiszorg via ")
        inst(b, case, "zorg")
        b.t(". ")
        word(b)
        b.t(", zegt ")
        vault(b, case, cl, "voornaam")
        b.t(". ")
    if length == "lang":
        b.t("\n\n6. Mantelzorg\n")
        unreg(b, case, mz, cue="geen", form="voornaam")
        b.t(" geeft aan dat het zwaar is. ")
        clin(b, case, 1)
        b.t(". Mail mantelzorger: ")
        email(b, mz)
        b.t(". ")
        word(b)
        b.t(".\n")
    b.t("\n7. Afspraken\n- aanvraag ")
    b.t(rng.choice(["hulp bij het huishouden", "begeleiding individueel", "woningaanpassing", "scootmobiel"]))
    b.t("\n- terugkoppeling aan ")
    vault(b, case, rng.choice(case.vault), "initialen+achternaam")
    b.t(" binnen 2 weken\n- zaaknummer ")
    number(b, "zaaknummer", 7, prefix="WMO-2025-")
    b.t("\n\nparaaf ")
    ini(b, cons, "medewerker", rng.choice(["lower", "caps"]))
    b.t("\n")


def s_azc(b: B, case: Case, length):
    rng = b.rng
    cm = case.stranger("coa-casemanager")
    nurse = worker(case, "verpleegkundige")
    tolk = case.stranger("tolk", origin=case.origin if rng.random() < 0.4 else None)
    loc = case.inst("azc")
    b.t(rng.choice(["GZA ", "GZA-post ", "Gezondheidscentrum asielzoekers, locatie "]))
    inst(b, case, "azc", rng.choice(["core", "prefix"]))
    b.t(" - consult " + date(rng) + "\n")
    main = rng.choice(case.kids) if case.kids and rng.random() < 0.6 else case.adults[0]
    b.t("Patiënt: ")
    vault(b, case, main, rng.choice(["volledig", "hoofdletters"]))
    if rng.random() < 0.5:
        b.t(" (gezin ")
        vault(b, case, main, "achternaam")
        b.t(")")
    b.t(", geb. ")
    birth(b, adult=main.role != "kind")
    b.t(" | V-nr ")
    number(b, "vnummer", 10)
    b.t(" | kamer ")
    b.it("kamernummer", f"{rng.choice('ABCDEF')}{rng.randrange(1, 40)}.{rng.randrange(1, 9)}", [], {})
    b.items[-1].checks = [Check("compact", b.items[-1].text.replace(".", ""))]
    b.t(rng.choice([" | unit " + rng.choice("1234"), " (blok " + rng.choice("ABCD") + ")", ""]) + "\n")
    b.t("Tolk via TVCN: ")
    unreg(b, case, tolk, cue="tolk", form=rng.choice(["volledig", "voornaam"]))
    op = rng.random() < 0.5
    b.t(", tolknr. " if op else " (nr ")
    number(b, "tolknummer", 6)
    b.t(rng.choice([", Tigrinya", ", Arabisch", ", Dari", "", ", Somalisch", ", Oekraïens", ", Pashto"]) + ("" if op else ")") + "\n")
    b.t(rng.choice(["S: ", "Reden komst: ", "Klacht: "]))
    if main.role == "kind":
        b.t("moeder ")
        vault(b, case, case.adults[0], rng.choice(["voornaam", "titel+achternaam", "volledig"]))
        b.t(" komt met ")
        vault(b, case, main, rng.choice(["voornaam", "verkleinwoord"]))
        b.t(". ")
    clin(b, case, 2)
    b.t(". ")
    if rng.random() < 0.5:
        word(b)
        b.t(". ")
    b.t("\nO: ")
    clin(b, case, rng.randint(1, 3), sep=", ")
    b.t(".\nA/P: ")
    b.t(rng.choice(["overleg met ", "besproken met ", "terugkoppeling aan "]))
    b.t(rng.choice(["COA-casemanager ", "cm ", "casemanager COA "]))
    unreg(b, case, cm, cue="casemanager")
    b.t(". ")
    if case.kids:
        k = rng.choice(case.kids)
        b.t("School: ")
        vault(b, case, k, "voornaam")
        b.t(rng.choice([" zit op ", " gaat naar ", " is ingeschreven bij "]))
        inst(b, case, "school")
        b.t(", ")
        cued(b, case, "juf", "leerkracht")
        b.t(" meldt: ")
        clin(b, case, 1)
        b.t(". ")
    if rng.random() < 0.6:
        b.t(rng.choice(["Steun vanuit ", "Bezoekt ", "Contact via "]))
        inst(b, case, "religie")
        b.t(rng.choice([". ", ", voorganger ", ", imam "]))
        if not b.parts[-1].endswith(". "):
            unreg(b, case, case.stranger("voorganger", origin=case.origin, gender="m"), cue=b.parts[-1].strip(", "),
                  form=rng.choice(["volledig", "voornaam"]))
            b.t(". ")
    if case.kids and rng.random() < 0.5:
        b.t("Kinderen sporten bij ")
        inst(b, case, "sport")
        b.t(" (via COA). ")
    b.t(rng.choice(["Verwijzing ", "Verw. ", "Aanmelding "]))
    inst(b, case, "zorg")
    b.t(rng.choice([" (traumabehandeling). ", " ivm PTSS. ", ", wachttijd 8 wk. "]))
    if length != "kort":
        b.t("\n\n" + date(rng) + " " + tm(rng) + " telefonisch")
        b.t(rng.choice([" contact ", " overleg "]))
        b.t("met ")
        cued(b, case, "specialist", "kinderarts", cue=rng.choice(["kinderarts", "dr."]))
        b.t(" van ")
        inst(b, case, "ziekenhuis")
        b.t(": ")
        clin(b, case, 1)
        b.t(". Vader ")
        if any(p.role == "vader" for p in case.vault):
            vault(b, case, [p for p in case.vault if p.role == "vader"][0])
        else:
            b.t("(niet geregistreerd) ")
            unreg(b, case, case.stranger("vader", origin=case.origin, gender="m"), cue="Vader")
        b.t(rng.choice([" verblijft nog in ", " zit in ", " is overgeplaatst naar "]))
        b.t(rng.choice(["azc ", "pol "]))
        b.it("instelling:azc", rng.choice(["Budel", "Ter Apel", "Zoutkamp"]) + "-Zuid", [], {"form": "plaats"})
        b.items[-1].checks = [Check("word", b.items[-1].text.split("-")[0].split()[-1])]
        b.t(". ")
        b.t("Contact familie in NL: ")
        cued(b, case, "familie", "familie", origin=case.origin)
        b.t(", ")
        phone(b)
        b.t(". ")
    if length == "lang":
        b.t("\n\nMDO bewoners met ")
        inst(b, case, "zorg", "core")
        b.t(" en COA. Aanwezig: ")
        for i, p in enumerate([cm, nurse, case.stranger("gedragswetenschapper")]):
            if i:
                b.t(", ")
            unreg(b, case, p, cue="geen", form=rng.choice(["volledig", "voornaam", "klein"]))
        b.t(". ")
        clin(b, case, 2)
        b.t(". ")
        word(b)
        b.t(". Moeder ")
        vault(b, case, case.adults[0], "bezittelijk")
        b.t(" telefoon: ")
        phone(b)
        b.t(". Facebook van oom: ")
        account(b, case.stranger("oom", origin=case.origin, gender="m"))
        b.t(".\n")
    b.t("\n-- ")
    unreg(b, case, nurse, cue="geen", form=rng.choice(["volledig", "titel"]))
    b.t(rng.choice([", verpleegkundige GZA (", ", vpk (", " / praktijkondersteuner ("]))
    ini(b, nurse, "medewerker")
    b.t(")\n")


def s_ha(b: B, case: Case, length):
    rng = b.rng
    doc = worker(case, "huisarts")
    kid = rng.choice(case.kids) if case.kids else case.vault[0]
    mom = case.adults[0]
    b.t(rng.choice(["Journaal ", "JOURNAAL - ", "Episode-overzicht "]))
    vault(b, case, kid, rng.choice(["volledig", "initialen+achternaam", "hoofdletters"]))
    b.t(" (")
    birth(b)
    b.t(") BSN ")
    bsn_item(b)
    b.t("\nPraktijk: ")
    inst(b, case, "huisarts", "prefix")
    b.t(" - ")
    address(b, with_pc=rng.random() < 0.5)
    b.t("\n\n")
    n = {"kort": 2, "middel": 3, "lang": 5}[length]
    codes = ["A97", "S16 kneuzing", "D01 buikpijn", "R74 bovenste luchtweginfectie", "P22 gedragsprobleem kind",
             "Z20 probleem relatie ouder/kind", "S88 eczeem", "L81 letsel bewegingsapparaat", "P06 slaapstoornis",
             "Z25 geweld/misbruik", "U04 urine-incontinentie", "A80 ongeval/letsel NAO"]
    for i in range(n):
        b.t(date(rng) + rng.choice(["  ", " | ", "\t"]) + rng.choice(["", "", "tel. ", "visite "]))
        ini(b, doc, "medewerker", rng.choice(["caps", "lower"]))
        b.t(" [" + rng.choice(codes) + "]\n")
        b.t("S: ")
        if rng.random() < 0.5:
            sp = rng.choice(["voornaam", "titel+achternaam", "kleine-letters", "achternaam"])
            b.t({"titel+achternaam": "", "achternaam": "mo (fam. "}.get(sp, rng.choice(["mo ", "moeder "])))
            vault(b, case, mom, sp)
            if sp == "achternaam":
                b.t(")")
            b.t(" belt: ")
        else:
            sp = rng.choice(["voornaam", "verkleinwoord", "bezittelijk", "kleine-letters"])
            vault(b, case, kid, sp)
            b.t(rng.choice([" moeder vertelt: ", " vader meldt: ", " juf zag: "]) if sp == "bezittelijk" else ": ")
        clin(b, case, 1)
        b.t(rng.choice([", sinds 3 dgn. ", " sinds gisteren. ", ". "]))
        if rng.random() < 0.4:
            b.t("Vlgs mo ")
            clin(b, case, 1)
            b.t(". ")
        b.t("\nO: ")
        clin(b, case, rng.randint(1, 2), sep="; ")
        b.t("\nE: ")
        clin(b, case, 1)
        b.t("\nP: ")
        choice = rng.randrange(5)
        if choice == 0:
            b.t("verw. kinderarts ")
            inst(b, case, "ziekenhuis", rng.choice(["core", "abbr", "bare"]))
            b.t(", ")
            cued(b, case, "specialist", "kinderarts", cue="kinderarts", form=rng.choice(["titel", "volledig"]))
        elif choice == 1:
            b.t("overleg POH-jeugd ")
            unreg(b, case, worker(case, "poh"), cue="POH", form=rng.choice(["voornaam", "klein", "volledig"]))
            b.t(", evt. ")
            inst(b, case, "zorg", rng.choice(["core", "lower"]))
        elif choice == 2:
            b.t("contact opgenomen met school (")
            inst(b, case, "school")
            b.t("), ")
            cued(b, case, "juf", "intern begeleider", cue=rng.choice(["IB'er", "ib", "intern begeleider"]))
        elif choice == 3:
            b.t("controle 2 wk, ")
            word(b)
        else:
            b.t("lab: ")
            b.c(rng.choice(["Hb 7,1 mmol/l", "CRP 12", "ferritine laag"]))
            b.t(", uitslag via ")
            vault(b, case, mom, rng.choice(["voornaam", "titel+achternaam"]))
            b.t(" (")
            phone(b)
            b.t(")")
        b.t("\n\n")
    if length != "kort":
        b.t("Brief " + rng.choice(["kinderarts ", "SEH ", "afd. kindergeneeskunde "]))
        inst(b, case, "ziekenhuis")
        b.t(" d.d. " + date(rng) + ":\n\"")
        b.t(rng.choice(["Geachte collega ", "Beste collega "]))
        unreg(b, case, doc, cue="collega", form="titel")
        b.t(", uw patiënt ")
        vault(b, case, kid, rng.choice(["volledig", "voornaam"]))
        b.t(" werd gezien op de SEH. ")
        clin(b, case, 2)
        b.t(". ")
        if rng.random() < 0.6:
            b.t("Moeder (")
            vault(b, case, mom, "volledig")
            b.t(") vertelde dat de vriend, ")
            unreg(b, case, case.stranger("partner", gender="m"), cue="vriend", form=rng.choice(["voornaam", "volledig"]))
            b.t(", erbij was. ")
        b.t("Wij hebben contact gezocht met Veilig Thuis. Met collegiale groet, ")
        unreg(b, case, case.stranger("kinderarts"), cue="geen", form=rng.choice(["volledig", "ini"]))
        b.t(", kinderarts\"\n")
    if length == "lang":
        b.t("\nGezinsleden in HIS: ")
        for p in case.vault:
            vault(b, case, p, rng.choice(["initialen+achternaam", "volledig", "voornaam"]))
            b.t(f" ({p.role}); ")
        b.t("\nWerkgever vader: ")
        inst(b, case, "werkgever")
        b.t(". Sport: ")
        inst(b, case, "sport")
        b.t(". Mail mo: ")
        email(b, mom)
        b.t(". ")
        word(b)
        b.t(".\n")


def s_teams(b: B, case: Case, length):
    rng = b.rng
    b.lower = rng.random() < 0.25
    team = [worker(case, "wijkteam") for _ in range(rng.randint(2, 4))]
    kid = rng.choice(case.kids) if case.kids else case.vault[0]
    mom = case.adults[0]
    b.t(rng.choice(["Wijkteam Zuid > Casuïstiek\n", "Kanaal: Zorgen & signalen\n", "Team Oost - algemeen\n",
                    "Chat export - Wijkteam Noord\n"]))

    def author(p):
        b.t("\n")
        unreg(b, case, p, cue="auteur", form="volledig")
        b.t("  " + tm(rng) + rng.choice(["\n", "\n", "  (bewerkt)\n"]))

    n = {"kort": 3, "middel": 5, "lang": 8}[length]
    for i in range(n):
        a = team[i % len(team)] if i < len(team) else rng.choice(team)
        author(a)
        r = rng.randrange(10) if i else 0
        if r == 0:
            if rng.random() < 0.4:
                b.t(rng.choice(["gezin ", "fam. ", "familie "]))
                vault(b, case, kid, "achternaam")
                b.t(rng.choice([", ", " - "]))
            b.t(rng.choice(["casus ", "nieuwe melding: ", "update "]))
            ini(b, kid, "vault", rng.choice(["caps", "dots", "particle"]))
            b.t(rng.choice([" - ", ": "]))
            clin(b, case, 1)
            b.t(". ")
            sp = rng.choice(["voornaam", "titel+achternaam", "kleine-letters"])
            b.t("" if sp == "titel+achternaam" else "Moeder ")
            vault(b, case, mom, sp)
            b.t(" belde vanochtend. ")
        elif r == 1:
            b.t("@")
            unreg(b, case, rng.choice(team), cue="@", form=rng.choice(["volledig", "voornaam"]))
            b.t(" kun jij contact opnemen met ")
            inst(b, case, "school", rng.choice(["bare", "lower", "prefix"]))
            b.t("? ")
            cued(b, case, "juf", "leerkracht", cue=rng.choice(["juf", "meester", "mentor"]), form=rng.choice(["voornaam", "klein"]))
            b.t(" heeft zorgen: ")
            clin(b, case, 1)
        elif r == 2:
            b.t("whatsapp van moeder doorgestuurd:\n> [" + tm(rng) + "] ")
            vault(b, case, mom, rng.choice(["volledig", "voornaam", "kleine-letters"]))
            b.t(": " + rng.choice(["ik ben bang dat ", "hij is weer hier geweest. ", "kunnen jullie bellen? "]))
            if rng.random() < 0.5:
                vault(b, case, kid, rng.choice(["voornaam", "verkleinwoord"]))
                b.t(" ")
                clin(b, case, 1)
            else:
                unreg(b, case, case.stranger("ex-partner", gender="m"), cue="geen", form=rng.choice(["voornaam", "klein"]))
                b.t(" staat voor de deur")
            b.t("\n> mijn nr is veranderd: ")
            phone(b)
        elif r == 3:
            b.t("Overleg gehad met ")
            inst(b, case, "zorg")
            b.t(" (")
            unreg(b, case, case.stranger("jeugdhulpverlener"), cue="geen")
            b.t("). ")
            clin(b, case, 1)
            b.t(". ")
            word(b)
        elif r == 4:
            b.t("Politie geweest, ")
            cued(b, case, "politie", "wijkagent")
            b.t(". Auto van ex ")
            plate(b)
            b.t(" gezien bij ")
            address(b, with_pc=False)
            b.t(". ")
            clin(b, case, 1)
        elif r == 5:
            b.t("Reactie op bericht: ")
            b.t(rng.choice(["👍 ", "❤️ ", "eens. "]))
            vault(b, case, kid, "bezittelijk")
            b.t(" opvang op ")
            inst(b, case, "kinderopvang")
            b.t(" loopt door, ")
            clin(b, case, 1)
        elif r == 6:
            b.t("insta van de nieuwe vriend: ")
            account(b, case.stranger("partner", gender="m"))
            b.t(" - ")
            word(b)
            b.t(", maar ")
            clin(b, case, 1)
        elif r == 8:
            b.t(rng.choice(["Huurachterstand gemeld door ", "Signaal van ", "Mail van "]))
            inst(b, case, "woningcorporatie")
            b.t(", bewindvoering loopt via ")
            inst(b, case, "bewind")
            b.t(". ")
            clin(b, case, 1)
        elif r == 9:
            b.t("Moeder heeft steun aan ")
            inst(b, case, "religie")
            b.t(rng.choice([", daar kent ze ", ", vriendin "]))
            unreg(b, case, case.stranger("vriendin", gender="v"), cue="vriendin" if "vriendin" in b.parts[-1] else "geen",
                  form=rng.choice(["voornaam", "volledig", "klein"]))
            b.t(". ")
            word(b)
        else:
            b.t("Vader ")
            if len(case.vault) > 2:
                vault(b, case, case.vault[-1])
            else:
                unreg(b, case, case.stranger("vader", origin=case.origin, gender="m"), cue="Vader")
            b.t(rng.choice([" werkt bij ", " is ontslagen bij "]))
            inst(b, case, "werkgever")
            b.t(", traint bij ")
            inst(b, case, "sport")
            b.t(". ")
            clin(b, case, 1)
        b.t("\n")
        if rng.random() < 0.25:
            b.t(rng.choice(["👍 2", "❤️ 1", "😮 1"]) + "\n")
    if length != "kort":
        b.t("\nVergadering " + date(rng) + " - deelnemers: ")
        for j, p in enumerate(team + [case.stranger("ib"), case.stranger("jgz")]):
            if j:
                b.t("; ")
            unreg(b, case, p, cue="geen", form=rng.choice(["volledig", "volledig", "ini"]))
        b.t("\nActie: ")
        ini(b, team[0], "medewerker", "caps")
        b.t(" belt huisarts (")
        inst(b, case, "huisarts")
        b.t("), ")
        ini(b, team[-1], "medewerker", "dots")
        b.t(" mailt ")
        email(b, mom)
        b.t("\n")


def s_ongeval(b: B, case: Case, length):
    rng = b.rng
    kind = rng.choice(["kinderopvang", "school"])
    kid = rng.choice(case.kids) if case.kids else case.vault[0]
    mom = case.adults[0]
    staff = [worker(case, "pedagogisch medewerker") for _ in range(2)]
    b.t(rng.choice(["ONGEVALLENREGISTRATIE\n", "Registratieformulier ongeval / incident\n",
                    "Formulier Ongevallen en bijna-ongevallen\n"]))
    b.t("Locatie: ")
    inst(b, case, kind, rng.choice(["prefix", "core", "lower"]))
    b.t(rng.choice([", ", " - "]))
    address(b, with_pc=rng.random() < 0.5)
    b.t("\nGroep: " + rng.choice(["Dolfijnen", "groep 4", "Rupsjes", "groep 6/7", "Boomhut", "babygroep"]) + "\n")
    b.t("Naam kind: ")
    vault(b, case, kid, rng.choice(["volledig", "hoofdletters", "volledig"]))
    b.t("   Geb.datum: ")
    birth(b, age_max=12)
    if rng.random() < 0.5:
        b.t(" (fam. ")
        vault(b, case, kid, "achternaam")
        b.t(")")
    b.t("\nDatum/tijd: " + date(rng) + " " + tm(rng) + "\n")
    b.t("Soort: [x] ongeval  [ ] bijna-ongeval  [" + rng.choice(["x", " "]) + "] letsel\n")
    b.t("Plaats: " + rng.choice(["speelplein", "gymzaal", "toilet", "groepsruimte", "zandbak", "fietsenstalling"]) + "\n")
    b.t("Aanwezig: ")
    for j, p in enumerate(staff):
        if j:
            b.t(", ")
        unreg(b, case, p, cue="geen", form=rng.choice(["volledig", "voornaam", "klein"]))
    if rng.random() < 0.5:
        b.t(", stagiaire ")
        unreg(b, case, case.stranger("stagiaire"), cue="stagiaire", form="voornaam")
    b.t("\nWat is er gebeurd: ")
    clin(b, case, 1)
    b.t(". ")
    if rng.random() < 0.6:
        b.t("Ander kind betrokken: ")
        unreg(b, case, case.stranger("ander kind"), cue="geen", form=rng.choice(["voornaam", "ini", "klein"]))
        b.t(". ")
    b.t("\nLetsel: ")
    clin(b, case, rng.randint(1, 2))
    b.t("\nEHBO: [x] ja  door ")
    unreg(b, case, staff[0], cue="door", form=rng.choice(["voornaam", "volledig"]))
    b.t(" (BHV). ")
    clin(b, case, 1)
    b.t(".\nHuisarts/ziekenhuis: [" + rng.choice(["x", " "]) + "] ")
    inst(b, case, rng.choice(["huisarts", "ziekenhuis"]))
    b.t("\nOuders geïnformeerd: [x] door ")
    unreg(b, case, staff[-1], cue="door", form=rng.choice(["voornaam", "titel", "volledig"]))
    b.t(" om " + tm(rng) + ", ")
    vault(b, case, mom, rng.choice(["titel+achternaam", "voornaam", "volledig"]))
    b.t(rng.choice([" gebeld op ", " tel. ", " via "]))
    phone(b)
    b.t("\nHandtekening leidinggevende: ")
    unreg(b, case, case.stranger("leidinggevende"), cue="leidinggevende", form=rng.choice(["volledig", "ini"]))
    b.t("\n")
    if length != "kort":
        b.t("\nVervolg " + date(rng) + ": ")
        vault(b, case, kid, rng.choice(["voornaam", "verkleinwoord", "kleine-letters"]))
        b.t(" vandaag weer op de groep. ")
        if rng.random() < 0.6:
            vault(b, case, kid, "bezittelijk")
            b.t(rng.choice([" moeder zegt: ", " vader vertelt: ", " oma meldt: "]))
            clin(b, case, 1)
            b.t(". ")
        clin(b, case, 1)
        b.t(". ")
        word(b)
        b.t(". Aandachtsfunctionaris ")
        unreg(b, case, case.stranger("aandachtsfunctionaris"), cue="Aandachtsfunctionaris")
        b.t(" ingelicht. ")
        if rng.random() < 0.5:
            b.t("Kind werd opgehaald in auto ")
            plate(b)
            b.t(" door ")
            unreg(b, case, case.stranger("ophaler"), cue="geen", form=rng.choice(["voornaam", "volledig"]))
            b.t(rng.choice([", niet bekend bij ons. ", " (oom?). "]))
        if rng.random() < 0.6:
            b.t("Oma ")
            oma = [p for p in case.vault if p.role == "oma"]
            if oma:
                vault(b, case, oma[0])
            else:
                unreg(b, case, case.stranger("oma", origin=case.origin, gender="v"), cue="Oma", form="voornaam")
            b.t(" haalt voortaan op. ")
    if length == "lang":
        b.t("\nGesprek met vader ")
        if any(p.role == "vader" for p in case.vault):
            vault(b, case, [p for p in case.vault if p.role == "vader"][0], "titel+achternaam")
        else:
            unreg(b, case, case.stranger("vader", origin=case.origin, gender="m"), cue="vader", form="titel")
        b.t(rng.choice([": werkt bij ", ", chauffeur bij "]))
        inst(b, case, "werkgever")
        b.t(". ")
        clin(b, case, 2)
        b.t(". Broertje zit op ")
        inst(b, case, "school" if kind == "kinderopvang" else "kinderopvang")
        b.t(", zwemles bij ")
        inst(b, case, "sport")
        b.t(". Kindnummer ")
        number(b, "dossiernummer", 6, prefix="KO-")
        b.t(". ")
        word(b)
        b.t(".\nparaaf: ")
        ini(b, staff[0], "medewerker", "lower")
        b.t("\n")


BUILD = {"wmo-keukentafel": s_wmo, "gza-azc": s_azc, "huisarts-journaal": s_ha, "teams-wijkteam": s_teams,
         "ongevallenregistratie": s_ongeval}


def make_note(rng, style):
    case = Case(rng, style)
    length = rng.choices(["kort", "middel", "lang"], [2, 3, 3])[0]
    b = B(rng)
    BUILD[style](b, case, length)
    return Note(style, length, b.text(), [p.person() for p in case.vault], b.items, b.clin, b.words)


def make_notes(n: int, seed: int) -> list[Note]:
    rng = random.Random(seed)
    notes, seen = [], set()
    i = 0
    while len(notes) < n:
        style = STYLES[i % len(STYLES)]
        note = make_note(rng, style)
        if note.text in seen:
            continue
        seen.add(note.text)
        notes.append(note)
        i += 1
    return notes


def validate(note: Note) -> str | None:
    spans = []
    for it in note.items:
        if note.text[it.start:it.end] != it.text:
            return f"offset mismatch for {it.kind} {it.text!r}"
        if not it.checks:
            return f"no checks for {it.kind} {it.text!r}"
        for ch in it.checks:
            if ch.how == "word" and not word_in(fold(ch.value), fold(it.text)):
                return f"check {ch.value!r} not a word of {it.text!r}"
            if ch.how == "ci" and ch.value.lower() not in it.text.lower():
                return f"ci check {ch.value!r} not in {it.text!r}"
            if ch.how == "digits" and ch.value not in digits(it.text):
                return f"digits check {ch.value!r} not in {it.text!r}"
            if ch.how == "compact" and ch.value.upper() not in it.text.replace(" ", "").replace("-", "").replace(".", "").upper():
                return f"compact check {ch.value!r} not in {it.text!r}"
        spans.append((it.start, it.end))
    spans.sort()
    for (a, b_), (c, d) in zip(spans, spans[1:]):
        if c < b_:
            return f"overlapping items at {a}-{b_} and {c}-{d}"
    for ph in note.clinical + note.words:
        i = note.text.find(ph)
        if i < 0:
            return f"phrase missing: {ph!r}"
        while i >= 0:
            for a, b_ in spans:
                if a < i + len(ph) and i < b_:
                    return f"phrase {ph!r} overlaps item"
            i = note.text.find(ph, i + 1)
    names = {p.name for p in note.persons}
    if len(names) != len(note.persons):
        return "duplicate person"
    return None


if __name__ == "__main__":
    from collections import Counter
    notes = make_notes(500, 20261128)
    bad = [(i, e) for i, n in enumerate(notes) if (e := validate(n))]
    for i, e in bad[:20]:
        print("INVALID", i, notes[i].style, e)
    print("invalid:", len(bad))
    kinds = Counter(it.kind for n in notes for it in n.items)
    styles = Counter(n.style for n in notes)
    lengths = Counter(n.length for n in notes)
    print("items per note:", round(sum(kinds.values()) / len(notes), 1))
    print("per style:", dict(styles))
    print("per length:", dict(lengths))
    for k, v in sorted(kinds.items()):
        print(f"  {k:32s} {v}")
    print("clinical phrases:", sum(len(n.clinical) for n in notes), " words phrases:", sum(len(n.words) for n in notes))
    for n in notes[:2]:
        print("=" * 80)
        print(n.style, n.length, n.persons)
        print(n.text)
