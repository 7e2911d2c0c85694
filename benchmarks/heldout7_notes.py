"""Held-out set 7: synthetic case notes in five new registers, written without sight of the redactor.

Styles: an e-mail thread between school and parent (quoted replies, signatures, a forwarded
part), a sober police care report with fields, a mental-health intake with a genogram in words,
quick notes typed during a phone call (lower case, abbreviations, numbers run together) and an
international-school counsellor log mixing English and Dutch with a Dutch youth-care referral.

Every identifier is recorded as an ``Item`` with exact offsets and the checks that decide a leak;
clinical phrases and word-name phrases that must survive are recorded too. All names, institutions,
addresses and numbers are invented (numbers are random, BSNs pass the 11-check, IBANs the mod-97).

    make_notes(n, seed) -> list[Note]
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402
from assistant.privacy.redact import Person  # noqa: E402

STYLES = [
    "mailwisseling-school-ouder",
    "politie-zorgmelding",
    "ggz-intake-genogram",
    "aantekeningen-snel",
    "internationale-school",
]

# ---------------------------------------------------------------------------------------------
# names: origin -> (boys / men, girls / women, surnames); "|" separates entries

ORIGINS: dict[str, tuple[str, str, str]] = {
    "nederlands": (
        "Daan|Sem|Bram|Thijs|Jesse|Ruben|Mees|Storm|Teun|Joep|Gijs|Stijn|Luuk|Kees|Tim|Pim|Wouter|Maarten",
        "Emma|Julia|Sanne|Lotte|Roos|Fleur|Merel|Noor|Sterre|Lieke|Anouk|Femke|Esmee|Lente|Ilse|Marloes",
        "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Graaf|Vos|Dekker|Koning|"
        "Brouwer|van Dijk|Kok|Winter|Haas|Wolf|Groen|de Wit|Zwart|Bos|Molenaar|van der Hoek|Zomer|Verhoeven|"
        "van Leeuwen|Kuijpers|Timmermans",
    ),
    "fries": (
        "Sjoerd|Wytse|Jelle|Tjeerd|Hylke|Douwe|Sietse",
        "Froukje|Sytske|Baukje|Janneke|Ymkje|Geertje",
        "Hoekstra|Dijkstra|Bosma|Wierda|Terpstra|Postma|Hettinga|Visscher",
    ),
    "marokkaans": (
        "Mohamed|Youssef|Bilal|Ayoub|Hamza|Zakaria|Anouar|Ilias|Othman",
        "Fatima|Khadija|Salma|Nadia|Imane|Soukaina|Yasmina|Hafsa|Malika",
        "El Amrani|Bouzid|Ouali|El Idrissi|Benali|Azzouzi|Tahiri|Chaouch|Boukhari|El Khatabi",
    ),
    "turks": (
        "Emre|Mehmet|Burak|Yusuf|Kerem|Enes|Mustafa|Oğuz",
        "Elif|Zeynep|Ayşe|Büşra|Merve|Esra|Hatice|Sevda",
        "Yılmaz|Kaya|Demir|Çelik|Şahin|Öztürk|Aydın|Koç|Arslan|Doğan",
    ),
    "surinaams-hindoestaans": (
        "Rakesh|Sunil|Ravi|Anand|Vikash|Navin|Dinesh",
        "Shanti|Reshma|Anjali|Sita|Sharmila|Kavita",
        "Ramdin|Jagroep|Bhoelai|Ramlal|Soekhai|Mahabier|Ramsaran|Baldewsingh",
    ),
    "surinaams-creools": (
        "Romano|Marciano|Dwight|Ricardo|Glenn|Rignald",
        "Shanice|Jerusha|Gracia|Roxanne|Denise|Naomi",
        "Wijngaarde|Pinas|Zeefuik|Doelwijt|Kromopawiro|Brunings|Lieveld|Sordam",
    ),
    "antilliaans": (
        "Jurandy|Shurwin|Giandro|Jeremaine|Rudsel",
        "Jeanelle|Chanelle|Rosangela|Shurmaine|Kimberly",
        "Martina|Cijntje|Isenia|Rosalia|Statia|Mercelina|Maduro|Pieternella",
    ),
    "moluks": (
        "Yoram|Johny|Ferry|Ronny|Melvin",
        "Mariska|Yvonne|Chenta|Priscilla|Natasja",
        "Pattiasina|Latuheru|Sahetapy|Tuanakotta|Wattimena|Leiwakabessy|Matulessy",
    ),
    "pools": (
        "Piotr|Krzysztof|Tomasz|Paweł|Jakub|Łukasz|Marcin",
        "Agnieszka|Katarzyna|Magdalena|Zofia|Małgorzata|Justyna",
        "Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański",
    ),
    "roemeens": (
        "Andrei|Ionuț|Mihai|Florin|Cătălin|Vasile",
        "Ioana|Elena|Andreea|Mădălina|Roxana|Bianca",
        "Popescu|Ionescu|Dumitru|Munteanu|Constantin|Moldovan|Stanciu",
    ),
    "bulgaars": (
        "Georgi|Dimitar|Ivan|Stoyan|Hristo|Nikolay",
        "Desislava|Petya|Radostina|Tsvetelina|Milena",
        "Petrov|Ivanov|Dimitrov|Georgiev|Stoyanov|Todorov|Hristov",
    ),
    "syrisch": (
        "Ahmad|Omar|Khaled|Mahmoud|Rami|Tarek|Firas",
        "Rasha|Lina|Hiba|Ghalia|Rania|Nour|Batoul",
        "Al-Hamwi|Haddad|Al-Khatib|Sabbagh|Kassab|Darwish|Al-Masri|Shami",
    ),
    "eritrees": (
        "Yonas|Tesfay|Filmon|Mehari|Dawit|Samuel",
        "Senait|Helen|Selam|Saba|Feven|Luwam",
        "Tesfamariam|Gebremedhin|Haile|Kidane|Ghebreyesus|Tekle|Weldemichael",
    ),
    "somalisch": (
        "Abdirahman|Mohamud|Abdullahi|Liban|Guled|Bashir",
        "Hodan|Fadumo|Ayaan|Sahra|Idil|Hibaaq",
        "Warsame|Farah|Hassan|Abdi|Jama|Osman|Yusuf Ali|Dirie",
    ),
    "afghaans": (
        "Farid|Nazir|Wahid|Zabiullah|Hamid|Sohrab",
        "Mariam|Freshta|Mursal|Laila|Zarghona|Nilofar",
        "Rahimi|Ahmadzai|Noori|Sultani|Hakimi|Popal|Stanikzai",
    ),
    "oekraiens": (
        "Oleksandr|Dmytro|Mykola|Bohdan|Taras|Andriy",
        "Olena|Oksana|Iryna|Sofiia|Yuliia|Kateryna",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Boyko",
    ),
    "chinees": (
        "Jun|Hao|Zhiwei|Jian|Haoran",
        "Xiaoling|Yan|Ling|Xinyi|Huiying",
        "Chen|Wang|Zhang|Liu|Huang|Zhou|Wu",
    ),
    "vietnamees": (
        "Minh|Tuan|Duc|Quang|Bao",
        "Linh|Huong|Ngoc|Trang|Phuong",
        "Nguyen|Tran|Pham|Hoang|Vu|Dang",
    ),
    "indiaas": (
        "Arjun|Rohan|Vikram|Aditya|Karthik|Siddharth",
        "Ananya|Kavya|Deepika|Priya|Meera|Aishwarya",
        "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Krishnan",
    ),
    "ghanees": (
        "Kwame|Kofi|Kwabena|Yaw|Kwesi",
        "Akosua|Abena|Efua|Adwoa|Afia",
        "Mensah|Owusu|Boateng|Asante|Acheampong|Appiah",
    ),
    "nigeriaans": (
        "Chinedu|Emeka|Oluwaseun|Tunde|Obinna",
        "Ngozi|Chiamaka|Funmilayo|Adaeze|Temitope",
        "Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu",
    ),
    "kaapverdisch": (
        "Nelson|Adilson|Edson|Elton|Mário",
        "Djenifer|Elisangela|Sandra|Neusa|Carla",
        "Fortes|Tavares|Lopes|Gomes|Monteiro|Semedo|Delgado",
    ),
    "portugees-braziliaans": (
        "João|Tiago|Rafael|Gustavo|Rodrigo",
        "Beatriz|Larissa|Gabriela|Inês|Camila",
        "Silva|Santos|Ferreira|Oliveira|Pereira|Costa|Carvalho",
    ),
    "brits": (
        "Oliver|George|Harry|Charlie|Alfie|Theo",
        "Amelia|Isla|Poppy|Imogen|Freya|Harriet",
        "Thompson|Whitfield|Harrington|Clarke|Bennett|Hughes|Fairbairn",
    ),
    "duits": (
        "Lukas|Felix|Jonas|Maximilian|Moritz",
        "Hannah|Lena|Leonie|Johanna|Greta",
        "Schneider|Becker|Hoffmann|Schäfer|Krüger|Wagner|Neumann",
    ),
    "iraans": (
        "Reza|Arash|Dariush|Kian|Babak",
        "Shirin|Parisa|Niloufar|Yasaman|Mahsa",
        "Moradi|Hosseini|Karimi|Ahmadi|Jafari|Rostami",
    ),
    "koerdisch": (
        "Hawre|Rebwar|Karwan|Shvan|Aso",
        "Shilan|Rozhin|Dilan|Hêvî|Avin",
        "Qadir|Rashid|Hama Amin|Mustafa|Kakai",
    ),
    "spaans": (
        "Alejandro|Javier|Pablo|Diego|Sergio",
        "Lucía|Carmen|Marta|Paula|Alba",
        "García|Martínez|Fernández|Ruiz|Navarro|Moreno",
    ),
}

NAMES = {o: tuple(part.split("|") for part in parts) for o, parts in ORIGINS.items()}

# names that are also ordinary Dutch words
WORD_NAMES = {"roos", "storm", "merel", "fleur", "mees", "lente", "bakker", "visser", "koning", "kok",
              "winter", "haas", "wolf", "groen", "wit", "zwart", "bos", "molenaar", "hoek", "zomer", "vos",
              "boer", "berg", "dijk", "graaf", "noor", "smit", "dekker", "brouwer"}

DIMINUTIVES = {
    "Daan": "Daantje", "Sem": "Semmetje", "Bram": "Brammetje", "Thijs": "Thijsje", "Teun": "Teuntje",
    "Joep": "Joepje", "Gijs": "Gijsje", "Stijn": "Stijntje", "Luuk": "Luukje", "Mees": "Meesje",
    "Roos": "Roosje", "Noor": "Noortje", "Fleur": "Fleurtje", "Merel": "Mereltje", "Sanne": "Sannetje",
    "Lotte": "Lotje", "Anouk": "Anoukje", "Emma": "Emmaatje", "Jelle": "Jelletje", "Sjoerd": "Sjoerdje",
    "Tim": "Timmetje", "Pim": "Pimmetje", "Kees": "Keesje", "Ruben": "Rubentje", "Sterre": "Sterretje",
    "Douwe": "Douwtje", "Ilse": "Ilsje", "Yoram": "Yorampje", "Lieke": "Liekje",
}

PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "el", "al", "het", "op", "in", "'t", "da", "dos"}
TITLE_WORDS = {"mevrouw", "mevr", "mw", "meneer", "dhr", "heer", "dr", "dokter", "juf", "meester", "mr", "mrs", "ms",
               "miss", "mx", "sir"}

CITIES = ["Amersfoort", "Zwolle", "Deventer", "Apeldoorn", "Arnhem", "Nijmegen", "Utrecht", "Leiden",
          "Haarlem", "Zaandam", "Almere", "Lelystad", "Tilburg", "Breda", "Eindhoven", "Helmond",
          "Groningen", "Leeuwarden", "Assen", "Emmen", "Hengelo", "Enschede", "Gouda", "Delft",
          "Dordrecht", "Schiedam", "Alkmaar", "Hoorn", "Purmerend", "Hilversum", "Den Bosch", "Venlo",
          "Maastricht", "Heerlen", "Roosendaal", "Middelburg", "Zoetermeer", "Alphen aan den Rijn"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
LANG = {"brits": "English", "duits": "German", "indiaas": "Hindi", "chinees": "Mandarin", "pools": "Polish",
        "spaans": "Spanish", "portugees-braziliaans": "Portuguese", "oekraiens": "Ukrainian", "iraans": "Farsi",
        "roemeens": "Romanian", "bulgaars": "Bulgarian", "nigeriaans": "Yoruba", "vietnamees": "Vietnamese",
        "nederlands": "Dutch", "ghanees": "Twi", "turks": "Turkish"}
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
WD_SHORT = ["ma", "di", "wo", "do", "vr"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# ---------------------------------------------------------------------------------------------
# institutions (invented)

TREES = ["Wilgen", "Linden", "Eiken", "Berken", "Beuken", "Elzen", "Meidoorn", "Vlier", "Hazelaar",
         "Kastanje", "Essen", "Iepen", "Lijsterbes", "Vogelkers", "Hulst", "Taxus", "Populieren", "Sparren"]
TSUF = ["hof", "gaarde", "veld", "kamp", "dal", "stee", "borgh", "brink", "horst", "rade", "donk", "laar", "akker"]
RIVERS = ["Amstel", "Rijn", "Maas", "Vecht", "IJssel", "Linge", "Dommel", "Eem", "Berkel", "Zaan", "Dinkel",
          "Regge", "Gein", "Hunze", "Mark", "Lek", "Waal", "Roer"]
RSUF = ["waarde", "vliet", "hoven", "zoom", "oord", "stede", "burcht", "poort", "mond", "dal", "weide"]
FANCY = ["Klimboom", "Zeepaardje", "Vlinderhof", "Toverbal", "Kompasroos", "Springplank", "Zonnewijzer",
         "Windvanger", "Sterrenkijker", "Duizendpoot", "Parelvisser", "Wereldboom", "Tuimelaar", "Lichtboei",
         "Hooiberg", "Vuurtoren", "Notenkraker", "Ooievaarsnest", "Kameleon", "Horizonschip"]
KDV = ["Hummeltuin", "Ukkenhof", "Kriebelbeestje", "Speelkever", "Dreumeshuis", "Boefjesburcht",
       "Knuffelnest", "Kabouterpad", "Peuterpret", "Wiebelwoud", "Kikkerkoning", "Snoeshaantje"]
JEUGD = ["Stapsteen", "Kiemkracht", "Groeiplek", "Lichtbaken", "Spoorzoeker", "Vlotwerk", "Kompaskracht",
         "Ankerplaats", "Zaailing", "Bloeiplek", "Kompasnaald", "Rugwind", "Opstapje"]
BEDRIJF = ["Kalkhoven", "Glansrijk", "Trekvast", "Pakwerk", "Stroomlijn", "Zuidpoort", "Vlotweg",
           "Rijnstraal", "Kantelaar", "Ploegmaat", "Dijkwerk", "Snelpak", "Hoogland"]
SPORT = ["Springveer", "Waterhoentjes", "Kikkersprong", "Snelvoet", "Zeemeeuwen", "Balvangers", "Kwikstaart"]
KERK = ["Levensbron", "Lichtstroom", "Vrederijk", "Genadebron", "Hoeksteen", "Ankerhof", "Palmtak"]
MOSKEE = ["Al-Yaqeen", "Ar-Rashad", "Al-Ihsaan", "Nur-ul-Huda", "Es-Salaam", "Al-Furqaan"]
SAINTS = ["Geertruida", "Bonifatius", "Servatius", "Hieronymus", "Lidwina", "Willibrord", "Radboud"]
INTL = ["Greenfield", "Westbridge", "Harbourside", "Oakhurst", "Riverbend", "Northgate", "Elmwood",
        "Lakeside", "Kingsmere", "Ashcombe"]

GENERIC = {"basisschool", "school", "obs", "cbs", "rk", "ikc", "montessorischool", "daltonschool", "sbo",
           "jenaplanschool", "college", "lyceum", "kinderdagverblijf", "kinderopvang", "kdv", "bso",
           "peuteropvang", "ziekenhuis", "medisch", "centrum", "gasthuis", "sint", "huisartsenpraktijk",
           "gezondheidscentrum", "huisartsen", "ggz", "psychologenpraktijk", "zorggroep", "thuiszorg",
           "zorg", "stichting", "jeugdhulp", "jeugdzorg", "opvoedpoli", "jeugdteam", "gezinshuis",
           "bouwbedrijf", "transportbedrijf", "schoonmaakbedrijf", "distributiecentrum", "logistiek",
           "installatietechniek", "vv", "sv", "voetbalvereniging", "zwemvereniging", "turnvereniging",
           "judoclub", "hockeyclub", "pinkstergemeente", "evangelische", "gemeente", "parochie",
           "baptistengemeente", "moskee", "international", "the", "of", "de", "het", "van", "voor",
           "psychotherapie", "praktijk", "bv", "b.v.", "ambulant", "team", "kerk", "groep", "ulu"}


@dataclass
class Inst:
    type: str
    full: str
    core: str          # the distinctive part as it appears inside full
    abbr: str          # short form used in quick notes
    distinct: list[str]
    domain: str


def _ascii(s: str) -> str:
    s = fold(s).replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]", "", s)


def make_inst(rng: random.Random, typ: str) -> Inst:
    tree = rng.choice(TREES) + rng.choice(TSUF)
    river = rng.choice(RIVERS) + rng.choice(RSUF)
    art = rng.choice(["De ", "De ", ""])
    if typ == "school":
        kind = rng.random()
        if kind < 0.7:
            pre = rng.choice(["Basisschool", "OBS", "CBS", "RK Basisschool", "IKC", "Montessorischool",
                              "Daltonschool", "Jenaplanschool", "SBO"])
            word = rng.choice(FANCY + [tree])
            core = ("Het " if word.endswith("je") and art else art) + word
            full = f"{pre} {core}"
            abbr = "bs " + core.split()[-1].lower()
        else:
            core = rng.choice([tree, river])
            pre = rng.choice(["College", "Lyceum", "Scholengemeenschap"])
            full = f"{core} {pre}" if rng.random() < 0.6 else f"{pre} {core}"
            abbr = core.lower()
    elif typ == "kinderopvang":
        pre = rng.choice(["Kinderdagverblijf", "Kinderopvang", "KDV", "BSO", "Peuteropvang"])
        core = rng.choice(["", "", "'t "]) + rng.choice(KDV)
        full = f"{pre} {core}"
        abbr = rng.choice(["kdv ", "bso ", "opvang "]) + core.split()[-1].lower()
    elif typ == "ziekenhuis":
        c = rng.random()
        if c < 0.35:
            core, full = river, f"{river} Ziekenhuis"
        elif c < 0.6:
            core, full = river, f"Ziekenhuis {river}"
        elif c < 0.8:
            core, full = river, f"Medisch Centrum {river}"
        else:
            s = rng.choice(SAINTS)
            core, full = f"Sint {s}", f"Sint {s} Gasthuis"
        abbr = "zkh " + core.split()[-1].lower()
    elif typ == "huisarts":
        core = rng.choice([tree, "De " + tree, river])
        pre = rng.choice(["Huisartsenpraktijk", "Gezondheidscentrum", "Huisartsen"])
        full = f"{pre} {core}"
        abbr = "ha " + core.split()[-1].lower()
    elif typ == "ggz":
        core = rng.choice([river, tree])
        full = rng.choice([f"GGZ {core}", f"Psychologenpraktijk {core}", f"{core} GGZ",
                           f"Centrum voor Psychotherapie {core}"])
        abbr = "ggz " + core.lower()
    elif typ == "zorgaanbieder":
        core = rng.choice([river, tree, rng.choice(JEUGD)])
        full = rng.choice([f"Zorggroep {core}", f"Thuiszorg {core}", f"{core} Zorg", f"Stichting {core}"])
        abbr = core.lower()
    elif typ == "jeugdzorg":
        core = rng.choice(JEUGD + [river])
        full = rng.choice([f"Jeugdhulp {core}", f"Jeugdzorg {core}", f"Stichting {core}",
                           f"Opvoedpoli {core}", f"Jeugdteam {core}", f"Gezinshuis {core}"])
        abbr = core.lower()
    elif typ == "werkgever":
        core = rng.choice(BEDRIJF)
        full = rng.choice([f"Bouwbedrijf {core}", f"Transportbedrijf {core}", f"Schoonmaakbedrijf {core}",
                           f"Distributiecentrum {core}", f"{core} Logistiek", f"{core} Installatietechniek",
                           f"{core} B.V."])
        abbr = core.lower()
    elif typ == "sportclub":
        c = rng.random()
        if c < 0.5:
            core = rng.choice([river, tree])
            full = rng.choice([f"VV {core}", f"SV {core}", f"Voetbalvereniging {core}", f"Hockeyclub {core}"])
        else:
            core = rng.choice(["De ", ""]) + rng.choice(SPORT)
            full = rng.choice([f"Zwemvereniging {core}", f"Turnvereniging {core}", f"Judoclub {core}"])
        abbr = core.split()[-1].lower()
    elif typ == "kerk":
        c = rng.random()
        if c < 0.7:
            core = rng.choice(["De ", ""]) + rng.choice(KERK)
            full = rng.choice([f"Pinkstergemeente {core}", f"Evangelische Gemeente {core}",
                               f"Baptistengemeente {core}"])
        else:
            core = rng.choice(SAINTS)
            full = f"Parochie {core}"
        abbr = core.split()[-1].lower()
    elif typ == "moskee":
        m = rng.choice(MOSKEE)
        core = f"{m} {river}" if rng.random() < 0.5 else m
        full = rng.choice([f"Moskee {core}", f"Stichting Moskee {core}"])
        abbr = "moskee " + core.lower()
    elif typ == "internationale-school":
        e = rng.choice(INTL)
        c = rng.random()
        if c < 0.5:
            core, full = e, f"{e} International School"
        elif c < 0.8:
            core, full = river, f"International School {river}"
        else:
            core, full = e, f"The {e} School"
        abbr = core.lower()
    else:
        raise ValueError(typ)
    distinct = [w for w in re.split(r"[\s\-]+", core) if fold(w) not in GENERIC and len(w) > 2]
    dom = _ascii(distinct[-1]) + rng.choice([".nl", ".nl", ".org", "-zorg.nl" if typ not in ("school",) else ".nl"])
    return Inst(typ, full, core, abbr, distinct, dom)


# ---------------------------------------------------------------------------------------------
# streets

STREET_A = ["Meidoorn", "Vlierbes", "Kastanje", "Lijsterbes", "Goudenregen", "Duindoorn", "Klaproos",
            "Korenbloem", "Zonnebloem", "Reiger", "Kievit", "Zwaluw", "Fazant", "Leeuwerik", "Karveel",
            "Fregat", "Schoener", "Smidse", "Molensloot", "Brink", "Esdoorn", "Acacia", "Populier",
            "Vlasakker", "Kerkakker", "Hooiland", "Plataan", "Jasmijn", "Lavendel", "Seringen"]
STREET_B = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "dreef", "pad", "erf", "gaarde", "veld"]
STREET_PERSON = ["Van Heemskerck", "Jan Steen", "Frans Hals", "Thorbecke", "Van Speijk", "Prins Hendrik",
                 "Willem Barentsz", "Christiaan Huygens", "Anna Paulowna", "Piet Heyn", "Johan de Witt"]


def make_street(rng: random.Random) -> tuple[str, list[str]]:
    if rng.random() < 0.8:
        s = rng.choice(STREET_A) + rng.choice(STREET_B)
        return s, [s]
    p = rng.choice(STREET_PERSON)
    b = rng.choice(["straat", "laan", "plein", "kade"])
    s = p + b
    words = [w for w in s.split() if fold(w) not in PARTICLES]
    return s, words


# ---------------------------------------------------------------------------------------------
# numbers


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def iban(rng: random.Random) -> str:
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    kk = 98 - int(num) % 97
    return f"NL{kk:02d}{bank}{acct}"


def postcode(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    while True:
        pc = f"{rng.randint(1000, 9999)}{rng.choice(letters)}{rng.choice(letters)}"
        if pc[4:] not in ("SA", "SD", "SS"):
            return pc


def plate(rng: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    lt = lambda k: "".join(rng.choice(L) for _ in range(k))  # noqa: E731
    dg = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return rng.choice([
        f"{lt(2)}-{dg(2)}-{dg(2)}", f"{dg(2)}-{lt(2)}-{dg(2)}", f"{dg(2)}-{lt(3)}-{dg(1)}",
        f"{dg(1)}-{lt(3)}-{dg(2)}", f"{lt(2)}-{dg(3)}-{lt(1)}", f"{lt(1)}-{dg(3)}-{lt(2)}",
        f"{lt(3)}-{dg(2)}-{lt(1)}", f"{dg(2)}-{lt(2)}-{lt(2)}",
    ])


def mobile(rng: random.Random) -> str:
    return "6" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def fmt_mobile(rng: random.Random, nsn: str, style: str = "") -> str:
    d = nsn
    if style == "snel":
        return rng.choice(["0" + d, "0" + d, f"06-{d[1:]}", f"+31{d}"])
    return rng.choice([f"06-{d[1:]}", f"06 {d[1:]}", f"06 {d[1:5]} {d[5:]}", f"+31 6 {d[1:5]} {d[5:]}",
                       f"+31{d}", f"0{d}", f"06-{d[1:4]} {d[4:6]} {d[6:]}", f"(06) {d[1:]}"])


def landline(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "26", "38", "33", "35", "71", "72",
                       "416", "418", "475", "513", "546", "570", "592"])
    sub = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    sub = str(rng.randint(2, 9)) + sub[1:]
    nsn = area + sub
    f = rng.choice([f"0{area}-{sub}", f"0{area} {sub}", f"+31 {area} {sub}", f"(0{area}) {sub}",
                    f"0{area}-{sub[:3]} {sub[3:]}" if len(sub) == 7 else f"0{area}-{sub[:2]} {sub[2:]}"])
    return f, nsn


def foreign_phone(rng: random.Random) -> tuple[str, str]:
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    c = rng.randrange(7)
    if c == 0:
        n = "7" + d(9)
        return f"+44 {n[:4]} {n[4:]}", n
    if c == 1:
        n = "5" + d(8)
        return f"+48 {n[:3]} {n[3:6]} {n[6:]}", n
    if c == 2:
        n = "15" + d(9)
        return f"+49 {n[:3]} {n[3:]}", n
    if c == 3:
        n = str(rng.randint(2, 9)) + d(9)
        return f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}", n
    if c == 4:
        n = "7" + d(8)
        return f"+40 {n[:3]} {n[3:6]} {n[6:]}", n
    if c == 5:
        n = "9" + d(9)
        return f"+91 {n[:5]} {n[5:]}", n
    n = "6" + d(8)
    return f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n


# ---------------------------------------------------------------------------------------------
# persons


@dataclass
class P:
    first: str
    sur: str
    origin: str
    gender: str          # "m" / "v"
    role: str            # vault role or an unregistered role
    vault: bool
    age: int = 30

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def dim(self) -> str | None:
        return DIMINUTIVES.get(self.first)

    def words(self) -> list[str]:
        return [w for w in re.split(r"[\s\-]+", self.full) if fold(w) not in PARTICLES and len(w) > 1]


def cap_sur(sur: str) -> str:
    return sur[0].upper() + sur[1:]


def initials(p: P, rng: random.Random) -> str:
    firsts = [p.first] + ([] if rng.random() < 0.6 else [rng.choice("AEJMHCPW")])
    return "".join(f[0].upper() + "." for f in firsts)


def possessive(name: str) -> str:
    low = name.lower()
    if low[-1] in "sxz":
        return name + "'"
    if low[-1] in "aiouy" or low.endswith("ee") or low[-1] in "éèáí":
        return name + "'s"
    return name + "s"


def name_checks(text: str, extra: list[str] = ()) -> list[Check]:
    out: list[str] = []
    for w in re.split(r"[\s\-\.,]+", text):
        w = re.sub(r"(?:'s|'|’s|’)$", "", w)
        if len(w) <= 1 or fold(w) in PARTICLES or fold(w) in TITLE_WORDS:
            continue
        if fold(w) not in [fold(x) for x in out]:
            out.append(w)
    for w in extra:
        if len(w) > 1 and fold(w) not in [fold(x) for x in out]:
            out.append(w)
    return [Check("word", w) for w in out]


# ---------------------------------------------------------------------------------------------
# phrases

# noun phrases ("Er zijn ...", "Wij zagen ...")
NP_GEN = [
    "blauwe plekken op de bovenarm", "zorgen over de thuissituatie", "signalen van verwaarlozing",
    "spanningen tussen de ouders", "forse schulden", "veel ruzie tussen de ouders", "een rode plek in de nek",
    "signalen van huiselijk geweld", "onvoldoende toezicht op de kinderen", "wisselende verhalen over thuis",
    "een sterk wisselende stemming", "zorgen over de hygiëne", "een onveilige opvoedsituatie",
]
# predicates of a child ("Sem ...", "hij ...")
VP_KID = [
    "slaapt slecht", "komt vaak te laat op school", "heeft weinig eten bij zich",
    "reageert schrikachtig op harde geluiden", "wil niet naar huis", "ziet er vermoeid uit", "huilt snel",
    "heeft vaak last van buikpijn", "oogt angstig", "vertelt wisselende verhalen",
    "schrikt als iemand de hand opsteekt", "eet gulzig tijdens de pauze", "heeft al dagen dezelfde kleren aan",
    "heeft nachtmerries", "plast weer in bed", "kan zich slecht concentreren", "durft niets te vertellen",
    "is erg stil de laatste weken", "zit vaak alleen op het schoolplein", "heeft geen gymspullen bij zich",
    "wil niet omkleden bij gym", "krijgt vaak ruzie met klasgenoten", "wordt niet opgehaald na school",
    "praat over weglopen", "is regelmatig ziek gemeld", "kwam zonder ontbijt op school",
    "trekt zich terug in de klas", "bijt op de nagels tot ze bloeden",
]
# complete clauses
CL_GEN = [
    "de sfeer thuis is gespannen", "het verzuim loopt op", "de meldcode is doorlopen",
    "de resultaten gaan achteruit", "er is sprake van huiselijk geweld", "de politie is meerdere keren langs geweest",
    "ouders staan open voor hulp", "een veiligheidsplan is opgesteld", "er lijkt sprake van een loyaliteitsconflict",
    "de hygiëne is onvoldoende", "de kleding is niet schoon", "collegiale consultatie is gedaan",
    "de aandachtsfunctionaris is ingelicht", "er volgt een vervolggesprek", "de ouders houden de boot af",
    "het kind woont tijdelijk bij familie",
]
NP_POL = [
    "geen zichtbaar letsel", "een lichte zwelling bij het linkeroog", "krasjes op de onderarm",
    "glasscherven op de keukenvloer", "een kapotte deurpost", "een sterke alcohollucht",
    "rode striemen in de hals", "een gescheurde mouw", "een omgevallen kast in de woonkamer",
]
CL_POL = [
    "partijen zijn gescheiden", "verdachte is aangehouden", "de kinderen waren aanwezig in de woning",
    "de woning maakte een rommelige indruk", "betrokkene was onder invloed van alcohol",
    "er is geen aangifte gedaan", "betrokkene wil geen aangifte doen", "een tijdelijk huisverbod wordt overwogen",
    "buren hoorden geschreeuw", "de deur was geforceerd", "de kinderen sliepen boven",
    "betrokkene werkte mee", "er was sprake van een verhitte woordenwisseling",
    "betrokkene was zichtbaar emotioneel", "de situatie was bij aankomst rustig",
]
NP_GGZ = [
    "somberheidsklachten sinds de bevalling", "terugkerende paniekaanvallen", "ernstige slaapproblemen",
    "traumatische ervaringen in de jeugd", "passieve doodsgedachten zonder plan", "financiële zorgen",
    "herbelevingen van het geweld", "schaamte over de thuissituatie", "concentratieproblemen op het werk",
    "angst om de kinderen kwijt te raken", "prikkelbaarheid en woede-uitbarstingen",
]
CL_GGZ = [
    "het sociale netwerk is beperkt", "het contact met de eigen moeder is verbroken", "de relatie is onstabiel",
    "er is sprake van middelengebruik", "de motivatie voor behandeling is aanwezig",
    "er zijn geen suïcidale gedachten", "eerdere behandeling heeft weinig opgeleverd",
    "de draagkracht is beperkt", "de kinderen zijn getuige geweest van geweld",
]
VP_ADULT = [
    "piekert veel over de kinderen", "voelt zich snel overvraagd", "heeft moeite met het stellen van grenzen",
    "blowt in het weekend", "slaapt hooguit vier uur per nacht", "drinkt 's avonds meerdere glazen wijn",
    "vermijdt contact met instanties", "schaamt zich voor de schulden",
]
NP_FIN = ["betalingsachterstanden", "schulden bij meerdere instanties", "zorgen over de huur",
          "een achterstand bij de energieleverancier"]
SNEL = [
    "drinkt veel", "ruzie om geld", "kind huilt veel", "bang voor ex", "slaapt slecht",
    "geen eten in huis", "wil wel hulp", "politie geweest", "schulden", "geen contact met familie",
    "kinderen bij oma", "heeft geslagen", "dreigt kinderen mee te nemen", "huis is vies",
    "geen geld voor luiers", "moe en overprikkeld", "kind plast in bed", "durft niet naar huis",
    "wil geen jeugdzorg", "veel geschreeuw", "deur op slot gedaan", "telefoon afgepakt",
]
CL_INTL = [
    "de ouders zijn in scheiding", "het kind mist structuur", "moeder voelt zich geïsoleerd",
    "vader is vaak op reis", "het kind spreekt thuis geen Nederlands", "het kind is erg angstig",
    "de ouders willen graag ondersteuning", "er is weinig sociaal netwerk in Nederland",
    "moeder durft geen hulp te vragen",
]

# (word, phrase, carrier sentence)
WORD_PHRASES = [
    ("storm", "na de storm", "Sinds de lekkage {} van vorige maand is het huis vochtig."),
    ("storm", "de storm", "Het gezin zat tijdens {} een nacht zonder stroom."),
    ("hoop", "hoop dat", "Ik {} het snel rustiger wordt."),
    ("hoop", "ik hoop", "Moeder zei: '{} dat het goed komt.'"),
    ("roos", "een roos", "Het kind tekende {} voor de juf."),
    ("winter", "in de winter", "De verwarming is kapot, {} wordt het koud in huis."),
    ("zomer", "deze zomer", "Het gezin wil {} verhuizen."),
    ("bakker", "bij de bakker", "Moeder werkt 's ochtends {}."),
    ("visser", "een visser", "Opa was vroeger {} en woont nu alleen."),
    ("vos", "een vos", "Het kind vertelde over {} die in de tuin komt."),
    ("merel", "een merel", "Er zat {} op de vensterbank tijdens het gesprek."),
    ("haas", "een haas", "Het kind schoot weg als {} toen de deur dichtsloeg."),
    ("wolf", "een wolf", "In de tekening staat {} voor het huis."),
    ("koning", "de koning", "Het kind speelt graag {} in de poppenhoek."),
    ("kok", "als kok", "Vader werkt {} in een restaurant."),
    ("groen", "het groen", "Achter de flat ligt {} waar de kinderen spelen."),
    ("boer", "bij de boer", "Het kind logeert soms {} in de buurt."),
    ("hoek", "om de hoek", "De supermarkt is {}."),
    ("fleur", "kleur en fleur", "De tekeningen geven de klas {}."),
    ("lente", "in de lente", "De verhuizing staat gepland {}."),
    ("bos", "in het bos", "Het kind speelt graag {}."),
    ("berg", "de berg", "Moeder schaamt zich voor {} ongeopende post op tafel."),
    ("dijk", "op de dijk", "Vader fietst elke ochtend {} naar zijn werk."),
    ("wit", "in het wit", "Het kind wilde {} naar het feest."),
    ("zwart", "in het zwart", "Moeder was {} gekleed."),
    ("molenaar", "de molenaar", "Het kind zong het liedje over {}."),
    ("graaf", "de graaf", "In het toneelstuk speelde het kind {}."),
    ("mees", "een mees", "Het kind voerde {} op het balkon."),
    ("brouwer", "een brouwer", "Naast het gezin woont {} met een eigen bierbrouwerij."),
    ("noor", "het noorden", "Familie woont in {} van het land."),
]
WORD_PHRASES = [w for w in WORD_PHRASES if w[0] != "noor"]

# ---------------------------------------------------------------------------------------------
# builder


class B:
    def __init__(self, rng: random.Random, style: str, length: str):
        self.rng = rng
        self.style = style
        self.length = length
        self.parts: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.cast: list[P] = []
        self.insts: list[Inst] = []
        self.used_clin: set[str] = set()

    # -- text
    def t(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def add(self, *parts) -> None:
        for p in parts:
            if callable(p):
                p()
            else:
                self.t(p)

    def item(self, kind: str, text: str, checks: list[Check], attrs: dict | None = None) -> None:
        self.items.append(Item(kind, text, self.pos, self.pos + len(text), checks, dict(attrs or {})))
        self.t(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # -- cast
    def name_words(self) -> set[str]:
        out = set()
        for p in self.cast:
            out |= {fold(w) for w in p.words()}
        return out

    def person(self, role: str, vault: bool, origin: str | None = None, gender: str | None = None,
               sur: str | None = None, age: int | None = None) -> P:
        rng = self.rng
        for _ in range(200):
            o = origin or self.pick_origin()
            g = gender or rng.choice("mv")
            boys, girls, surs = NAMES[o]
            pool = boys if g == "m" else girls
            if role in ("kind", "broer_zus") and o in ("nederlands", "fries") and rng.random() < 0.7:
                pool = [n for n in pool if n in DIMINUTIVES] or pool
            first = rng.choice(pool)
            s = sur if sur is not None else rng.choice(surs)
            p = P(first, s, o, g, role, vault, age if age is not None else rng.randint(28, 55))
            taken = self.name_words()
            new = {fold(w) for w in [first] + [w for w in re.split(r"[\s\-]+", s)]}
            if sur is not None:
                new = {fold(first)}
            if not (new & taken):
                self.cast.append(p)
                return p
        raise RuntimeError("no name")

    def pick_origin(self) -> str:
        rng = self.rng
        if self.style == "internationale-school":
            pool = ["brits", "duits", "indiaas", "chinees", "pools", "spaans", "portugees-braziliaans",
                    "oekraiens", "iraans", "roemeens", "bulgaars", "nigeriaans", "vietnamees", "nederlands",
                    "ghanees", "turks"]
            return rng.choice(pool)
        if rng.random() < 0.35:
            return rng.choice(["nederlands", "nederlands", "fries"])
        return rng.choice(list(NAMES))

    def inst(self, typ: str) -> Inst:
        for _ in range(100):
            i = make_inst(self.rng, typ)
            if all(fold(w) not in {fold(x) for j in self.insts for x in j.distinct} for w in i.distinct):
                self.insts.append(i)
                return i
        raise RuntimeError("no inst")

    # -- emitters (return closures)
    def V(self, p: P, sp: str | None = None):
        def emit():
            self.vault(p, sp)
        return emit

    def poss(self, name: str) -> str:
        if self.style == "internationale-school":
            return name + ("'" if name.endswith("s") else "'s")
        return possessive(name)

    def vault(self, p: P, sp: str | None = None) -> None:
        rng = self.rng
        if sp is None:
            sp = self.pick_spelling(p)
        if sp == "verkleinwoord" and not p.dim:
            sp = "voornaam"
        extra: list[str] = []
        if sp == "volledig":
            text = p.full
        elif sp == "voornaam":
            text = p.first
        elif sp == "kleine-letters":
            text = (p.full if rng.random() < 0.5 else p.first).lower()
        elif sp == "bezittelijk":
            base = p.first if rng.random() < 0.8 else p.full
            text = self.poss(base)
            extra = [p.first]
        elif sp == "achternaam":
            text = cap_sur(p.sur)
        elif sp == "titel+achternaam":
            text = self.title(p) + " " + cap_sur(p.sur)
        elif sp == "verkleinwoord":
            text = p.dim
            extra = [p.first]
        elif sp == "initialen+achternaam":
            text = initials(p, rng) + " " + p.sur
        elif sp == "hoofdletters":
            text = (p.full if rng.random() < 0.5 else p.sur).upper()
        else:
            raise ValueError(sp)
        self.item(f"vault:{sp}", text, name_checks(text, extra), {"role": p.role})

    def title(self, p: P) -> str:
        if self.style == "internationale-school":
            return self.rng.choice(["Mr", "Mr."]) if p.gender == "m" else self.rng.choice(["Mrs", "Ms", "Ms."])
        if p.gender == "m":
            return self.rng.choice(["meneer", "dhr.", "de heer", "Dhr."])
        return self.rng.choice(["mevrouw", "mw.", "mevr.", "Mevrouw"])

    def pick_spelling(self, p: P) -> str:
        rng = self.rng
        child = p.role in ("kind", "broer_zus")
        if self.style == "aantekeningen-snel":
            opts = ["kleine-letters"] * 5 + ["voornaam", "achternaam"]
            if child:
                opts += ["verkleinwoord"] * 2
        elif child:
            opts = ["voornaam"] * 4 + ["volledig", "kleine-letters", "verkleinwoord", "verkleinwoord",
                                       "hoofdletters"]
        elif self.style == "politie-zorgmelding":
            opts = ["achternaam"] * 3 + ["titel+achternaam"] * 2 + ["initialen+achternaam", "volledig",
                                                                    "hoofdletters", "voornaam"]
        else:
            opts = ["voornaam"] * 2 + ["titel+achternaam"] * 2 + ["volledig", "achternaam",
                                                               "initialen+achternaam", "kleine-letters"]
        return rng.choice(opts)

    def U(self, p: P, cue: str, form: str = "volledig", case: str = "normaal"):
        def emit():
            self.unreg(p, cue, form, case)
        return emit

    def unreg(self, p: P, cue: str, form: str = "volledig", case: str = "normaal") -> None:
        rng = self.rng
        if form == "volledig":
            text = p.full
        elif form == "voornaam":
            text = p.first
        elif form == "achternaam":
            text = cap_sur(p.sur)
        elif form == "titel":
            text = self.title(p) + " " + cap_sur(p.sur)
        elif form == "dr":
            opts = ["Dr", "Dr."] if self.style == "internationale-school" else ["dr.", "Dr.", "dokter"]
            text = rng.choice(opts) + " " + cap_sur(p.sur)
        elif form == "juf":
            text = ("juf " if p.gender == "v" else "meester ") + p.first
        elif form == "initialen":
            text = initials(p, rng) + " " + p.sur
        elif form == "bezittelijk":
            text = self.poss(p.first)
        else:
            raise ValueError(form)
        if case == "klein":
            text = text.lower()
        elif case == "hoofd":
            text = text.upper()
        extra = [p.first] if form == "bezittelijk" else []
        attrs = {"cue": cue, "case": case,
                 "word_name": "ja" if any(fold(w) in WORD_NAMES for w in p.words()) else "nee",
                 "origin": p.origin, "role": p.role}
        self.item("unregistered", text, name_checks(text, extra), attrs)

    def I(self, inst: Inst, form: str = "full"):
        def emit():
            if form == "full":
                text = inst.full
            elif form == "core":
                text = inst.core
            elif form == "abbr":
                text = inst.abbr
            else:
                text = inst.full.lower()
            self.item(f"instelling:{inst.type}", text, [Check("word", w) for w in inst.distinct],
                      {"form": form})
        return emit

    def X(self, kind: str, text: str, checks: list[Check], attrs: dict | None = None):
        def emit():
            self.item(kind, text, checks, attrs)
        return emit

    # -- identifier emitters
    def phone(self, nsn: str | None = None, snel: bool = False):
        if nsn is None:
            nsn = mobile(self.rng)
        text = fmt_mobile(self.rng, nsn, "snel" if snel else "")
        return self.X("telefoon", text, [Check("digits", nsn)], {"form": "mobiel"})

    def land(self):
        text, nsn = landline(self.rng)
        return self.X("telefoon", text, [Check("digits", nsn)], {"form": "vast"})

    def fphone(self):
        text, nsn = foreign_phone(self.rng)
        return self.X("telefoon", text, [Check("digits", nsn)], {"form": "buitenland"})

    def email_for(self, p: P, inst: Inst | None = None) -> str:
        rng = self.rng
        f, s = _ascii(p.first), _ascii(p.sur)
        if inst is not None:
            local = rng.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f}{s[0]}", f"{f}"])
            return f"{local}@{inst.domain}"
        local = rng.choice([f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}{rng.randint(70, 99)}", f"{f}_{s[:3]}",
                            f"{f}{rng.randint(1, 2009)}", f"mama.{f}" if p.gender == "v" else f"{f}.{s}"])
        dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl",
                          "icloud.com", "yahoo.com", "hotmail.nl", "planet.nl"])
        return f"{local}@{dom}"

    def mail(self, addr: str):
        local = addr.split("@")[0]
        checks = [Check("ci", addr)] + ([Check("ci", local)] if len(local) >= 5 else [])
        return self.X("email", addr, checks)

    def account(self, p: P):
        rng = self.rng
        f, s = _ascii(p.first), _ascii(p.sur)
        handle = rng.choice([f"{f}_{s[:2]}{rng.randint(10, 99)}", f"{f}.{s}", f"x{f}x{rng.randint(1, 20)}",
                             f"{f}{s}{rng.randint(2008, 2018)}", f"its.{f}.{rng.randint(1, 99)}",
                             f"{s}_{f}_official", f"{f}xo{rng.randint(10, 99)}"])
        c = rng.randrange(6)
        if c == 0:
            text, form = "@" + handle, "handle"
        elif c == 1:
            text, form = f"instagram.com/{handle}", "url"
        elif c == 2:
            text, form = f"https://www.tiktok.com/@{handle}", "url"
        elif c == 3:
            text, form = f"snap: {handle}", "snapchat"
        elif c == 4:
            text, form = f"facebook.com/{f}.{s}.{rng.randint(10, 999)}", "url"
            handle = text.split("/", 1)[1]
        else:
            text, form = f"tiktok @{handle}", "handle"
        if text.startswith("facebook"):
            form = "url"
        return self.X("account", text, [Check("ci", handle)], {"form": form})

    def iban_(self):
        v = iban(self.rng)
        text = v if self.rng.random() < 0.4 else " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.X("iban", text, [Check("compact", v), Check("digits", v[8:])])

    def bsn_(self):
        v = bsn(self.rng)
        text = self.rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
        return self.X("bsn", text, [Check("digits", v)])

    def pc(self, v: str | None = None, snel: bool = False):
        v = v or postcode(self.rng)
        if snel:
            text = self.rng.choice([v.lower(), v, f"{v[:4]} {v[4:].lower()}"])
        else:
            text = self.rng.choice([f"{v[:4]} {v[4:]}", f"{v[:4]} {v[4:]}", v])
        return self.X("postcode", text, [Check("compact", v)])

    def addr(self, snel: bool = False):
        st, words = make_street(self.rng)
        num = str(self.rng.randint(1, 214))
        suf = self.rng.choice(["", "", "", "a", "-2", " bis", "-II", " B"])
        text = f"{st} {num}{suf}"
        if snel:
            text = text.lower()
        return self.X("adres", text, [Check("word", w) for w in words])

    def plate_(self, snel: bool = False):
        v = plate(self.rng)
        text = v
        if snel:
            text = self.rng.choice([v.lower(), v.replace("-", ""), v.replace("-", "").lower()])
        return self.X("kenteken", text, [Check("compact", v.replace("-", ""))])

    def dob(self, age: int, form: str = "nl"):
        rng = self.rng
        y = 2025 - age
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        if form == "snel":
            text = rng.choice([f"{d}-{m}-{y % 100:02d}", f"{d:02d}{m:02d}{y % 100:02d}", f"{d}/{m}/{y}",
                               f"{d:02d}-{m:02d}-{y}"])
            return self.X("geboortedatum", text, [Check("digits", re.sub(r"\D", "", text))])
        if form == "en":
            c = rng.randrange(3)
            if c == 0:
                text = f"{d:02d}/{m:02d}/{y}"
                return self.X("geboortedatum", text, [Check("digits", re.sub(r"\D", "", text))])
            text = f"{d} {MONTHS_EN[m - 1]} {y}" if c == 1 else f"{MONTHS_EN[m - 1]} {d}, {y}"
            key = f"{d} {MONTHS_EN[m - 1]}" if c == 1 else f"{MONTHS_EN[m - 1]} {d}"
            return self.X("geboortedatum", text, [Check("ci", key), Check("ci", text)])
        c = rng.randrange(4)
        if c == 0:
            text = f"{d} {MONTHS[m - 1]} {y}"
            return self.X("geboortedatum", text, [Check("ci", f"{d} {MONTHS[m - 1]}"), Check("ci", text)])
        text = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"][c - 1]
        return self.X("geboortedatum", text, [Check("digits", re.sub(r"\D", "", text))])

    def inits(self, p: P, dots: bool | None = None):
        rng = self.rng
        parts = [w for w in re.split(r"[\s\-]+", p.full) if w]
        if dots is None:
            dots = rng.random() < 0.5
        if dots:
            text = "".join((w[0].lower() if fold(w) in PARTICLES else w[0].upper()) + "." for w in parts)
        else:
            text = "".join(w[0].lower() if fold(w) in PARTICLES else w[0].upper() for w in parts)
        return self.X("initialen", text, [Check("word", text)], {"of": p.role})

    # -- phrases
    def C(self, pool: list[str], cap: bool = False):
        def emit():
            self.clin(pool, cap)
        return emit

    def clin(self, pool: list[str], cap: bool = False) -> None:
        opts = [p for p in pool if p not in self.used_clin] or pool
        ph = self.rng.choice(opts)
        self.used_clin.add(ph)
        if cap:
            ph = ph[0].upper() + ph[1:]
        if len(self.clinical) < 8 and ph not in self.clinical:
            self.clinical.append(ph)
        self.t(ph)

    def W(self, lower: bool = False):
        """A carrier sentence with a word-name phrase (a Dutch word that is also a name)."""
        def emit():
            taken = self.name_words() | {fold(w) for i in self.insts for w in i.distinct}
            opts = [(ph, s) for w, ph, s in WORD_PHRASES if w not in taken and ph not in self.words]
            ph, sent = self.rng.choice(opts)
            i = sent.index("{}")
            pre, post = sent[:i], sent[i + 2:]
            if lower:
                pre, post = pre.lower(), post.lower().rstrip(".")
            self.t(pre)
            self.words.append(ph)
            self.t(ph)
            self.t(post)
        return emit


# ---------------------------------------------------------------------------------------------
# styles


def _date(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 28), rng.randint(1, 12)


def _pron(p: P) -> tuple[str, str]:
    return ("hij", "zijn") if p.gender == "m" else ("zij", "haar")


def style_mail(b: B) -> None:
    rng = b.rng
    L = b.length
    fam_origin = b.pick_origin()
    parent_role = rng.choice(["moeder", "moeder", "vader"])
    parent = b.person(parent_role, True, fam_origin, "v" if parent_role == "moeder" else "m")
    kid_sur = parent.sur if rng.random() < 0.6 else None
    kid = b.person("kind", True, fam_origin, sur=kid_sur, age=rng.randint(5, 13))
    sib = b.person("broer_zus", True, fam_origin, sur=kid.sur, age=rng.randint(4, 12)) \
        if rng.random() < 0.3 else None
    teacher = b.person("leerkracht", False)
    ib = b.person("intern begeleider", False) if rng.random() < 0.6 or L == "long" else None
    other = b.person("vader" if parent_role == "moeder" else "moeder", False, fam_origin,
                     "m" if parent_role == "moeder" else "v") if rng.random() < 0.45 else None
    mate = b.person("klasgenoot", False, age=kid.age) if rng.random() < 0.35 else None
    school = b.inst("school")
    bso = b.inst("kinderopvang") if rng.random() < 0.35 else None
    jt = b.inst("jeugdzorg") if rng.random() < 0.35 or L == "long" else None
    club = b.inst("sportclub") if rng.random() < 0.2 and len(b.insts) < 4 else None

    hij, zijn = _pron(kid)
    t_mail = b.email_for(teacher, school)
    p_mail = b.email_for(parent)
    d, m = _date(rng)
    grp = rng.randint(1, 8)
    func = rng.choice([f"Leerkracht groep {grp}", f"Mentor groep {grp}", f"Groepsleerkracht {grp}",
                       f"Leerkracht groep {grp} (ma t/m do)"])
    addressed = rng.choice([b.V(parent, "titel+achternaam"), b.V(parent, "voornaam"), b.V(parent, "volledig")])
    wd = rng.randrange(5)

    b.add("Van: ", b.U(teacher, "afzender"), " <", b.mail(t_mail), ">\n")
    b.add(f"Verzonden: {WEEKDAYS[wd]} {d} {MONTHS[m - 1]} 2025 {rng.randint(7, 17)}:{rng.randint(0, 59):02d}\n")
    b.add("Aan: ", b.mail(p_mail), "\n")
    if ib and rng.random() < 0.6:
        b.add("CC: ", b.mail(b.email_for(ib, school)), "\n")
    if kid.sur == parent.sur and rng.random() < 0.4:
        b.add("Onderwerp: RE: gesprek familie ", b.V(parent, "achternaam"), "\n\n")
    else:
        b.add("Onderwerp: RE: ", rng.choice(["even afstemmen over ", "gesprek over ", "zorgen om ", "vraag over "]),
              b.V(kid, "voornaam"), "\n\n")
    b.add(rng.choice(["Beste ", "Goedemorgen ", "Hallo ", "Dag "]), addressed, ",\n\n")
    b.add("Dank voor uw bericht. Ik heb vandaag even met ", b.V(kid), " gesproken. ")
    if rng.random() < 0.5:
        b.add("Wat ons de laatste weken opvalt:\n- ", hij, " ", b.C(VP_KID), "\n- ", hij, " ", b.C(VP_KID), "\n")
        if L != "short":
            b.add("- er is sprake van ", b.C(NP_GEN), "\n")
        b.t("\n")
    else:
        b.add("In de klas ", rng.choice(["merken wij", "zien we", "zie ik"]), " het ook: ", b.V(kid), " ",
              b.C(VP_KID), " en ", b.C(VP_KID), ".")
        if L != "short":
            b.add(" Daarnaast is er sprake van ", b.C(NP_GEN), ".")
        b.t("\n\n")
    if rng.random() < 0.5:
        b.add("Ik heb ook even naar ", b.V(kid, "bezittelijk"), " schriften gekeken; het tempo ligt lager dan normaal. ")
    if mate:
        b.add("In de pauze was er gedoe met ", b.U(mate, "klasgenoot", "voornaam"), "; ",
              rng.choice(["dat hebben we samen uitgepraat.", "ik houd dat in de gaten.",
                          "de ouders van beide kinderen zijn ingelicht."]), " ")
    if ib:
        zh = "zij" if ib.gender == "v" else "hij"
        b.add("Ik heb dit besproken met onze intern begeleider, ", b.U(ib, "functie", rng.choice(["volledig", "titel"])),
              ". ", rng.choice([f"{zh.capitalize()} sluit graag aan bij het gesprek",
                               "Wij willen u graag uitnodigen voor een gesprek",
                               "We stellen voor om samen te kijken wat er nodig is"]), ".")
    b.add(f" Zou u {WEEKDAYS[(wd + 2) % 5]} na schooltijd langs kunnen komen?\n\n")
    if club:
        b.add("Hoort u ook iets van ", b.I(club), "? ", b.V(kid, "voornaam"), " vertelde dat ", hij,
              " daar niet meer naartoe wil.\n\n")
    if rng.random() < (0.95 if L == "long" else 0.7):
        b.add(b.W(), "\n\n")
    b.add(rng.choice(["Met vriendelijke groet,", "Hartelijke groet,", "Groetjes,", "Vriendelijke groet,"]), "\n\n")
    b.add(b.U(teacher, "handtekening"), "\n", func, "\n", b.I(school), "\n")
    if rng.random() < 0.5:
        b.add(b.addr(), ", ", b.pc(), " ", rng.choice(CITIES), "\n")
    b.add(rng.choice(["T ", "Tel: ", "T: "]), b.land(), "\n", rng.choice(["E ", "E-mail: ", "E: "]), b.mail(t_mail), "\n\n")

    # quoted reply of the parent
    qd, qm = _date(rng)
    if rng.random() < 0.5:
        b.add(f"Op {WEEKDAYS[(wd + 4) % 5]} {qd} {MONTHS[qm - 1]} 2025 om {rng.randint(18, 23)}:{rng.randint(0, 59):02d} schreef ",
              b.V(parent, "volledig"), " <", b.mail(p_mail), ">:\n")
    else:
        b.add("-----Oorspronkelijk bericht-----\nVan: ", b.V(parent, "volledig"), " <", b.mail(p_mail), ">\n")
    q = "> "
    greet = b.U(teacher, "aanhef", "juf") if rng.random() < 0.6 else b.U(teacher, "aanhef", "titel")
    b.add(q, rng.choice(["Hoi ", "Beste ", "Hallo "]), greet, ",\n", q, "\n")
    b.add(q, "Ik maak me zorgen om ", b.V(kid, rng.choice(["verkleinwoord", "verkleinwoord", "voornaam"])),
          ". ", hij.capitalize(), " ", b.C(VP_KID), " sinds de herfstvakantie.\n")
    if other:
        b.add(q, zijn.capitalize(), " ", "vader" if other.role == "vader" else "moeder", " (",
              b.U(other, "ex-partner", "volledig"), ") ",
              rng.choice([f"heeft {'hem' if hij == 'hij' else 'haar'} dit weekend niet teruggebracht",
                          "belt steeds naar school", "komt soms onaangekondigd aan het hek"]), ".\n")
        b.add(q, "Wilt u ", b.U(other, "ex-partner", "voornaam"), " alstublieft niets meegeven zonder overleg?\n")
    if sib:
        b.add(q, "Ook ", b.V(sib, rng.choice(["voornaam", "verkleinwoord"])), " zit niet lekker in ",
              _pron(sib)[1], " vel.\n")
    if L != "short" and rng.random() < 0.6:
        b.add(q, "Op ", b.account(kid), " staan filmpjes waarin ", hij, " gepest wordt, kunt u daar iets mee?\n")
    b.add(q, "Mijn nieuwe nummer is ", b.phone(), ".\n", q, "\n", q, rng.choice(["Groetjes, ", "Groet, ", "Gr. "]),
          b.V(parent, rng.choice(["voornaam", "kleine-letters"])), "\n")
    if bso:
        b.add(q, "PS ", b.V(kid, rng.choice(["voornaam", "verkleinwoord"])), " gaat vanaf nu op dinsdag naar ",
              b.I(bso), ".\n")

    if L == "long":
        od, om = _date(rng)
        b.add(q, "\n", q, f"Op {od} {MONTHS[om - 1]} 2025 schreef ", b.U(teacher, "afzender"), ":\n")
        b.add(">> Beste ouders van ", b.V(kid, "voornaam"), ",\n>> \n>> Vandaag is ", b.V(kid, "voornaam"),
              " op het schoolplein gevallen. Wij hebben geprobeerd u te bellen op ", b.phone(),
              ", maar kregen geen gehoor.\n>> ", rng.choice(["Wilt u even terugbellen?", "Graag even contact.",
                                                            "Wilt u mij even laten weten dat u dit gelezen heeft?"]),
              "\n>> \n>> Groet, ", b.U(teacher, "afsluiting", "voornaam"), "\n")

    # forwarded part
    if L != "short" or (ib and rng.random() < 0.3):
        fw = ib or teacher
        fd, fm = _date(rng)
        b.add("\n---------- Doorgestuurd bericht ---------\nVan: ", b.U(fw, "afzender"), " <",
              b.mail(b.email_for(fw, school)), ">\n",
              f"Datum: {fd} {MONTHS[fm - 1]} 2025\nOnderwerp: Fwd: leerlinggegevens ", b.inits(kid, True), "\n\n")
        b.add("Ter info uit het leerlingdossier:\n")
        b.add("Leerling: ", b.V(kid, rng.choice(["volledig", "hoofdletters"])), "\n")
        b.add("Geboortedatum: ", b.dob(kid.age), "\n")
        b.add("Adres: ", b.addr(), ", ", b.pc(), " ", rng.choice(CITIES), "\n")
        b.add("Ouder/verzorger: ", b.V(parent, "initialen+achternaam"), ", tel. ", b.phone(), "\n")
        if sib:
            b.add("Broer/zus op school: ", b.V(sib, "volledig"), "\n")
        if jt:
            b.add("\nEr is eerder contact geweest met ", b.I(jt), "; toen was er ook sprake van ", b.C(NP_GEN), ". ")
            b.add("Ik stel voor dat we ", b.V(parent, "titel+achternaam"),
                  " om toestemming vragen om opnieuw contact op te nemen.\n")
        if L == "long":
            b.add("Signalen tot nu toe: ", b.C(NP_GEN), "; ", b.C(CL_GEN), ".\n")
            b.add(b.W(), "\n")


def style_police(b: B) -> None:
    rng = b.rng
    L = b.length
    o = b.pick_origin()
    b1 = b.person(rng.choice(["moeder", "moeder", "client"]), True, o, "v", age=rng.randint(22, 48))
    b2_vault = rng.random() < 0.6
    b2 = b.person(rng.choice(["partner", "vader"]) if b2_vault else "partner", b2_vault, None, "m",
                  age=rng.randint(24, 55))
    kid = b.person("kind", True, o, sur=b2.sur if rng.random() < 0.5 and b2_vault else b1.sur,
                   age=rng.randint(1, 15)) if rng.random() < 0.75 else None
    verb1 = b.person("verbalisant", False)
    verb2 = b.person("verbalisant", False) if rng.random() < 0.6 else None
    melder = b.person("buurvrouw" if rng.random() < 0.6 else "buurman", False) if rng.random() < 0.6 else None
    cent = b.person("centralist", False) if rng.random() < 0.3 else None
    zkh = b.inst("ziekenhuis") if rng.random() < 0.45 else None
    school = b.inst(rng.choice(["school", "kinderopvang"])) if kid and rng.random() < 0.6 else None
    werk = b.inst("werkgever") if rng.random() < 0.4 else None
    jz = b.inst("jeugdzorg") if rng.random() < 0.35 else None
    if not (zkh or school or werk or jz):
        werk = b.inst("werkgever")
    kerk = b.inst(rng.choice(["kerk", "moskee"])) if rng.random() < 0.12 and len(b.insts) < 4 else None
    fam = b.person(rng.choice(["zus van betrokkene", "moeder van betrokkene", "broer van betrokkene"]), False, o) \
        if L == "long" and rng.random() < 0.6 else None

    city = rng.choice(CITIES)
    d, m = _date(rng)
    b.add(rng.choice(["ZORGMELDING HUISELIJK GEWELD", "Zorgmelding Jeugd / HG", "MUTATIE - ZORGMELDING",
                      "Zorgmelding - huiselijke omstandigheden"]), "\n")
    b.add(f"Datum/tijd: {d:02d}-{m:02d}-2025 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n")
    b.add("Meldkamer: melding via 112")
    if cent:
        b.add(", aangenomen door centralist ", b.U(cent, "centralist", "initialen"))
    b.add("\nPleeglocatie: ", b.addr(), ", ", b.pc(), f" {city}\n")
    if melder:
        b.add("Melder: ", b.U(melder, "melder", rng.choice(["titel", "volledig", "initialen"])),
              f" ({melder.role}), tel. ", b.phone(), "\n")
    b.add("\nBetrokkene 1\n")
    if rng.random() < 0.6:
        b.add("Naam: ", b.V(b1, "hoofdletters"), ", ", b.V(b1, "voornaam"), "\n")
    else:
        b.add("Naam: ", b.V(b1, "volledig"), "\n")
    b.add("Rol: ", rng.choice(["slachtoffer", "benadeelde", "betrokkene"]), "\n")
    b.add("Geboortedatum: ", b.dob(b1.age), "\n")
    if rng.random() < 0.5:
        b.t("Adres: idem pleeglocatie\n")
    else:
        b.add("Telefoon: ", b.phone(), "\n")
    if rng.random() < 0.4:
        b.add("BSN: ", b.bsn_(), "\n")
    b.add("\nBetrokkene 2\nNaam: ")
    if b2.vault:
        b.add(b.V(b2, rng.choice(["initialen+achternaam", "hoofdletters", "volledig"])), "\n")
    else:
        b.add(b.U(b2, "veldnaam", rng.choice(["initialen", "volledig"]), rng.choice(["normaal", "hoofd"])), "\n")
    b.add("Rol: verdachte (", rng.choice(["partner", "ex-partner", "vader van het kind"]), ")\n")
    b.add("Geboortedatum: ", b.dob(b2.age), "\n")
    if rng.random() < 0.6:
        b.add("Verblijfadres: ", b.addr(), ", ", b.pc(), f" {rng.choice(CITIES)}\n")
    b.add("Kenteken voertuig: ", b.plate_(), f" ({rng.choice(['grijze', 'zwarte', 'blauwe', 'witte'])} "
          f"{rng.choice(['Opel Astra', 'Volkswagen Golf', 'Peugeot 308', 'Renault Clio', 'Ford Transit', 'Toyota Yaris'])})\n")
    if werk:
        b.add("Werkgever: ", b.I(werk), "\n")
    if kid:
        b.add("\nMinderjarige(n): ", b.V(kid, rng.choice(["volledig", "hoofdletters", "initialen+achternaam"])),
              ", geb. ", b.dob(kid.age))
        if school:
            b.add(", ", b.I(school))
        b.add("\n")

    b.add("\nRelaas\n")
    b.add(f"Op {d:02d}-{m:02d}-2025 omstreeks {rng.randint(0, 23):02d}.{rng.randint(0, 59):02d} uur werden wij, verbalisant" + ("en " if verb2 else " "),
          b.U(verb1, "verbalisant", rng.choice(["initialen", "titel", "volledig"])))
    if verb2:
        b.add(" en ", b.U(verb2, "verbalisant", rng.choice(["initialen", "volledig"])))
    b.add(", gestuurd naar bovengenoemd adres. ")
    if melder:
        b.add("Melder ", b.U(melder, "melder", "titel"), " gaf aan: ", b.C(CL_POL), ". ")
    b.add("Ter plaatse troffen wij ", b.V(b1, rng.choice(["titel+achternaam", "achternaam", "voornaam"])),
          " aan in de hal. Wij zagen bij haar ", b.C(NP_POL), ". ")
    if b2.vault:
        b.add(b.V(b2, rng.choice(["achternaam", "titel+achternaam"])), " verklaarde dat het een ruzie over geld was. ")
    else:
        b.add(b.U(b2, "verdachte", "achternaam"), " verklaarde dat het een ruzie over geld was. ")
    b.add("Bevindingen: ", b.C(CL_POL), "; ", b.C(CL_POL), ".")
    if kid:
        b.add(" Het kind, ", b.V(kid, rng.choice(["voornaam", "voornaam", "verkleinwoord"])), f" ({kid.age} jaar), ",
              rng.choice(["was aanwezig en huilde", "lag te slapen", "zat op de trap"]), ".")
    if L != "short":
        b.add(" Verder zagen wij ", b.C(NP_POL), ".")
        if rng.random() < 0.5:
            b.add(" ", b.V(b2, "bezittelijk") if b2.vault else b.U(b2, "verdachte", "bezittelijk"),
                  " broer kwam ter plaatse en nam de sleutels in.")
    b.t("\n")
    if rng.random() < 0.7:
        b.add(b.W(), "\n")
    if zkh:
        b.add("Betrokkene 1 is door ambulancepersoneel overgebracht naar ", b.I(zkh), " ter controle.\n")
    if kerk:
        b.add("Betrokkene 1 wil tijdelijk onderdak zoeken via ", b.I(kerk), ".\n")
    if L == "long":
        b.add("Volgens ", b.V(b1, "voornaam"), " speelt dit al langer; ", b.C(CL_GEN), ". ")
        b.add("Zij toonde een bericht van ", b.account(b2), " waarin zij werd bedreigd.\n")
        if rng.random() < 0.5:
            b.add("Volgens haar heeft betrokkene 2 de toegang tot haar rekening ", b.iban_(), " geblokkeerd.\n")
        if rng.random() < 0.5:
            b.add("Bereikbaar via ", b.mail(b.email_for(b1)), ".\n")
    if L == "long":
        b.add("\nAanvullende informatie\n", f"Op dit adres zijn sinds {rng.randint(2019, 2023)} "
              f"{rng.randint(2, 5)} eerdere meldingen huiselijk geweld geregistreerd. ")
        if fam:
            b.add("Betrokkene 1 verblijft voorlopig bij ", b.U(fam, "familie", rng.choice(["volledig", "titel"])),
                  f" ({fam.role}), bereikbaar op ", b.phone(), ". ")
        b.add("Volgens de wijkagent geldt: ", b.C(CL_GEN), ".")
        if kid:
            b.add(" Over ", b.V(kid, rng.choice(["voornaam", "volledig"])), " zijn bij de politie geen eerdere zorgen bekend.")
        b.t("\n")
    b.add("\nDoorzetting\nZorgmelding doorgezet naar Veilig Thuis")
    if jz:
        b.add("; ", b.I(jz), " is op de hoogte gebracht")
    b.add(".\n")
    b.add("\nVerbalisant: ", b.U(verb1, "handtekening", rng.choice(["initialen", "volledig"])),
          f", {rng.choice(['hoofdagent', 'agent', 'brigadier', 'wijkagent'])}, basisteam {rng.choice(CITIES)}\n")
    b.add("Paraaf: ", b.inits(verb1, rng.random() < 0.5), "\n")


def style_ggz(b: B) -> None:
    rng = b.rng
    L = b.length
    o = b.pick_origin()
    g = rng.choice("vvm")
    client = b.person("client", True, o, g, age=rng.randint(24, 46))
    ex = b.person("ex-partner", False, None, "m" if g == "v" else "v", age=client.age + rng.randint(-3, 6))
    kid = b.person("kind", True, o, sur=ex.sur if g == "v" else client.sur, age=rng.randint(3, 15))
    kid2 = b.person("halfbroer/-zus", False, o, sur=kid.sur, age=max(1, kid.age - rng.randint(1, 4))) \
        if rng.random() < 0.5 else None
    partner = b.person("partner", rng.random() < 0.5, None, "m" if g == "v" else "v", age=client.age + 2) \
        if rng.random() < 0.6 else None
    grandma = b.person("moeder van cliënt", False, o, "v", age=client.age + 26) if rng.random() < 0.5 else None
    ha_name = b.person("huisarts", False) if rng.random() < 0.6 else None
    therapist = b.person("behandelaar", False) if rng.random() < 0.5 else None
    intaker = b.person("intaker", False)
    ggz = b.inst("ggz")
    ha = b.inst("huisarts") if rng.random() < 0.6 else None
    prev = b.inst(rng.choice(["zorgaanbieder", "jeugdzorg"])) if rng.random() < 0.6 else None
    werk = b.inst("werkgever") if rng.random() < 0.4 else None
    geloof = b.inst(rng.choice(["kerk", "moskee"])) if rng.random() < 0.3 and len(b.insts) < 4 else None

    cl = "cliënte" if g == "v" else "cliënt"
    zij, haar = _pron(client)
    d, m = _date(rng)
    b.add("INTAKEVERSLAG ", b.I(ggz), "\n", f"Datum intake: {d} {MONTHS[m - 1]} 2025\n")
    b.add("Cliënt: ", b.V(client, rng.choice(["volledig", "initialen+achternaam", "hoofdletters"])), ", geboren ",
          b.dob(client.age), "\n")
    if rng.random() < 0.6:
        b.add("BSN: ", b.bsn_(), "\n")
    b.add("Adres: ", b.addr(), ", ", b.pc(), f" {rng.choice(CITIES)}\n")
    b.add("Telefoon: ", b.phone())
    if rng.random() < 0.6:
        b.add(" | e-mail: ", b.mail(b.email_for(client)))
    b.t("\n")
    if ha_name or ha:
        b.add("Verwijzer: ")
        if ha_name:
            b.add(b.U(ha_name, "verwijzer", "dr"), ", huisarts")
        else:
            b.add("huisarts")
        if ha:
            b.add(", ", b.I(ha))
        b.t("\n")
    b.t("\nAanmelding en hulpvraag\n")
    b.add(b.V(client, rng.choice(["titel+achternaam", "voornaam", "achternaam"])),
          " meldt zich aan met ", b.C(NP_GGZ), f". Daarnaast noemt {zij} ", b.C(NP_GGZ), ". ")
    if L != "short":
        b.add(f"{zij.capitalize()} zegt: 'ik wil er weer zijn voor mijn kinderen'. Verder: ", b.C(CL_GGZ), ".")
    b.t("\n\nGenogram\n")
    if grandma:
        b.add(f"{cl.capitalize()} ({client.age}) is de oudste van {rng.choice(['twee', 'drie', 'vier'])} kinderen. ",
              f"{haar.capitalize()} moeder, ", b.U(grandma, "genogram", "volledig"), f" ({grandma.age}), woont in ",
              rng.choice(CITIES), "; ")
        if rng.random() < 0.5:
            b.add(b.C(CL_GGZ), ". ")
        else:
            b.t("vader is overleden. ")
    nkids = "twee kinderen" if kid2 else "een kind"
    b.add(f"{cl.capitalize()} ({client.age}) heeft uit een eerdere relatie met ", b.U(ex, "genogram", "volledig"),
          f" ({ex.age}) {nkids}: ", b.V(kid, "voornaam"), f" ({kid.age})")
    if kid2:
        b.add(" en ", b.U(kid2, "genogram", "voornaam"), f" ({kid2.age})")
    b.add(". Het contact met ", b.U(ex, "genogram", rng.choice(["achternaam", "voornaam", "bezittelijk"])))
    if b.items[-1].text.endswith(("s", "'")) and b.items[-1].text != ex.first and b.items[-1].text != cap_sur(ex.sur):
        b.t(" familie")
    b.add(" verloopt moeizaam; ", b.C(CL_GEN), ".")
    if partner:
        b.t(" ")
        b.add(f"Sinds {rng.randint(2016, 2024)} heeft {zij} een relatie met ")
        if partner.vault:
            b.add(b.V(partner, "volledig"), f" ({partner.age}); ", b.V(partner, "voornaam"), " woont sinds kort in.")
        else:
            b.add(b.U(partner, "genogram", "volledig"), f" ({partner.age}); ", b.U(partner, "genogram", "voornaam"),
                  " woont sinds kort in.")
    if rng.random() < 0.5:
        b.add(" ", b.V(kid, "bezittelijk"), rng.choice([" school meldt zorgen.", " gedrag thuis is onrustig.",
                                                       " slaap is verstoord."]))
    else:
        b.add(" Thuis zien ze het ook: ", b.V(kid, rng.choice(["voornaam", "verkleinwoord"])), " ", b.C(VP_KID), ".")
    b.t("\n")
    if L != "short" or rng.random() < 0.4:
        b.t("\nMedicatie\n")
        meds = rng.sample(["sertraline 50 mg 1dd", "oxazepam 10 mg zo nodig", "quetiapine 25 mg a.n.",
                           "citalopram 20 mg 1dd", "melatonine 3 mg", "methylfenidaat 10 mg 2dd"], rng.randint(1, 3))
        for med in meds:
            b.t(f"- {med}\n")
    b.t("\nEerdere hulpverlening\n")
    if prev:
        b.add("- ", b.I(prev), f" ({rng.randint(2015, 2021)}-{rng.randint(2022, 2024)}): begeleiding vanwege ",
              b.C(NP_GEN), "\n")
    if therapist:
        b.add("- behandeling bij ", b.U(therapist, "eerdere behandelaar", rng.choice(["titel", "volledig"])),
              ", traumabehandeling (EMDR) afgebroken\n")
    if not prev and not therapist:
        b.t("- geen eerdere behandeling\n")
    if werk or L != "short":
        b.t("\nWerk en financiën\n")
        if werk:
            b.add(f"{zij.capitalize()} werkt {rng.choice([16, 24, 32])} uur per week bij ", b.I(werk), ". ")
        b.add("Er is sprake van ", b.C(NP_FIN), "; ")
        if rng.random() < 0.5:
            b.add("bewindvoering loopt via rekening ", b.iban_(), ".\n")
        else:
            b.add("toeslagen worden gestort op ", b.iban_(), ".\n")
    if geloof:
        b.add(f"\n{zij.capitalize()} vindt steun bij ", b.I(geloof), ".\n")
    if L == "long":
        b.t("\nOntwikkeling en veiligheid kinderen\n")
        b.add(b.V(kid, rng.choice(["voornaam", "verkleinwoord", "volledig"])), " ", b.C(VP_KID), "; ")
        b.add(f"{cl} ", b.C(VP_ADULT), ". ")
        if kid2:
            b.add(b.U(kid2, "genogram", "voornaam"), " woont voornamelijk bij ", b.U(ex, "genogram", "achternaam"), ". ")
        b.add("Risicotaxatie: ", b.C(CL_GGZ), "; er is sprake van ", b.C(NP_GEN), ".\n")
    b.t("\nConclusie en advies\n")
    b.add(cl.capitalize(), " ", b.C(VP_ADULT), "; ", b.C(CL_GGZ), ". Wij adviseren ",
          rng.choice(["een traumagerichte behandeling", "een gezinsgerichte aanpak", "eerst stabilisatie"]),
          ". Met toestemming van ", b.V(client, rng.choice(["voornaam", "achternaam", "titel+achternaam"])),
          " wordt contact gezocht met de school van ", b.V(kid, "voornaam"), ".")
    if rng.random() < (0.95 if L == "long" else 0.7):
        b.add(" ", b.W())
    b.add(f"\n\nIntaker: {rng.choice(['GZ-psycholoog', 'SPV', 'psychiater i.o.'])} ", b.inits(intaker, True), "\n")


def style_snel(b: B) -> None:
    rng = b.rng
    L = b.length
    o = b.pick_origin()
    caller_role = rng.choice(["moeder", "moeder", "vader"])
    caller = b.person(caller_role, True, o, "v" if caller_role == "moeder" else "m")
    kid = b.person("kind", True, o, sur=caller.sur if rng.random() < 0.5 else None, age=rng.randint(1, 12))
    partner = b.person("partner", True, None, "m" if caller.gender == "v" else "v") if rng.random() < 0.3 else None
    vd = b.person("vriend van moeder" if caller.gender == "v" else "ex-partner", False) if rng.random() < 0.6 else None
    oma = b.person("oma", False, o, "v") if rng.random() < 0.5 else None
    if oma and not partner and rng.random() < 0.35:
        oma.role, oma.vault = "overig", True      # grandmother registered in the vault
    juf = b.person("leerkracht", False) if rng.random() < 0.4 else None
    ha_p = b.person("huisarts", False) if rng.random() < 0.3 else None
    if not (vd or oma or juf or ha_p):
        oma = b.person("oma", False, o, "v")
    opv = b.inst("kinderopvang" if kid.age < 5 else "school")
    ha = b.inst("huisarts") if rng.random() < 0.35 else None
    werk = b.inst("werkgever") if rng.random() < 0.35 else None
    club = b.inst(rng.choice(["sportclub", "sportclub", "moskee", "kerk"])) \
        if rng.random() < 0.25 and kid.age > 5 and len(b.insts) < 4 else None

    mo = "mo" if caller.gender == "v" else "va"
    d, m = _date(rng)
    wd = rng.randrange(5)
    kp = b.V(kid, rng.choice(["kleine-letters", "kleine-letters", "verkleinwoord", "voornaam"]))
    b.add(rng.choice(["tel gesprek ", "telgesprek ", "tel. ", "belnotitie "]), f"{WD_SHORT[wd]} {d}/{m} ",
          f"{rng.randint(8, 17)}.{rng.randint(0, 59):02d}\n")
    b.add(f"{mo} ", b.V(caller, "kleine-letters"), " belt ivm ", kp, f" ({kid.age}jr)\n")
    b.add("- ", b.V(kid, rng.choice(["kleine-letters", "verkleinwoord"])), f" sinds {WD_SHORT[(wd + 3) % 5]} niet op ",
          b.I(opv, "abbr"), " geweest\n")
    if vd:
        b.add("- ", rng.choice(["vd ", "vriend ", "ex "]), b.U(vd, "afkorting", rng.choice(["voornaam", "volledig"]), "klein"),
              " weer in huis mbt ruzie gisteravond, ", b.C(SNEL), "\n")
    b.add("- ", b.C(SNEL), " ivm ", b.C(SNEL), "\n")
    b.add("- nw adres ", b.addr(True), " ", b.pc(snel=True), f" {rng.choice(CITIES).lower()}\n")
    b.add("- tel ", b.phone(snel=True), " (nw nr)" if rng.random() < 0.5 else "", "\n")
    if partner:
        b.add("- ", b.V(partner, "kleine-letters"), " (nw partner) ", b.C(SNEL), ", auto ", b.plate_(True), "\n")
    elif rng.random() < 0.5:
        b.add("- auto ex ", b.plate_(True), " staat vaak voor de deur\n")
    if oma:
        who = b.V(oma, rng.choice(["kleine-letters", "voornaam"])) if oma.vault else \
            b.U(oma, "rol", "voornaam", rng.choice(["klein", "normaal"]))
        b.add("- oma ", who, " kan opvang doen ",
              f"{WD_SHORT[(wd + 1) % 5]}/{WD_SHORT[(wd + 2) % 5]}\n")
    if juf:
        b.add("- ", b.U(juf, "rol", "juf", "klein"), " heeft ook zorgen, ", b.C(SNEL), "\n")
    if ha or ha_p:
        b.add("- ha ")
        if ha_p:
            b.add(b.U(ha_p, "rol", "achternaam", "klein"), " ")
        if ha:
            b.add("(", b.I(ha, "lower"), ")")
        b.add(" weet ervan\n")
    if werk:
        b.add("- ", mo, " werkt bij ", b.I(werk, "abbr"), " ma-wo\n")
    if rng.random() < 0.4:
        b.add("- ", b.V(kid, "bezittelijk"), " ", rng.choice(["juf", "mentor", "leidster"]), " belt ook nog\n")
    if L != "short" and rng.random() < 0.35:
        b.add("- rek nr ", b.iban_(), " (toeslagen)\n")
    if club:
        b.add("- ", b.V(kid, "kleine-letters"), " gaat naar ", b.I(club, "abbr"), " maar wil niet meer\n")
    if L != "short":
        b.add("- geb ", b.dob(kid.age, "snel"), " bsn ", b.bsn_(), "\n")
        b.add("- ", b.C(SNEL), ", ", b.C(SNEL), "\n")
    if rng.random() < (0.95 if L == "long" else 0.7):
        b.add("- ", b.W(lower=True), "\n")
    if L == "long":
        b.add("- mail ", b.mail(b.email_for(caller)), "\n")
    if L != "short" and rng.random() < 0.45:
        b.add("- insta ", b.account(kid if kid.age > 9 else caller), "\n")
    b.add("afspr: terugbellen ", WD_SHORT[(wd + 2) % 5], ", overleg met ",
          b.inits(juf or vd or oma or caller, rng.random() < 0.3), " mbt veiligheid\n")
    if L == "long":
        b.add(f"\nupdate {WD_SHORT[(wd + 2) % 5]} {rng.randint(8, 17)}.{rng.randint(0, 59):02d}\n")
        b.add("- ", b.V(caller, "kleine-letters"), " teruggebeld, ", b.C(SNEL), "\n")
        b.add("- ", b.V(kid, rng.choice(["kleine-letters", "verkleinwoord", "voornaam"])), " ", b.C(VP_KID), "\n")
        if vd:
            b.add("- ", b.U(vd, "afkorting", "voornaam", "klein"), " nu weg uit huis? niet zeker\n")
        b.add("- nw tel ", b.phone(snel=True), "\n")


def style_intl(b: B) -> None:
    rng = b.rng
    L = b.length
    o = b.pick_origin()
    mum = b.person("moeder", True, o, "v")
    dad_vault = rng.random() < 0.5
    dad = b.person("vader", dad_vault, rng.choice([o, o, None]), "m")
    kid = b.person("kind", True, o, sur=dad.sur, age=rng.randint(5, 14))
    teacher = b.person("class teacher", False)
    gp = b.person("huisarts", False) if rng.random() < 0.6 else None
    mate = b.person("classmate", False, age=kid.age) if rng.random() < 0.3 else None
    nanny = b.person("au pair", False) if rng.random() < 0.25 else None
    school = b.inst("internationale-school")
    jz = b.inst("jeugdzorg")
    ha = b.inst("huisarts") if gp and rng.random() < 0.6 else None
    zkh = b.inst("ziekenhuis") if rng.random() < 0.25 else None
    werk = b.inst("werkgever") if rng.random() < 0.3 and len(b.insts) < 4 else None
    club = b.inst("sportclub") if rng.random() < 0.2 and len(b.insts) < 4 else None

    he = "he" if kid.gender == "m" else "she"
    him = "him" if kid.gender == "m" else "her"
    his = "his" if kid.gender == "m" else "her"
    d, m = _date(rng)
    wd = rng.randrange(5)
    year = max(1, kid.age - 4)
    b.add("Counsellor log – ", b.I(school), "\n")
    b.add("Student: ", b.V(kid, rng.choice(["volledig", "hoofdletters"])), f", Year {year}, DOB ", b.dob(kid.age, "en"), "\n")
    b.add(f"Home language: {LANG.get(kid.origin, 'English')} / {rng.choice(['English', 'some Dutch'])}\n")
    b.add("Parents: mum ", b.V(mum, rng.choice(["volledig", "voornaam"])), ", dad ")
    if dad.vault:
        b.add(b.V(dad, rng.choice(["volledig", "titel+achternaam"])))
    else:
        b.add(b.U(dad, "parent field", rng.choice(["volledig", "titel"])))
    b.add("\nContact: ", b.fphone() if rng.random() < 0.7 else b.phone(), ", ", b.mail(b.email_for(mum)), "\n\n")
    b.add(f"{WD_EN[wd]} {d} {MONTHS_EN[m - 1]} – check-in with ", b.V(kid, "voornaam"), " after ")
    if rng.random() < 0.5:
        b.add(b.V(kid, "bezittelijk"), " class teacher, ", b.U(teacher, "english title", "titel"), ",")
    else:
        b.add(b.U(teacher, "english title", "titel"))
    b.add(" flagged that ", he, " seemed withdrawn in class. ")
    b.add(he.capitalize(),
          rng.choice([f" told me dad shouts a lot at home and that the shouting scares {him}.",
                      f" said mum cries a lot and that {he} is not allowed to tell anyone.",
                      " mentioned a bruise from 'falling off the bike' – the story changed twice."]), "\n")
    if mate:
        b.add("Friendship issues with ", b.U(mate, "english", "voornaam"), " (same class) also came up.\n")
    b.add("\nMet mum (", b.V(mum, rng.choice(["titel+achternaam", "voornaam"])), ") on ", WD_EN[(wd + 1) % 5],
          ". She was tearful; ", rng.choice(["things at home are tense since the move to the Netherlands.",
                                           "dad works long hours and drinks in the evenings.",
                                           "she feels she has nobody here to talk to."]))
    if gp:
        b.add(" The GP, ", b.U(gp, "the GP", "dr"))
        if ha:
            b.add(" at ", b.I(ha))
        b.add(", has seen ", b.V(kid, "voornaam"), " for stomach aches.")
    b.t("\n")
    if nanny:
        b.add("The au pair, ", b.U(nanny, "english", "voornaam"), ", collects ", b.V(kid, "voornaam"),
              " on Wednesdays.\n")
    if zkh:
        b.add(b.V(kid, "bezittelijk"), " little sister was born at ", b.I(zkh), " last spring.\n")
    if werk:
        b.add("Dad works at ", b.I(werk), " and travels a lot.\n")
    if club:
        b.add(b.V(kid, "voornaam"), " stopped going to ", b.I(club), " in ", MONTHS_EN[(m + 9) % 12], ".\n")
    b.t("\n")
    b.add("Verwijzing naar ", b.I(jz), " (Dutch referral, sent with consent of mum):\n")
    b.add("Wij maken ons zorgen over ", b.V(kid, rng.choice(["voornaam", "volledig"])), f" ({kid.age} jaar). ")
    b.add("Er is sprake van ", b.C(NP_GEN), ". ")
    b.add("Op school zien we het volgende: ", _pron(kid)[0], " ", b.C(VP_KID), ". ")
    b.add("Daarnaast: ", b.C(CL_INTL), ".")
    if L != "short":
        b.add(" Moeder spreekt Engels; ", b.C(CL_INTL), ".")
    if rng.random() < (0.95 if L == "long" else 0.7):
        b.add(" ", b.W())
    b.add("\nAdres gezin: ", b.addr(), ", ", b.pc(), f" {rng.choice(CITIES)}\n")
    b.add("Telefoon moeder: ", b.phone(), "\n")
    if L == "long":
        b.add("\nFollow-up: ", b.U(teacher, "english", "voornaam"), " will keep an eye on ", his,
              " attendance. ")
        if rng.random() < 0.6:
            b.add("A classmate mentioned the gaming account ", b.account(kid), ".")
        b.t("\n")
    if L == "long":
        b.add("\nFollow-up meeting with dad (", b.V(dad, rng.choice(["voornaam", "titel+achternaam"])) if dad.vault
              else b.U(dad, "english", rng.choice(["voornaam", "titel"])), ") on ", WD_EN[(wd + 3) % 5],
              ". He denied any problems at home and said mum 'exaggerates'. He asked not to involve ", b.I(jz, "core"),
              ". I explained our duty of care and the Dutch reporting code (meldcode).\n")
    b.add("\n– ", rng.choice(["next review in two weeks", "log closed for now", "to be discussed in the care team"]), "\n")


STYLE_FUNCS = {
    "mailwisseling-school-ouder": style_mail,
    "politie-zorgmelding": style_police,
    "ggz-intake-genogram": style_ggz,
    "aantekeningen-snel": style_snel,
    "internationale-school": style_intl,
}


# ---------------------------------------------------------------------------------------------
# validation


def _covered(spans: list[tuple[int, int]], a: int, e: int) -> bool:
    return any(s <= a and e <= t for s, t in spans)


def _word_positions(word: str, text: str) -> list[int]:
    out, start = [], 0
    while True:
        i = text.find(word, start)
        if i < 0:
            return out
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            out.append(i)
        start = i + 1


def validate(note: Note) -> str | None:
    text = note.text
    ftext = fold(text)
    if len(ftext) != len(text):
        return "fold length"
    spans = []
    for it in note.items:
        if text[it.start:it.end] != it.text:
            return "offset"
        if not it.checks:
            return "no checks " + it.kind
        spans.append((it.start, it.end))
    ss = sorted(spans)
    for (a, b), (c, d) in zip(ss, ss[1:]):
        if c < b:
            return "overlap"
    values: set[str] = set()
    for it in note.items:
        for ch in it.checks:
            if ch.how == "word":
                w = fold(ch.value)
                values.add(w)
                for i in _word_positions(w, ftext):
                    if not _covered(spans, i, i + len(w)):
                        return f"uncovered word {ch.value!r}"
            elif ch.how == "ci":
                v = ch.value.lower()
                low = text.lower()
                i = low.find(v)
                while i >= 0:
                    if not _covered(spans, i, i + len(v)):
                        return f"uncovered {ch.value!r}"
                    i = low.find(v, i + 1)
        i = text.find(it.text)
        while i >= 0:
            if not _covered(spans, i, i + len(it.text)):
                return f"uncovered text {it.text!r}"
            i = text.find(it.text, i + 1)
    if not 3 <= len(note.clinical) <= 8:
        return f"clinical count {len(note.clinical)}"
    for ph in note.clinical + note.words:
        if ph not in text:
            return "phrase missing"
        i = text.find(ph)
        while i >= 0:
            if any(not (i + len(ph) <= s or e <= i) for s, e in spans):
                return "phrase overlaps item"
            i = text.find(ph, i + 1)
        fph = fold(ph)
        for v in values:
            if word_in(v, fph):
                return f"phrase contains identifier {v!r}"
        for it in note.items:
            if len(it.text) >= 3 and it.text.lower() in ph.lower():
                return "phrase contains item text"
    vault = {p.name for p in note.persons}
    if not 1 <= len(vault) <= 3:
        return "vault count"
    return None


# ---------------------------------------------------------------------------------------------


def _one(rng: random.Random, style: str) -> Note | None:
    length = rng.choices(["short", "medium", "long"], [0.3, 0.4, 0.3])[0]
    b = B(rng, style, length)
    try:
        STYLE_FUNCS[style](b)
    except (RuntimeError, IndexError):
        return None
    text = b.text
    vault = [p for p in b.cast if p.vault]
    persons = [Person(name=p.full, role=p.role) for p in vault]
    unreg_words = {fold(c.value) for it in b.items if it.kind == "unregistered" for c in it.checks}
    unreg_people = [p for p in b.cast if not p.vault and any(fold(w) in unreg_words for w in p.words())]
    insts_used = [i for i in b.insts if any(
        it.kind == f"instelling:{i.type}" and fold(i.distinct[0]) in fold(it.text) for it in b.items)]
    if not 1 <= len(unreg_people) <= 5 or not 1 <= len(insts_used) <= 4:
        return None
    # vault persons must be mentioned
    for p in vault:
        if not any(it.kind.startswith("vault:") and it.attrs.get("role") == p.role and
                   any(fold(c.value) in {fold(w) for w in p.words()} | {fold(p.dim or "#")} |
                       {fold(possessive(p.first))} for c in it.checks) for it in b.items):
            return None
    note = Note(style=style, length=length, text=text, persons=persons, items=b.items,
                clinical=b.clinical, words=b.words)
    if validate(note) is not None:
        return None
    return note


def make_notes(n: int, seed: int) -> list[Note]:
    notes: list[Note] = []
    seen: set[str] = set()
    i = 0
    while len(notes) < n:
        style = STYLES[len(notes) % len(STYLES)]
        for attempt in range(200):
            rng = random.Random(f"heldout7-{seed}-{i}-{attempt}")
            note = _one(rng, style)
            if note is not None and note.text not in seen:
                seen.add(note.text)
                notes.append(note)
                break
        i += 1
    return notes


if __name__ == "__main__":
    import collections
    import time

    t0 = time.time()
    ns = make_notes(500, 20261201)
    print(len(ns), f"{time.time() - t0:.2f}s")
    c = collections.Counter(it.kind for n in ns for it in n.items)
    for k, v in sorted(c.items()):
        print(f"{k:32s} {v}")
    print(collections.Counter(n.style for n in ns))
    print(collections.Counter(n.length for n in ns))
