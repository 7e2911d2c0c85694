"""A fourth held-out set of synthetic case notes for benchmarks/redaction.py.

Written without seeing the redactor or the other note sets (own names, templates, phrases and
invented institutions). Four styles, all unlike the other sets:

- ``wijkteam-intake``: a social neighbourhood team's intake form with labelled fields and free
  text (Hulpvraag, Netwerk, Schulden, family members with ages, landlord, employer, creditors);
- ``sms-en-voicemail``: a professional's log of text messages and voicemails from family members,
  with times and numbers, misspellings, lower-case names and emoji;
- ``school-incidentmelding``: a school's incident registration (pupils, witnesses, the teacher on
  duty, the class, parents called, the sports hall or after-school club);
- ``ziekenhuis-overdracht-kinderarts``: an SBAR handover on a paediatric ward (rooms, nurses and
  doctors, the referring GP practice, the school and the daycare).

Every identifier is annotated as an ``Item`` with character offsets and the checks that decide a
leak; clinical phrases and name-like Dutch words that must survive are listed per note.

    make_notes(n, seed) -> list[Note]      # deterministic for a seed, distinct texts
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

PARTICLES = {"van", "de", "der", "den", "el", "al", "ben", "ter", "ten", "te", "'t"}

# --------------------------------------------------------------------------------------------
# Names: origin -> (boys, girls, surnames). Own lists; some are also Dutch words.

NAMES: dict[str, tuple[str, str, str]] = {
    "nederlands": ("Daan Sem Bram Thijs Jesse Ruben Storm Mees Gijs Wouter Jeroen Sander Jan-Willem Kees",
                   "Roos Fleur Lotte Sanne Femke Anouk Iris Eline Maud Isa Anne-Fleur Jet Floor Merel",
                   "Bakker|de Wit|Visser|Vos|Kok|van Dijk|Mulder|de Boer|Smid|Koning|Brouwer|van der Linden|"
                   "Groen|Zwart|de Haas|Engel|Baas|Bos|'t Hart|van den Broek|Wolf|Storm"),
    "fries": ("Sjoerd Jelmer Tsjerk Wybren Hylke Durk Jildert Sipke",
              "Wietske Hylkje Sietske Baukje Janke Froukje Aukje Tsjitske",
              "Hoekstra|Terpstra|Wijbenga|Zijlstra|Bosma|Dijkstra|Postma|Hiemstra|de Jong|Sikkema"),
    "brabants": ("Sjef Toon Huub Driek Joep Stijn Teun Rens",
                 "Mieke Ilse Marieke Lieke Hanneke Jolien Kim Noortje",
                 "van Gestel|Verhoeven|van den Heuvel|van de Ven|Schellekens|Kuijpers|van Rooij|Swinkels|"
                 "Smulders|Daamen"),
    "marokkaans": ("Mohamed Yassin Bilal Ayoub Hamza Anouar Soufiane Ilias",
                   "Fatima Noura Salma Khadija Imane Yasmina Hafsa Soukaina",
                   "El Amrani|Bouzid|Ouali|Azzouzi|El Idrissi|Ben Ali|Chaoui|Tahiri|Aarab|el Khattabi"),
    "turks": ("Emre Burak Mehmet Yusuf Kerem Ömer Serkan Baran",
              "Elif Zeynep Büşra Esra Ayşe Merve Hatice Defne",
              "Yılmaz|Öztürk|Demir|Kaya|Çelik|Şahin|Aydın|Koç|Arslan|Doğan"),
    "koerdisch": ("Rojhat Azad Serhat Berzan Roj Welat",
                  "Rojda Berivan Zozan Hevin Dilan Nazdar",
                  "Zebari|Amedi|Botani|Rekani|Hawrami|Xani|Duhoki"),
    "surinaams": ("Dwayne Rishi Kenneth Romano Jurgen Ravi Sheldon",
                  "Shanice Priya Chantal Jolanda Kavita Gwendolyn Naomi",
                  "Pinas|Sedney|Mahabier|Ramdin|Kartosen|Biharie|Wijngaarde|Amatmoekrim|Nelom|Ramsaran"),
    "antilliaans": ("Jurick Giovanni Shurwen Rignald Jayden Ruthmar",
                    "Shudayra Xiomara Gisela Yudeisy Chenelva Sharina",
                    "Martina|Cijntje|Isenia|Statia|Koeiman|Rosalia|Maduro|Winklaar"),
    "moluks": ("Ronny Frans Johny Izaak Daniel Semuel",
               "Mientje Josina Betsy Nathalie Ineke Welmoed",
               "Latumahina|Pattiasina|Tuhumury|Wattimena|Sahetapy|Manuhutu|Lekatompessy|Soselisa"),
    "pools": ("Jakub Kacper Mateusz Piotr Tomasz Bartosz Szymon",
              "Zuzanna Agnieszka Katarzyna Magdalena Wiktoria Joanna",
              "Kowalczyk|Wiśniewski|Nowak|Zieliński|Lewandowska|Wójcik|Kamińska|Mazur|Krawczyk"),
    "bulgaars": ("Georgi Dimitar Ivan Stoyan Nikolay",
                 "Desislava Gergana Radka Yana Milena",
                 "Petrov|Ivanova|Georgiev|Dimitrova|Stoyanov|Todorov|Kostadinova"),
    "roemeens": ("Andrei Ionuț Florin Mihai Cristian Răzvan",
                 "Ioana Andreea Elena Bianca Roxana Mădălina",
                 "Popescu|Ionescu|Dumitru|Stan|Munteanu|Constantin|Lungu"),
    "eritrees": ("Yonas Filmon Tesfay Berhane Amanuel Semere",
                 "Helen Senait Rahwa Mebrat Saba Luwam",
                 "Tesfamariam|Ghebremedhin|Haile|Weldemichael|Kidane|Tekle|Habte"),
    "somalisch": ("Abdirahman Mahad Liban Hassan Guled",
                  "Hodan Sagal Ayaan Ifrah Nimco",
                  "Warsame|Jama|Abdi|Farah|Hirsi|Dahir|Osman"),
    "ghanees": ("Kwame Kofi Yaw Kwabena Kojo",
                "Ama Akosua Abena Efua Adjoa",
                "Mensah|Owusu|Boateng|Asante|Agyeman|Darko|Appiah"),
    "nigeriaans": ("Chinedu Emeka Oluwaseun Tunde Ifeanyi",
                   "Chioma Ngozi Funmilayo Adaeze Blessing",
                   "Okafor|Adeyemi|Nwosu|Okonkwo|Balogun|Eze|Obi"),
    "syrisch": ("Omar Khaled Mahmoud Rami Tarek Yazan",
                "Rasha Lina Ghalia Nour Hiba Rawan",
                "Al-Hassan|Haddad|Khatib|Al-Masri|Darwish|Sabbagh|Alhamwi"),
    "afghaans": ("Ahmad Farid Jawad Mustafa Sohail Wahid",
                 "Mariam Zahra Farzana Shabnam Parwana",
                 "Ahmadzai|Rahimi|Hashimi|Noori|Popal|Sultani|Karimi"),
    "iraans": ("Reza Arash Kaveh Babak Dariush",
               "Shirin Nazanin Leila Parisa Mahsa",
               "Hosseini|Tehrani|Moradi|Rezaei|Jafari|Sadeghi|Kazemi"),
    "oekraiens": ("Oleksandr Dmytro Bohdan Taras Mykola",
                  "Oksana Iryna Olena Yulia Nataliia",
                  "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Boyko"),
    "chinees": ("Wei Jun Hao Ming Bo",
                "Mei Xiu Lian Yan Ling",
                "Zhang|Wang|Liu|Chen|Huang|Lin|Zhou"),
    "vietnamees": ("Minh Tuan Duc Long Huy",
                   "Linh Thao Trang Hoa Ngoc",
                   "Nguyen|Tran|Pham|Hoang|Vu|Dang|Bui"),
    "indiaas": ("Arjun Rohan Vikram Sanjay Aditya",
                "Ananya Divya Lakshmi Sneha Pooja",
                "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Menon"),
    "kaapverdisch": ("Nelson Edson Adilson Mário Djoy",
                     "Elisângela Ivone Neusa Odete Dulce",
                     "Tavares|Fortes|Monteiro|Lopes|Semedo|Évora|Delgado"),
    "braziliaans": ("João Thiago Rafael Gustavo Lucas",
                    "Larissa Camila Juliana Fernanda Bruna",
                    "Oliveira|Souza|Ferreira|Carvalho|Rodrigues|Almeida|Barbosa"),
    "dominicaans": ("Yeison Wander Ramón Félix Starlin",
                    "Yaritza Yokasta Altagracia Yesenia Marisol",
                    "Peña|Reyes|Batista|Féliz|Rosario|Cuevas|Almonte"),
    "portugees": ("Tiago Rui Nuno Duarte Bruno",
                  "Inês Beatriz Catarina Rita Marta",
                  "Pereira|Costa|Gonçalves|Marques|Correia|Pinto|Sousa"),
    "grieks": ("Giorgos Nikos Dimitris Kostas Yannis",
               "Eleni Katerina Despina Sofia Maria",
               "Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Vlachos|Karagiannis|Oikonomou"),
    "bosnisch": ("Amir Haris Edin Emir Adnan Mirza",
                 "Amra Lejla Selma Emina Ajla Merima",
                 "Hodžić|Begović|Mehmedović|Delić|Hadžić|Kovačević|Husić"),
}
ORIGIN_KEYS = list(NAMES)
BOYS = {k: v[0].split() for k, v in NAMES.items()}
GIRLS = {k: v[1].split() for k, v in NAMES.items()}
SURNAMES = {k: v[2].split("|") for k, v in NAMES.items()}

# --------------------------------------------------------------------------------------------
# Invented institutions: (prefixes, cores). Check words are the core's words minus articles.

SCHOOL = (["basisschool", "Basisschool", "obs", "OBS", "cbs", "ikc", "kindcentrum", "sbo", "rkbs",
           "montessorischool", "daltonschool"],
          ["De Knotwilg", "Het Zonnespoor", "De Vlonder", "De Kolibrie", "Het Kantelpunt", "De Waterlelie",
           "De Zeeanemoon", "Het Vlinderveld", "De Sterrenwachter", "Al-Noer", "De Tamboerijn",
           "Meanderdal", "De Keerkring", "Het Heksenkruid", "De Wervelwind", "Pijlstaart"])
OPVANG = (["kinderdagverblijf", "kdv", "bso", "BSO", "peuteropvang", "kinderopvang", "Kinderopvang"],
          ["Het Kwetternest", "Ukkepuk", "De Dromenvanger", "Snoezelhoek", "Het Speelkwartier",
           "De Brommerik", "Tierelier", "Boemlala", "De Kikkerpoel", "Hummelhonk", "De Ballonvaart"])
ZIEKENHUIS = (["Ziekenhuis", "ziekenhuis", "MC", "Medisch Centrum", "het"],
              ["Veenhorst", "Amstelzoom", "Oostervaart", "Lingezicht", "Walburgis", "Maasdelta",
               "Kennemerzicht", "Dijkzicht-Zuid", "Vechtstede"])
ZORG = (["huisartsenpraktijk", "Huisartsenpraktijk", "praktijk", "gezondheidscentrum", "Gezondheidscentrum",
         "GGZ", "jeugdhulp"],
        ["Wolkenkamp", "Kruidhof", "Stroomop", "Ankerwijk", "De Ruif", "Zonnedauw", "Het Lichtschip",
         "Brugwachter", "Klimrek", "De Wegwijzer"])
WERK = [("Tolmark", ["Tolmark Logistiek", "distributiecentrum Tolmark", "Tolmark"]),
        ("Dalcor", ["Dalcor Vleeswaren", "vleesverwerker Dalcor", "Dalcor"]),
        ("Stenvoort", ["Bouwbedrijf Stenvoort", "bouwbedrijf Stenvoort", "Stenvoort"]),
        ("Glansrijk", ["Schoonmaakbedrijf Glansrijk", "schoonmaakbedrijf Glansrijk", "Glansrijk"]),
        ("Korenschoof", ["Bakkerij Korenschoof", "bakkerij Korenschoof", "Korenschoof"]),
        ("Nordvries", ["Koelhuis Nordvries", "Nordvries", "nordvries koelhuis"]),
        ("Groenestein", ["Kwekerij Groenestein", "kwekerij Groenestein", "Groenestein"]),
        ("Pakkett", ["Pakkett Bezorging", "Pakkett", "pakkett"]),
        ("Veltrix", ["Veltrix Uitzendgroep", "uitzendbureau Veltrix", "Veltrix"]),
        ("Havikwerf", ["Scheepswerf Havikwerf", "Havikwerf", "de Havikwerf"])]
GENERIC = {"de", "het", "'t", "al"}

STREETS = ["Lijsterbeslaan", "Korenbloemstraat", "Hazelaarhof", "Reigerweg", "Boekweitstraat",
           "Watermolenweg", "Klaprooshof", "Zwanebloemstraat", "Ganzerikstraat", "Hooibergweg",
           "Kievitsbloemlaan", "Ratelaarstraat", "Schelpenpad", "Dotterbloemsingel", "Tjalkstraat",
           "Fregatweg", "Zilverschoonstraat", "Pimpernelhof", "Keerweerstraat", "Balkengracht"]
CITIES = ["Zwolle", "Tilburg", "Almere", "Leeuwarden", "Rotterdam", "Utrecht", "Arnhem", "Venlo", "Schiedam",
          "Emmen", "Zaandam", "Helmond", "Lelystad", "Deventer", "Amersfoort", "Sneek", "Oss", "Heerlen"]
WIJKEN = ["Noord", "Oost", "Centrum-West", "Zuid 2", "Kanaleneiland", "de Schilderswijk-team", "Oud-Zuid",
          "Haven", "Stadsdeel 3"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

# Clinical observations (noun phrases) and per-style variants; none carries a name or identifier.
CLIN = ["blauwe plekken op beide bovenarmen", "een schaafwond op de linkerwang", "slecht slapen en nachtmerries",
        "weinig eetlust", "plotselinge woedeaanvallen", "terugval in zindelijkheid",
        "angst om naar huis te gaan", "schrikreacties bij harde geluiden", "vaak hoofdpijn en buikpijn",
        "veel verzuim in de ochtend", "onvoldoende verzorging en vieze kleding", "teruggetrokken gedrag",
        "geen winterjas bij koud weer", "geschreeuw in de avonduren", "een gespannen sfeer thuis",
        "oude littekens op de handrug", "een verdikte pols", "ondergewicht voor de leeftijd",
        "concentratieproblemen in de klas", "huilbuien zonder duidelijke aanleiding",
        "alcoholgebruik van een ouder", "signalen van huiselijk geweld"]
CLIN_SMS = ["slaapt heel slecht", "plast weer in bed", "wil niet meer eten", "huilt de hele tijd",
            "is bang als de deur dicht slaat", "heeft weer buikpijn", "wil niet naar school",
            "zit de hele dag op haar kamer", "schrikt van elk geluid", "praat bijna niet meer"]
CLIN_SCHOOL = ["sloeg een klasgenoot met de vuist", "huilde ontroostbaar", "had een bloedneus",
               "viel van het klimrek", "liep weg van het plein", "was erg stil en afwezig",
               "reageerde heftig toen er werd geroepen", "had een rode striem in de nek",
               "wilde niet omkleden voor de gymles", "vertelde dat er thuis geslagen wordt"]
CLIN_ZKH = ["een spiraalfractuur van de rechter bovenarm", "petechiën rond beide ogen",
            "een subduraal hematoom", "blauwe plekken van verschillende leeftijd", "brandwonden aan beide voeten",
            "een verminderd bewustzijn", "uitdroging na dagen braken", "ribfracturen in verschillende stadia",
            "een stabiele saturatie zonder extra zuurstof", "pijnscores die dalen", "een goede intake van voeding",
            "een vertraagde hulpvraag", "een wisselend verhaal over het ontstaan"]

# Dutch words that are also names, used as words: (before, phrase, after).
WORDS = [("Vader stond de volgende dag met ", "een bos bloemen", " voor de deur."),
         ("Moeder haalt het brood bij ", "de bakker op de hoek", "."),
         ("Op de tafel stond ", "een rode roos", " in een vaas."),
         ("Het gezin is na ", "de storm van vorig jaar", " verhuisd."),
         ("Moeder zegt nog ", "hoop op herstel", " te hebben."),
         ("De afspraken zijn ", "zwart op wit", " gezet."),
         ("De gemeente heeft ", "groen licht", " gegeven voor extra hulp."),
         ("Het kind noemt zichzelf ", "een slimme vos", "."),
         ("Volgens het kind is hij ", "de baas in huis", "."),
         ("Oom werkt als ", "kok in een restaurant", "."),
         ("Het kind wil later ", "koning van de wereld", " worden."),
         ("De broer rent ", "als een haas", " weg bij ruzie."),
         ("Het kind tekende ", "een grote wolf", " bij het huis."),
         ("Moeder noemt het kind ", "haar kleine engel", "."),
         ("Het kind sliep met ", "een knuffel van een beer", "."),
         ("Op het erf van ", "de boer verderop", " speelt het kind vaak."),
         ("Het kind was ", "zo wit als een doek", "."),
         ("Het kind liep een tijdje mee met ", "de smid in de buurt", "."),
         ("Zij droeg ", "een groen jasje", " zonder voering."),
         ("In het dossier staat ", "de visser van de haven", " als getuige genoemd."),
         ("Het gesprek verliep ", "in het begin stroef", "."),
         ("Moeder wil ", "een frisse start", " maken.")]

TITLES = {"mevrouw", "meneer", "mw.", "dhr.", "mw", "dhr", "dr.", "dokter", "mevr.", "heer"}
FEMALE_CUES = {"juf", "mevrouw", "mw.", "mw", "mevr.", "buurvrouw", "tante", "oma", "zus", "vriendin", "moeder",
               "mama"}
MALE_CUES = {"meester", "meneer", "dhr.", "dhr", "buurman", "oom", "opa", "broer", "vriend", "vader", "papa",
             "heer"}
CUES = TITLES | FEMALE_CUES | MALE_CUES | {
    "vpk", "verpleegkundige", "kinderarts", "huisarts", "collega", "leerkracht", "mentor", "ib'er",
    "begeleider", "medewerker", "dossierhouder", "contactpersoon", "verhuurder", "huisbaas", "arts-assistent",
    "aandachtsfunctionaris", "leerling", "klasgenoot", "coach", "pm'er", "jeugdarts", "gymdocent", "conciërge"}

ROLES = ["kind", "moeder", "vader", "partner", "broer_zus", "oma", "opa", "tante", "oom"]
ID_TOKENS = {"tel", "bsn", "iban", "pc", "kent", "mail", "acc", "adres", "geb", "ini",
             "school", "opvang", "zkh", "zorg", "werk", "u"} | set(ROLES)
TOKEN = re.compile(r"\{([A-Za-z_]+)(?::([a-z_]+))?\}")

# --------------------------------------------------------------------------------------------
# Templates per style: lines (mandatory?, alternatives). Tokens: family roles ({kind}, {moeder:ach},
# ...), {u} (a person not in the vault), institutions, identifiers, {clin[:sms|school|zkh]}, {word},
# and plain fillers ({age:role}, {datum}, {tijd}, {stad}, {groep}, {hij}, {zijn}, {hem}, ...).

INTAKE = [
    (True, ["WIJKTEAM {wijk} – INTAKEFORMULIER\nDatum intake: {datum}\n",
            "Intake sociaal wijkteam {wijk}\nDatum: {datum}\n"]),
    (False, ["Medewerker: {u}\n", "Intake gedaan door collega {u} en ondergetekende\n"]),
    (True, ["Aangemeld door: {moeder:vol} (moeder)\n", "Aanmelding: moeder {moeder} meldt zich zelf\n",
            "Aanmelding via {zorg}; moeder stemt in met de intake\n"]),
    (False, ["Adres: {adres}, {pc} {stad}\n", "Woonadres: {adres} te {stad}\n"]),
    (False, ["Telefoon: {tel}\n", "Tel. moeder: {tel}\n"]),
    (False, ["E-mail: {mail}\n"]),
    (False, ["BSN kind: {bsn}\n", "BSN {kind}: {bsn}\n"]),
    (True, ["Gezinssamenstelling:\n- {kind:vol}, {age:kind} jaar, zit op {school}\n",
            "Gezin:\n- {kind}, {age:kind} jaar, geboren {geb}\n",
            "Gezinsleden:\n- {kind} ({age:kind} jr)\n"]),
    (False, ["- {broer_zus}, {age:broer_zus} jaar, gaat drie dagen naar {opvang}\n",
             "- {broer_zus} ({age:broer_zus} jr), logeert vaak bij oma\n"]),
    (False, ["- moeder {moeder}, {age:moeder} jaar, werkt {uren} uur per week bij {werk}\n",
             "- moeder, {age:moeder} jaar, werkt parttime bij {werk}\n"]),
    (False, ["- vader {vader}, woont sinds {maand} niet meer thuis\n",
             "- vader {vader} ({age:vader} jr), werkloos sinds ontslag bij {werk}\n"]),
    (False, ["- nieuwe partner van moeder: {partner}, rijdt in een auto met kenteken {kent}\n",
             "- partner {partner} woont deels in, is niet ingeschreven\n"]),
    (True, ["Hulpvraag: moeder wil hulp bij geldzaken en maakt zich zorgen over {clin} bij {kind}.\n",
            "Hulpvraag: rust in huis. Moeder ziet {clin} en {clin} en weet niet hoe ze het moet aanpakken.\n",
            "Hulpvraag: ondersteuning bij opvoeding; school noemt {clin}. {word}\n"]),
    (False, ["Netwerk: oma {oma} woont in {stad} en past soms op; buurvrouw {u} brengt {kind} naar school.\n",
             "Netwerk: klein. Tante {tante} helpt met boodschappen, opa {opa} is ziek.\n",
             "Netwerk: vriendin {u} is haar enige steun; met oom {oom} is het contact verbroken.\n"]),
    (False, ["Schulden: huurachterstand van ongeveer {bedrag} euro; verhuurder is particulier, dhr. {u}.\n",
             "Schulden: achterstand bij de energieleverancier, zaak ligt bij een incassobureau "
             "(dossierhouder mw. {u}).\n",
             "Schulden: CJIB-boetes op kenteken {kent}, ongeveer {bedrag} euro.\n"]),
    (False, ["Betalingsregeling loopt via rekening {iban}.\n", "Toeslagen worden gestort op {iban}.\n"]),
    (False, ["Werk/inkomen: vader werkt in ploegen bij {werk}; moeder heeft een uitkering.\n",
             "Inkomen: loon van moeder via {werk}, onregelmatig.\n"]),
    (True, ["Zorgen: {clin}; {clin}. {word}\n", "Observatie tijdens huisbezoek: {clin}. {word}\n",
            "Zorgen: {clin}. Moeder erkent de spanningen maar wil geen melding.\n"]),
    (False, ["Sociale media: {kind:bez} account {acc} wordt door vader gevolgd.\n",
             "Vader zet berichten over moeder op {acc}.\n"]),
    (False, ["Eerdere hulp: {zorg} en jeugdarts; dossier overdragen na toestemming.\n"]),
    (False, ["Afspraak: huisbezoek over twee weken. Paraaf: {ini}\n", "Ingevuld door: {ini}\n"]),
]

SMS_MSGS = [
    ("moeder", "hoi mevrouw met {moeder:low} de moeder van {kind:low}. kan u mij terug bellen ik ben het zat 😢"),
    ("moeder", "{kind:low} {clin:sms} sinds het weekend, ik weet het niet meer"),
    ("moeder", "sorry voor het late uur maar {partner:low} was weer dronke en heeft geschreeuwd 😡"),
    ("moeder", "mijn nummer is verandert, nieuwe is {tel}"),
    ("moeder", "{kind:bez} juf {u} heeft ook gebelt, ze maken zich zorgen"),
    ("moeder", "hij zet fotos van {kind:low} op {acc} zonder te vragen 😭"),
    ("moeder", "wil je de brief sturen naar {mail} want post komt niet aan"),
    ("moeder", "we slapen nu bij mijn zus {tante} op {adres} tot het rustig is"),
    ("moeder", "moet ik die formulier invullen? bsn van {kind:low} is {bsn}"),
    ("moeder", "hij heeft de auto meegenomen {kent} ik weet niet waar hij is 🙏"),
    ("moeder", "morgen om 10 naar de dokter bij {zorg} met {kind}"),
    ("moeder", "{opvang} belde dat {kind:low} {clin:sms}"),
    ("moeder", "oma {oma:low} zegt ik moet niet zeuren 💔"),
    ("moeder", "{word}"),
    ("vader", "met {vader:low}. ik wil mijn kind zien. u heeft geen recht om dit te doen"),
    ("vader", "ze liegt over alles. vraag maar aan {u} die was erbij"),
    ("vader", "de alimentatie staat klaar maar ze geeft geen rekeningnummer, is het nog {iban}?"),
    ("vader", "ik werk bij {werk} tot 6 uur dus bel daarna"),
    ("oma", "goedemiddag, met oma van {kind}. mijn dochter {moeder} wil niet dat ik bel maar ik moet het kwijt"),
    ("oma", "ik zag iets raars bij {kind:low} op zondag: {clin}"),
    ("buurvrouw", "ja hallo met {u} ik ben de buurvrouw van mevrouw {moeder:ach}, ik hoorde weer gegil vannacht"),
    ("buurvrouw", "ik woon naast ze op {adres} {pc}, bel me op {tel}"),
    ("school", "goedemorgen met meester {u} van {school}, {kind} is vandaag niet op school"),
    ("school", "met {u} intern begeleider van {school}, graag even terugbellen over {kind:vol}"),
    ("tante", "ik ben de tante {tante:low}. mijn broer {oom} is ook bang voor die man"),
    ("broer_zus", "hoi met {broer_zus:low}, mama huilt en {partner:low} is boos 😢"),
]
SMS_HEAD = ["{dag} {tijd} sms van {tel} ({wie}): ", "{dag} {tijd} whatsapp ({wie}): ",
            "{dag} {tijd} voicemail {tel}, {sec} sec ({wie}): ", "{dag} {tijd} voicemail ({wie}): ",
            "{dag} {tijd} sms ({wie}): "]

SCHOOL_LINES = [
    (True, ["INCIDENTREGISTRATIE {school}\nDatum: {datum}  Tijd: {tijd}\n",
            "Incidentmelding – {school}\nDatum en tijd: {datum}, {tijd}\n",
            "Registratie incident groep {groep}\nDatum: {datum}\n"]),
    (True, ["Locatie: {plek}\nKlas: groep {groep}\n", "Waar: {plek} (groep {groep})\n"]),
    (False, ["Ingevuld door: juf {u}, leerkracht groep {groep}\n", "Ingevuld door: meester {u}\n",
             "Melder: {u} (conciërge)\n"]),
    (True, ["Betrokken leerling: {kind:vol}\n", "Betrokken leerlingen: {kind:vol} en {u}\n",
            "Betrokken: {kind}, groep {groep}\n"]),
    (False, ["Getuigen: {u} en {u} (groep {groep})\n", "Getuige: klasgenoot {u}\n"]),
    (False, ["Toezicht: meester {u} had pleinwacht\n", "Toezicht: gymdocent {u}\n"]),
    (True, ["Wat is er gebeurd: {kind} {clin:school}. {word}\n",
            "Beschrijving: de leerling {clin:school}. Een klasgenoot zegt dat de leerling eerder ook {clin:school}.\n",
            "Toedracht: {kind} {clin:school} en zei dat thuis niemand mocht weten van {clin}.\n"]),
    (False, ["{kind:bez} verhaal aan juf {u}: papa was boos en gooide met spullen.\n",
             "{kind} vertelde aan meester {u} dat het thuis niet fijn is.\n"]),
    (False, ["Letsel: {clin}; EHBO door {u}.\n", "Letsel: {clin}.\n"]),
    (False, ["Ouders geïnformeerd: moeder {moeder} gebeld op {tel} om {tijd}.\n",
             "Ouders: vader {vader} niet bereikbaar op {tel}; voicemail ingesproken.\n"]),
    (False, ["{kind} is opgehaald door oom {oom}.\n", "Opgehaald door oma {oma} omdat moeder moest werken bij {werk}.\n"]),
    (False, ["Na schooltijd gaat {kind} naar {opvang}; pedagogisch medewerker {u} is ingelicht.\n",
             "De {opvang} is op de hoogte gebracht.\n"]),
    (False, ["Vervolg: intern begeleider {u} en aandachtsfunctionaris bespreken de meldcode.\n",
             "Vervolg: overleg met de jeugdarts en {zorg}.\n"]),
    (False, ["Adres leerling: {adres}, {pc}\n", "Geboortedatum leerling: {geb}\n"]),
    (False, ["Paraaf directie: {ini}\n", "Gezien door directeur ({ini})\n"]),
]

ZKH_LINES = [
    (True, ["Overdracht kinderafdeling {zkh} – {dienst}\nKamer {kamer}, bed {bed}\n",
            "SBAR-overdracht afd. kindergeneeskunde, kamer {kamer}\n"]),
    (False, ["Van vpk {u} aan vpk {u}; dienstdoend kinderarts dr. {u}\n", "Overdracht door vpk {u}\n",
             "Arts-assistent {u}, supervisie kinderarts {u}\n"]),
    (True, ["S – {kind:vol}, {age:kind} jaar, opgenomen via de SEH met {clin:zkh}.\n",
            "S – {kind}, geb. {geb}, opgenomen met {clin:zkh}.\n",
            "S – Patiënt {kind}, {age:kind} jr; zorg om {clin:zkh}.\n"]),
    (False, ["B – Verwezen door {zorg}; huisarts {u} zag eerder {clin}.\n",
             "B – Eerder gezien op de SEH van {zkh} met {clin}.\n"]),
    (False, ["B – BSN {bsn}.\n", "B – Geboortedatum {geb}; BSN {bsn}.\n"]),
    (False, ["B – Zit in groep {groep} van {school}; broer/zus {broer_zus} gaat naar {opvang}.\n",
             "B – Gaat overdag naar {opvang}.\n", "B – Leerling van {school}, veel verzuim.\n"]),
    (False, ["B – Woont met moeder {moeder} en haar partner {partner} op {adres}, {pc} {stad}.\n",
             "B – Moeder {moeder:vol}; vader {vader} woont elders.\n"]),
    (True, ["A – Bij opname {clin:zkh}; nu {clin:zkh}. {word}\n",
            "A – {clin:zkh}, {clin:zkh}. Verklaring van moeder past niet bij het letsel.\n",
            "A – {clin:zkh}. {word}\n"]),
    (False, ["A – {kind} is stil tijdens bezoek van {partner}, ontspant als oma {oma} er is.\n",
             "A – {kind:bez} moeder is wisselend aanwezig.\n"]),
    (False, ["R – Skeletonderzoek morgen; overleg met kinderarts {u} en Veilig Thuis.\n",
             "R – Aandachtsfunctionaris {u} ingelicht, meldcode stap 2.\n"]),
    (False, ["R – Bezoek alleen onder begeleiding; {partner} niet alleen laten met {kind}.\n",
             "R – Vader {vader} mag bellen, niet komen.\n"]),
    (False, ["R – Moeder bereikbaar op {tel}.\n", "R – Moeder bereikbaar op {tel}, e-mail {mail}.\n"]),
    (False, ["R – Navragen bij {school} (ib'er {u}) en bij {opvang}.\n"]),
    (False, ["Paraaf: {ini}\n"]),
]

PLEKKEN = ["de gymzaal", "het schoolplein", "de gang bij het lokaal", "de kleedkamer van de gymzaal",
           "het fietsenhok", "de ingang van de BSO", "de sporthal aan de overkant", "het handenarbeidlokaal"]


@dataclass
class Member:
    role: str
    first: str
    surname: str
    female: bool
    age: int
    vault: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


def name_words(name: str) -> list[str]:
    out = []
    for w in re.split(r"[\s\-]+", name):
        w = w.strip(".,")
        if w and w.lower() not in PARTICLES and len(w) > 1:
            out.append(w)
    return out


def inst_words(core: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", core) if w and w.lower() not in GENERIC]


def possessive(first: str) -> str:
    if first[-1] in "sxzSXZ":
        return first + "'"
    if first[-1].lower() in "aeiouy":
        return first + "'s"
    return first + "s"


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def add(self, kind: str, text: str, checks: list[Check], attrs: dict | None = None) -> None:
        start = self.pos
        self.t(text)
        self.items.append(Item(kind, text, start, self.pos, checks, attrs or {}))

    def prev_word(self) -> str:
        tail = "".join(self.parts[-3:]).split()
        return tail[-1].lower().strip(":(,") if tail else ""

    @property
    def text(self) -> str:
        return "".join(self.parts)


class NoteMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # -- identifiers --------------------------------------------------------------------------

    def phone(self) -> tuple[str, str]:
        r = self.rng
        if r.random() < 0.75:
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            f = r.choice(["0{0}-{1}", "0{0} {1} {2}", "+31 {0} {1}", "0{0}{1}", "+31{0}{1}", "06 {3}"])
            text = f.format(d[0], d[1:], "", " ".join([d[1:3], d[3:5], d[5:7], d[7:9]]))
            text = re.sub(r" +", " ", text).strip()
        else:
            area = r.choice(["10", "20", "30", "38", "13", "50", "58", "77", "24", "45"])
            rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
            text = r.choice([f"0{area}-{rest}", f"0{area} {rest}", f"+31 {area} {rest}"])
            d = area + rest
        digits = "".join(c for c in text if c.isdigit())
        return text, digits[-7:]

    def bsn(self) -> tuple[str, str]:
        r = self.rng
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
            if last < 10:
                s = "".join(map(str, d + [last]))
                break
        text = r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        return text, s

    def iban(self) -> tuple[str, str]:
        r = self.rng
        bank = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"])
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
        check = f"{98 - num % 97:02d}"
        compact = f"NL{check}{bank}{acct}"
        spaced = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
        return r.choice([compact, spaced, spaced.lower() if r.random() < 0.2 else spaced]), acct

    def postcode(self) -> tuple[str, str]:
        r = self.rng
        while True:
            letters = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                break
        num = r.randint(1011, 9999)
        return r.choice([f"{num} {letters}", f"{num}{letters}", f"{num} {letters}"]), f"{num}{letters}"

    def kenteken(self) -> tuple[str, str]:
        r = self.rng
        L = lambda k: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(k))  # noqa: E731
        N = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        parts = r.choice([(N(2), L(3), N(1)), (L(2), N(3), L(1)), (N(1), L(3), N(2)), (L(3), N(2), L(1)),
                          (L(2), N(2), L(2))])
        sep = r.choice(["-", "-", "", " "])
        return sep.join(parts), "".join(parts)

    def date_of_birth(self, age: int) -> str:
        r = self.rng
        y, m, d = 2024 - age, r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])

    def initials(self) -> str:
        r = self.rng
        k = r.choice([2, 2, 3])
        letters = [r.choice("ABDEFGHJKLMNPRSTWY") for _ in range(k)]
        return r.choice(["".join(c + "." for c in letters), "".join(letters)]) if k == 3 else \
            "".join(c + "." for c in letters)

    def ascii_low(self, s: str) -> str:
        return re.sub(r"[^a-z]", "", fold(s))

    # -- note --------------------------------------------------------------------------------

    def family(self) -> None:
        r = self.rng
        o = r.choice(ORIGIN_KEYS)
        o2 = o if r.random() < 0.75 else r.choice(ORIGIN_KEYS)
        used_first: set[str] = set()

        def first(origin: str, female: bool) -> str:
            pool = GIRLS[origin] if female else BOYS[origin]
            for _ in range(50):
                f = r.choice(pool)
                if f not in used_first:
                    used_first.add(f)
                    return f
            return f

        sur_f = r.choice(SURNAMES[o])
        sur_m = r.choice(SURNAMES[o2])
        while sur_m == sur_f:
            sur_m = r.choice(SURNAMES[o2])
        child_sur = sur_f
        x = r.random()
        if x < 0.12:
            child_sur = f"{sur_f}-{sur_m}"
        elif x < 0.25:
            child_sur = sur_m
        mother_sur = sur_m if r.random() < 0.8 else f"{sur_f}-{sur_m}"
        kid_f = r.random() < 0.5
        kid_age = r.randint(*self.age_range)
        sib_f = r.random() < 0.5
        sur_p = r.choice(SURNAMES[r.choice(ORIGIN_KEYS)])
        while sur_p in (sur_f, sur_m):
            sur_p = r.choice(SURNAMES[r.choice(ORIGIN_KEYS)])
        m_age = kid_age + r.randint(20, 36)
        fam = {
            "kind": Member("kind", first(o, kid_f), child_sur, kid_f, kid_age, True),
            "broer_zus": Member("broer_zus", first(o, sib_f), child_sur, sib_f, max(1, kid_age + r.randint(-6, 5)),
                                False),
            "moeder": Member("moeder", first(o2, True), mother_sur, True, m_age, False),
            "vader": Member("vader", first(o, False), sur_f, False, m_age + r.randint(-3, 8), False),
            "partner": Member("partner", first(r.choice(ORIGIN_KEYS), False), sur_p, False, m_age + r.randint(-5, 6),
                              False),
            "oma": Member("oma", first(o2, True), sur_m, True, m_age + r.randint(20, 30), False),
            "opa": Member("opa", first(o, False), sur_f, False, m_age + r.randint(22, 34), False),
            "tante": Member("tante", first(o2, True), sur_m, True, m_age + r.randint(-6, 6), False),
            "oom": Member("oom", first(o, False), sur_f, False, m_age + r.randint(-6, 6), False),
        }
        chance = {"moeder": 0.8, "vader": 0.5, "partner": 0.3, "broer_zus": 0.4, "oma": 0.25, "opa": 0.2,
                  "tante": 0.25, "oom": 0.2}
        for role, p in chance.items():
            fam[role].vault = r.random() < p
        self.fam = fam
        self.dob = self.date_of_birth(kid_age)
        self.groep = f"{min(8, max(1, kid_age - 4))}{r.choice(['', 'a', 'b'])}"
        self.vault_words = {fold(w) for m in fam.values() if m.vault for w in name_words(m.full)}
        self.used_words = {fold(w) for m in fam.values() for w in name_words(m.full)}
        self.inst = {
            "school": (SCHOOL[0], r.choice(SCHOOL[1])),
            "opvang": (OPVANG[0], r.choice(OPVANG[1])),
            "zkh": (ZIEKENHUIS[0], r.choice(ZIEKENHUIS[1])),
            "zorg": (ZORG[0], r.choice(ZORG[1])),
            "werk": r.choice(WERK),
        }

    def vault_mention(self, b: Builder, m: Member, spec: str | None) -> None:
        r = self.rng
        prev = b.prev_word()
        if spec == "ach" or (spec is None and prev in TITLES and m.role != "kind"):
            spelling = "achternaam" if (spec == "ach" or r.random() < 0.6) else "volledig"
        elif spec == "vol":
            spelling = "volledig"
        elif spec == "bez":
            spelling = "bezittelijk"
        elif spec == "low" and r.random() < 0.85:
            spelling = "kleine-letters"
        elif spec == "voor":
            spelling = "voornaam"
        else:
            w = [45, 25, 30] if self.style == "sms-en-voicemail" else [60, 32, 8]
            spelling = r.choices(["voornaam", "volledig", "kleine-letters"], w)[0]
        if spelling == "voornaam":
            text = m.first
        elif spelling == "volledig":
            text = m.full
        elif spelling == "achternaam":
            text = m.surname[0].upper() + m.surname[1:]
        elif spelling == "bezittelijk":
            text = possessive(m.first)
        else:
            text = (m.first if r.random() < 0.6 else m.full).lower()
        checks = [Check("word", w) for w in (name_words(text) if spelling != "bezittelijk" or text.endswith("'")
                                             or text.endswith("'s") else [text])]
        if spelling == "bezittelijk" and (text.endswith("'") or text.endswith("'s")):
            checks = [Check("word", m.first)]
        b.add(f"vault:{spelling}", text, checks)

    def unreg_mention(self, b: Builder, m: Member | None, spec: str | None) -> None:
        r = self.rng
        prev = b.prev_word()
        cue = prev in CUES or prev.endswith(":") or "".join(b.parts[-1:]).rstrip().endswith(":")
        if m is None:
            female = True if prev in FEMALE_CUES else False if prev in MALE_CUES else r.random() < 0.5
            for _ in range(100):
                o = r.choice(ORIGIN_KEYS)
                f = r.choice(GIRLS[o] if female else BOYS[o])
                s = r.choice(SURNAMES[o])
                if r.random() < 0.07:
                    s = f"{s}-{r.choice(SURNAMES[r.choice(ORIGIN_KEYS)])}"
                ws = {fold(w) for w in name_words(f"{f} {s}")}
                if not ws & self.used_words:
                    break
            self.used_words |= ws
            if prev in TITLES:
                fmt = r.choices(["ach", "vol", "ini"], [60, 30, 10])[0]
            elif prev in ("juf", "meester"):
                fmt = r.choices(["voor", "ach", "vol"], [60, 25, 15])[0]
            else:
                fmt = r.choices(["voor", "vol", "ini"], [40, 52, 8])[0]
            if fmt == "voor":
                text = f
            elif fmt == "ach":
                text = s[0].upper() + s[1:]
            elif fmt == "ini":
                text = f"{f[0]}. {s}"
            else:
                text = f"{f} {s}"
        else:
            safe_sur = not ({fold(w) for w in name_words(m.surname)} & self.vault_words)
            if prev in TITLES and safe_sur:
                text = m.surname[0].upper() + m.surname[1:]
            elif safe_sur and r.random() < 0.35:
                text = m.full
            else:
                text = m.first
        rate = 0.5 if self.style == "sms-en-voicemail" else 0.14
        if spec == "low" or r.random() < rate:
            text = text.lower()
        case = "kleine letters" if text == text.lower() else "hoofdletter"
        b.add("unregistered", text, [Check("word", w) for w in name_words(text)],
              {"case": case, "cue": "met aanwijzing" if cue else "zonder aanwijzing"})

    def institution(self, b: Builder, key: str, spec: str | None) -> None:
        r = self.rng
        kind = {"school": "instelling:school", "opvang": "instelling:opvang", "zkh": "instelling:ziekenhuis",
                "zorg": "instelling:zorg", "werk": "instelling:werkgever"}[key]
        if key == "werk":
            core, forms = self.inst[key]
            text = r.choice(forms)
            words = [core]
        else:
            prefixes, core = self.inst[key]
            prefix = "" if spec == "bare" or r.random() < 0.3 else r.choice(prefixes)
            text = f"{prefix} {core}".strip()
            if prefix and core.split()[0] in ("De", "Het") and r.random() < 0.4:
                text = f"{prefix} {core[0].lower()}{core[1:]}"
            words = inst_words(core)
        if r.random() < 0.12:
            text = text.lower()
        b.add(kind, text, [Check("word", w) for w in words])

    def email(self) -> tuple[str, str]:
        r = self.rng
        m = self.fam[r.choice(["moeder", "moeder", "vader"])]
        k = self.fam["kind"]
        first, sur = self.ascii_low(m.first), self.ascii_low(name_words(m.surname)[-1])
        yy = str(r.randint(70, 99) if r.random() < 0.5 else r.randint(1, 30))
        local = r.choice([f"{first}.{sur}{yy}", f"{first}{yy}", f"mama.{self.ascii_low(k.first)}",
                          f"{first[0]}.{sur}", f"{sur}.{first}", f"{first}_{sur}"])
        dom = r.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com"])
        return f"{local}@{dom}", local

    def account(self) -> tuple[str, str]:
        r = self.rng
        m = self.fam[r.choice(["vader", "partner", "kind", "moeder"])]
        f = self.ascii_low(m.first)
        handle = r.choice([f"{f}_{r.randint(1, 99)}", f"{f}.{self.ascii_low(name_words(m.surname)[-1])}",
                           f"xx{f}xx", f"real_{f}{r.randint(80, 99)}", f"{f}official", "streetking0" +
                           str(r.randint(10, 99)), f"mama_van_{self.ascii_low(self.fam['kind'].first)}"])
        text = r.choice([f"@{handle}", f"@{handle}", f"insta @{handle}", f"tiktok @{handle}", f"snap {handle}"])
        return text, handle

    def token(self, b: Builder, name: str, spec: str | None) -> None:
        r = self.rng
        if name in ROLES:
            m = self.fam[name]
            if m.vault:
                self.vault_mention(b, m, spec)
            else:
                self.unreg_mention(b, m, spec)
        elif name == "u":
            self.unreg_mention(b, None, spec)
        elif name in ("school", "opvang", "zkh", "zorg", "werk"):
            self.institution(b, name, spec)
        elif name == "tel":
            text, last7 = self.phone()
            b.add("telefoon", text, [Check("digits", last7)])
        elif name == "bsn":
            text, d = self.bsn()
            b.add("bsn", text, [Check("digits", d)])
        elif name == "iban":
            text, acct = self.iban()
            b.add("iban", text, [Check("digits", acct)])
        elif name == "pc":
            text, c = self.postcode()
            b.add("postcode", text, [Check("compact", c)])
        elif name == "kent":
            text, c = self.kenteken()
            b.add("kenteken", text, [Check("compact", c)])
        elif name == "mail":
            text, local = self.email()
            b.add("email", text, [Check("ci", local)])
        elif name == "acc":
            text, handle = self.account()
            prefix = text[: text.index(handle)].rstrip("@").rstrip()
            if prefix:
                b.t(prefix + " ")
            text = text[len(prefix):].lstrip()
            b.add("account", text, [Check("ci", handle)])
        elif name == "adres":
            street = r.choice(STREETS)
            num = r.choice([str(r.randint(1, 180)), f"{r.randint(1, 90)}{r.choice('abc')}",
                            f"{r.randint(1, 60)}-{r.choice(['I', 'II', 'III', '2'])}", f"{r.randint(1, 99)} hs"])
            b.add("adres", f"{street} {num}", [Check("word", street)])
        elif name == "geb":
            text = self.dob
            b.add("geboortedatum", text, [Check("exact", text)])
        elif name == "ini":
            text = self.initials()
            b.add("initialen", text, [Check("exact", text)])
        elif name == "clin":
            pool = {"sms": CLIN_SMS, "school": CLIN_SCHOOL, "zkh": CLIN_ZKH}.get(spec or "", CLIN)
            choices = [p for p in pool if p not in b.clinical] or pool
            p = r.choice(choices)
            b.clinical.append(p)
            b.t(p)
        elif name == "word":
            choices = [w for w in WORDS if w[1] not in b.words]
            before, p, after = r.choice(choices)
            b.t(before)
            b.words.append(p)
            b.t(p)
            b.t(after)
        elif name == "age":
            b.t(str(self.fam[spec or "kind"].age))
        elif name in ("hij", "Hij", "zijn", "hem"):
            f = self.fam["kind"].female
            w = {"hij": "zij" if f else "hij", "zijn": "haar" if f else "zijn", "hem": "haar" if f else "hem"}
            out = w[name.lower()]
            b.t(out.capitalize() if name[0].isupper() else out)
        else:
            b.t(self.filler(name))

    def filler(self, name: str) -> str:
        r = self.rng
        if name == "datum":
            return f"{r.randint(1, 28)}-{r.randint(1, 12)}-{r.choice([2023, 2024])}"
        if name == "tijd":
            hours = (8, 16) if self.style == "school-incidentmelding" else (7, 22)
            return f"{r.randint(*hours):02d}:{r.choice(['00', '05', '10', '15', '20', '30', '35', '40', '45', '50'])}"
        if name == "stad":
            return r.choice(CITIES)
        if name == "wijk":
            return r.choice(WIJKEN)
        if name == "groep":
            return self.groep
        if name == "kamer":
            return f"{r.randint(1, 4)}.{r.randint(1, 24):02d}"
        if name == "bed":
            return str(r.randint(1, 4))
        if name == "dienst":
            return r.choice(["vroege dienst", "late dienst", "nachtdienst", "avonddienst"])
        if name == "uren":
            return str(r.choice([12, 16, 20, 24, 28, 32]))
        if name == "maand":
            return r.choice(MONTHS)
        if name == "bedrag":
            return str(r.randint(3, 60) * 100)
        if name == "plek":
            return r.choice(PLEKKEN)
        if name == "dag":
            return r.choice(["ma", "di", "wo", "do", "vr", "za", "zo"])
        if name == "sec":
            return str(r.randint(8, 95))
        raise KeyError(name)

    def render(self, b: Builder, template: str) -> None:
        pos = 0
        for mt in TOKEN.finditer(template):
            if mt.start() > pos:
                b.t(template[pos:mt.start()])
            self.token(b, mt.group(1), mt.group(2))
            pos = mt.end()
        if pos < len(template):
            b.t(template[pos:])

    @staticmethod
    def n_items(template: str) -> int:
        return sum(1 for mt in TOKEN.finditer(template) if mt.group(1) in ID_TOKENS)

    def pick_lines(self, lines: list[tuple[bool, list[str]]], lo: int, hi: int) -> list[str] | None:
        r = self.rng
        target = r.randint(lo, hi)
        chosen = [r.choice(alts) for _, alts in lines]
        keep = [must for must, _ in lines]
        total = sum(self.n_items(c) for c, k in zip(chosen, keep) if k)
        order = [i for i, (must, _) in enumerate(lines) if not must]
        r.shuffle(order)
        for i in order:
            c = self.n_items(chosen[i])
            if total + c <= target:
                keep[i] = True
                total += c
        if not lo <= total <= hi:
            return None
        return [c for c, k in zip(chosen, keep) if k]

    def sms_lines(self, lo: int, hi: int) -> list[str] | None:
        r = self.rng
        target = r.randint(lo, hi)
        header = r.choice(["Berichtenlog {rol} – casus {kind:vol}\n", "Log sms/voicemail, gezin {kind:ach}\n",
                           "Binnengekomen berichten (week {week})\n"])
        total = self.n_items(header)
        out = [header]
        msgs = list(SMS_MSGS)
        r.shuffle(msgs)
        for wie, msg in msgs:
            head = r.choice(SMS_HEAD)
            line = head.replace("{wie}", wie.replace("broer_zus", "broer/zus")) + msg + "\n"
            c = self.n_items(line)
            if total + c <= target:
                out.append(line)
                total += c
            if total == target and len(out) >= 3:
                break
        if not lo <= total <= hi or len(out) < 3:
            return None
        return out

    def make(self) -> Note:
        r = self.rng
        while True:
            self.style = r.choice(["wijkteam-intake", "sms-en-voicemail", "school-incidentmelding",
                                   "ziekenhuis-overdracht-kinderarts"])
            length = r.choice(["kort", "lang"])
            self.age_range = {"school-incidentmelding": (5, 13), "ziekenhuis-overdracht-kinderarts": (1, 16)}.get(
                self.style, (1, 16))
            self.family()
            lo, hi = (3, 6) if length == "kort" else (8, 15)
            if self.style == "sms-en-voicemail":
                lines = self.sms_lines(lo, hi)
            else:
                table = {"wijkteam-intake": INTAKE, "school-incidentmelding": SCHOOL_LINES,
                         "ziekenhuis-overdracht-kinderarts": ZKH_LINES}[self.style]
                lines = self.pick_lines(table, lo, hi)
            if lines is None:
                continue
            b = Builder()
            for line in lines:
                line = line.replace("{rol}", r.choice(["jeugdconsulent", "gezinscoach", "mentor wijkteam"]))
                line = line.replace("{week}", str(r.randint(1, 52)))
                self.render(b, line)
            persons = [Person(m.full, m.role) for m in self.fam.values() if m.vault]
            note = Note(self.style, length, b.text, persons, b.items, b.clinical, b.words)
            if lo <= len(note.items) <= hi and self.valid(note):
                return note

    def valid(self, note: Note) -> bool:
        text = note.text
        ftext = fold(text)
        if len(ftext) != len(text):
            return False
        spans = sorted((it.start, it.end) for it in note.items)
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                return False
        unreg = {fold(c.value) for it in note.items if it.kind == "unregistered" for c in it.checks}
        if unreg & self.vault_words:
            return False
        word_values = {fold(c.value) for it in note.items for c in it.checks if c.how == "word"}
        word_values |= self.vault_words
        other_values = [c.value for it in note.items for c in it.checks if c.how != "word"]

        def inside(i: int, j: int) -> bool:
            return any(s <= i and j <= e for s, e in spans)

        for w in word_values:
            start = 0
            while True:
                i = ftext.find(w, start)
                if i < 0:
                    break
                j = i + len(w)
                before = ftext[i - 1] if i else " "
                after = ftext[j] if j < len(ftext) else " "
                if not before.isalpha() and not after.isalpha() and not inside(i, j):
                    return False
                start = i + 1
        for p in note.clinical + note.words:
            i = text.find(p)
            if i < 0 or any(s < i + len(p) and i < e for s, e in spans):
                return False
            fp = fold(p)
            if any(word_in(w, fp) for w in word_values):
                return False
            if any(v.lower() in p.lower() for v in other_values):
                return False
        return True


def make_notes(n: int, seed: int) -> list[Note]:
    maker = NoteMaker(seed)
    notes: list[Note] = []
    seen: set[str] = set()
    while len(notes) < n:
        note = maker.make()
        if note.text in seen:
            continue
        seen.add(note.text)
        notes.append(note)
    return notes


if __name__ == "__main__":
    for note in make_notes(int(sys.argv[1]) if len(sys.argv) > 1 else 3, 17):
        print(f"--- {note.style} / {note.length}\n{note.text}")
        for it in note.items:
            print(f"   {it.kind:24} {it.text!r} {it.attrs or ''}")
