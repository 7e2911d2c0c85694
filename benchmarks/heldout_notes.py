"""Held-out case notes for the redaction benchmark, written without seeing the redactor.

This module was written independently of ``assistant/privacy/`` (only the ``Person(name, role)``
signature was used) and of the templates, name lists and word lists in ``redaction_notes.py``
(only the ``Check``/``Item``/``Note`` dataclasses and the ``fold``/``word_in`` helpers are
imported). Names, institutions, streets, templates and phrases here are this file's own, so the
set measures how the redactor does on notes it was not tuned on.

Five note styles, all different from the main benchmark's styles:

- ``overdracht``: a shift handover (ward, shelter, day care), telegraphic, with abbreviations
  such as "pt", "i.o.m.", "z.s.m.", "vpk", "mw", "HA";
- ``mail-doorgestuurd``: a forwarded e-mail fragment with headers, a greeting and the sender's
  signature (the sender, the forwarder and the addressee are unregistered persons too);
- ``spraak-naar-tekst``: dictated text, all lower case, run-on, with fillers ("eh") and numbers
  partly written out;
- ``whatsapp-citaat``: a parent's app message quoted by a professional, then the follow-up;
- ``verslag-gesprek``: a conversation report with direct speech.

Each note has a vault (the persons registered in the case), every identifier put in the text is
annotated as an ``Item`` (kind, exact character span, leak checks), and the ordinary phrases that
must survive are listed in ``clinical`` (observations) and ``words`` (phrases with Dutch words
that are also names: "weinig hoop", "een roos", "in mei").

A generated note is kept only if it passes its own consistency checks: spans match, every check
value occurs in its item, no name word of the vault or of an unregistered person occurs outside
an identifier, vault and unregistered names share no word, and no kept phrase contains a name
word of the note.

    .venv/bin/python benchmarks/heldout_notes.py [N] [--seed S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402

from assistant.privacy.redact import Person  # noqa: E402

STYLES = ["overdracht", "mail-doorgestuurd", "spraak-naar-tekst", "whatsapp-citaat", "verslag-gesprek"]
ZWSP = "\u200b"

# --------------------------------------------------------------------------------------------
# Names per origin: female first names, male first names, surnames (male form where gendered)

ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nl": (
        ["Anouk", "Sanne", "Lotte", "Emma", "Julia", "Tess", "Sophie", "Fenna", "Noor", "Roos", "Lieke", "Maud",
         "Isa", "Femke", "Jasmijn", "Evi", "Merel", "Linde", "Iris", "Esmee", "Anna", "Nina", "Saar", "Jet",
         "Hanna", "Fleur", "Floor", "Ilse", "Marloes", "Kim", "Wendy", "Chantal", "Bianca", "Monique", "Petra"],
        ["Daan", "Sem", "Lucas", "Milan", "Bram", "Jesse", "Thijs", "Ruben", "Storm", "Sven", "Niels", "Joris",
         "Stijn", "Tim", "Lars", "Teun", "Jurre", "Mees", "Finn", "Gijs", "Koen", "Wouter", "Jeroen", "Bas",
         "Mark", "Dennis", "Kevin", "Rick", "Sander", "Erik", "Martijn", "Ronald", "Patrick"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "de Wit", "Smit", "Mulder", "de Boer", "Meijer",
         "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Jong", "van der Meer",
         "Kok", "Hoekstra", "Kramer", "Post", "Vermeulen", "van Leeuwen", "Willems", "Schouten", "Koster", "Prins",
         "Boersma", "de Haan", "van Wijk", "Timmermans", "Verhoeven", "Bloem", "ter Hoop", "Winter", "van 't Hof",
         "Kuipers", "Verbeek", "Jacobs", "Postma", "de Koning", "Klein", "de Beer", "Zomer", "Veenstra"],
    ),
    "ma": (
        ["Fatima", "Khadija", "Naima", "Samira", "Yasmina", "Hafsa", "Salma", "Imane", "Malika", "Nadia", "Loubna",
         "Ikram", "Sanae", "Houda", "Meryem", "Aya", "Douae", "Nour", "Rania", "Hajar", "Soumaya", "Zineb",
         "Latifa", "Rachida"],
        ["Mohamed", "Youssef", "Ayoub", "Bilal", "Hamza", "Rachid", "Mustafa", "Karim", "Anouar", "Said", "Adam",
         "Ilyas", "Zakaria", "Mehdi", "Othman", "Abdelkader", "Nabil", "Reda", "Amine", "Soufiane", "Driss",
         "Hicham", "Jamal", "Tarik"],
        ["El Amrani", "Benali", "Bouzid", "El Idrissi", "Ouali", "Azzouz", "Ben Haddou", "El Khattabi", "Tahiri",
         "Bakkali", "El Ouazzani", "Chaoui", "Boukhari", "Ait Lahcen", "Azarkan", "Ziani", "Mourabit", "Hamdaoui",
         "Belhaj", "Aarab", "El Hadioui", "Ouahabi", "Akrouh", "El Morabet", "Ben Said"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Büşra", "Defne", "Hatice", "Selin", "Merve", "Fatma", "Esra", "Ecrin", "Emine",
         "Sevgi", "Gül", "Derya", "Hülya", "Özlem", "Nur", "Yağmur", "Melek", "Songül", "Tuba"],
        ["Emre", "Mehmet", "Yusuf", "Kerem", "Ömer", "Burak", "Emir", "Hüseyin", "Kaan", "Ahmet", "Murat",
         "Serkan", "Hakan", "Volkan", "Cem", "Barış", "Eren", "Mert", "Arda", "Osman", "Ibrahim", "Tolga"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
         "Koç", "Kurt", "Özdemir", "Polat", "Erdoğan", "Güneş", "Aksoy", "Korkmaz", "Çiftçi", "Akgül", "Bulut",
         "Keskin", "Tekin"],
    ),
    "sr-hi": (
        ["Anjali", "Priya", "Shanti", "Sunita", "Kavita", "Devika", "Reshma", "Asha", "Nisha", "Radha", "Sarita",
         "Indra", "Ashna", "Vanita", "Rohini"],
        ["Ravi", "Vishal", "Rakesh", "Amit", "Navin", "Sunil", "Rajesh", "Anil", "Dinesh", "Shivan", "Kishan",
         "Ashwin", "Rishi", "Sanjay"],
        ["Ramdin", "Jagesar", "Ramsaran", "Sewnath", "Mahabier", "Bissessar", "Ramcharan", "Kalloe", "Soekhoe",
         "Bhagwandin", "Jhinkoe", "Ramautar", "Baldewsingh", "Lachman", "Chotkan", "Badloe", "Autar", "Gangadin",
         "Mangroelal", "Sital"],
    ),
    "sr-cr": (
        ["Shanice", "Naomi", "Kimberley", "Sharon", "Joyce", "Romaine", "Glenda", "Marcia", "Ivanka", "Shanaya",
         "Destiny", "Chanella", "Gracia", "Rowena"],
        ["Jermaine", "Romano", "Quincy", "Delano", "Denzel", "Jayden", "Rowan", "Winston", "Clyde", "Dwight",
         "Ricardo", "Marciano", "Giovanni"],
        ["Pinas", "Monsels", "Fraenk", "Zebeda", "Doelwijt", "Wijngaarde", "Sedney", "Emanuelson", "Vriesde",
         "Landveld", "Linger", "Nelom", "Pengel", "Karsters", "Dors", "Lieveld"],
    ),
    "sr-jv": (
        ["Sri", "Dewi", "Suraya", "Wati", "Sarina", "Yuliana", "Sumiati", "Ratna", "Ninik", "Tuti", "Melissa",
         "Cindy"],
        ["Rinaldo", "Sugito", "Djoko", "Sunardi", "Wagino", "Reynold", "Kasan", "Suparman", "Rudy", "Glenn",
         "Soenarto", "Parmin"],
        ["Karijo", "Sadikin", "Wongsodikromo", "Soemodihardjo", "Kartosen", "Amatsaleh", "Pawiro", "Sarmo",
         "Kromodimedjo", "Kartodikromo", "Sastrodimedjo", "Atmowidjojo", "Soerodimedjo", "Moestadja", "Tamsiran"],
    ),
    "an": (
        ["Jeanine", "Natasja", "Ruthmila", "Kayra", "Xiomara", "Gisela", "Yudelka", "Jeanelly", "Sharelly",
         "Dayenne", "Milagros", "Shurelva"],
        ["Jurgen", "Shurandy", "Sherwin", "Jeandro", "Gerson", "Kenrick", "Rignald", "Jurick", "Ryangelo",
         "Jaïro", "Raymond", "Dyonne"],
        ["Martina", "Rosalia", "Isenia", "Maduro", "Girigorie", "Cijntje", "Koeiman", "Statia", "Janga", "Doran",
         "Leito", "Albertina", "Mercelina", "Wawoe", "Constancia", "Dijkhoff", "Sillé", "Mauricia", "Winklaar"],
    ),
    "pl": (
        ["Zofia", "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Natalia", "Aleksandra", "Marta", "Ewa",
         "Monika", "Oliwia", "Zuzanna", "Małgorzata", "Wiktoria"],
        ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Michał", "Jakub", "Kacper", "Szymon", "Łukasz", "Marek",
         "Wojciech", "Bartosz", "Mateusz", "Filip"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jankowski", "Wróbel", "Grabowski", "Pawlak",
         "Michalski"],
    ),
    "bg": (
        ["Elena", "Ivanka", "Desislava", "Gergana", "Teodora", "Yana", "Viktoria", "Radostina", "Nikol", "Petya",
         "Silvia", "Mariya"],
        ["Georgi", "Ivan", "Dimitar", "Nikolay", "Stoyan", "Hristo", "Todor", "Kaloyan", "Petar", "Viktor",
         "Borislav", "Plamen"],
        ["Ivanov", "Petrov", "Dimitrov", "Georgiev", "Stoyanov", "Nikolov", "Todorov", "Kolev", "Marinov",
         "Angelov", "Yordanov", "Hristov", "Iliev", "Popov", "Atanasov"],
    ),
    "ro": (
        ["Ioana", "Andreea", "Alina", "Mihaela", "Cristina", "Roxana", "Gabriela", "Daria", "Ana-Maria", "Larisa",
         "Denisa", "Florentina"],
        ["Andrei", "Ionuț", "Mihai", "Alexandru", "Florin", "Bogdan", "Cosmin", "Marius", "Adrian", "Ștefan",
         "Vlad", "Darius"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Moldovan",
         "Matei", "Lungu", "Dobre", "Ciobanu", "Barbu"],
    ),
    "er": (
        ["Senait", "Mehret", "Selam", "Semhar", "Luwam", "Rahwa", "Saba", "Freweyni", "Tsega", "Hiwet",
         "Yordanos", "Winta"],
        ["Yonas", "Filmon", "Dawit", "Mussie", "Biniam", "Robel", "Henok", "Amanuel", "Yohannes", "Kibrom",
         "Natnael", "Efrem"],
        ["Tesfay", "Gebremedhin", "Kidane", "Habte", "Tekle", "Weldemariam", "Ghebreyesus", "Berhane", "Haile",
         "Mehari", "Asfaha", "Tsegay", "Abraha", "Woldu", "Ghirmay"],
    ),
    "so": (
        ["Hodan", "Amina", "Fadumo", "Sahra", "Hibo", "Ayaan", "Ifrah", "Nasra", "Deeqa", "Halima", "Ubah",
         "Khadra"],
        ["Abdirahman", "Abdullahi", "Ahmed", "Bashir", "Liban", "Guled", "Mahad", "Abdikarim", "Mukhtar",
         "Sharmarke", "Ilyaas", "Hamse"],
        ["Warsame", "Farah", "Abdi", "Osman", "Jama", "Duale", "Egal", "Hirsi", "Adan", "Ismail", "Gedi",
         "Aden", "Elmi", "Samatar"],
    ),
    "gh": (
        ["Ama", "Akosua", "Abena", "Efua", "Adjoa", "Afua", "Yaa", "Esi", "Akua", "Gifty", "Comfort",
         "Priscilla", "Mercy"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo", "Kwasi", "Ebo", "Nana", "Emmanuel", "Samuel",
         "Isaac"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Agyeman", "Darko", "Amponsah", "Ofori",
         "Addo", "Bonsu", "Adjei", "Quaye", "Frimpong", "Oppong"],
    ),
    "ng": (
        ["Chiamaka", "Ngozi", "Adaeze", "Ifeoma", "Chioma", "Funmilayo", "Blessing", "Folake", "Nkechi",
         "Temitope", "Amarachi", "Yetunde"],
        ["Tunde", "Emeka", "Oluwaseun", "Chidi", "Obinna", "Ifeanyi", "Babajide", "Segun", "Uche", "Chinedu",
         "Femi", "Kelechi", "Ayodele"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Chukwu", "Okeke", "Olawale",
         "Onyeka", "Ogunleye", "Adewale", "Nwachukwu", "Obi"],
    ),
    "sy": (
        ["Rama", "Lama", "Hala", "Rasha", "Noura", "Dima", "Yara", "Layla", "Ghalia", "Maya", "Reem", "Hiba",
         "Lina", "Sidra"],
        ["Omar", "Ahmad", "Khaled", "Mahmoud", "Tarek", "Rami", "Firas", "Majd", "Yazan", "Wassim", "Ammar",
         "Fadi", "Jad"],
        ["Al-Masri", "Haddad", "Khoury", "Al Halabi", "Darwish", "Al-Ahmad", "Hamdan", "Sabbagh", "Kassab",
         "Al-Shami", "Mansour", "Najjar", "Al Khatib", "Issa", "Sawaf"],
    ),
    "af": (
        ["Mariam", "Zahra", "Fereshta", "Parwana", "Nazanin", "Mursal", "Shabnam", "Sitara", "Laila", "Mahtab",
         "Hasina", "Zarghuna"],
        ["Mohammad", "Farid", "Hamid", "Jawad", "Sohail", "Rahim", "Najib", "Zabiullah", "Masoud", "Omid",
         "Wahid", "Shafiq"],
        ["Ahmadi", "Rahimi", "Sultani", "Noorzai", "Hashimi", "Karimi", "Popal", "Haidari", "Sharifi", "Azizi",
         "Stanikzai", "Safi", "Amiri", "Nazari", "Jalali", "Hakimi"],
    ),
    "iq": (
        ["Zainab", "Huda", "Sara", "Rusul", "Hawraa", "Shahad", "Tabarak", "Israa", "Duaa", "Ruqaya", "Maryam",
         "Safa"],
        ["Ali", "Hussein", "Haider", "Mustafa", "Abbas", "Karrar", "Sajjad", "Hassan", "Murtadha", "Yasir",
         "Zaid", "Muntadher"],
        ["Al-Jubouri", "Al-Tamimi", "Kadhim", "Al-Saadi", "Jassim", "Al-Obaidi", "Al-Khafaji", "Abdulrahman",
         "Al-Rubaie", "Salman", "Hameed", "Al-Dulaimi", "Kareem"],
    ),
    "ua": (
        ["Olena", "Oksana", "Iryna", "Yuliia", "Anastasiia", "Sofiia", "Daryna", "Kateryna", "Mariia", "Tetiana",
         "Halyna", "Svitlana"],
        ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Taras", "Bohdan", "Yurii", "Maksym",
         "Artem", "Oleh"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Kovalchuk",
         "Oliinyk", "Polishchuk", "Lysenko", "Savchenko", "Marchenko", "Rudenko", "Moroz", "Kovalevskyi"],
    ),
    "cn": (
        ["Mei", "Jing", "Yan", "Xin", "Hui", "Ying", "Xiaoling", "Qian", "Fang", "Yue", "Li Na", "Shu"],
        ["Wei", "Hao", "Jun", "Ming", "Jian", "Lei", "Tao", "Yang", "Zhi", "Kai", "Feng", "Bowen"],
        ["Chen", "Wang", "Li", "Zhang", "Liu", "Lin", "Huang", "Wu", "Zhou", "Cheung", "Wong", "Lam", "Chan",
         "Zheng", "Tang"],
    ),
    "vn": (
        ["Linh", "Thao", "Huong", "Lan", "Mai", "Trang", "Ngoc", "Phuong", "Hoa", "Thu", "Hanh", "Nhung"],
        ["Minh", "Duc", "Tuan", "Quang", "Hung", "Khanh", "Huy", "Bao", "Thanh", "Dung", "Vinh", "Phuc"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Truong", "Phan"],
    ),
    "id": (
        ["Putri", "Ayu", "Intan", "Wulan", "Rina", "Indah", "Siti", "Fitri", "Kartika", "Melati", "Yolanda",
         "Sharina"],
        ["Adi", "Budi", "Rizky", "Agus", "Bayu", "Dimas", "Eko", "Fajar", "Hendra", "Rudi", "Teguh", "Wahyu"],
        ["Sutanto", "Wibowo", "Simatupang", "Siregar", "Halim", "Tanoto", "Gunawan", "Hidayat", "Nasution",
         "Lubis", "Kusuma", "Setiawan", "Latumahina", "Pattipeilohy", "Tuhumury", "Sahetapy", "Leatemia",
         "Manuhutu"],
    ),
    "cv": (
        ["Djenifer", "Jandira", "Kelly", "Elisa", "Carla", "Edna", "Nilza", "Suely", "Ivanilda", "Dulce",
         "Rosângela", "Neusa"],
        ["Elton", "Nelson", "Edson", "Dany", "Ivanildo", "Adilson", "Ailton", "Jair", "Wilson", "Hélder",
         "Admilson", "Djamilson"],
        ["Tavares", "Lopes", "Monteiro", "Semedo", "Fortes", "Delgado", "Rodrigues", "Varela", "Brito",
         "Andrade", "Spencer", "Fernandes", "Correia", "Sanches", "Mendes"],
    ),
    "pt": (
        ["Inês", "Beatriz", "Mariana", "Leonor", "Matilde", "Carolina", "Rita", "Sofia", "Joana", "Catarina",
         "Francisca", "Margarida"],
        ["João", "Tiago", "Rui", "Gonçalo", "Duarte", "Rodrigo", "Miguel", "Afonso", "Diogo", "Nuno", "Pedro",
         "Bruno"],
        ["Ferreira", "Santos", "Oliveira", "Pereira", "Costa", "Martins", "Sousa", "Carvalho", "da Silva",
         "Almeida", "Pinto", "Fonseca", "Teixeira", "Marques", "Moreira", "dos Santos"],
    ),
    "br": (
        ["Larissa", "Fernanda", "Juliana", "Camila", "Ana Clara", "Gabriela", "Letícia", "Bruna", "Thaís",
         "Vitória", "Isabela", "Luana", "Raíssa"],
        ["Thiago", "Gabriel", "Rafael", "Matheus", "Guilherme", "Felipe", "Enzo", "Davi", "Leonardo", "Vinícius",
         "Caio", "Gustavo"],
        ["Souza", "Lima", "Alves", "Barbosa", "Ribeiro", "Rocha", "Nascimento", "Araújo", "Cardoso", "Gomes",
         "Moura", "Freitas", "Cavalcanti", "Azevedo", "da Costa"],
    ),
}

ORIGIN_WEIGHTS = {"nl": 30, "ma": 10, "tr": 9, "sr-hi": 4, "sr-cr": 4, "sr-jv": 2, "an": 3, "pl": 4, "bg": 2,
                  "ro": 2, "er": 3, "so": 2, "gh": 2, "ng": 2, "sy": 3, "af": 2, "iq": 2, "ua": 3, "cn": 2,
                  "vn": 1.5, "id": 2, "cv": 1.5, "pt": 1.5, "br": 1.5}

COUNTRY = {"nl": "Friesland", "ma": "Marokko", "tr": "Turkije", "sr-hi": "Suriname", "sr-cr": "Suriname",
           "sr-jv": "Suriname", "an": "Curaçao", "pl": "Polen", "bg": "Bulgarije", "ro": "Roemenië",
           "er": "Eritrea", "so": "Somalië", "gh": "Ghana", "ng": "Nigeria", "sy": "Syrië", "af": "Afghanistan",
           "iq": "Irak", "ua": "Oekraïne", "cn": "China", "vn": "Vietnam", "id": "Indonesië", "cv": "Kaapverdië",
           "pt": "Portugal", "br": "Brazilië"}

# Particles do not count as name words when another part of the name follows them.
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "la", "le", "du", "da",
             "dos", "das", "do", "di", "del", "el", "al", "ben", "bin", "ibn", "abu", "ait", "aït", "von"}
TITLES = {"mevrouw", "meneer", "mw", "mevr", "dhr", "dr", "mr"}

# Words that, right before a name, say what the person is (attrs["cue"] = "met aanwijzing").
CUES = {"zusje", "zus", "broertje", "broer", "halfzus", "halfbroer", "oom", "tante", "oma", "opa", "buurvrouw",
        "buurman", "juf", "meester", "mevrouw", "meneer", "mw", "mevr", "dhr", "dr", "dokter", "vriend",
        "vriendin", "vriendje", "vriendinnetje", "collega", "stiefvader", "partner", "neef", "nicht", "neefje",
        "nichtje", "klasgenoot", "klasgenootje", "mentor", "vpk", "verpleegkundige", "huisarts", "kinderarts",
        "jeugdarts", "schoonmoeder", "ex", "teamleider", "jeugdbeschermer", "leerkracht", "ib'er"}

# --------------------------------------------------------------------------------------------
# Institutions: (render forms with "{}" for the name, name). Checks are the name's distinctive words.

GENERIC = {"de", "het", "'t", "van", "der", "den", "en"}

PRIMARY_FORMS = ["basisschool {}", "Basisschool {}", "obs {}", "cbs {}", "IKC {}", "kindcentrum {}", "{}", "{}"]
PRIMARY = ["De Klimboom", "De Wilgenhoek", "De Zeshoek", "De Vlinderboom", "Het Zonnewiel", "De Boomgaard",
           "De Zandloper", "De Wereldwijzer", "De Tweemaster", "Het Klaverblad", "De Piramide", "De Sterrenwachter",
           "Het Lichtpunt", "De Bongerd", "Het Mozaïek", "Het Spectrum", "De Fonkelsteen", "De Springplank",
           "De Duinpieper", "Het Vlot"]
SECONDARY_FORMS = ["het {} College", "{} College", "het {}", "{} Lyceum", "scholengemeenschap {}"]
SECONDARY = ["Waterlinie", "Zuiderlicht", "Schuttersveld", "Eemhoven", "Ravelijn", "Hofstede", "Oostergouw",
             "Lingehof", "Dukdalf", "Kennemerzoom", "Berkenrode", "Vechtstede"]
DAYCARE_FORMS = ["kinderopvang {}", "KDV {}", "kinderdagverblijf {}", "peuterspeelzaal {}", "{}"]
AFTERSCHOOL_FORMS = ["BSO {}", "bso {}", "kinderopvang {}", "{}"]
OPVANG = ["Het Boomhutje", "De Speelvogels", "Pippeloentje", "Het Hummelhonk", "De Avonturiers", "Zonnestraal",
          "De Kikkerpoel", "Kwetternest", "Ukkepuk", "Buitenkans", "Het Snoezelhuis", "De Draaimolen",
          "Olleke Bolleke", "Het Wiebelhuis", "De Toverfluit", "Huppeldepup"]
HOSPITAL_FORMS = ["{} Ziekenhuis", "Ziekenhuis {}", "het {}", "{} MC", "{} Medisch Centrum", "het {} Ziekenhuis"]
HOSPITAL = ["Lindenhout", "Rijnoever", "Kennemerduin", "IJsselkade", "Maasoever", "Vechtdal", "Vliethorst",
            "Noorderpoort", "Amstelvliet", "Gerardus", "Lingeland", "Zuiderhaven", "Eemlandhof", "Waterweide"]
CARE = [(["GGZ {}", "{}"], "Kustlicht"), (["Jeugdhulp {}", "{}"], "Stroomop"),
        (["huisartsenpraktijk {}", "Huisartsenpraktijk {}", "HAP {}"], "Molenzicht"),
        (["Gezondheidscentrum {}", "gezondheidscentrum {}"], "Vlinderhof"), (["verpleeghuis {}"], "Avondrood"),
        (["GGZ {}", "ggz {}"], "De Waterlelie"), (["Jeugd-GGZ {}", "{}"], "Horizonzicht"),
        (["Zorggroep {}", "{}"], "Eikenrode"), (["verslavingszorg {}", "{}"], "Keerpunt"),
        (["kinderpraktijk {}"], "Tandem"), (["Jeugdzorg {}", "jeugdzorg {}"], "De Overstap"),
        (["huisartsenpraktijk {}", "praktijk {}"], "Lindenpoort"), (["vrouwenopvang {}"], "De Schuilhaven"),
        (["consultatiebureau {}", "JGZ {}"], "Klaverhof"), (["huisartsen {}", "huisartsenpraktijk {}"], "Duinzicht"),
        (["GGZ {}", "{}"], "Zeeweg Zorg")]
EMPLOYERS = [("Schoonmaakbedrijf", "Glansrijk"), ("Transportbedrijf", "Van Wijlen"), ("Distributiecentrum", "Noordstar"),
             ("Bakkerij", "Korenschoof"), ("Kassenbouw", "Westerveld"), ("Uitzendbureau", "Werkbaar"),
             ("Vleesverwerker", "Dekkerhof"), ("Hotel", "De Gouden Karpel"), ("Supermarkt", "Buurtvers"),
             ("Thuiszorg", "Zorgzaam"), ("Installatiebedrijf", "Kraaijeveld"), ("Restaurant", "De Zilveren Maan"),
             ("Bouwbedrijf", "Hendrikse"), ("Callcenter", "TeleNova"), ("Tuinbouwbedrijf", "Zonneveld"),
             ("Pakketdienst", "Snelpost"), ("Champignonkwekerij", "Peelzicht"), ("Kapsalon", "Haarmonie"),
             ("Garage", "Autoflits"), ("Cateraar", "Smulpaap")]

STREETS = ["Vlierbessenlaan", "Schepenenstraat", "Oranjeboomstraat", "Kastanjelaan", "Meidoornhof", "Zeilmakerstraat",
           "Akkerwindestraat", "Bloemgracht", "Korte Kerkstraat", "Hobbemaplein", "Rozenburgweg", "Tolhuisweg",
           "Dahliastraat", "Slotermeerlaan", "Goudsbloemstraat", "Eikenlaan", "Marktstraat", "Havenkade",
           "Populierenweg", "Ruysdaelstraat", "Zonnebloemstraat", "Lijnbaansgracht", "Wethouder Nijhuisstraat",
           "Bessemerstraat", "Klaprooslaan", "Molenweg", "Merelhof", "Lindelaan", "Heemraadssingel", "Spaarndammerdijk",
           "Nobelstraat", "Pioenrooslaan", "Schiekade", "Beukenhorst", "Talingstraat", "Kanaalweg", "Parkweg",
           "Ooievaarstraat", "Maasboulevard", "Esdoornstraat", "Kerkeland", "Tulpenburg", "Jan Steenstraat"]
CITIES = ["Rotterdam", "Amsterdam", "Den Haag", "Utrecht", "Eindhoven", "Tilburg", "Almere", "Breda", "Nijmegen",
          "Arnhem", "Zaandam", "Haarlem", "Zoetermeer", "Dordrecht", "Leiden", "Schiedam", "Vlaardingen", "Gouda",
          "Amersfoort", "Apeldoorn", "Enschede", "Zwolle", "Leeuwarden", "Groningen", "Maastricht", "Heerlen",
          "Venlo", "Helmond", "Delft", "Alkmaar", "Hoorn", "Lelystad", "Capelle aan den IJssel", "Spijkenisse",
          "Purmerend", "Hilversum", "Roosendaal", "Oss", "Emmen", "Deventer"]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "hotmail.nl", "ziggo.nl", "kpnmail.nl",
                "icloud.com", "yahoo.com", "planet.nl"]
WORK_DOMAINS = {"school": ["onderwijsgroepdelta.nl", "kindcentra-noord.nl", "scholengroep-zeven.nl",
                           "stichtingprimair.nl", "vo-rivierengebied.nl"],
                "opvang": ["opvanggroep-klavertje.nl", "kinderopvang-hummel.nl", "kindkracht-opvang.nl"],
                "zorg": ["jgz-veenland.nl", "wijkteamsoost.nl", "zorgkring.nl", "jeugdplein.nl",
                         "huisartsen-rivierzicht.nl", "jeugdbescherming-west.nl"],
                "zh": ["ziekenhuis-rivierland.nl", "mc-noordkust.nl"]}
BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
HANDLE_WORDS = ["sunny", "vibes", "queen", "gamer", "lil", "dreamer", "baby", "xoxo", "official", "life", "boss",
                "star", "moon", "fit", "real", "the", "its", "only", "music", "drip"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
NUMBER_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
                "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien"]

# --------------------------------------------------------------------------------------------
# Phrases that must survive. Child observations are predicates: "<subject> <phrase>".

CLIN_ANY = ["eet slecht", "slaapt slecht", "schrikt bij harde geluiden", "heeft een blauwe plek op de bovenarm",
            "heeft nachtmerries", "klaagt over buikpijn", "heeft een brandwond op de hand", "is erg teruggetrokken",
            "wil niet naar huis", "draagt al dagen dezelfde kleren", "heeft honger bij binnenkomst",
            "is zichtbaar afgevallen", "heeft striemen op de rug", "reageert angstig als vader binnenkomt",
            "laat zich moeilijk troosten", "heeft blauwe plekken in verschillende stadia van genezing",
            "heeft een bult op het achterhoofd", "kijkt steeds angstig naar de deur", "ruikt naar urine",
            "heeft een verband om de pols", "schrikt als je {hem} aanraakt", "huilt om kleine dingen"]
CLIN_YOUNG = ["huilt vaak bij het ophalen", "groeit niet goed", "heeft een luieruitslag die niet geneest",
              "maakt weinig oogcontact", "is erg stil op de groep", "zit vaak in een natte luier bij het brengen",
              "heeft een blauwe plek op de wang", "klampt zich vast bij het brengen"]
CLIN_SCHOOL = ["komt vaak te laat op school", "heeft geen eten bij zich", "valt in slaap tijdens de les",
               "zit vaak alleen in de pauze", "plast weer in bed", "vertelt dat er thuis veel ruzie is",
               "maakt zich zorgen om mama", "zorgt voor {zijn} broertjes", "is erg druk en impulsief",
               "durft niet te vertellen wat er gebeurd is", "wordt 's nachts wakker van geschreeuw",
               "heeft vaak hoofdpijn", "is vaak afwezig zonder bericht", "heeft geen gymspullen bij zich",
               "huilt vaak bij het ophalen", "speelt ruzies van thuis na in de poppenhoek"]
CLIN_TEEN = ["verzuimt veel", "heeft snijwonden op de onderarmen", "blowt dagelijks",
             "heeft een veel oudere vriend met een auto", "heeft ineens dure spullen", "is 's nachts vaak niet thuis",
             "zorgt voor {zijn} broertjes", "vertelt dat vader moeder slaat", "eet nauwelijks nog",
             "slaapt bij vrienden omdat het thuis niet veilig is"]
CLIN_ADULT = ["heeft een gezwollen lip", "oogt vermoeid en gespannen", "durft niet naar huis", "slaapt slecht",
              "heeft blauwe plekken op beide polsen", "huilt tijdens het gesprek", "heeft pijn bij het slikken",
              "draagt binnen een zonnebril", "kijkt steeds op haar telefoon", "is bang voor haar partner",
              "heeft geen geld voor boodschappen", "mag van haar partner niet alleen de deur uit",
              "heeft een schaafwond op de kin", "praat zacht en kijkt weg"]

# (sentence, phrase): the phrase holds a Dutch word that is also a name somewhere in this file.
WORD_SENTENCES = [
    ("Moeder zegt dat ze weinig hoop heeft dat het beter wordt.", "weinig hoop"),
    ("Sinds de storm van vorige maand lekt het dak van de slaapkamer.", "de storm"),
    ("[bv] {Hij} heeft een roos getekend voor de juf.", "een roos"),
    ("De problemen zijn volgens moeder begonnen in mei.", "in mei"),
    ("Volgens moeder geeft de bakker op de hoek de kinderen soms een broodje.", "de bakker op de hoek"),
    ("{Hij} was erg stil na het weekend.", "was erg stil"),
    ("[bv] {Hij} komt alleen met de fiets, ook als het donker is.", "met de fiets"),
    ("Vader werkt als visser en is vaak weken van huis.", "als visser"),
    ("[bv] {Hij} speelt na school graag in het bos achter de flat.", "in het bos"),
    ("Op de mat ligt een stapel ongeopende post.", "ongeopende post"),
    ("[bv] {Hij} vertelt trots dat {hij} later kok wil worden.", "kok wil worden"),
    ("[bv] In het toneelstuk van de klas speelde {hij} de prins.", "de prins"),
    ("De winterjas is veel te groot en versleten.", "veel te groot"),
    ("Moeder was erg jong toen ze haar eerste kind kreeg.", "erg jong"),
    ("{Hij} heeft in de winter geen warme jas.", "in de winter"),
    ("Oma noemt {hem} haar kleine engel.", "haar kleine engel"),
    ("[jb] {Hij} heeft altijd een grote beer bij zich als knuffel.", "een grote beer"),
    ("[b] {Hij} tekent steeds een huis met één bloem ervoor.", "één bloem"),
    ("Het gezin woont in een flat vlak bij de dijk.", "bij de dijk"),
    ("[jb] {Hij} wees naar de merel in de tuin en lachte even.", "de merel"),
    ("{Hij} is na de zomer erg veranderd.", "na de zomer"),
    ("Moeder zegt: 'ik ben zo moe van alles.'", "ik ben zo moe"),
    ("Op het hoofd zit veel roos en er zijn korstjes.", "veel roos"),
    ("De muren zijn wit maar zitten vol schimmel.", "zijn wit"),
    ("[bv] {Hij} vertelt dat de boer naast oma kippen heeft.", "de boer naast oma"),
    ("[bv] {Hij} droomt vaak van een vos die het huis binnenkomt.", "een vos"),
    ("Volgens moeder kent de koster van de kerk het gezin goed.", "de koster van de kerk"),
    ("[bv] In de klas maakten ze een werkstuk over de koning.", "over de koning"),
    ("Moeder zegt dat het huis te klein is voor vijf personen.", "te klein"),
    ("[bv] {Hij} kijkt 's avonds lang naar de maan vanuit het raam.", "naar de maan"),
    ("Het gaat niet meer zo goed met moeder, zegt de buurvrouw.", "niet meer zo goed"),
    ("[bv] {Hij} wil graag een hond, maar dat mag niet van de verhuurder.", "wil graag een hond"),
]

# --------------------------------------------------------------------------------------------
# Templates. "[jbv] " at the start limits a segment to age bands (j 0-3, b 4-11, v 12-17).

OVERDRACHT_HEAD = ["Overdracht {dienst} {afd}, {datum}\n", "OVERDRACHT {dienst} – {afd}\n",
                   "Overdracht {dienst} ({tijd} u):\n", "{afd} – overdracht {dienst}\n"]
OVERDRACHT_BODY = [
    "Pt {K} ({age}), opgenomen via SEH van {zh} i.v.m. {reden}.",
    "Pt {K.full}, geb. {geb}, BSN {bsn}.",
    "Bijz.: {K} {clin}; {hij} {clin}.",
    "Mw {M.full} (moeder) aanwezig tot 22.00 u, vertrok na woordenwisseling met {P} op de gang.",
    "I.o.m. kinderarts dr. {u:arts.sur} z.s.m. VT consulteren; verklaring ouders past niet bij letsel.",
    "Moeder tel. bereikbaar op {tel}; vader niet bereikbaar.",
    "Vader ({V}) belde om {tijd} u, boos, wilde {K} direct meenemen. Beveiliging ingelicht.",
    "Oma {O} op bezoek geweest samen met {u:zus}, het zusje van pt; bezoek rustig verlopen.",
    "Vpk {u:collega} heeft de plekken o.b.v. bodymap gedocumenteerd, foto's in dossier.",
    "Let op: {P.full} mag NIET op de afd. komen (afspraak jeugdbescherming). Auto van dhr. ({kenteken}) "
    "stond vannacht op het P-terrein.",
    "HA: {zorg}, tel. {tel.vast}.",
    "[b] {K} zit op {school} ({groep}); juf {u:juf} is op de hoogte en belt morgen.",
    "[v] {K} zit op {school} ({groep}); mentor {u:mentor} is op de hoogte.",
    "{word}",
    "Adres gezin: {adres}, {pc} {city}. Moeder verblijft nu bij een vriendin, {u:vriendinM}, in {city2}.",
    "Moeder vertelt dat {P} {hem} een tik gaf omdat {hij} niet wilde slapen. Gemeld bij aandachtsfunctionaris.",
    "{M} werkt bij {werk}, kan pas na 17 u komen.",
    "[jb] {K} gaat normaal naar {opvang} (ma/di/do); pm'er daar heeft eerder zorgen geuit.",
    "{K.pos} {brus} {B} is tijdelijk bij oma ondergebracht.",
    "Afspraak: pt niet meegeven aan vader. Bij vragen contact met jeugdbeschermer {u:jb.full}, {email:jb}.",
    "[v] Moeder vermoedt dat {hij} online benaderd wordt via {acc}.",
    "Vg: in 2023 ook op de SEH gezien met {reden2} (toen in {zh}).",
    "Mw {M} {clinM}. Maatschappelijk werk aangeboden, wil ze nog niet.",
    "Nacht onrustig: {K} {clin}. Om {tijd} u huilend wakker, riep om {u:broer}.",
    "Buurvrouw {u:buurvrouw} heeft moeder en kinderen gebracht, is bereikbaar op {tel.mob}.",
    "Stiefvader {P} wil info over pt; NIET geven i.o.m. teamleider {u:tl}.",
    "Kindgesprek door {u:collega2.full}: {K} vertelt dat {P} mama heeft geduwd.",
    "Uitslag skeletstatus volgt z.s.m. via dr. {u:arts.sur}.",
    "[jb] Gebeld met {opvang}: {K} wordt vandaag niet opgehaald, oma {O} komt om 17 u.",
    "[v] {K} wil logeren bij vriendin {u:vriendinK}, die met haar moeder in {city2} woont.",
    "Moeder ({M.title}) vraagt opvang; zij en de kinderen slapen vannacht op de afd.",
    "I.v.m. financiën: moeder heeft geen toegang tot de rekening ({iban}), partner beheert alles.",
    "Pt {init} ({age}) {clin}.",
    "Moeder bereikbaar via {email}; post niet naar huisadres sturen.",
    "Fam. {K.sur} is eerder bekend bij VT (melding 2022); {K} {clin}.",
]
OVERDRACHT_TAIL = ["", "\nGraag z.s.m. VT-consult plannen.", "\nActie volgende dienst: meldcode stap 2 afronden i.o.m. AF.",
                   "\nOverdracht door {u:schrijver}, vpk.", "\n– {u:schrijver.full}"]

MAIL_FWD = [
    "Hoi {u:ontv},\n\nZie hieronder de mail van {u:afz.full}. Kun jij dit meenemen in het MDO van {dag}?\n\n"
    "Groet,\n{u:fw}\n\n",
    "Ter info doorgestuurd, graag bespreken in het zorgoverleg.\n{u:fw.full}\n\n",
    "FYI, zie onder. Moeder heb ik nog niet kunnen bereiken.\n\n",
    "Doorgestuurd op verzoek van {u:afz}. Wil je kijken of dit een melding bij Veilig Thuis moet worden?\n"
    "– {u:fw}\n\n",
]
MAIL_HEADERS = [
    "---------- Doorgestuurd bericht ---------\nVan: {u:afz.full} <{email:afz}>\nDatum: {dag} {datum} 2025 "
    "{tijd}\nOnderwerp: {subject}\nAan: {aan}\n\n",
    "-----Oorspronkelijk bericht-----\nVan: {u:afz.full}\nVerzonden: {dag} {datum} 2025 {tijd}\nAan: {aan}\n"
    "Onderwerp: {subject}\n\n",
    "Op {dag} {datum} 2025 om {tijd} schreef {u:afz.full} <{email:afz}>:\n\n",
]
MAIL_GREET = ["Beste {u:ontv},\n\n", "Beste collega's,\n\n", "Hallo allemaal,\n\n", "Dag {u:ontv},\n\n"]
MAIL_BODY = [
    "Ik wil graag even met jullie delen dat {K} ({groep}) de laatste weken erg veranderd is. {Hij} {clin} en "
    "{hij} {clin}.",
    "Vanochtend zag ik dat het niet goed ging: {K} {clin}. Toen ik vroeg wat er gebeurd was, zei {hij} dat {P} "
    "boos was geworden.",
    "Moeder ({M.full}) vertelde bij het brengen dat ze sinds kort samenwoont met {P.full}. Sindsdien is {K} veel "
    "stiller.",
    "Het gezin staat ingeschreven op {adres}, {pc} {city}, maar volgens {K} slapen ze vaak bij oma {O} in {city2}.",
    "[b] Het zusje van {K}, {u:zus}, zit ook op {school} en lijkt het goed te doen.",
    "[b] Ook op de opvang ({opvang}) maken ze zich zorgen: daar heeft {hij} vorige week een ander kind gebeten.",
    "Ik heb moeder meerdere keren gebeld op {tel}, maar krijg geen contact.",
    "[bv] Een klasgenoot, {u:klasgenoot}, vertelde mij dat er filmpjes van {K} rondgaan op {acc}.",
    "{word}",
    "In de bijlage vinden jullie de brief van de kinderarts, dr. {u:arts.full}, van {zh}.",
    "Ik heb dit besproken met onze aandachtsfunctionaris, {u:af.full}, en we willen graag een overleg plannen.",
    "Voor de volledigheid de gegevens: {K.full}, geboren {geb}, BSN {bsn}.",
    "Moeder werkt bij {werk} en zegt daar weinig ruimte te krijgen om vrij te nemen voor afspraken.",
    "De buurvrouw, mevrouw {u:buurvrouw.sur}, heeft gisteren gebeld omdat ze 's avonds veel geschreeuw hoort.",
    "Vader ({V.full}) heeft volgens moeder een contactverbod, maar {K} vertelt dat {hij} papa vorige week nog heeft "
    "gezien.",
    "Wat mij ook opviel: {K} {clin}. {Hij} zei dat oom {u:oom} soms heel boos wordt als mama weg is.",
    "Moeder vroeg of de eigen bijdrage later betaald mag worden. Ze gaf aan dat vader alle geld beheert en dat zij "
    "alleen bij rekening {iban} kan.",
    "[j] Op de groep zien we dat het niet goed gaat: {K} {clin}.",
    "[j] Het consultatiebureau ({zorg}) heeft volgens moeder ook al zorgen geuit over de groei.",
    "{K.pos} moeder is zelf ook niet in orde; ze vertelde dat ze onder behandeling is bij {zorg}.",
    "Bij het ophalen zag ik het volgende: moeder {clinM}. Ze wilde niet zeggen wat er gebeurd was.",
    "Het e-mailadres van moeder is {email}, telefonisch is ze slecht bereikbaar.",
    "[v] {K} vertelde dat {hij} 's nachts vaak bij een vriend, {u:vriendK}, slaapt omdat het thuis niet veilig is.",
    "Het gaat om leerling {init}; de naam staat in het dossier.",
]
MAIL_CLOSE = ["Met vriendelijke groet,", "Hartelijke groet,", "Groet,", "Mvg,", "Vriendelijke groet,"]
# (function, institution slot, age bands)
SENDERS = [("Intern begeleider", "school", "b"), ("Leerkracht {groep}", "school", "b"), ("Mentor {groep}", "school", "v"),
           ("Zorgcoördinator", "school", "v"), ("Pedagogisch medewerker", "opvang", "jb"),
           ("Locatiemanager", "opvang", "jb"), ("Jeugdverpleegkundige", "zorg", "jbv"), ("Huisarts", "zorg", "jbv"),
           ("Kinderarts", "zh", "jbv"), ("Ambulant hulpverlener", "zorg", "jbv"), ("Jeugdarts", "zorg", "jbv")]

SPRAAK_HEAD = ["dictaat huisbezoek {datum} ", "ingesproken verslag {dag} {datum} ", "spraakmemo na gesprek op school ",
               "notitie jgz {datum} ", "dictaat spreekuur ", "verslag eh telefoongesprek en huisbezoek "]
SPRAAK_BODY = [
    "ik ben samen met {u:collega.full} op huisbezoek geweest bij het gezin op {adres} in {city}",
    "moeder {M} deed open en ze was eh nogal gespannen ze vertelde dat {P} gisteravond weer dronken thuiskwam",
    "{K} was ook thuis {hij} is {age} en {hij} {clin} en eh ja {hij} {clin}",
    "de huisarts zit bij {zorg} die heb ik nog niet kunnen spreken",
    "moeder zegt dat ze bereikbaar is op {tel} maar ze is haar telefoon vaak kwijt",
    "patiënte {M.full} geboren {geb.M} kwam op het spreekuur ze {clinM} en ze vertelt dat haar partner haar "
    "vorige week bij de keel heeft vastgepakt",
    "de andere kinderen {u:broer} en {u:zus} waren op school dus die heb ik niet gezien",
    "{word}",
    "[b] {hij} zit op {school} in {groep} en de juf {u:juf} heeft ook al eens aan de bel getrokken",
    "[v] {hij} zit op {school} in {groep} en de mentor meneer {u:mentor.sur} maakt zich ook zorgen over het verzuim",
    "bsn van {K} is {bsn} geboren {geb}",
    "moeder wil niet dat {V} dit hoort want die woont nu in {city2} met zijn nieuwe vriendin",
    "oma {O} woont twee straten verderop en vangt de kinderen soms op",
    "we hebben afgesproken dat we volgende week donderdag om tien uur terugkomen samen met {u:collega2.full} van "
    "{zorg}",
    "moeder werkt bij {werk} en ze is vaak tot laat weg dus {K} zit veel alleen thuis",
    "ze liet berichten zien van {P} die stuurt haar tientallen berichten per dag en hij zet ook dingen over haar "
    "op {acc.P}",
    "{K.pos} {brus} {B} zat de hele tijd op de trap te luisteren",
    "de buurman meneer {u:buurman.sur} kwam nog naar buiten en zei dat er vaak geschreeuwd wordt",
    "de auto van {P} met kenteken {kenteken} stond voor de deur dus hij was er waarschijnlijk wel",
    "ze heeft een gezamenlijke rekening {iban} maar daar kan ze zelf niet bij",
    "[j] {K} {clin} dat zei de leidster van {opvang} ook al",
    "eh wat ik nog wilde zeggen {K} {clin} en {hij} schrok toen ik {hem} een hand gaf",
    "ik heb {M.title} uitgelegd dat we ons zorgen maken en dat we veilig thuis om advies vragen",
    "moeder heeft een nieuw nummer {tel.new} en mailen kan naar {email}",
]
SPRAAK_JOIN = [" ", " ", " ", " eh ", " punt ", " nieuwe alinea ", ". ", " en eh "]
SPRAAK_TAIL = ["", " einde dictaat", " dat was het voor nu", " actie bellen met veilig thuis voor advies einde"]

WHATSAPP_INTRO = [
    "[b] Moeder appte op {datum} om {tijd} naar de leerkracht:\n",
    "[b] Bericht van moeder via Parro ({datum}):\n",
    "[jb] Moeder stuurde gisteravond dit bericht naar de groepsapp van {opvang}:\n",
    "[b] Screenshot van een WhatsApp-bericht van moeder, doorgestuurd door juf {u:juf}:\n",
    "[v] Moeder appte vanochtend naar mij (mentor):\n",
    "Moeder appte om {tijd} naar het wijkteam:\n",
    "Moeder ({M}) stuurde om {tijd} het volgende bericht naar de jeugdverpleegkundige:\n",
    "Citaat uit de app van moeder aan {u:ontv} (wijkteam), {datum}:\n",
]
WHATSAPP_MSG = [
    "{K} komt vandaag niet {hij} is ziek",
    "ik zit met de kinderen bij mijn zus in {city}, {P} mag niet weten waar we zijn",
    "geef {hem} aub niet mee aan {V}!! hij heeft geen recht",
    "mijn nummer is veranderd, nieuw nummer is {tel}",
    "die blauwe plek is van het spelen met {zijn} neefje {u:neef} echt waar",
    "oma {O} haalt {hem} vandaag op want ik moet werken",
    "{P} heeft mijn telefoon afgepakt, app aub naar {tel.mob} dat is van mijn vriendin {u:vriendinM}",
    "[bv] ze hebben fotos van {K} op {acc} gezet ik wil dat het eraf gaat",
    "ik kan niet meer 😢 {hij} {clin} en ik weet niet wat ik moet doen",
    "buurvrouw {u:buurvrouw} heeft de politie gebeld maar het was echt niks",
    "sorry voor gisteren, thuis was het niet goed",
    "[b] het geld voor het schoolreisje heb ik overgemaakt vanaf {iban}, staat op naam van mijn moeder",
    "we slapen nu bij mijn oom {u:oom.full} op {adres}",
    "{B} en {K} mogen alleen door mij opgehaald worden!!",
    "ik ben bang dat hij weer komt 🙏",
    "mijn mail is {email} als u de brief wil sturen",
    "{u:zus} heeft vannacht weer in bed geplast en {K} ook",
]
WHATSAPP_FOLLOW = [
    "Ik heb moeder teruggebeld; zij bevestigt dat {P.full} sinds {datum} weer bij het gezin verblijft.",
    "Besproken met {u:af.full} (aandachtsfunctionaris); volgende stap meldcode: collegiale consultatie.",
    "[b] Op school zien we het ook: {K} {clin}.",
    "{word}",
    "[bv] Gegevens kind: {K.full}, geb. {geb}, {groep} op {school}.",
    "Moeder werkt bij {werk} en is overdag alleen via de app bereikbaar.",
    "Het bericht is doorgestuurd naar {u:collega.full} van {zorg}.",
    "[j] Op de opvang zien we het volgende: {K} {clin}.",
    "Bij het ophalen zag ik het volgende: moeder {clinM}.",
    "Vader, {V.full}, heeft vorige week zelf gebeld om te vragen waar de kinderen zijn.",
    "[jb] Het zusje, {u:zus}, zit ook bij {opvang}.",
    "Moeders nieuwe adres volgens de app: {adres}, {pc} {city}.",
]

GESPREK_HEAD = [
    "Verslag gesprek {datum}\nAanwezig: moeder ({M.full}), {u:gespr.full} ({gesprrol}) en ondergetekende.\n\n",
    "[bv] Gespreksverslag oudergesprek {datum}, {school}\n\n",
    "[bv] Kindgesprek met {K} ({age}), {datum}\n\n",
    "Verslag gesprek met moeder, {datum}\n\n",
    "Gesprek n.a.v. signalen, {datum}. Aanwezig: {M.title}, {u:gespr.full} en ik.\n\n",
]
GESPREK_BODY = [
    "Moeder vertelt: 'Sinds {P} bij ons woont, is {K} veranderd. {Hij} {clin}.'",
    "[b] De leerkracht zegt: 'Wij zien dat het niet goed gaat. {K} {clin}.'",
    "Op de vraag wat er thuis gebeurt, zegt moeder: 'Hij schreeuwt veel en gooit met dingen. Ik ben bang dat hij "
    "{K} een keer iets aandoet.'",
    "[b] {K} zegt tegen juf {u:juf}: 'Mama huilt elke avond.'",
    "Moeder: 'Mijn schoonmoeder, {u:schoonmoeder.full}, zegt dat ik me aanstel.'",
    "Vader ({V.full}) was niet aanwezig; volgens moeder weigert hij elk contact met hulpverlening.",
    "[bv] 'Oom {u:oom} zegt dat ik het niet mag vertellen,' zegt {K} aan het einde van het gesprek.",
    "Afspraak: moeder meldt zich deze week bij {zorg}; contact verloopt via {email}.",
    "{word}",
    "Moeder laat berichten zien die {P} stuurde via {acc.P}: 'Als je weggaat, zie je de kinderen nooit terug.'",
    "Moeder: 'Ik werk bij {werk}, ik kan daar niet zomaar weg. {P} weet precies wanneer ik thuis ben.'",
    "Moeder {clinM}. Ze zegt: 'Het was een ongelukje, ik ben gevallen.'",
    "[jb] We bespreken dat {K} op maandag en woensdag naar {opvang} gaat; de pedagogisch medewerker, {u:pm}, let "
    "extra op.",
    "Moeder geeft haar nieuwe adres door: {adres}, {pc} {city}. Telefoon: {tel}.",
    "{K.pos} {brus} {B} was even bij het gesprek en zei: 'Ik pas altijd op als mama weg is.'",
    "Moeder vertelt dat de buurman, {u:buurman.full}, een keer heeft ingegrepen toen {P} haar duwde.",
    "Ik vraag {K} wie er thuis voor {hem} zorgt. '{O}, en soms {u:zus},' zegt {hij}.",
    "Volgens moeder is de huisarts ({zorg}) op de hoogte; zij is daar doorverwezen naar {zh}.",
    "[b] Moeder: 'De moeder van {u:vriendinK}, een vriendinnetje van {K}, heeft ons een nacht laten logeren.'",
    "Voor het dossier: {K.full}, geboren {geb}, BSN {bsn}.",
    "Moeder: 'Mijn ex, {V}, wil de kinderen meenemen naar {land}.'",
    "[v] {K}: 'Ik slaap soms bij {u:vriendK} in {city2}, daar is het rustig.'",
    "Moeder huilt als ze vertelt over haar zus {u:tanteM}, die haar geld leent.",
    "Moeder vertelt dat {P} de auto ({kenteken}) gebruikt om haar te volgen.",
    "Moeder: 'Hij heeft mijn pinpas, de kinderbijslag komt op {iban} en daar kan ik niet bij.'",
    "Wij zien het volgende: {K} {clin}, en {hij} {clin}.",
]
GESPREK_TAIL = ["\n\nVerslag: {u:schrijver.full}, {functie2}.", "\n\nVervolg: overleg met Veilig Thuis op {datum2}.",
                "\n\nOpgesteld door {u:schrijver}, jeugdverpleegkundige.", ""]

CHOICES = {
    "dienst": ["nachtdienst", "avonddienst", "vroege dienst", "late dienst", "dagdienst"],
    "afd": ["kinderafdeling", "SEH", "crisisopvang", "leefgroep", "babygroep KDV", "vrouwenopvang", "MKD-groep"],
    "reden": ["een fractuur van de onderarm", "een hoofdwond", "uitdroging", "benauwdheid",
              "een brandwond aan de hand", "een val van de trap (volgens moeder)"],
    "reden2": ["een gebroken sleutelbeen", "een snee in de wenkbrauw", "een hersenschudding", "brandplekjes"],
    "subject": ["Zorgen om {K}", "Zorgen gezin {K.sur}", "zorgen leerling {init}", "Signalen {K.full}", "RE: gesprek met moeder van {K}",
                "Vertrouwelijk: {K}"],
    "aan": ["zorgteam", "{u:ontv.full} <{email:ontv}>", "Zorgteam; {u:ontv.full}"],
    "gesprrol": ["mentor", "jeugdverpleegkundige", "leerkracht", "wijkteam", "IB'er"],
    "functie2": ["jeugdverpleegkundige", "intern begeleider", "wijkteammedewerker", "schoolmaatschappelijk werker",
                 "huisarts"],
}

# --------------------------------------------------------------------------------------------
# Small helpers


def name_words(name: str) -> list[str]:
    """The words of a written name that identify it: no titles, initials or leading particles."""
    comps = [c for c in re.split(r"[\s\-]+", name) if c]
    out = []
    for i, comp in enumerate(comps):
        bare = comp.strip(".,;:()\"“”‘’!?")
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        elif bare.endswith(("'", "’")) and bare not in ("'t",):
            bare = bare[:-1]
        low = bare.lower()
        if not bare or low in TITLES:
            continue
        if re.fullmatch(r"[^\W\d_]\.?", bare) and (bare.endswith(".") or len(bare) == 1):
            continue
        if low in PARTICLES and i < len(comps) - 1:
            continue
        out.append(bare)
    return out


def word_spans(word: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``word`` as a word of ``text`` (both already folded)."""
    spans, start = [], 0
    while word:
        i = text.find(word, start)
        if i < 0:
            break
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            spans.append((i, i + len(word)))
        start = i + 1
    return spans


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def compact(text: str) -> str:
    return re.sub(r"[\s\-.]", "", text).upper()


def female_surname(origin: str, surname: str) -> str:
    if origin == "pl" and surname.endswith(("ski", "cki")):
        return surname[:-1] + "a"
    if origin == "bg" and surname.endswith(("ov", "ev")):
        return surname + "a"
    if origin == "ua" and surname.endswith("skyi"):
        return surname[:-4] + "ska"
    return surname


def bsn_number(rng: random.Random) -> str:
    while True:
        ds = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * (9 - i) for i, d in enumerate(ds)) % 11
        if last < 10:
            return "".join(map(str, ds + [last]))


def iban_number(rng: random.Random) -> tuple[str, str]:
    """(IBAN without spaces, 10-digit account number) with valid mod-97 check digits."""
    bank = rng.choice(BANKS)
    if bank == "INGB":   # former Postbank numbers: short, zero padded
        account = "000" + str(rng.randint(1000000, 9999999))
    else:                # 11-proof account numbers
        while True:
            account = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
            if sum(int(c) * (10 - i) for i, c in enumerate(account)) % 11 == 0:
                break
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    return f"NL{check:02d}{bank}{account}", account


def iban_valid(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1


def bsn_valid(number: str) -> bool:
    ds = [int(c) for c in number]
    return len(ds) == 9 and (sum(d * (9 - i) for i, d in enumerate(ds[:8])) - ds[8]) % 11 == 0


# --------------------------------------------------------------------------------------------
# Pieces of a note before assembly


@dataclass
class Lit:
    text: str
    lower: bool = False


@dataclass
class Phrase:
    text: str
    kind: str            # "clin" or "word"
    lower: bool = False


@dataclass
class Ident:
    kind: str
    text: str
    words: list[str] = field(default_factory=list)   # institution / street check words
    value: str = ""                                  # IBAN account number or account handle
    lower: bool = False


@dataclass
class Human:
    first: str
    surname: str
    gender: str          # "f" / "m"
    origin: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


# --------------------------------------------------------------------------------------------


class Case:
    """One note being made: the family, the vault, the caches of names and identifiers."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.lower_all = style == "spraak-naar-tekst"
        self.used: set[str] = set()          # folded name words in this note (family and unregistered)
        self.unreg: dict[str, Human] = {}
        self.cache: dict[str, object] = {}
        self.clin_used: set[str] = set()
        self.word_used: set[int] = set()
        self.make_family()

    # ---- people

    def origin(self) -> str:
        keys = list(ORIGIN_WEIGHTS)
        return self.rng.choices(keys, [ORIGIN_WEIGHTS[k] for k in keys])[0]

    def first_name(self, origin: str, gender: str) -> str:
        return self.rng.choice(ORIGINS[origin][0 if gender == "f" else 1])

    def surname(self, origin: str, gender: str) -> str:
        s = self.rng.choice(ORIGINS[origin][2])
        return female_surname(origin, s) if gender == "f" else s

    def make_family(self) -> None:
        rng = self.rng
        while True:
            f_origin = self.origin()
            m_origin = f_origin if rng.random() < 0.75 else self.origin()
            self.age = rng.choice(range(0, 18))
            self.band = "j" if self.age < 4 else "b" if self.age < 12 else "v"
            g = rng.choice("fm")
            father = Human(self.first_name(f_origin, "m"), self.surname(f_origin, "m"), "m", f_origin)
            m_base = self.surname(m_origin, "m")          # male form; women get the female form
            if m_base == father.surname:
                continue
            m_sur = female_surname(m_origin, m_base)
            mother = Human(self.first_name(m_origin, "f"), m_sur, "f", m_origin)
            oma = Human(self.first_name(m_origin, "f"), m_sur, "f", m_origin)
            if m_origin == f_origin == "nl" and rng.random() < 0.3:
                mother.surname = f"{father.surname}-{m_sur}"
            child_origin = f_origin if rng.random() < 0.85 else m_origin
            base, base_origin = (father.surname, f_origin) if rng.random() < 0.85 else (m_base, m_origin)
            child = Human(self.first_name(child_origin, g), female_surname(base_origin, base) if g == "f" else base,
                          g, child_origin)
            sg = rng.choice("fm")
            sib = Human(self.first_name(child_origin, sg), female_surname(base_origin, base) if sg == "f" else base,
                        sg, child_origin)
            p_origin = self.origin()
            partner = Human(self.first_name(p_origin, "m"), self.surname(p_origin, "m"), "m", p_origin)
            fam = {"kind": child, "moeder": mother, "vader": father, "partner": partner, "sib": sib, "oma": oma}
            firsts = [fold(w) for h in fam.values() for w in name_words(h.first)]
            surs = {fold(w) for h in fam.values() for w in name_words(h.surname)}
            if len(set(firsts)) == len(firsts) and not set(firsts) & surs:
                break
        self.fam = fam
        self.sib_older = rng.random() < 0.5
        self.sib_age = min(17, self.age + rng.randint(2, 6)) if self.sib_older else max(0, self.age - rng.randint(2, 5))
        # The vault: who is registered in the case
        vault = {"kind"}
        if rng.random() < 0.88:
            vault.add("moeder")
        if rng.random() < 0.5:
            vault.add("vader")
        if rng.random() < 0.3:
            vault.add("partner")
        if rng.random() < 0.35:
            vault.add("sib")
        if rng.random() < 0.12:
            vault.add("oma")
        self.vault = vault
        self.persons = []
        for role in ["kind", "moeder", "vader", "partner", "sib", "oma"]:
            if role in vault:
                h = fam[role]
                name_role = role if role != "sib" else ("broer" if h.gender == "m" else "zus")
                self.persons.append(Person(h.full, name_role))
        self.vault_words = {fold(w) for p in self.persons for w in name_words(p.name)}
        self.used = {fold(w) for h in fam.values() for w in name_words(h.full)}

    def fresh(self, gender: str, origin: str, hyphen: float = 0.0) -> Human:
        for _ in range(200):
            first = self.first_name(origin, gender)
            sur = self.surname(origin, gender)
            if origin == "nl" and self.rng.random() < hyphen:
                other = self.surname("nl", gender)
                sur = f"{sur}-{other}"
            words = {fold(w) for w in name_words(first) + name_words(sur)}
            if len(words) == len(name_words(first) + name_words(sur)) and not words & self.used:
                self.used |= words
                return Human(first, sur, gender, origin)
        raise RuntimeError("no fresh name")

    def unreg_person(self, role: str) -> Human:
        if role in self.unreg:
            return self.unreg[role]
        rng = self.rng
        fem = {"zus", "nicht", "tante", "tanteM", "schoonmoeder", "vriendinM", "buurvrouw", "juf", "vriendinK"}
        male = {"broer", "neef", "oom", "opa", "buurman", "meester", "vriendK"}
        gender = "f" if role in fem else "m" if role in male else rng.choice("fm")
        fam = self.fam
        if role in ("zus", "broer"):
            origin = fam["kind"].origin
        elif role in ("neef", "nicht", "oom", "tante", "opa"):
            origin = rng.choice([fam["moeder"].origin, fam["vader"].origin])
        elif role in ("vriendinM", "tanteM"):
            origin = fam["moeder"].origin
        elif role == "schoonmoeder":
            origin = fam["partner"].origin if rng.random() < 0.5 else fam["vader"].origin
        elif role in ("buurvrouw", "buurman", "klasgenoot", "vriendinK", "vriendK"):
            origin = self.origin()
        else:   # professionals
            origin = "nl" if rng.random() < 0.6 else self.origin()
        h = self.fresh(gender, origin, hyphen=0.15 if role not in fem | male else 0.05)
        self.unreg[role] = h
        return h

    # ---- mentions

    def lowercase_now(self) -> bool:
        return self.rng.random() < 0.1

    def mention_vault(self, h: Human, form: str) -> list:
        rng = self.rng
        first, sur = h.first, h.surname
        if form == "full":
            r = rng.random()
            if r < 0.82:
                return [Ident("vault:volledig", h.full)]
            if r < 0.9:
                return [Ident("vault:initialen+achternaam", f"{first[0]}. {sur}")]
            if r < 0.95:
                return [Ident("vault:hoofdletters", h.full.upper())]
            return [Ident("vault:kleine-letters", h.full.lower())]
        if form == "pos":
            return [Ident("vault:bezittelijk", possessive(first))]
        if form == "title":
            title = ("mevrouw" if h.gender == "f" else "meneer") if rng.random() < 0.7 else ("mw." if h.gender == "f" else "dhr.")
            return [Ident("vault:titel+achternaam", f"{title} {capital_particle(sur)}")]
        if form == "sur":
            return [Ident("vault:achternaam", capital_particle(sur))]
        r = rng.random()
        if r < 0.8 or len(first) < 3:
            return [Ident("vault:voornaam", first)]
        if r < 0.88:
            return [Ident("vault:kleine-letters", first.lower())]
        if r < 0.94:
            return [Ident("vault:hoofdletters", first.upper())]
        cut = rng.randint(1, len(first) - 1)
        return [Ident("vault:zwsp", first[:cut] + ZWSP + first[cut:])]

    def mention_unreg(self, h: Human, form: str, family: bool = False) -> list:
        sur_words = {fold(w) for w in name_words(h.surname)}
        if family and form in ("full", "sur", "title") and sur_words & self.vault_words:
            form = ""      # the surname is a vault word: name this relative by first name only
        lower = self.lowercase_now()
        if form == "full":
            text = h.full
        elif form == "sur":
            text = capital_particle(h.surname)
        elif form == "title":
            return [Lit("mevrouw " if h.gender == "f" else "meneer "),
                    Ident("unregistered", capital_particle(h.surname), lower=lower)]
        elif form == "pos":
            text = possessive(h.first)
        else:
            text = h.first
        return [Ident("unregistered", text, lower=lower)]

    def family_ref(self, key: str, form: str) -> list:
        role = {"K": "kind", "M": "moeder", "V": "vader", "P": "partner", "B": "sib", "O": "oma"}[key]
        h = self.fam[role]
        if role in self.vault:
            return self.mention_vault(h, form)
        return self.mention_unreg(h, form, family=True)

    # ---- institutions and identifiers

    def institution(self, key: str) -> list:
        rng = self.rng
        if key not in self.cache:
            if key == "school":
                if self.band == "v":
                    self.cache[key] = ("instelling:school", SECONDARY_FORMS, rng.choice(SECONDARY))
                else:
                    self.cache[key] = ("instelling:school", PRIMARY_FORMS, rng.choice(PRIMARY))
            elif key == "opvang":
                forms = DAYCARE_FORMS if self.band == "j" else AFTERSCHOOL_FORMS
                self.cache[key] = ("instelling:opvang", forms, rng.choice(OPVANG))
            elif key == "zh":
                self.cache[key] = ("instelling:ziekenhuis", HOSPITAL_FORMS, rng.choice(HOSPITAL))
            elif key == "zorg":
                forms, name = rng.choice(CARE)
                self.cache[key] = ("instelling:zorg", forms, name)
            else:
                prefix, name = rng.choice(EMPLOYERS)
                self.cache[key] = ("instelling:werkgever", [prefix + " {}", prefix.lower() + " {}", "{}"], name)
        kind, forms, name = self.cache[key]
        form = rng.choice(forms)
        if form == "{}" and name.startswith(("De ", "Het ")) and rng.random() < 0.4:
            name = name[0].lower() + name[1:]
        text = form.format(name)
        words = [w for w in name.split() if fold(w) not in GENERIC]
        return [Ident(kind, text, words=words, lower=self.lowercase_now() and kind != "instelling:werkgever")]

    def phone(self, kind: str) -> str:
        rng = self.rng
        if kind == "vast":
            if rng.random() < 0.7:
                area = rng.choice(["010", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038",
                                   "040", "043", "045", "046", "050", "053", "055", "058", "070", "071", "072",
                                   "073", "074", "075", "076", "077", "078", "079"])
                sub = str(rng.randint(2000000, 9999999))
                return rng.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:5]} {sub[5:]}", f"({area}) {sub}",
                                   f"+31 {area[1:]} {sub}", f"{area} - {sub[:3]} {sub[3:]}"])
            area = rng.choice(["0113", "0161", "0172", "0180", "0223", "0299", "0313", "0341", "0413", "0478",
                               "0492", "0513", "0591"])
            sub = str(rng.randint(200000, 999999))
            return rng.choice([f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"({area}) {sub}"])
        rest = str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        if self.lower_all:
            return rng.choice([f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"06{rest}", f"06 {rest}"])
        return rng.choice([f"06-{rest}", f"06 {rest[:4]} {rest[4:]}", f"06{rest}", f"+31 6 {rest}",
                           f"+31 (0)6 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"0031 6 {rest[:4]} {rest[4:]}",
                           f"+316{rest}", f"06 - {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"])

    def birth_date(self, age: int) -> str:
        rng = self.rng
        year = 2025 - age - rng.randint(0, 1)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
                           f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}",
                           f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS_SHORT[month - 1]} {year}"])

    def email_for(self, h: Human, private: bool, sector: str = "zorg") -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", fold(h.first))
        sur = re.sub(r"[^a-z]", "", fold(h.surname))
        if private:
            local = rng.choice([f"{first}.{sur}", f"{first}{sur}{rng.randint(70, 99)}", f"{first[0]}{sur}",
                                f"{first}_{rng.choice(HANDLE_WORDS)}{rng.randint(1, 99)}", f"{rng.choice(HANDLE_WORDS)}.{first}"])
            return f"{local}@{rng.choice(MAIL_DOMAINS)}"
        local = rng.choice([f"{first[0]}.{sur}", f"{first}.{sur}", f"{first[0]}{sur}"])
        return f"{local}@{rng.choice(WORK_DOMAINS[sector])}"

    def handle_for(self, h: Human, adult: bool = False) -> str:
        rng = self.rng
        first = re.sub(r"[^a-z]", "", fold(h.first))
        w = rng.choice(HANDLE_WORDS)
        year = rng.randint(78, 99) if adult else rng.randint(2007, 2016)
        return rng.choice([f"{first}{year}", f"{first}_{w}", f"x{first}x",
                           f"{w}.{first}{rng.randint(1, 99)}", f"its.{first}.{w}",
                           f"{w}_{rng.choice(HANDLE_WORDS)}{rng.randint(10, 99)}",
                           f"{first}.{rng.choice(['x', 'xx', 'official', 'tv'])}"])

    def account(self, key: str) -> list:
        rng = self.rng
        if key not in self.cache:
            owner = self.fam["partner"] if key == "acc.P" else self.fam["kind"]
            adult = key == "acc.P"
            self.cache[key] = self.handle_for(owner, adult) if rng.random() < 0.6 else self.handle_for(
                Human(rng.choice(HANDLE_WORDS), "", "f", "nl"), adult)
        handle = self.cache[key]
        r = rng.random()
        if r < 0.45:
            return [Ident("account", "@" + handle, value=handle)]
        if r < 0.6:
            return [Lit("instagram "), Ident("account", "@" + handle, value=handle)]
        if r < 0.75:
            return [Ident("account", f"instagram.com/{handle}", value=handle)]
        if r < 0.87:
            return [Ident("account", f"https://www.tiktok.com/@{handle}", value=handle)]
        return [Ident("account", f"tiktok.com/@{handle}", value=handle)]

    def identifier(self, key: str) -> list | None:
        rng = self.rng
        base = key.split(".")[0]
        if base == "tel":
            if key not in self.cache:
                self.cache[key] = self.phone("vast" if key == "tel.vast" else "mobiel")
            return [Ident("telefoon", self.cache[key])]
        if key in ("bsn", "bsn.M"):
            if key not in self.cache:
                n = bsn_number(rng)
                self.cache[key] = rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n])
            return [Ident("bsn", self.cache[key])]
        if key == "iban":
            if key not in self.cache:
                iban, account = iban_number(rng)
                text = iban if rng.random() < 0.4 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
                self.cache[key] = (text, account)
            text, account = self.cache[key]
            return [Ident("iban", text, value=account)]
        if key == "pc":
            if key not in self.cache:
                letters = "ABCDEGHJKLMNPRSTVWXZ"
                while True:
                    pair = rng.choice(letters) + rng.choice(letters)
                    if pair not in ("SA", "SD", "SS"):
                        break
                num = rng.randint(1011, 9999)
                self.cache[key] = f"{num} {pair}" if rng.random() < 0.7 else f"{num}{pair}"
            return [Ident("postcode", self.cache[key])]
        if key == "adres":
            if key not in self.cache:
                street = rng.choice(STREETS)
                number = rng.choice([str(rng.randint(1, 250)), f"{rng.randint(1, 90)}a", f"{rng.randint(1, 120)}-II",
                                     f"{rng.randint(1, 80)} bis", str(rng.randint(1, 40))])
                self.cache[key] = (f"{street} {number}", street.split()[-1])
            text, word = self.cache[key]
            return [Ident("adres", text, words=[word])]
        if key == "kenteken":
            if key not in self.cache:
                L = "BDFGHJKLNPRSTVXZ"
                ls = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
                ds = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
                self.cache[key] = rng.choice([f"{ds(2)}-{ls(3)}-{ds(1)}", f"{ds(1)}-{ls(3)}-{ds(2)}",
                                              f"{ls(2)}-{ds(3)}-{ls(1)}", f"{ls(1)}-{ds(3)}-{ls(2)}",
                                              f"{ls(3)}-{ds(2)}-{ls(1)}"])
            return [Ident("kenteken", self.cache[key])]
        if key in ("geb", "geb.M"):
            if key not in self.cache:
                age = self.age if key == "geb" else self.age + rng.randint(20, 38)
                self.cache[key] = self.birth_date(age)
            return [Ident("geboortedatum", self.cache[key])]
        if key in ("init", "init.M"):
            if key not in self.cache:
                h = self.fam["kind" if key == "init" else "moeder"]
                core = name_words(h.surname)
                letters = [h.first[0]] + [w[0].upper() for w in core]
                self.cache[key] = rng.choice([".".join(letters) + ".", ". ".join(letters) + "."])
            return [Ident("initialen", self.cache[key])]
        if key == "email":
            if key not in self.cache:
                self.cache[key] = self.email_for(self.fam["moeder"], private=True)
            return [Ident("email", self.cache[key])]
        if key.startswith("email:"):
            if key not in self.cache:
                sector = self.cache["sender"][1] if key == "email:afz" and "sender" in self.cache else "zorg"
                self.cache[key] = self.email_for(self.unreg_person(key[6:]), private=False, sector=sector)
            return [Ident("email", self.cache[key])]
        if base == "acc":
            return self.account(key)
        if key in ("school", "opvang", "zh", "zorg", "werk"):
            return self.institution(key)
        return None

    # ---- phrases

    def clinical(self, adult: bool) -> list:
        rng = self.rng
        if adult:
            pool = CLIN_ADULT
        else:
            pool = CLIN_ANY + {"j": CLIN_YOUNG, "b": CLIN_SCHOOL, "v": CLIN_TEEN}[self.band]
        choices = [p for p in pool if p not in self.clin_used]
        phrase = rng.choice(choices)
        self.clin_used.add(phrase)
        return [Phrase(self.pronouns(phrase), "clin")]

    def word_sentence(self) -> list:
        rng = self.rng
        choices = [i for i, (s, p) in enumerate(WORD_SENTENCES) if i not in self.word_used
                   and eligible([s], self.band)
                   and not any(fold(w) in self.used for w in re.findall(r"\w+", p))]
        i = rng.choice(choices)
        self.word_used.add(i)
        sentence, phrase = WORD_SENTENCES[i]
        sentence = self.pronouns(eligible([sentence], self.band)[0])
        if self.lower_all:    # dictated: no punctuation
            sentence = re.sub(r"[.,:']", "", sentence)
        phrase = self.pronouns(phrase)
        a = sentence.index(phrase)
        return [Lit(sentence[:a]), Phrase(phrase, "word"), Lit(sentence[a + len(phrase):])]

    def pronouns(self, text: str) -> str:
        f = self.fam["kind"].gender == "f"
        subs = {"{hij}": "zij" if f else "hij", "{Hij}": "Zij" if f else "Hij", "{zijn}": "haar" if f else "zijn",
                "{Zijn}": "Haar" if f else "Zijn", "{hem}": "haar" if f else "hem"}
        for k, v in subs.items():
            text = text.replace(k, v)
        return text

    # ---- literals

    def age_text(self, age: int) -> str:
        if age == 0:
            months = self.rng.randint(2, 11)
            if self.lower_all:
                return f"{NUMBER_WORDS[months]} maanden"
            return f"{months} mnd" if self.style == "overdracht" else f"{months} maanden"
        if self.lower_all:
            return f"{NUMBER_WORDS[age]} jaar"
        return f"{age} jr" if self.style == "overdracht" else f"{age} jaar"

    def date_text(self) -> str:
        day, month = self.rng.randint(1, 28), self.rng.randint(1, 12)
        if self.style == "overdracht":
            return f"{day}-{month}"
        return f"{day} {MONTHS[month - 1]}"

    def literal(self, key: str) -> str | None:
        rng = self.rng
        if key in ("hij", "Hij", "zijn", "Zijn", "hem"):
            return self.pronouns("{" + key + "}")
        if key == "age":
            return self.age_text(self.age)
        if key == "groep":
            if self.band == "j":
                return "de babygroep" if self.age < 2 else "de peutergroep"
            if self.band == "b":
                return f"groep {self.age - 3}"
            return f"klas {self.age - 11}"
        if key == "brus":
            g = self.fam["sib"].gender
            if self.sib_older:
                return "zus" if g == "f" else "broer"
            return "zusje" if g == "f" else "broertje"
        if key in ("datum", "datum2"):
            return self.date_text()
        if key == "tijd":
            return f"{rng.randint(6, 23):02d}{rng.choice([':', '.'])}{rng.randint(0, 59):02d}"
        if key == "dag":
            return rng.choice(WEEKDAYS)
        if key in ("city", "city2"):
            if key not in self.cache:
                other = self.cache.get("city2" if key == "city" else "city")
                self.cache[key] = rng.choice([c for c in CITIES if c != other])
            return self.cache[key]
        if key == "land":
            return COUNTRY[self.fam["vader"].origin]
        return None

    # ---- rendering

    def render(self, template: str, lower: bool = False) -> list:
        pieces: list = []
        pos = 0
        for m in re.finditer(r"\{([^{}]+)\}", template):
            if m.start() > pos:
                pieces.append(Lit(template[pos:m.start()]))
            pieces.extend(self.slot(m.group(1)))
            pos = m.end()
        if pos < len(template):
            pieces.append(Lit(template[pos:]))
        if lower:
            for p in pieces:
                p.lower = True
        return pieces

    def slot(self, key: str) -> list:
        if key.startswith("u:"):
            role, _, form = key[2:].partition(".")
            return self.mention_unreg(self.unreg_person(role), form)
        head, _, form = key.partition(".")
        if head in ("K", "M", "V", "P", "B", "O"):
            return self.family_ref(head, form)
        if key == "clin":
            return self.clinical(adult=False)
        if key == "clinM":
            return self.clinical(adult=True)
        if key == "word":
            return self.word_sentence()
        if key in CHOICES:
            return self.render(self.rng.choice(CHOICES[key]))
        if key == "functie":
            return self.render(self.cache["sender"][0])
        if key == "afz_inst":
            return self.slot(self.cache["sender"][1])
        found = self.identifier(key)
        if found is not None:
            return found
        lit = self.literal(key)
        if lit is None:
            raise KeyError(key)
        return [Lit(lit)]


def possessive(name: str) -> str:
    if name[-1].lower() in "sxz":
        return name + "'"
    if name[-1].lower() in "aeiouy":
        return name + "'s"
    return name + "s"


def capital_particle(surname: str) -> str:
    """"van der Meer" -> "Van der Meer" (the Dutch spelling without a first name before it)."""
    return surname[0].upper() + surname[1:]


def eligible(templates: list[str], band: str) -> list[str]:
    out = []
    for t in templates:
        m = re.match(r"\[([jbv]+)\] ", t)
        if m:
            if band in m.group(1):
                out.append(t[m.end():])
        else:
            out.append(t)
    return out


def n_idents(pieces: list) -> int:
    return sum(isinstance(p, Ident) for p in pieces)


# --------------------------------------------------------------------------------------------


class NoteMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rejected = 0

    def make(self) -> Note:
        while True:
            note = self.attempt()
            if note is not None:
                return note
            self.rejected += 1

    def attempt(self) -> Note | None:
        rng = self.rng
        style = rng.choice(STYLES)
        length = "kort" if rng.random() < 0.4 else "lang"
        case = Case(rng, style)
        lo, hi = (3, 6) if length == "kort" else (8, 15)
        target = rng.randint(lo, hi)
        built = getattr(self, "compose_" + style.split("-")[0])(case, target, hi, length)
        if built is None:
            return None
        note = assemble(case, style, length, built)
        if note is None or not (lo <= len(note.items) <= hi) or not validate(note, case):
            return None
        return note

    # ---- body filling shared by the styles

    def fill(self, case: Case, templates: list[str], budget: int, room: int, length: str,
             lower: float = 0.0) -> list[list] | None:
        """Segments from ``templates`` until ``budget`` identifiers (at most ``room``)."""
        rng = self.rng
        pool = eligible(templates, case.band)
        rng.shuffle(pool)
        clin = [t for t in pool if "{clin" in t]
        words = [t for t in pool if "{word}" in t]
        first = clin[:1]
        if words and (length == "lang" or rng.random() < 0.5):
            first += words[:1]
        pool = first + [t for t in pool if t not in first]
        chosen, count = [], 0
        for t in pool:
            if count >= budget and chosen:
                break
            pieces = case.render(t, lower=rng.random() < lower)
            n = n_idents(pieces)
            if count + n > room:
                continue
            chosen.append(pieces)
            count += n
        return chosen

    def compose_overdracht(self, case: Case, target: int, hi: int, length: str):
        rng = self.rng
        head = case.render(rng.choice(OVERDRACHT_HEAD))
        tail = case.render(rng.choice(OVERDRACHT_TAIL))
        fixed = n_idents(head) + n_idents(tail)
        body = self.fill(case, OVERDRACHT_BODY, target - fixed, hi - fixed, length)
        sep = rng.choice(["\n", "\n- ", " "])
        out = head + ([Lit("- ")] if sep == "\n- " else [])
        for i, seg in enumerate(body):
            out += ([Lit(sep)] if i else []) + seg
        return out + tail

    def compose_mail(self, case: Case, target: int, hi: int, length: str):
        rng = self.rng
        senders = [s for s in SENDERS if case.band in s[2]]
        case.cache["sender"] = rng.choice(senders)
        if length == "kort":   # a short forward: only the quoted mail, short signature
            head = case.render(rng.choice(MAIL_HEADERS[2:])) + case.render(rng.choice(MAIL_GREET[1:3]))
            tail = case.render(f"\n\n{rng.choice(MAIL_CLOSE)}\n{{u:afz}}")
        else:
            head = case.render(rng.choice(MAIL_FWD)) + case.render(rng.choice(MAIL_HEADERS))
            head += case.render(rng.choice(MAIL_GREET))
            sig = f"\n\n{rng.choice(MAIL_CLOSE)}\n\n{{u:afz.full}}\n{{functie}}\n{{afz_inst}}"
            if rng.random() < 0.5:
                sig += "\nT " + rng.choice(["{tel.vast}", "{tel.vast} | {email:afz}"])
            tail = case.render(sig)
        fixed = n_idents(head) + n_idents(tail)
        if fixed >= hi:
            return None
        body = self.fill(case, MAIL_BODY, target - fixed, hi - fixed, length)
        out = head
        para = rng.random() < 0.5
        for i, seg in enumerate(body):
            out += ([Lit("\n\n" if para else " ")] if i else []) + seg
        return out + tail

    def compose_spraak(self, case: Case, target: int, hi: int, length: str):
        rng = self.rng
        head = case.render(rng.choice(SPRAAK_HEAD))
        tail = case.render(rng.choice(SPRAAK_TAIL))
        fixed = n_idents(tail)
        body = self.fill(case, SPRAAK_BODY, target - fixed, hi - fixed, length)
        out = head
        for i, seg in enumerate(body):
            out += ([Lit(rng.choice(SPRAAK_JOIN))] if i else []) + seg
        return out + tail

    def compose_whatsapp(self, case: Case, target: int, hi: int, length: str):
        rng = self.rng
        intro = case.render(rng.choice(eligible(WHATSAPP_INTRO, case.band)))
        lower = rng.random() < 0.55
        n_msg = rng.randint(1, 2) if length == "kort" else rng.randint(2, 4)
        msg_budget = min(target - n_idents(intro), 2 * n_msg)
        msgs = self.fill(case, WHATSAPP_MSG, max(1, msg_budget), hi - n_idents(intro), "kort", lower=1.0 if lower else 0)
        msgs = msgs[:n_msg]
        quoted: list = []
        lines = rng.random() < 0.5
        open_q, close_q = rng.choice([("“", "”"), ('"', '"'), ("'", "'")])
        minutes = sorted(rng.sample(range(6 * 60, 24 * 60), len(msgs)))
        for i, seg in enumerate(msgs):
            if lines:
                stamp = f"[{minutes[i] // 60:02d}:{minutes[i] % 60:02d}] "
                quoted += [Lit(("\n" if i else "") + stamp)] + seg
            else:
                quoted += ([Lit(rng.choice([" ", ". ", "\n"]))] if i else [Lit(open_q)]) + seg
        if not lines:
            quoted.append(Lit(close_q))
        out = intro + quoted + [Lit("\n\n")]
        used = n_idents(out)
        follow = self.fill(case, WHATSAPP_FOLLOW, target - used, hi - used, length)
        for i, seg in enumerate(follow):
            out += ([Lit(" ")] if i else []) + seg
        return out

    def compose_verslag(self, case: Case, target: int, hi: int, length: str):
        rng = self.rng
        head = case.render(rng.choice(eligible(GESPREK_HEAD, case.band)))
        tail = case.render(rng.choice(GESPREK_TAIL))
        fixed = n_idents(head) + n_idents(tail)
        if fixed >= hi:
            return None
        body = self.fill(case, GESPREK_BODY, target - fixed, hi - fixed, length)
        out = head
        for i, seg in enumerate(body):
            out += ([Lit("\n")] if i else []) + seg
        return out + tail


# --------------------------------------------------------------------------------------------


def cue_before(text: str) -> str:
    m = re.search(r"(\S+)\s*$", text)
    if not m:
        return "zonder aanwijzing"
    token = m.group(1).strip(".,;:()\"“”‘’'[]–-").lower()
    return "met aanwijzing" if token in CUES else "zonder aanwijzing"


def checks_for(kind: str, text: str, ident: Ident) -> list[Check]:
    if kind == "vault:zwsp":
        return [Check("exact", text), Check("word", text.replace(ZWSP, ""))]
    if kind == "unregistered" or kind.startswith("vault:"):
        return [Check("word", w) for w in name_words(text)]
    if kind.startswith("instelling:") or kind == "adres":
        return [Check("word", w.lower() if text == text.lower() else w) for w in ident.words]
    if kind == "telefoon":
        return [Check("digits", digits(text)[-7:])]
    if kind == "bsn":
        return [Check("digits", digits(text))]
    if kind == "iban":
        return [Check("digits", ident.value)]
    if kind in ("postcode", "kenteken"):
        return [Check("compact", compact(text))]
    if kind == "email":
        return [Check("ci", text.split("@")[0])]
    if kind == "account":
        return [Check("ci", ident.value)]
    return [Check("exact", text)]    # geboortedatum, initialen


def assemble(case: Case, style: str, length: str, pieces: list) -> Note | None:
    parts: list[str] = []
    pos = 0
    items, clinical, words = [], [], []
    for p in pieces:
        lower = case.lower_all or p.lower
        raw = p.text
        text = raw.lower() if lower else raw
        if len(text) != len(raw):
            return None
        if isinstance(p, Ident):
            if p.lower and not lower:
                text = raw.lower()
            kind = p.kind
            if kind.startswith("vault:") and text != raw and kind != "vault:zwsp":
                kind = "vault:kleine-letters"
            attrs = {}
            if kind == "unregistered":
                attrs = {"case": "kleine letters" if text == text.lower() else "hoofdletter",
                         "cue": cue_before("".join(parts))}
            items.append(Item(kind, text, pos, pos + len(text), checks_for(kind, text, p), attrs))
        elif isinstance(p, Phrase):
            (clinical if p.kind == "clin" else words).append(text)
        parts.append(text)
        pos += len(text)
    text = "".join(parts)
    return Note(style, length, text, list(case.persons), items, clinical, words)


def check_in_text(check: Check, text: str) -> bool:
    if check.how == "exact":
        return check.value in text
    if check.how == "ci":
        return check.value.lower() in text.lower()
    if check.how == "word":
        return word_in(fold(check.value), fold(text.replace(ZWSP, "")))
    if check.how == "digits":
        return check.value in digits(text)
    if check.how == "compact":
        return check.value.upper() in compact(text)
    raise ValueError(check.how)


def validate(note: Note, case: Case) -> bool:
    """The note's own consistency rules (see the module docstring)."""
    text = note.text
    folded = fold(text)
    if len(folded) != len(text):
        return False
    spans = sorted((it.start, it.end) for it in note.items)
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return False

    def inside(span: tuple[int, int]) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in spans)

    name_words_all: set[str] = set(case.vault_words)
    unreg_words: set[str] = set()
    for it in note.items:
        if text[it.start:it.end] != it.text or not it.checks:
            return False
        for c in it.checks:
            if not check_in_text(c, it.text):
                return False
            if c.how == "word":
                w = fold(c.value)
                if it.kind == "unregistered":
                    unreg_words.add(w)
                if it.kind == "unregistered" or it.kind.startswith("vault:"):
                    name_words_all.add(w)
                if not all(inside(s) for s in word_spans(w, folded)):
                    return False
    if unreg_words & case.vault_words:
        return False
    for w in case.vault_words:
        if not all(inside(s) for s in word_spans(w, folded)):
            return False
    item_words = {fold(c.value) for it in note.items for c in it.checks if c.how == "word"}
    for phrase in note.clinical + note.words:
        fp = fold(phrase)
        i = folded.find(fp)
        if i < 0 or inside((i, i + len(fp))) or any(s < i + len(fp) and i < e for s, e in spans):
            return False
        if any(word_spans(w, fp) for w in item_words | name_words_all):
            return False
    if not note.clinical:
        return False
    child = {fold(w) for w in name_words(case.fam["kind"].full)}
    if not any(it.kind.startswith("vault:") and {fold(c.value.replace(ZWSP, "")) for c in it.checks} & child
               for it in note.items):
        return False          # every note names the child at least once
    return True


def make_notes(n: int, seed: int) -> list[Note]:
    maker = NoteMaker(seed)
    notes, seen = [], set()
    while len(notes) < n:
        note = maker.make()
        if note.text in seen:
            continue
        seen.add(note.text)
        notes.append(note)
    return notes


# --------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    notes = make_notes(args.n, args.seed)
    kinds = Counter(it.kind for note in notes for it in note.items)
    print(f"{len(notes)} notes, {sum(kinds.values())} items")
    for style in STYLES:
        print(f"  {style:20s} {sum(n.style == style for n in notes)}")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:32s} {count}")
    for note in notes[:args.show]:
        print("\n" + "=" * 80)
        print(f"[{note.style} / {note.length}] vault: " + ", ".join(f"{p.name} ({p.role})" for p in note.persons))
        print(note.text)
        for it in note.items:
            print(f"    {it.kind:28s} {it.text!r} {it.attrs or ''}")
        print("    clinical:", note.clinical, "words:", note.words)


if __name__ == "__main__":
    main()
