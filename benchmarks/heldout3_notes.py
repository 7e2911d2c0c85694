"""Third held-out note set for the redaction benchmark.

Written without seeing the redactor (``assistant/privacy``), the other held-out sets
(``heldout_notes.py``, ``heldout2_notes.py``) or the templates, name lists and word lists of
``redaction_notes.py``; only its dataclasses ``Check``, ``Item``, ``Note`` and the helpers
``fold`` and ``word_in`` are used. Names, templates, phrases and institutions are this file's own.

Five kinds of note, each short ("kort", 3-6 identifiers) or long ("lang", 8-15):

- ``jgz-dossier``: youth health care entries (consultatiebureau, jeugdarts), growth figures,
  "Gez. situatie", abbreviations (JA, JVK, ouders gesc., i.o.m.);
- ``leefgroep-rapportage``: a shift report from residential youth care, with times, the other
  young people of the group by first name (not in the vault), PM'ers and a gedragswetenschapper;
- ``veilig-thuis-adviesgesprek``: notes of an advice call with Veilig Thuis: the adviser, the
  reporter, what happened, the questions and the advice;
- ``kinderopvang-overdracht``: short daycare handovers, mostly lower case, emoji, many first
  names of other children and their parents;
- ``scholing-casus``: an anonymisation exercise that failed: a teacher's narrative in proper
  prose with full names, the school, the street, the sports club, the mother's employer and the
  father's new partner.

Families are of many origins in the Netherlands. Every identifier is annotated as an ``Item``
with offsets and checks (see ``benchmarks/redaction.py``). Vault names and the names of other
people never share a word within a note, and no name word, street or institution word occurs
elsewhere in a note as an ordinary word; the clinical phrases and the name-like Dutch words
("de zon scheen", "een merel in de tuin") contain no identifier. A sports club is annotated as
``instelling:opvang`` (there is no kind of its own for it).

    make_notes(n, seed) -> list[Note]      # deterministic for a seed, distinct texts
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402

from assistant.privacy.redact import Person  # noqa: E402

STYLES = ["jgz-dossier", "leefgroep-rapportage", "veilig-thuis-adviesgesprek", "kinderopvang-overdracht",
          "scholing-casus"]
LENGTHS = {"kort": (3, 6), "lang": (8, 15)}

# Words of a name that are not checked: particles, and single letters.
PARTICLES = {"van", "de", "der", "den", "el", "al", "ben", "ter", "ten", "te", "'t", "het", "in", "op", "da",
             "das", "do", "dos", "di", "du", "la", "dela", "delos", "los", "y"}


def _names(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


# --------------------------------------------------------------------------------------------
# Names by origin


@dataclass
class Origin:
    key: str
    male: list[str]
    female: list[str]
    surnames: list[str]
    language: str | None = None          # home language when an interpreter is used
    herkomst: str | None = None          # "uit Eritrea" for families who came recently
    naming: str = "western"              # western, patronymic (surname = father's first name), iberian
    kids_m: list[str] | None = None
    kids_f: list[str] | None = None
    elder_m: list[str] | None = None
    elder_f: list[str] | None = None


ORIGINS: dict[str, Origin] = {}


def _origin(key, male, female, surnames, weight, **kw):
    ORIGINS[key] = Origin(key, _names(male), _names(female), _names(surnames), **{
        k: (_names(v) if k.startswith(("kids", "elder")) else v) for k, v in kw.items()})
    WEIGHTS[key] = weight


WEIGHTS: dict[str, int] = {}

_origin("nederlands",
        "Peter|Marco|Erik|Jeroen|Sander|Martijn|Dennis|Patrick|Ronald|Hans|Bas|Joost|Maarten|Niels|Remco|"
        "Rutger|Arjan|Michiel|Bart|Frank|Wouter|Koen|Pieter|Jasper|Thijmen|Roel|Gert-Jan|Stefan|Vincent|Ruud",
        "Marieke|Linda|Sandra|Esther|Monique|Petra|Ingrid|Annemiek|Karin|Miranda|Chantal|Joyce|Saskia|Nicole|"
        "Ellen|Mirjam|Inge|Marloes|Manon|Janneke|Kim|Eline|Roos|Merel|Willemijn|Hester|Jolanda|Lieke|Anne-Marie|"
        "Suzanne",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|Mulder|de Groot|Bos|"
        "de Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Smits|de Graaf|van der Meer|van der Linden|"
        "Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|Koster|Groot|Klein|"
        "Sterk|Hoop|Bloem|Winter|Storm|van Zon|Schouten|Willems|Verhoeven|van Beek|Prins|Kuipers|Koning|Baas|"
        "Engel|Vink|Kramer|van Wijk|Verbeek|Huisman|Groen|van Rijn|Hoekman|Timmermans|van Vliet|de Boer|Merel",
        30,
        kids_m="Daan|Sem|Lucas|Milan|Levi|Noah|Finn|Jesse|Bram|Thijs|Luuk|Stijn|Ruben|Lars|Jens|Tijn|Gijs|Mees|"
               "Teun|Siem|Jurre|Sven|Boaz|Storm|Rein|Winter|Ties|Olivier|Hugo|Morris|Guus|Pepijn|Dex|Job|Floris",
        kids_f="Emma|Julia|Sophie|Tess|Fenna|Noor|Saar|Lotte|Sanne|Isa|Eva|Anouk|Femke|Roos|Merel|Jade|Lente|"
               "Liv|Nova|Evi|Zoë|Mila|Lieke|Fleur|Puck|Nina|Maud|Hannah|Bo|Lauke|Jet|Veerle|Hoop",
        elder_m="Wim|Jan|Gerrit|Henk|Kees|Dirk|Cor|Piet|Theo|Ad|Bert|Harm|Joop|Klaas|Ton",
        elder_f="Wilma|Ria|Truus|Joke|Annie|Riet|Gerda|Els|Tineke|Corrie|Marga|Hennie|Lenie|Nel|Thea")
_origin("fries",
        "Sjoerd|Wietse|Hessel|Jelle|Douwe|Tjeerd|Auke|Sybren|Hylke|Jorrit|Wytse|Fokke|Jouke|Lolke|Bauke|Gerben|"
        "Haije|Hidde|Sipke|Tsjerk",
        "Jildou|Froukje|Sytske|Baukje|Marrit|Antsje|Aukje|Geeske|Tjitske|Sietske|Ymkje|Doutzen|Janke|Rixt|"
        "Wypkje|Griet|Hiske|Minke|Lysbeth|Trijntje",
        "Hoekstra|Dijkstra|Bosma|Wijnsma|Postma|Terpstra|Zijlstra|Hiemstra|Sikkema|Veenstra|Haitsma|Tjalsma|"
        "Bouma|Jongsma|Kingma|Miedema|Rypma|Wiersma|Talsma|Feenstra|Nauta|Hettinga|van der Wal|Sijbesma",
        4, elder_m="Sjoerd|Douwe|Auke|Wietse|Hessel|Klaas|Jan", elder_f="Froukje|Baukje|Sytske|Geeske|Antsje")
_origin("marokkaans",
        "Mohamed|Youssef|Ayoub|Bilal|Hamza|Ilias|Anouar|Nordin|Soufiane|Zakaria|Adam|Rayan|Amin|Othman|Idris|"
        "Yassine|Mimoun|Driss|Brahim|Abdelkader|Mustafa|Aziz|Hassan|Achraf|Massinissa|Yuba|Idir|Aksil|Tarik",
        "Fatima|Khadija|Samira|Nadia|Soumaya|Imane|Malika|Hafsa|Ikram|Salma|Hiba|Nora|Yasmina|Loubna|Naima|"
        "Touria|Siham|Latifa|Zineb|Aya|Lina|Meryem|Rania|Sanae|Asmae|Tiziri|Dihya|Tafsut|Tinhinan|Thanina",
        "El Idrissi|El Amrani|Ben Haddou|Bouzidi|Azzouzi|El Khattabi|Ouali|Ait Taleb|El Ouariachi|Tahiri|Ziani|"
        "Belhaj|Benali|El Hamdaoui|Aharrouch|Mokhtari|Lamrani|Boutaleb|El Boujdaini|Aarab|Amezian|Ouchan|"
        "Achahbar|Ben Moussa|El Yaakoubi|Azarfane|Bouchtaoui",
        8, language="Tarifit")
_origin("turks",
        "Mehmet|Emre|Yusuf|Burak|Kerem|Mert|Efe|Ömer|Hakan|Murat|Serkan|Cem|Arda|Alperen|Eymen|Ahmet|Kaan|Onur|"
        "Oğuz|Tolga",
        "Elif|Zeynep|Ayşe|Fatma|Merve|Büşra|Esra|Defne|Ecrin|Nisanur|Hatice|Emine|Sevgi|Selin|İrem|Dilara|Hülya|"
        "Özlem|Tuğba|Sibel",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|"
        "Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Karaca|Erdem|Güler|Keskin|Bulut",
        7, language="Turks")
_origin("koerdisch",
        "Rojhat|Serhat|Baran|Welat|Azad|Rêber|Dilovan|Kawa|Hozan|Berzan|Zana|Diyar|Rizgar|Shvan|Hemin|Soran",
        "Berfin|Rojda|Zilan|Hêvî|Dilan|Avin|Berivan|Nalin|Şilan|Jiyan|Nûjîn|Helin|Rojin|Viyan|Evin|Gulistan",
        "Ekinci|Akbulut|Bingöl|Demirtaş|Kaplan|Tekin|Zebari|Hawrami|Dosky|Berwari|Amedi|Mizuri|Rekani|Sindi|"
        "Xoshnaw|Sorani",
        3, language="Koerdisch", herkomst="uit Noord-Irak")
_origin("hindostaans",
        "Ravi|Sunil|Anand|Vikash|Rakesh|Dinesh|Ashwin|Kiran|Nitesh|Prakash|Rishi|Sanjay|Arjun|Devendra|Shivam|"
        "Navin",
        "Priya|Sunita|Anjali|Reshma|Kavita|Shanti|Radha|Nisha|Sharmila|Anita|Vidya|Indira|Soenita|Roshni|Pooja|"
        "Rajwantie",
        "Ramdin|Jagessar|Ramcharan|Sewdien|Baldewsingh|Mahabier|Ramlal|Bhagwandin|Kalloe|Soekhai|Autar|Jhinkoe|"
        "Ramkisoen|Chotkan|Gobardhan|Sital|Rambaran|Lachmon|Bissumbhar|Kanhai",
        4)
_origin("creools",
        "Romano|Marciano|Gerold|Ricardo|Dwight|Clyde|Ivan|Jurgen|Winston|Errol|Humphrey|Rudi|Glenn|Milton|"
        "Orlando|Stanley",
        "Sharon|Ingrid|Marisca|Shirley|Jacqueline|Rosita|Giovanna|Denise|Natasja|Chantal|Cheryl|Tamara|Ilona|"
        "Priscilla|Jerusha|Ruth",
        "Pinas|Linger|Monsels|Breeveld|Wijngaarde|Sedney|Vanenburg|Zaalman|Sumter|Dors|Nelom|Tevreden|Vriesde|"
        "Slagveer|Esajas|Emanuelson|Elstak|Castelen|Doorson|Koster",
        4)
_origin("javaans",
        "Soeparman|Sardjo|Wagino|Joko|Slamet|Soewarno|Tarmidi|Karijo|Pardi|Hariyanto|Wiryo|Bambang|Sugeng|Ngatimin",
        "Sri|Soekarti|Wati|Ratna|Sumiati|Yanti|Dewi|Sutini|Mirah|Ningsih|Rukmini|Tuminah|Sarni|Lastri",
        "Kromodimedjo|Sodikromo|Karijopawiro|Amatdjais|Kartosen|Pawirodihardjo|Karso|Soemodihardjo|"
        "Setrowidjojo|Somohardjo|Wongsodikromo|Mangoenkarso|Kasanmoentalib|Ardjosemito|Tosari|Moestadja|"
        "Kromosoeto|Djasmadi",
        2)
_origin("surinaams-chinees",
        "Kenneth|Roy|Jerry|Wei|Ming|Kevin|Marc|Edwin|Ronald|Clifton",
        "Linda|Mei|Stephanie|Jenny|Angela|Yvonne|Melissa|Cindy|Vanessa|Ling",
        "Tjon A Fong|Chin A Lin|Lie A Kwie|Tjin Asjoe|Kong A San|Ho A Sjoe|Tjon Pian Gi|Fung Kon Sang|Loe|"
        "Tsang|Wong Swie San|Chang",
        1)
_origin("antilliaans",
        "Jurick|Shurandy|Jairzinho|Giandro|Rigino|Jeandro|Ryangelo|Churandy|Quincy|Dyron|Jeremiah|Rashidi|Gino|"
        "Sherwin|Jandino|Giovanni",
        "Sharlene|Yaritza|Kimberly|Naomi|Ruthmila|Jeandra|Sulaika|Giovanka|Zuleika|Rosalinda|Nashaly|Jessenia|"
        "Dayanara|Xiomara|Shurelva|Chanella",
        "Martina|Kwidama|Isenia|Pietersz|Rosaria|Balentina|Hooi|Koeiman|Sulvaran|Maduro|Winklaar|Croes|Wever|"
        "Coffie|Anthonia|Leito|Girigorie|Cijntje|Daal|Statie",
        4)
_origin("moluks",
        "Jerry|Ricky|Dominggus|Pieter|Ruben|Yoram|Ferry|Ronny|Johannes|Marthinus|Frans|Glenn|Izaak|Benny",
        "Mirjam|Evi|Yolanda|Natasja|Deborah|Tanja|Octavia|Sientje|Wilhelmina|Josina|Ivonne|Nona|Maria|Lientje",
        "Tahapary|Latumahina|Pattinama|Sahetapy|Wattimena|Leimena|Manuputty|Tuhumury|Souisa|Pelupessy|Lokollo|"
        "Siahaya|Huwae|Matulessy|Sopacua|Tamaela|Nanlohy|Ririmasse",
        2)
_origin("pools",
        "Jakub|Kacper|Szymon|Filip|Mateusz|Michał|Piotr|Tomasz|Paweł|Krzysztof|Łukasz|Wojciech|Bartosz|Dawid|"
        "Marcin|Grzegorz",
        "Zuzanna|Lena|Maja|Zofia|Aleksandra|Natalia|Agnieszka|Katarzyna|Magdalena|Joanna|Monika|Ewa|Małgorzata|"
        "Karolina|Dorota|Weronika",
        "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|"
        "Dąbrowski|Kozłowski|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowski|Pawłowski|Sikora|Wróbel",
        5, language="Pools", herkomst="uit Polen")
_origin("bulgaars",
        "Georgi|Ivan|Dimitar|Nikolay|Hristo|Stoyan|Petar|Todor|Aleksandar|Kaloyan|Borislav|Yordan|Plamen|Mehmed|"
        "Asen",
        "Maria|Elena|Desislava|Gergana|Ivanka|Radostina|Teodora|Yana|Tsvetelina|Kalina|Boryana|Mariyana|Stefka|"
        "Emine|Fatme",
        "Ivanov|Georgiev|Dimitrov|Petrov|Nikolov|Hristov|Stoyanov|Todorov|Iliev|Angelov|Kolev|Yordanov|"
        "Marinov|Popov|Atanasov|Mehmedov|Salimov|Asenov",
        3, language="Bulgaars", herkomst="uit Bulgarije")
_origin("roemeens",
        "Andrei|Alexandru|Mihai|Ionuț|Cristian|Florin|Gabriel|Vlad|Ștefan|Constantin|Marius|Adrian|Bogdan|"
        "Darius|Răzvan",
        "Ioana|Andreea|Elena|Alexandra|Bianca|Mihaela|Gabriela|Roxana|Daria|Larisa|Anca|Cristina|Raluca|Denisa|"
        "Florentina",
        "Popescu|Ionescu|Popa|Dumitru|Stoica|Gheorghe|Marin|Munteanu|Moldovan|Lazăr|Rusu|Ciobanu|Florea|Dinu|"
        "Matei|Bălan|Cozma|Oprea",
        3, language="Roemeens", herkomst="uit Roemenië")
_origin("hongaars",
        "Bence|Máté|Levente|Dávid|Ádám|Balázs|Gergő|Zoltán|László|Péter|Tamás|Attila|Dániel|Botond|Marcell",
        "Zsófia|Lili|Boglárka|Réka|Eszter|Katalin|Ágnes|Zsuzsanna|Nóra|Dorina|Viktória|Fanni|Csenge|Anikó|"
        "Enikő",
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász|Lakatos|Mészáros|"
        "Oláh|Fekete|Vörös",
        2, language="Hongaars", herkomst="uit Hongarije")
_origin("litouws",
        "Lukas|Matas|Jonas|Mantas|Tomas|Darius|Paulius|Dominykas|Vytautas|Kęstutis|Rokas|Nojus|Andrius|"
        "Giedrius|Žygimantas",
        "Emilija|Gabija|Austėja|Rugilė|Ieva|Goda|Kamilė|Urtė|Milda|Rasa|Jurgita|Vilma|Eglė|Indrė|Greta",
        "Kazlauskas|Jankauskas|Petrauskas|Stankevičius|Vasiliauskas|Žukauskas|Butkus|Paulauskas|Urbonas|"
        "Kavaliauskas|Navickas|Rimkus|Balčiūnas|Sakalauskas|Jonaitis|Šimkus",
        2, language="Litouws", herkomst="uit Litouwen")
_origin("eritrees",
        "Yonas|Tesfay|Mehari|Semere|Filmon|Biniam|Robel|Yohannes|Kibrom|Habtom|Dawit|Merhawi|Awet|Efrem|"
        "Ghebre|Tekle|Woldu|Kidane|Asmerom|Okbazghi",
        "Selam|Helen|Saba|Ruta|Senait|Hiwet|Freweini|Luwam|Yordanos|Mebrat|Tsega|Winta|Feven|Rahel|Eden|Lidia",
        "Ghebremariam|Tesfamariam|Weldemichael|Gebremedhin|Berhane|Haile|Okbamichael|Habte|Tewolde|Andemariam",
        3, language="Tigrinya", herkomst="uit Eritrea", naming="patronymic")
_origin("ethiopisch",
        "Abebe|Dawit|Henok|Yared|Bereket|Nahom|Eyob|Tewodros|Girma|Solomon|Lemma|Tadesse|Getachew|Mesfin|Chala|"
        "Gemechu",
        "Tigist|Meron|Bethlehem|Selamawit|Mahlet|Tsion|Hiwot|Meseret|Almaz|Genet|Kidist|Marta|Eleni|Lensa|Chaltu",
        "Bekele|Tesfaye|Alemu|Mekonnen|Assefa|Kebede|Demissie|Negash|Tessema|Wolde|Gebre|Abera",
        1, language="Amhaars", herkomst="uit Ethiopië", naming="patronymic")
_origin("somalisch",
        "Abdi|Mohamed|Ahmed|Abdirahman|Abdullahi|Hassan|Yusuf|Farah|Omar|Ismail|Liban|Mukhtar|Guled|Hamse|"
        "Bashir|Mahad",
        "Hodan|Sahra|Fadumo|Amina|Ifrah|Hibo|Nimco|Ubah|Sagal|Deeqa|Ayaan|Filsan|Hamdi|Idil|Ladan|Muna",
        "Warsame|Jama|Egal|Hersi|Nur|Samatar|Duale|Aden|Osman|Mohamud|Abdi|Farah",
        2, language="Somalisch", herkomst="uit Somalië", naming="patronymic")
_origin("soedanees",
        "Osman|Abdelrahman|Mustafa|Khalid|Hamid|Tarig|Yasir|Mazin|Omer|Hashim|Musab|Elsadig|Salah|Amir",
        "Amna|Hiba|Reem|Samah|Nuha|Tasneem|Maab|Sulafa|Hawa|Zeinab|Manal|Afaf|Huda|Sara",
        "Abdalla|Elhassan|Ibrahim|Elamin|Babiker|Mahjoub|Hamad|Elmahdi|Abdelrahim|Khalil|Eltayeb|Suliman",
        1, language="Arabisch", herkomst="uit Soedan")
_origin("ghanees",
        "Kwame|Kofi|Kwabena|Yaw|Kwaku|Kojo|Kwesi|Emmanuel|Prince|Samuel|Isaac|Ebenezer|Nii|Kweku",
        "Akosua|Ama|Abena|Adwoa|Efua|Afia|Akua|Yaa|Esi|Gifty|Comfort|Grace|Mercy|Patience|Joyce",
        "Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Acheampong|Opoku|Darko|Amoah|Antwi|Ofori|Danso|Boakye|"
        "Sarpong|Quaye|Addo|Tetteh",
        3, language="Twi")
_origin("nigeriaans",
        "Chinedu|Emeka|Obinna|Tunde|Oluwaseun|Ifeanyi|Babajide|Uchenna|Adebayo|Femi|Kelechi|Ikenna|Segun|Chidi|"
        "Olumide",
        "Chiamaka|Ngozi|Adaeze|Funmilayo|Oluwabunmi|Blessing|Chioma|Nneka|Folake|Yetunde|Ifeoma|Temitope|Kemi|"
        "Omolara",
        "Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Obi|Balogun|Ogunleye|Chukwu|Okeke|Olawale|Afolabi|Nnamdi|Uzoma|"
        "Ogbonna|Adewale",
        2, language="Engels")
_origin("kameroens",
        "Jean-Pierre|Serge|Patrick|Hervé|Franck|Joël|Yannick|Christian|Aristide|Blaise|Landry|Ulrich|Brice",
        "Nadège|Carine|Sandrine|Estelle|Mireille|Laure|Brigitte|Solange|Vanessa|Larissa|Arlette|Rosine|Gaëlle",
        "Mbarga|Ngono|Fotso|Tchakounte|Kamga|Essomba|Atangana|Ndongo|Tchoumi|Fokou|Djomo|Tagne|Wamba|Mbida|"
        "Nguemo|Ekambi|Ngassa",
        1, language="Frans", herkomst="uit Kameroen")
_origin("syrisch",
        "Ahmad|Omar|Khaled|Rami|Fadi|Tarek|Yazan|Majd|Hamza|Anas|Mahmoud|Ammar|Firas|Kinan|Jad|Wassim",
        "Rasha|Lama|Hala|Dima|Rania|Ghina|Sidra|Rahaf|Joud|Lujain|Shahed|Razan|Yara|Alaa|Heba|Nour",
        "Al-Hassan|Al-Khatib|Haddad|Khoury|Al-Ahmad|Darwish|Al-Masri|Hamdan|Sabbagh|Al-Halabi|Kassab|Shami|"
        "Al-Rifai|Najjar|Zaher|Jabbour|Kanaan|Al-Sayed",
        4, language="Arabisch", herkomst="uit Syrië")
_origin("iraaks",
        "Hussein|Abbas|Haider|Karrar|Muntadhar|Sajjad|Zaid|Ammar|Yasir|Qasim|Mohanad|Mustafa|Ali|Murtadha",
        "Zahraa|Noor|Maryam|Zainab|Ruqaya|Hawraa|Sarah|Tabarak|Rusul|Shahad|Duaa|Israa|Fatima|Zahra",
        "Al-Jubouri|Al-Saadi|Al-Tamimi|Al-Rubaie|Al-Obeidi|Al-Kubaisi|Al-Shammari|Al-Dulaimi|Jawad|Kadhim|"
        "Al-Musawi|Hamoudi|Al-Khafaji|Abdulkareem|Al-Bayati|Al-Zubaidi",
        2, language="Arabisch", herkomst="uit Irak")
_origin("afghaans",
        "Farid|Hamid|Jawed|Mansoor|Nasir|Omid|Rahim|Sami|Wahid|Zabihullah|Sohrab|Karim|Mirwais|Ajmal",
        "Farzana|Mariam|Nazanin|Parwana|Shabnam|Soraya|Fereshta|Mursal|Laila|Nilofar|Madina|Hosai|Mahtab|"
        "Palwasha",
        "Ahmadi|Hakimi|Karimi|Sultani|Noori|Rahimi|Popal|Stanikzai|Safi|Wardak|Amiri|Haidari|Sadat|Nazari|"
        "Rasuli|Azizi|Yousufzai",
        2, language="Dari", herkomst="uit Afghanistan")
_origin("iraans",
        "Reza|Amir|Mehdi|Hossein|Arash|Kian|Dariush|Babak|Saeed|Navid|Kourosh|Farhad|Behnam|Arman|Sina",
        "Shirin|Parisa|Leila|Nasrin|Mahsa|Niloufar|Yasaman|Ziba|Roya|Setareh|Taraneh|Golnar|Azadeh|Shadi|Mina",
        "Mohammadi|Hosseini|Rezaei|Moradi|Jafari|Tehrani|Shirazi|Rahmani|Sadeghi|Kazemi|Ghorbani|Alavi|"
        "Nikpour|Farahani|Esfahani|Bagheri|Mousavi",
        2, language="Farsi", herkomst="uit Iran")
_origin("oekraiens",
        "Oleksandr|Dmytro|Andriy|Serhiy|Mykola|Bohdan|Taras|Volodymyr|Maksym|Artem|Yaroslav|Oleh|Vitaliy|Denys|"
        "Danylo",
        "Olena|Oksana|Iryna|Tetiana|Yulia|Kateryna|Sofiia|Anastasiia|Viktoriia|Daryna|Solomiia|Halyna|Mariia|"
        "Khrystyna|Liliia",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Kovalchuk|Oliynyk|Shevchuk|"
        "Polishchuk|Lysenko|Savchenko|Marchenko|Rudenko|Moroz|Hnatyuk|Savytskyi|Kovalskyi",
        4, language="Oekraïens", herkomst="uit Oekraïne")
_origin("chinees",
        "Wei|Hao|Jun|Lei|Ming|Jie|Zhiwei|Jian|Haoran|Zihan|Yichen|Junjie|Kai|Jason|Kevin",
        "Mei|Xiaoling|Jing|Xin|Ying|Hui|Lan|Fang|Yue|Ting|Yutong|Xinyi|Ruoxi|Qian|Emily",
        "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Sun|Zhu|Lin|Guo|Gao|Lam|Cheung|Wong|Chan|Leung|Tang",
        2, language="Mandarijn", herkomst="uit China")
_origin("vietnamees",
        "Minh|Tuan|Duc|Huy|Hung|Quang|Thanh|Khoa|Bao|Phuc|Dung|Hieu|Trung|Vinh",
        "Linh|Huong|Thao|Ngoc|Trang|Hoa|Phuong|Hanh|Nhung|Quynh|Vy|Diep|Kim Anh",
        "Nguyễn|Trần|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Trương",
        1, language="Vietnamees")
_origin("thais",
        "Somchai|Anan|Niran|Prasert|Kittisak|Thanawat|Chaiwat|Somsak|Pongsak|Wichai|Arthit|Narong",
        "Siriporn|Ploy|Malee|Ratana|Wanida|Kanya|Pimchanok|Suda|Lamai|Nittaya|Orathai|Supaporn|Jintana",
        "Srisuk|Chaiyaporn|Saetang|Wongsawat|Boonmee|Kaewkla|Rattanakorn|Sukprasert|Thongchai|Phromma|"
        "Srisawat|Jaidee|Somboon|Intharaphan",
        1, language="Thai", herkomst="uit Thailand")
_origin("filipijns",
        "Jose|Mark|John Paul|Jericho|Rommel|Arnel|Jomar|Carlo|Paolo|Joshua|Angelo|Miguel|Rodel",
        "Jasmine|Kristine|Rowena|Marilou|Lorna|Divina|Jocelyn|Analyn|Princess|Cherry|Lovely|Althea|Rhea|Maricel",
        "Santos|Reyes|Cruz|Bautista|Ocampo|Mendoza|Dela Cruz|Villanueva|Ramos|Aquino|Castillo|Manalo|Soriano|"
        "Pascual|Dizon|Macaraeg|Navarro|Delos Reyes",
        1, language="Tagalog")
_origin("indiaas",
        "Aarav|Vihaan|Rohan|Aditya|Siddharth|Karthik|Rahul|Vikram|Ishaan|Aryan|Pranav|Nikhil|Harish|Venkat",
        "Ananya|Diya|Saanvi|Aadhya|Ishita|Priyanka|Divya|Lakshmi|Meera|Shreya|Kavya|Aishwarya|Neha|Swati",
        "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Singh|Kumar|Rao|Menon|Joshi|Desai|Pillai|Krishnan|Chatterjee|Mehta|"
        "Banerjee|Subramanian",
        2, language="Engels")
_origin("pakistaans",
        "Usman|Bilal|Zain|Faisal|Imran|Kashif|Asad|Haris|Saad|Waqas|Shahid|Talha|Junaid|Adeel",
        "Ayesha|Mahnoor|Hira|Sana|Iqra|Zara|Nimra|Rabia|Saima|Bushra|Sadia|Anum|Mehwish|Amna",
        "Khan|Malik|Butt|Chaudhry|Qureshi|Sheikh|Raza|Hussain|Iqbal|Siddiqui|Akhtar|Mirza|Javed|Rana|Awan|"
        "Bhatti|Abbasi",
        1, language="Urdu")
_origin("kaapverdisch",
        "Edson|Elton|Admilson|Ivanildo|Cláudio|Hélder|Jailson|Nilton|Wilson|Adilson|Nelson|Carlos|Djony",
        "Elisângela|Vanusa|Nilza|Djenifer|Sónia|Ivone|Mayra|Lúcia|Odete|Jandira|Keila|Rosalina|Neusa",
        "Tavares|Lopes|Semedo|Fortes|Monteiro|Gomes|Rodrigues|Varela|Correia|Brito|Fernandes|Pina|Moreira|"
        "Andrade|Évora|Furtado|Mendes|da Veiga|Delgado",
        2, language="Kaapverdisch Creools", naming="iberian")
_origin("braziliaans",
        "Gabriel|Lucas|Matheus|Pedro|Rafael|Thiago|Felipe|Guilherme|Bruno|Leonardo|Caio|Davi|Enzo|Arthur",
        "Ana Clara|Beatriz|Larissa|Camila|Fernanda|Juliana|Letícia|Mariana|Bruna|Isabela|Manuela|Luana|Thaís|"
        "Vitória",
        "Silva|Santos|Oliveira|Souza|Pereira|Costa|Ferreira|Almeida|Carvalho|Ribeiro|Martins|Araújo|Barbosa|"
        "Rocha|Nascimento|Lima|Moura|da Silva|dos Santos",
        2, language="Portugees", herkomst="uit Brazilië", naming="iberian")
_origin("dominicaans",
        "José Miguel|Luis|Juan|Ángel|Manuel|Wilkin|Yefri|Francisco|Alexis|Raymond|Darwin|Ramón|Elvis",
        "Yokasta|Yudelka|Yahaira|Altagracia|Carolina|Mercedes|Yesenia|Marisol|Dayana|Yuleisy|Yanelis|"
        "Esmeralda|Leidy",
        "Rodríguez|Pérez|Martínez|García|Santana|Jiménez|Díaz|Peña|Almonte|Vásquez|Tejada|Rosario|Batista|"
        "Mejía|de los Santos|Familia|Cabrera|Guzmán",
        1, language="Spaans", naming="iberian")

NICKNAMES = {
    "Mohamed": "Mo", "Abdelkader": "Kader", "Zakaria": "Zak", "Soufiane": "Souf", "Mehmet": "Memo",
    "Oleksandr": "Sasha", "Aleksandra": "Ola", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Jakub": "Kuba",
    "Dimitar": "Mitko", "Kwabena": "Kobby", "Oluwaseun": "Seun", "Shurandy": "Shu", "Jeandro": "Dro",
    "Jairzinho": "Zinho", "Giovanna": "Gio", "Volodymyr": "Vova", "Dmytro": "Dima", "Anastasiia": "Nastia",
    "Kateryna": "Katia", "Guilherme": "Gui", "Francisco": "Cisco", "Ruthmila": "Ruthy", "Tewodros": "Teddy",
    "Bethlehem": "Betty", "Yohannes": "Johnny", "Christian": "Chris", "Priscilla": "Pris",
    "Oluwabunmi": "Bunmi", "Funmilayo": "Funmi", "Temitope": "Tope", "Olivier": "Ollie", "Floris": "Flo",
    "Pepijn": "Pep", "Yasmina": "Yas", "Khadija": "Dija", "Abdirahman": "Abdi", "Massinissa": "Massi",
    "Muntadhar": "Munti", "Zabihullah": "Zabi", "Jeremiah": "Jerry", "Alexandru": "Alex", "Isabela": "Bela",
    "Nisanur": "Nisa", "Gabriel": "Gabi", "Dominykas": "Domas", "Ebenezer": "Ebo", "Sophie": "Soof",
    "Julia": "Juul", "Femke": "Fem", "Lotte": "Lot", "Morris": "Mo", "Youssef": "Yous", "Mustafa": "Musti",
    "Alperen": "Alp", "Szymon": "Szymek", "Mateusz": "Mati", "Kwame": "Kwam", "Bereket": "Beki",
    "Matheus": "Teteu", "Maksym": "Maks",
    "Jeandra": "Jeje", "Chanella": "Chanel", "Giovanka": "Gigi", "Dominggus": "Domi", "Shurelva": "Shu",
}

CITIES = _names("Utrecht|Zwolle|Almere|Tilburg|Leeuwarden|Rotterdam|Den Haag|Amsterdam|Arnhem|Nijmegen|Eindhoven|"
                "Groningen|Enschede|Haarlem|Dordrecht|Lelystad|Schiedam|Zaandam|Gouda|Venlo|Heerlen|Emmen|Assen|"
                "Deventer|Apeldoorn|Amersfoort|Breda|Helmond|Hoorn|Den Helder|Vlaardingen|Spijkenisse|Sneek|"
                "Drachten|Purmerend|Roosendaal|Oss|Vlissingen|Capelle aan den IJssel|Hengelo")
VT_REGIONS = _names("Utrecht|Rotterdam Rijnmond|Haaglanden|Amsterdam-Amstelland|Gelderland-Zuid|Friesland|"
                    "Groningen|Brabant Noordoost|Zuid-Limburg|Flevoland|Kennemerland|IJsselland|Twente|"
                    "Zaanstreek-Waterland|Hollands Midden")

# --------------------------------------------------------------------------------------------
# Institutions: (prefix, core); the prefix may be left out, the core never

GENERIC = {
    "basisschool", "school", "obs", "cbs", "pcbs", "rkbs", "ikc", "kindcentrum", "kc", "sbo", "montessorischool",
    "daltonschool", "jenaplanschool", "vrije", "openbare", "christelijke", "college", "lyceum", "sg",
    "scholengemeenschap", "praktijkschool", "vmbo", "kdv", "kinderdagverblijf", "bso", "peuteropvang",
    "kinderopvang", "gastouderbureau", "peuterspeelzaal", "ziekenhuis", "mc", "medisch", "centrum", "gasthuis",
    "kinderziekenhuis", "st", "sint", "ggz", "jeugdzorg", "jeugdhulp", "stichting", "kinderpraktijk",
    "zorggroep", "praktijk", "distributiecentrum", "logistiek", "schoonmaakbedrijf", "thuiszorg", "hotel",
    "kwekerij", "callcenter", "bouwbedrijf", "en", "zonen", "uitzendbureau", "transportbedrijf", "supermarkt",
    "buurtsuper", "kapsalon", "restaurant", "verpleeghuis", "pakketcentrum", "bakkerij", "garage", "tankstation",
    "voetbalvereniging", "vv", "sv", "zwemvereniging", "judoschool", "turnvereniging", "hockeyclub",
    "kickboksschool", "atletiekvereniging", "basketbalclub", "scouting", "korfbalvereniging", "de", "het", "van",
    "'t", "voor", "&",
}

SCHOOL_PREFIXES = _names("basisschool|Basisschool|obs|OBS|cbs|CBS|PCBS|RKBS|IKC|Kindcentrum|SBO|"
                         "Montessorischool|Daltonschool|Jenaplanschool|Vrije School|openbare basisschool")
SCHOOL_CORES = _names("De Wilgenhoek|Het Vlinderveld|De Lindeboog|Het Ankerpunt|De Zwanenkamp|De Kiezelsteen|"
                      "Het Eikenhof|De Toverberg|De Notenkraker|Het Waterrijk|De Zilvermeeuw|De Duinpieper|"
                      "Het Fluitekruid|De Ganzenhoek|De Meidoornhaag|Het Zeilschip|De Wieken|De Sprankel|"
                      "De Kameleon|Het Klimrek|De Tweemaster|De Wielewaal|Het Schateiland|De Vuursteen")
SECONDARY = [("", "Vlietzoom College"), ("Lyceum", "Noordkaap"), ("SG", "Zuiderpoort"),
             ("Scholengemeenschap", "Eemhorst"), ("", "Dijkwater College"), ("praktijkschool", "Oosterlicht"),
             ("", "Meerwijck Lyceum"), ("vmbo", "Valkenhorst"), ("", "Scheldepoort College"),
             ("", "Broekzoom College")]
OPVANG_PREFIXES = _names("KDV|kdv|kinderdagverblijf|BSO|bso|peuteropvang|kinderopvang|Kinderopvang|"
                         "gastouderbureau|peuterspeelzaal")
OPVANG_CORES = _names("Het Rupsje|Dribbel|Het Vliegertje|De Knuffelbeer|De Wiebelwagen|Het Dolfijntje|Kikkerfort|"
                      "De Boomhut|Het Speelnest|Kwetternest|Het Olifantje|De Tuimelaar|Huppeldepup|Ukkepuk|"
                      "De Zeesterretjes|Pluk en Wiebel|Het Egeltje|De Ballonvaart|Snoetje|Het Zandkasteel")
HOSPITALS = [("", "Lingestroom Ziekenhuis"), ("Ziekenhuis", "Haagveld"), ("", "Eemvallei MC"),
             ("Medisch Centrum", "Waterlanden"), ("", "Rivierduin Ziekenhuis"), ("het", "Amstelhoven"),
             ("", "Vechtoever Gasthuis"), ("", "St. Adelbertus Gasthuis"), ("", "Sint Walburga Ziekenhuis"),
             ("MC", "Duinwijck"), ("", "Noorderhaven Ziekenhuis"), ("Kinderziekenhuis", "Zeeburcht"),
             ("", "Sint Ludgerus Ziekenhuis"), ("", "IJsselweide MC"), ("Ziekenhuis", "Peelrand"),
             ("", "Servatius Gasthuis")]
CARE = [("GGZ", "Wadlicht"), ("Jeugdzorg", "Zuiderlicht"), ("", "Kompasrijk Jeugdhulp"), ("Stichting", "Kiemkracht"),
        ("Kinderpraktijk", "De Brugwachter"), ("", "Ooievaarsnest"), ("Jeugdzorg", "De Lichtboei"),
        ("Zorggroep", "Zeeanker"), ("", "Lindeborg Jeugdhulp"), ("Stichting", "Vliedberg"), ("GGZ", "Eikenrode"),
        ("", "Nestwarmte"), ("Jeugdhulp", "Dijkwacht"), ("Praktijk", "Rivierenhuis"), ("Stichting", "Het Palmblad"),
        ("GGZ", "Vuurbaak")]
EMPLOYERS = [("Distributiecentrum", "Noordkade"), ("", "Vlietland Logistiek"), ("Thuiszorg", "Aandacht"),
             ("Hotel", "Zeezicht"), ("kwekerij", "Groenhorst"), ("callcenter", "Belvast"),
             ("Bouwbedrijf", "Hoogland en Zonen"), ("uitzendbureau", "Flexwerk"), ("Transportbedrijf", "Kruisweg"),
             ("Buurtsuper", "Oosthoek"), ("kapsalon", "Knipwerk"), ("Restaurant", "De Gouden Draak"),
             ("Verpleeghuis", "Avondrood"), ("Pakketcentrum", "Oostpoort"), ("Bakkerij", "Korenaar"),
             ("Garage", "Autopunt Westhaven"), ("", "Schoonmaakdienst Stralend"), ("Tankstation", "De Kruising")]
CLUBS = [("voetbalvereniging", "Voorwaarts Oost"), ("vv", "De Spartaan"), ("SV", "Olympus Noord"),
         ("zwemvereniging", "De Waterratten"), ("judoschool", "Tora Kai"), ("turnvereniging", "Salto '82"),
         ("hockeyclub", "De Kievitten"), ("kickboksschool", "Tijgerkracht"), ("atletiekvereniging", "Snelvoet"),
         ("basketbalclub", "Dunkers"), ("scouting", "Wolfsklauw"), ("korfbalvereniging", "Vlugheid")]
INST_KIND = {"school": "instelling:school", "opvang": "instelling:opvang", "ziekenhuis": "instelling:ziekenhuis",
             "zorg": "instelling:zorg", "werkgever": "instelling:werkgever", "club": "instelling:opvang"}

STREETS = _names("Kastanjelaan|Dahliastraat|Zuiderzeeweg|Molenweg|Prins Bernhardlaan|Beukenhorst|"
                 "Lijsterbesstraat|Vlierbaan|Goudsbloemstraat|Schubertlaan|Tesselschadestraat|Korenbloemhof|"
                 "Meeuwenlaan|Havikstraat|Reigerpad|Kwartelweg|Pauwenhof|Berkenrode|Esdoornstraat|Hazelaarlaan|"
                 "Nachtegaalstraat|Waalkade|Rijnstraat|Elzenhof|Ooievaarsweg|Kanaaldijk|Dorpsstraat|Kerkweg|"
                 "Stationsweg|Anjerstraat|Tulpstraat|Margrietlaan|Populierenlaan|Dokter Ariënslaan|"
                 "Burgemeester Hoogenboomlaan|Wilgenstraat|Vondellaan|Zwanenveld|Klaverweide|Hooiberg|"
                 "Koningin Julianastraat|Van Speijkstraat|Lindenhof|Sleedoornpad")
STREET_GENERIC = {"prins", "prinses", "koningin", "burgemeester", "dokter", "van", "de", "der", "den", "het"}

# --------------------------------------------------------------------------------------------
# Phrases: clinical observations (must stay) and name-like Dutch words (must stay as words)

# signals, by age (a fragment that follows the child's name)
CLIN_BABY = _names(
    "huilt veel, vooral 's avonds|lacht weinig terug|heeft rode billen en een doorweekte luier|slaapt onrustig|"
    "reageert schrikachtig op geluid|maakt weinig oogcontact|spuugt na elke voeding|"
    "ligt stil en kijkt weinig rond|is moeilijk te troosten|heeft een blauwe plek achter het oor|"
    "verstijft bij optillen")
CLIN_TODDLER = _names(
    "slaapt onrustig en wordt vaak wakker|eet slecht, vooral brood|is opvallend aanhankelijk bij vreemden|"
    "schrikt bij harde geluiden|speelt weinig en kijkt veel rond|maakt een teruggetrokken indruk|"
    "plast weer in de broek|is snel boos en gooit met speelgoed|heeft een blauwe plek op de wang|"
    "wil niet verschoond worden|klampt zich vast bij het afscheid|bijt andere kinderen")
CLIN_CHILD = _names(
    "klaagt vaak over buikpijn|is vaak afwezig op maandag|heeft regelmatig vieze kleding aan|"
    "heeft moeite met concentreren|vertelt weinig over thuis|plast 's nachts weer in bed|ziet er moe uit|"
    "is snel in tranen|schrikt als iemand een hand opsteekt|komt zonder ontbijt naar school|"
    "trekt zich terug in de pauze|heeft een blauwe plek op de bovenarm|is de laatste weken erg stil|"
    "reageert fel op kleine dingen|wil na school niet naar huis")
CLIN_TEEN = _names(
    "verzuimt veel|heeft sombere gedachten|krast zich soms in de arm|blowt in het weekend|slaapt pas na tweeën|"
    "is prikkelbaar en snel boos|eet onregelmatig|trekt zich terug op de kamer|zegt dat niemand luistert|"
    "heeft weinig contact met leeftijdgenoten|schaamt zich voor de thuissituatie|"
    "was gespannen en zei weinig|reageerde afwerend op vragen")
# development at the consultatiebureau, next to the signals
DEV_BABY = _names("drinkt goed|volgt goed met de ogen|lacht terug|tilt het hoofd goed op in buikligging|"
                  "houdt het hoofd nog niet stabiel|grijpt naar speelgoed|rolt van rug naar buik")
DEV_TODDLER = _names("loopt los sinds 13 maanden|brabbelt, nog geen losse woorden|spraak-taalontwikkeling loopt achter|"
                     "zegt een paar losse woorden|stapelt drie blokjes|speelt leeftijdsadequaat|"
                     "fijne motoriek leeftijdsadequaat")
SCENES = _names(
    "moeder oogt vermoeid en somber|vader reageert geprikkeld op vragen|"
    "de woning is rommelig en er is weinig eten in huis|er wordt thuis vaak geschreeuwd|"
    "moeder huilt tijdens het gesprek|vader spreekt moeder steeds tegen|"
    "moeder kijkt steeds naar vader voordat ze antwoordt|de sfeer in het gesprek is gespannen|"
    "moeder durft niet alleen naar huis|er zijn schulden en de huur is achterstallig")
GROWTH_CLIN = _names("groeit langs de eigen lijn|gewicht buigt af|lengtegroei stagneert|gewicht naar lengte is laag|"
                     "gewicht stijgt sterk|groei volgens verwachting")
BELEID = _names("extra contactmoment over 4 weken|huisbezoek door JVK binnen 2 weken|advies vragen bij Veilig Thuis|"
                "VVE-indicatie aangevraagd|opvoedondersteuning aangeboden, moeder twijfelt|"
                "bespreken in het MDO van volgende week|groei over 6 weken controleren|"
                "moeder krijgt informatie over huiselijk geweld mee|terugbellen over een week")
VT_QUESTIONS = _names("Is dit voldoende voor een melding?|"
                      "Hoe bespreken we dit met moeder zonder haar in gevaar te brengen?|"
                      "Moeten we vader hierover informeren?|Mogen we zonder toestemming overleggen met de huisarts?|"
                      "Wat doen we als vader het kind onaangekondigd komt halen?|"
                      "Welke stappen van de meldcode moeten we nog zetten?")
VT_ADVICE = _names("eerst in gesprek met moeder, niet met vader|"
                   "de signalen blijven vastleggen in de woorden van het kind|een veiligheidsplan maken met moeder|"
                   "binnen twee weken opnieuw contact opnemen|"
                   "een melding doen omdat er sprake is van acute onveiligheid|"
                   "de huisarts en het wijkteam erbij betrekken met toestemming van moeder|"
                   "het afwegingskader doorlopen en het besluit vastleggen|"
                   "vader niet informeren zolang de veiligheid van moeder niet geborgd is")

WORDS_PROSE = [
    "Buiten [w:scheen de zon] en toch wilde {hij} niet naar buiten.",
    "Moeder [w:heeft weinig hoop] dat het thuis snel rustiger wordt.",
    "In de klas lazen we een gedicht over [w:een merel in de tuin].",
    "{Hij} vertelde dat {hij} met opa [w:bij de bakker] was geweest.",
    "Moeder zegt dat [w:de storm ging liggen] toen vader vertrok, maar dat het nu weer onrustig is.",
    "[w:In de lente] wil moeder verhuizen naar een andere wijk.",
    "{Hij} maakte voor moeder een tekening [w:met een roos] erop.",
    "[w:In de winter] gaat het volgens moeder altijd slechter.",
    "{Hij} liet trots [w:een bloem] zien die {hij} had geknutseld.",
    "{Hij} zegt dat {hij} nu [w:sterk genoeg] is om mama te helpen.",
    "Op {zijn} tekening staat [w:een visser aan de waterkant].",
    "Het gezin krijgt soms eten van [w:de koster van de kerk].",
    "Er zit [w:een groot verschil] tussen de maandagen en de rest van de week.",
    "{Hij} at maar [w:een klein beetje] van {zijn} brood.",
    "{Hij} droeg [w:een wit vest] dat veel te dun was voor het weer.",
    "{Hij} kent het verhaal van [w:de vos en de raaf] uit {zijn} hoofd.",
    "Op de kinderboerderij wilde {hij} alleen [w:de haan] voeren.",
    "Moeder vertelt dat [w:de baas van haar werk] begrip heeft voor de situatie.",
    "In het verhaal dat {hij} schreef, [w:redt de koning] een heel dorp.",
    "{Hij} tekende [w:een engel] boven het bed van {zijn} moeder.",
    "Er zat [w:een vink in de struik] bij het raam, daar werd {hij} even rustig van.",
    "{Hij} wil later [w:kok in een restaurant] worden.",
    "Na de regen was [w:alles weer groen] in de tuin, maar {hij} bleef binnen.",
    "[w:De boer op de kinderboerderij] liet {hem} de kalfjes zien.",
    "Moeder vertelt dat ze [w:een prins op het witte paard] niet meer verwacht.",
]
WORDS_KDV = [
    "buiten gespeeld, [w:de zon scheen] lekker ☀️",
    "geknutseld: [w:een bloem] voor mama 🌸",
    "we zagen [w:een merel in de tuin] 🐦",
    "liedje over [w:de vos] gezongen 🦊",
    "naar de kinderboerderij, [w:de haan] kraaide heel hard 🐓",
    "eerst regen maar [w:de storm ging liggen] dus toch naar buiten",
    "boekje over [w:de lente] gelezen 🌷",
    "voorgelezen over [w:de koning] en de draak 👑",
    "vandaag maar [w:een klein beetje] gegeten",
    "in de poppenhoek [w:bij de bakker] gespeeld 🥐",
    "kleurplaat [w:met een roos] erop gemaakt 🌹",
    "thema [w:in de winter] gestart ❄️",
    "[w:een groot feest] want de juf was jarig 🎉",
]

CUES = sorted([
    "juf", "meester", "mevrouw", "mw.", "mw", "mevr.", "meneer", "dhr.", "dhr", "adviseur", "ja", "jvk",
    "jeugdarts", "jeugdverpleegkundige", "dr.", "dokter", "huisarts", "kinderarts", "pm'er", "gedragswetenschapper",
    "trainer", "coach", "buurvrouw", "buurman", "collega", "teamleider", "mentor", "intern begeleider", "stagiaire",
    "wijkagent", "mama van", "papa van", "moeder van", "vader van", "klasgenootje", "klasgenoot", "vriendje",
    "vriendinnetje", "groepsgenoot", "aandachtsfunctionaris", "leerkracht", "melder", "voogd", "nieuw kindje",
    "ouders van", "in dienst", "begeleider",
], key=len, reverse=True)

FORBIDDEN_INITIALS = {"JA", "JVK", "VT", "PM", "IB", "GW", "OK", "BSN", "CJG", "HO", "SD", "NL", "MC", "SEH", "MDO",
                      "KDV", "BSO", "GGZ", "SV", "VV", "CB"}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EMOJI = ["🐣", "🌈", "🙂", "😊", "🐻", "🌻", "🚂", "🦋"]


# --------------------------------------------------------------------------------------------
# Helpers


def name_words(text: str) -> list[str]:
    """The words of a name that are checked: no particles, no single letters, no "'s"."""
    out = []
    for w in re.split(r"[\s\-]+", text):
        w = w.strip(".,;:()\"")
        if w.lower() in PARTICLES:
            continue
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        w = w.strip("'’")
        if len(w) < 2 or w.lower() in PARTICLES or not any(c.isalpha() for c in w):
            continue
        out.append(w)
    return out


def inst_words(text: str) -> list[str]:
    out = []
    for w in re.split(r"[\s\-&]+", text):
        w = w.strip(".,;:()\"'")
        if len(w) < 2 or fold(w) in GENERIC or not any(c.isalpha() for c in w):
            continue
        out.append(w)
    return out


def ascii_fold(text: str) -> str:
    text = fold(text)
    for a, b in (("ł", "l"), ("ı", "i"), ("đ", "d"), ("ø", "o"), ("æ", "ae")):
        text = text.replace(a, b)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c == "-")).replace("-", "")


def lower(text: str) -> str:
    """Lower case as typed: "İrem" becomes "irem", not "i̇rem"."""
    return text.replace("İ", "I").lower()


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _compact(text: str) -> str:
    return re.sub(r"[\s\-.\u00ad]", "", text).upper()


def check_hit(check: Check, region: str) -> bool:
    """Mirrors the scorer: does ``check`` find its value in ``region``?"""
    if check.how == "exact":
        return check.value in region
    if check.how == "ci":
        return check.value.lower() in region.lower()
    if check.how == "word":
        return word_in(fold(check.value), fold(region))
    if check.how == "digits":
        return check.value in _digits(region)
    if check.how == "compact":
        return check.value.upper() in _compact(region)
    if check.how == "group":
        return check.value in re.findall(r"\d+", region)
    raise ValueError(check.how)


def word_positions(word: str, text: str) -> list[int]:
    """Start offsets of ``word`` as a word in ``text`` (both already folded)."""
    found, start = [], 0
    while True:
        i = text.find(word, start)
        if i < 0:
            return found
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            found.append(i)
        start = i + 1


def bsn_ok(digits: str) -> bool:
    if len(digits) != 9:
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# --------------------------------------------------------------------------------------------
# Families


@dataclass
class Relative:
    role: str           # vault role
    first: str
    surname: str
    gender: str         # "m" / "f"
    age_m: int          # age in months
    origin: Origin

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}".strip()


@dataclass
class Stranger:
    first: str
    surname: str
    gender: str
    nick: str | None = None


def feminine(origin: str, surname: str, married: bool) -> str:
    """The female form of a surname where the language has one."""
    if origin == "pools":
        for m, f in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if surname.endswith(m):
                return surname[: -len(m)] + f
    if origin in ("bulgaars",) and surname.endswith(("ov", "ev")):
        return surname + "a"
    if origin == "oekraiens" and surname.endswith("skyi"):
        return surname[:-4] + "ska"
    if origin == "litouws":
        if married:
            for end in ("ius", "as", "is", "ys", "us"):
                if surname.endswith(end):
                    return surname[: -len(end)] + "ienė"
        else:
            for end, new in (("ius", "iūtė"), ("as", "aitė"), ("is", "ytė"), ("ys", "ytė"), ("us", "utė")):
                if surname.endswith(end):
                    return surname[: -len(end)] + new
    return surname


def arabic_variant(rng: random.Random, surname: str) -> str:
    for p in ("El ", "Al ", "Ben "):
        if surname.startswith(p) and rng.random() < 0.35:
            return p.strip() + "-" + surname[len(p):]
    if surname.startswith("Al-") and rng.random() < 0.3:
        return rng.choice(["Al ", "al-"]) + surname[3:]
    return surname


def pick_origin(rng: random.Random, professional: bool = False) -> Origin:
    if professional and rng.random() < 0.65:
        return ORIGINS["nederlands"] if rng.random() < 0.85 else ORIGINS["fries"]
    keys = list(WEIGHTS)
    return ORIGINS[rng.choices(keys, weights=[WEIGHTS[k] for k in keys])[0]]


def first_name(rng: random.Random, origin: Origin, gender: str, group: str) -> str:
    if group == "child":
        pool = (origin.kids_m if gender == "m" else origin.kids_f) or None
    elif group == "elder":
        pool = (origin.elder_m if gender == "m" else origin.elder_f) or None
    else:
        pool = None
    if not pool:
        pool = origin.male if gender == "m" else origin.female
    return rng.choice(pool)


def base_surname(rng: random.Random, origin: Origin) -> str:
    s = rng.choice(origin.surnames)
    if origin.naming == "iberian" and rng.random() < 0.4:
        other = rng.choice([x for x in origin.surnames if x != s])
        s = f"{s} {other}"
    return arabic_variant(rng, s)


class Family:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        fo = pick_origin(rng)
        mo = fo if rng.random() < 0.78 else pick_origin(rng)
        self.origin = fo
        kid_gender = rng.choice("mf")
        age_m = kid_age(rng, style)
        used_first: set[str] = set()

        def fname(origin, gender, group):
            for _ in range(30):
                f = first_name(rng, origin, gender, group)
                if f not in used_first:
                    used_first.add(f)
                    return f
            return f

        # father
        f_first = fname(fo, "m", "adult")
        f_sur = base_surname(rng, fo)
        if fo.naming == "patronymic":
            f_sur = rng.choice(fo.male + fo.surnames)
        # mother
        m_first = fname(mo, "f", "adult")
        if mo is fo and fo.key in ("pools", "bulgaars", "litouws", "oekraiens") and rng.random() < 0.7:
            m_sur = feminine(fo.key, f_sur, married=True)
        elif mo.naming == "patronymic":
            m_sur = rng.choice(mo.male + mo.surnames)
        else:
            m_sur = feminine(mo.key, base_surname(rng, mo), married=False)
            if mo.key == "nederlands" and fo.key in ("nederlands", "fries") and rng.random() < 0.3:
                m_sur = f"{f_sur}-{m_sur}" if m_sur[:1].isupper() else f"{cap_first(f_sur)}-{m_sur}"

        def child_surname(gender):
            if fo.naming == "patronymic":
                return f_first
            return feminine(fo.key, f_sur, married=False) if gender == "f" else f_sur

        kid_origin = fo if rng.random() < 0.75 else mo
        members = {"kind": Relative("kind", fname(kid_origin, kid_gender, "child"), child_surname(kid_gender),
                                    kid_gender, age_m, kid_origin)}
        parent_age = age_m + 12 * rng.randint(22, 40)
        if rng.random() < 0.95:
            members["moeder"] = Relative("moeder", m_first, m_sur, "f", parent_age, mo)
        if rng.random() < (0.92 if style == "scholing-casus" else 0.8):
            members["vader"] = Relative("vader", f_first, f_sur, "m", parent_age + 12 * rng.randint(0, 6), fo)
        if rng.random() < 0.55:
            g = rng.choice("mf")
            members["sib"] = Relative("broer_zus", fname(kid_origin, g, "child"), child_surname(g), g,
                                      max(2, age_m + 12 * rng.choice([-5, -4, -3, -2, 2, 3, 4, 6])), kid_origin)
            if rng.random() < 0.3:
                g = rng.choice("mf")
                members["sib2"] = Relative("broer_zus", fname(kid_origin, g, "child"), child_surname(g), g,
                                           max(2, age_m + 12 * rng.choice([-6, -1, 1, 5, 7])), kid_origin)
        self.partner_of = None
        if rng.random() < 0.4:
            po = pick_origin(rng)
            if rng.random() < 0.5 and "moeder" in members:
                self.partner_of = "moeder"
                members["partner"] = Relative("partner", fname(po, "m", "adult"), base_surname(rng, po), "m",
                                              parent_age, po)
            elif "vader" in members:
                self.partner_of = "vader"
                members["partner"] = Relative("partner", fname(po, "f", "adult"),
                                              feminine(po.key, base_surname(rng, po), False), "f", parent_age, po)
        if rng.random() < 0.3:
            members["oma"] = Relative("oma", fname(mo, "f", "elder"),
                                      m_sur.split("-")[-1] if mo.naming != "patronymic" else
                                      rng.choice(mo.male), "f", parent_age + 300, mo)
        if rng.random() < 0.2:
            first = f_sur if fo.naming == "patronymic" else fname(fo, "m", "elder")
            sur = rng.choice(fo.male) if fo.naming == "patronymic" else f_sur
            members["opa"] = Relative("opa", first, sur, "m", parent_age + 320, fo)
        if rng.random() < 0.15:
            members["tante"] = Relative("tante", fname(mo, "f", "adult"), m_sur.split("-")[-1], "f",
                                        parent_age, mo)
        if rng.random() < 0.15:
            members["oom"] = Relative("oom", fname(fo, "m", "adult"), f_sur, "m", parent_age, fo)
        self.members = members

    def persons(self) -> list[Person]:
        return [Person(m.name, m.role) for m in self.members.values()]

    def words(self) -> set[str]:
        return {fold(w) for m in self.members.values() for w in name_words(m.name)}


def kid_age(rng: random.Random, style: str) -> int:
    if style == "jgz-dossier":
        return rng.choice(GROWTH)[0]
    if style == "leefgroep-rapportage":
        return 12 * rng.randint(12, 17) + rng.randrange(12)
    if style == "kinderopvang-overdracht":
        return rng.randint(5, 47) if rng.random() < 0.8 else 12 * rng.randint(4, 11) + rng.randrange(12)
    if style == "scholing-casus":
        return 12 * rng.randint(6, 11) + rng.randrange(12)
    return rng.randint(3, 16 * 12)


# (age in months, label, length cm, weight kg, head circumference cm or None)
GROWTH = [(1, "4 wk", 54, 4.3, 37.5), (3, "3 mnd", 61, 6.0, 40.5), (6, "6 mnd", 67, 7.8, 43.5),
          (11, "11 mnd", 74, 9.4, 45.5), (14, "14 mnd", 78, 10.2, 46.5), (18, "18 mnd", 82, 11.0, 47.5),
          (24, "2 jr", 87, 12.2, 48.5), (45, "3 jr 9 mnd", 102, 16.0, None), (66, "5 jr", 112, 19.0, None),
          (126, "groep 7", 142, 34.0, None), (162, "klas 2", 160, 48.0, None)]


def age_label(age_m: int, prose: bool = False) -> str:
    if age_m < 24:
        return f"{age_m} mnd" if not prose else f"{age_m} maanden"
    return f"{age_m // 12} jr" if not prose else f"{age_m // 12} jaar"


# --------------------------------------------------------------------------------------------
# Templates
#
# A segment has a chance to be included in short and in long notes (1.0: always) and
# alternative templates. In a template:
#   {kind:v}  a vault person: v first name, f full name, vf either, a surname, s possessive,
#             rel "broertje"/"zus", age; roles kind moeder vader partner sib sib2 oma opa tante oom,
#             mpartner (mother's new partner), vpartner (father's), npartner (father's, else someone
#             not in the vault)
#   {u.kid1:first}  someone not in the vault (kid kidf kidm teen teenf teenm mum dad adultf adultm
#             prof proff profm): first, full, sur, nick; "+c" when a cue follows the name
#   {tel} {bsn} {iban} {email:moeder} {account:kind} {adres} {pc} {kenteken} {geb:kind} {init}
#   {school} {opvang} {ziekenhuis} {zorg} {werkgever} {club}
#   {clin} {scene} {Scene} {word} {Word}  phrases from the pools; [c:...] and [w:...] inline
#   {hij} {Hij} {zijn} {Zijn} {hem} {jongen} {t} {t2} {n:2-4} and the note's variables


@dataclass
class Seg:
    p_kort: float
    p_lang: float
    alts: list[str]
    shuffle: bool = False


R = 1.0

JGZ = [
    Seg(R, R, [
        "JGZ-dossier – contactmoment {agelabel}\nDatum: {date}   Locatie: {where}\nKind: {kind:f}, geb. {geb:kind}\n",
        "{date} | {where} | {agelabel}\nCliënt: {kind:f}\n",
        "Contactmoment {agelabel} d.d. {date} ({where}). Gezien: {kind:v}, i.b.v. moeder.\n",
        "CB-bezoek {date} – {kind:vf} ({agelabel}), JVK {u.proff1:sur}\n",
        "Onderzoek {agelabel} op {date}, {where}, door JA {u.prof1:sur}. Kind: {kind:f}.\n",
    ]),
    Seg(0.15, 0.6, ["BSN: {bsn}\n", "BSN kind {bsn}\n"]),
    Seg(0.15, 0.6, ["Adres: {adres}, {pc} {city}\n", "Woonadres: {adres} ({pc})\n"]),
    Seg(0.15, 0.55, ["Tel. moeder: {tel}\n", "Contact: {tel} (moeder), {email:moeder}\n", "Tel.nr. vader: {tel}\n",
                     "E-mail ouders: {email:moeder}\n"]),
    Seg(R, R, [
        "Gez. situatie: ouders gesc. sinds {year}; {kind:v} woont bij moeder ({moeder:v}) en is om het weekend bij "
        "vader ({vader:f}).\n",
        "Gez. situatie: moeder {moeder:f}, vader {vader:f}; {sib:rel} {sib:v} ({sib:age}). Vader werkt veel, moeder "
        "is thuis met de kinderen.\n",
        "Gez. situatie: ouders gesc., moeder woont samen met nieuwe partner {mpartner:f}. Vader niet in beeld.\n",
        "Gez. situatie: gezin {herkomst}, sinds {year} in NL; thuistaal {language}, gesprek via tolk. Oma "
        "({oma:v}) woont in.\n",
        "Gez. situatie: ouders samen, {n:2-4} kinderen. Vader ({vader:v}) is onlangs ontslagen bij {werkgever}; "
        "er zijn geldzorgen.\n",
        "Gez. situatie: eenoudergezin, moeder {moeder:f}. Contact met vader loopt via advocaat.\n",
        "Gez. situatie: moeder ({moeder:v}) en kinderen wonen tijdelijk bij opa ({opa:v}) na ruzie thuis.\n",
        "Gez. situatie: {kind:v} woont bij vader ({vader:f}) en diens partner {vpartner:v}; moeder heeft begeleide "
        "omgang.\n",
        "Gez. situatie: ouders gesc., co-ouderschap. {kind:s} {sib:rel} {sib:v} woont vooral bij vader.\n",
    ]),
    Seg(R, R, ["Groei: {groei}. [c:{groeiclin}].\n", "Lengte/gewicht: {groei}; [c:{groeiclin}].\n"]),
    Seg(R, R, ["Ontw.: {dev}; {dev}.\n", "Ontwikkeling: {dev}.\n", "Ontw./gedrag: {dev}. {Scene}.\n"]),
    Seg(0.3, 0.8, [
        "Obs.: {clin}. {Scene}.\n",
        "Mw. {moeder:a} vertelt dat {kind:v} 's nachts vaak wakker wordt van ruzie; [c:zij oogt gespannen].\n",
        "Bij uitkleden: [c:blauwe plekken op rug en bovenarm]; moeder zegt dat {hij} van de trap is gevallen bij "
        "oma ({oma:v}).\n",
        "Moeder vertelt dat vader ({vader:v}) haar de afgelopen maanden meerdere keren heeft geslagen, ook waar "
        "{kind:v} bij was. [c:Moeder heeft een schram in de hals].\n",
        "Moeder vertelt dat haar nieuwe partner ({mpartner:v}) snel boos wordt op {kind:v}; [c:{hij} schrikt als de "
        "deur dichtslaat].\n",
        "{Scene}; [c:interactie moeder-kind oogt vlak].\n",
        "Opvang ({opvang}) meldt: {kind:v} {clin}.\n",
        "Leerkracht {u.proff3:full} ({school}) belde: {kind:v} {clin}.\n",
    ]),
    Seg(0.15, 0.4, ["{Word}\n"]),
    Seg(0.35, 0.85, [
        "I.o.m. JA {u.prof2:sur}: meldcode stap 1 en 2 doorlopen, collegiale consultatie met aandachtsfunctionaris "
        "{u.prof4:full}.\n",
        "Verwijzing kinderarts {ziekenhuis} i.v.m. [c:afbuigende lengtegroei].\n",
        "Aanmelding bij {zorg} besproken; moeder staat ervoor open.\n",
        "Toestemming moeder voor overleg met {opvang} en huisarts dr. {u.prof5:sur}.\n",
        "Eerder gezien op de SEH van {ziekenhuis} i.v.m. [c:val van de commode], zie brief.\n",
        "Advies gevraagd bij Veilig Thuis (adviseur {u.prof6:first}), zie aparte notitie.\n",
    ]),
    Seg(0.5, 0.9, ["Beleid: [c:{beleid}].\n", "Beleid: [c:{beleid}]; [c:{beleid2}].\n"]),
    Seg(0.2, 0.5, ["Verslag: {init}\n", "JVK {u.proff1:full}\n", "– {init} (JA)\n"]),
]

LEEFGROEP = [
    Seg(R, R, [
        "Rapportage {groep} – {zorg}\n{weekday} {date}, {dienst}\nPM'er: {u.prof1:first}\n",
        "Dagrapportage {date} ({dienst}) – {groep}\nIn dienst: {u.prof1:first} en {u.prof2:first}\n",
        "{weekday} {date} – {groep}, {dienst}. Rapportage over {kind:v}.\n",
        "Rapportage {dienst} {date}, {groep} ({zorg}). PM'er: {init}\n",
    ]),
    Seg(R, R, [
        "{t} {kind:v} kwam binnen uit school ({school}); {clin}.\n",
        "{t} {kind:v} terug van weekendverlof bij moeder ({moeder:v}); {clin}.\n",
        "{t} {kind:v} na meerdere keren wekken opgestaan, {clin}.\n",
        "{t} {kind:v} kwam met de taxi terug van {school}, {clin}.\n",
    ]),
    Seg(0.3, 0.7, [
        "{t} Huiswerkuur. Conflict tussen {kind:v} en {u.teen1:first} over de laptop; {u.teen1:first} schopte tegen "
        "de deur. Beiden even naar de kamer.\n",
        "{t} Ruzie op de gang: {u.teen1:nick} schold {kind:v} uit, {kind:v} duwde terug. Met beiden een gesprek "
        "gevoerd.\n",
        "{t} {kind:v} en {u.teen1:first} samen naar de supermarkt, [c:ging goed en op tijd terug].\n",
    ]),
    Seg(0.3, 0.7, [
        "{t} Aan tafel met {u.teen2:first}, {u.teen3:first} en {u.teen4:first}. {kind:v} {clin}.\n",
        "{t} Eten. {u.teen2:first} had gekookt; {kind:v} {clin}.\n",
        "{t} Avondeten zonder {u.teen3:nick} (op verlof). [c:Rustige sfeer aan tafel].\n",
    ]),
    Seg(0.25, 0.7, [
        "{t} Moeder ({moeder:v}) belde vanaf {tel}. Het gesprek liep hoog op; moeder vertelde dat vader weer bij "
        "haar voor de deur had gestaan. {kind:v} [c:huilde daarna lang en wilde niet praten].\n",
        "{t} Telefonisch contact met moeder ({moeder:f}, {tel}): zij wil niet dat {kind:v} dit weekend naar vader "
        "gaat.\n",
        "{t} Dhr. {vader:a} belde boos op: hij wil {kind:v} dit weekend ophalen. Verwezen naar de voogd.\n",
        "{t} Oma ({oma:v}) belde om te vragen hoe het gaat; {kind:v} wilde haar niet spreken.\n",
    ]),
    Seg(0.2, 0.6, [
        "{t} Vader ({vader:f}) stond met zijn auto ({kenteken}) bij het hek. Conform afspraak niet binnengelaten; "
        "teamleider {u.prof3:first} ingelicht.\n",
        "{t} Een auto met kenteken {kenteken} reed twee keer langzaam langs de groep; {kind:v} herkende de auto van "
        "{zijn} vader.\n",
    ]),
    Seg(0.25, 0.65, [
        "{t} In een gesprek op de bank vertelde {kind:v} dat {mpartner:v}, de vriend van moeder, {hem} vorige maand "
        "bij de keel heeft gepakt. Letterlijk: 'hij kneep tot ik niks meer zag'. Niet doorgevraagd.\n",
        "{t} {kind:v} vertelde dat {zijn} oom ({oom:f}) geld van {hem} afpakt als {hij} daar logeert.\n",
        "{t} {kind:v} vertelde aan PM'er {u.prof2:first} dat vader {hem} vroeger met een riem sloeg; [c:vertelde "
        "het zonder emotie].\n",
        "{t} {kind:v} zei dat {zijn} {sib:rel} {sib:v} thuis 'alles moet opvangen'. [c:Maakt zich zorgen om "
        "thuis].\n",
    ]),
    Seg(0.2, 0.55, [
        "{t} {kind:v} liet een filmpje zien van {zijn} eigen account ({account:kind}); daarin wordt "
        "{u.teen5:first} uitgescholden. Afspraak: filmpje offline.\n",
        "{t} Via een onbekend account ({account}) krijgt {kind:v} berichten van een onbekende volwassen man. Telefoon "
        "ingenomen, gedragswetenschapper ingelicht.\n",
        "{t} {kind:v} stuurde berichtjes naar {u.teenf1:first} ({account:u.teenf1}); [c:inhoud seksueel getint], "
        "besproken met {hem}.\n",
        "{t} {kind:v} [c:kwam te laat terug van verlof] en wilde niet zeggen waar {hij} was geweest.\n",
    ]),
    Seg(0.15, 0.4, ["{t} {Word}\n"]),
    Seg(0.2, 0.6, [
        "{t} Bedtijd. {u.teen1:nick} en {u.teen6:first} nog lang op de gang; {kind:v} sliep rond {t2}.\n",
        "{t} Naar bed. {kind:v} [c:lag lang wakker en vroeg of het licht aan mocht blijven].\n",
    ]),
    Seg(0.25, 0.75, [
        "Afspraken:\n- bespreken met gedragswetenschapper {u.prof4:full}\n- bezoek oma ({oma:v}) zaterdag gaat door\n",
        "Afspraken:\n- zakgeld voortaan op rekening {iban}\n- voogd ({u.prof5:full}, {zorg}) informeren over het "
        "incident\n",
        "Afspraken:\n- gedragswetenschapper {u.prof4:sur} plant een gesprek met moeder\n- [c:signaleringsplan "
        "aanpassen]\n",
        "Afspraak: volgende week MDO met {zorg} en mentor {u.prof6:full} van {school}.\n",
    ]),
    Seg(0.1, 0.4, ["Rapportage: {u.prof1:first+c} (PM'er)\n", "Gr. {init}\n"]),
]

VEILIG_THUIS = [
    Seg(R, R, [
        "Adviesgesprek Veilig Thuis {vtregio} – {date}, {t}\nAdviseur: {u.prof1:full}\n",
        "Gesproken met adviseur {u.prof1:first} van Veilig Thuis {vtregio} op {date}.\n",
        "Telefonisch advies VT, {date}. Adviseur: {u.prof1:title} {u.prof1:sur}.\n",
        "Notitie adviesgesprek VT {vtregio} ({date}), adviseur {u.prof1:full}\n",
    ]),
    Seg(0.2, 0.7, [
        "Melder: {init}, {melder_school} van {school}; bereikbaar via {tel}.\n",
        "Melder: {init}, pedagogisch medewerker {opvang}.\n",
        "Melder: {u.prof2:full} ({melder_zorg}, {zorg}), tel. {tel}\n",
    ]),
    Seg(R, R, [
        "Betreft: {kind:f} ({kind:age}), geb. {geb:kind}\n",
        "Kind: {kind:f}, {kind:age}, BSN {bsn}\n",
        "Betreft {kind:vf}, {kind:age}.\n",
    ]),
    Seg(0.15, 0.55, ["Adres: {adres}, {pc} {city}\n", "Woont: {adres}, {city}\n"]),
    Seg(0.3, 0.8, [
        "Gezin: moeder {moeder:f}, vader {vader:f}; {sib:rel} {sib:v} ({sib:age}).\n",
        "Gezin: moeder {moeder:f} en haar partner {mpartner:f}; vader {vader:v} woont in {city2}.\n",
        "Gezin: moeder {moeder:f}, vader {vader:f} (woont sinds kort elders).\n",
        "Gezin: {kind:v} woont bij vader ({vader:f}) en {vpartner:f}; moeder ({moeder:v}) ziet {hem} om het "
        "weekend.\n",
        "Gezin: moeder {moeder:f} ({herkomst}, spreekt {language}); vader {vader:f}. Gesprekken via tolk.\n",
    ]),
    Seg(R, R, [
        "Aanleiding: {kind:v} vertelde afgelopen {wdprev} aan juf {u.proff2:first} dat papa mama 'heel hard' had "
        "geduwd en dat mama toen bloedde. [c:Daarna de hele dag stil].\n",
        "Aanleiding: moeder ({moeder:v}) kwam bij het halen met [c:een blauw oog en een gezwollen lip]; zij zei "
        "dat ze tegen een kast was gelopen.\n",
        "Aanleiding: {kind:v} {clin}; daarnaast [c:opvallend angstig bij het ophalen door vader].\n",
        "Aanleiding: buurvrouw {u.adultf1:full} sprak de melder aan; zij hoort bijna elke nacht geschreeuw en "
        "gebonk bij het gezin.\n",
        "Aanleiding: {kind:v} heeft volgens {u.kid1:first+c} (klasgenoot) verteld dat {hij} thuis wordt "
        "opgesloten in de badkamer.\n",
        "Aanleiding: op de SEH van {ziekenhuis} werd bij {kind:v} [c:een breuk van de onderarm] gezien; de uitleg "
        "van vader paste niet bij het letsel.\n",
    ]),
    Seg(0.15, 0.45, ["Adviseur vraagt of mevrouw {moeder:a} weet dat er advies wordt gevraagd; melder denkt van "
                     "niet.\n",
                     "Dhr. {vader:a} is volgens de melder bekend bij de politie.\n"]),
    Seg(0.15, 0.5, ["Vader rijdt in een grijze bestelbus ({kenteken}) en wacht soms bij de school.\n",
                    "Moeder vertelde dat vader haar bankpas heeft afgepakt; de kinderbijslag gaat naar zijn "
                    "rekening {iban}.\n"]),
    Seg(0.15, 0.5, ["Vader stuurt dreigende berichten via social media ({account:vader}); screenshots bewaard.\n",
                    "Contact met moeder loopt via {email:moeder}, zij wil niet gebeld worden.\n",
                    "Tante ({tante:f}) heeft eerder contact gezocht met de school over de situatie.\n",
                    "{kind:s} {sib:rel} zit op {school}, daar zijn geen zorgen.\n",
                    "Eerder betrokken: {zorg} (afgesloten in {year}).\n"]),
    Seg(0.1, 0.35, ["{Word}\n"]),
    Seg(R, R, ["Vragen aan VT:\n1. {q1}\n2. {q2}\n", "Vraag melder: {q1}\n"]),
    Seg(R, R, ["Advies VT: [c:{advies}].\n", "Advies: [c:{advies}]; [c:{advies2}].\n"]),
    Seg(0.2, 0.6, ["Afspraak: melder koppelt voor {date2} terug aan adviseur {u.prof1:first}.\n",
                   "Adviseur {u.prof1:sur} stuurt het advies na per mail.\n",
                   "Afspraak: gesprek met moeder ({moeder:v}) op school, {u.prof3:full+c} (IB) schuift aan.\n"]),
]

KDV_LINES = [
    "{b}{kind:v} huilde bij het brengen, papa ({vader:v}) had haast 😕\n",
    "{b}{kind:v} heeft de hele ochtend met {u.kid1:first} en {u.kid2:first} in de bouwhoek gespeeld 👍\n",
    "{b}mama van {u.kid3:first} ({u.mum1:first}) vroeg of {kind:v} een keer mag komen spelen\n",
    "{b}{kind:v} {clin} 😢\n",
    "{b}bij het verschonen [c:rode striemen op de billen gezien], foto gemaakt volgens protocol, {init} "
    "ingelicht ⚠️\n",
    "{b}oma ({oma:v}) haalt vandaag op, staat op de lijst\n",
    "{b}let op!! papa mag {kind:v} niet ophalen (zie mail van mama, {email:moeder}) ⚠️\n",
    "{b}mama heeft een nieuw nummer: {tel}\n",
    "{b}{word}\n",
    "{b}{u.kid4:first} beet {kind:v} in de arm 😬 ouders van {u.kid4:first} ingelicht\n",
    "{b}stagiaire {u.proff1:first} zag dat {kind:v} schrok toen de vriend van mama ({mpartner:v}) binnenkwam\n",
    "{b}{u.adultf1:first+c} (buurvrouw) haalt morgen op, mama belt nog\n",
    "{b}nieuw kindje {u.kid5:first} gestart, wende goed 🥰\n",
    "{b}papa van {u.kid2:first} ({u.dad1:first}) vroeg naar het feestje\n",
    "{b}{kind:v} zei 'papa boos, mama au' 😟 heb het letterlijk opgeschreven\n",
    "{b}bso: {kind:v} wordt om 17u door tante {tante:v} gehaald\n",
    "{b}{kind:s} knuffel ligt in het bakje bij de deur\n",
    "{b}{kind:v} {clin}, [c:at wel goed]\n",
    "{b}mentor {u.proff2:first} belt mama morgen over het gesprek\n",
    "{b}{u.kid6:first} en {kind:v} samen in de zandbak, ging goed 😊\n",
    "{b}mama van {kind:v} kwam te laat, [c:rook naar alcohol]. {u.proff2:first} heeft het ook gezien\n",
    "{b}oudergesprek: mama ({moeder:v}) vertelde dat het thuis 'heel druk' is\n",
    "{b}{kind:v} kwam met [c:een schaafwond op de knie] binnen, volgens papa van de fiets gevallen\n",
    "{b}{kind:v} wil alleen bij {u.proff3:first} op schoot 🥺\n",
    "{b}{sib:rel} {sib:v} is ziek, komt morgen niet\n",
    "{b}mama vraagt of de teveel betaalde uren terug kunnen op {iban}\n",
    "{b}mama liet filmpje zien van {account:vader}, papa zet foto's van {kind:v} online 😟\n",
]
KINDEROPVANG = [
    Seg(R, R, ["overdracht {wd} {dm} – {groep} {emo}\n", "📋 overdracht {opvang}, {wd} (vroege → late dienst)\n",
               "overdracht {kind:v} {wd} {emo}\n", "{wd} {dm} overdracht {groep}\n"]),
] + [Seg(0.3, 0.8, [line], shuffle=True) for line in KDV_LINES] + [
    Seg(0.2, 0.5, ["groetjes {u.proff3:first} 😊\n", "gr. {init}\n", "{u.proff3:first} & {u.proff4:first} 🌈\n"]),
]

SCHOLING = [
    Seg(R, R, [
        "Oefencasus scholing '{titel}' – ingeleverd door de leerkracht van groep {g}\nOpdracht: maak de casus "
        "anoniem voordat je hem in de groepsapp deelt.\n\n",
        "Scholing meldcode, casus {n:2-9} (uitwerking deelnemer, anonimiseren nog niet gelukt)\n\n",
        "Casus voor de intervisie '{titel}'. Let op: eerst anonimiseren!\n\n",
    ]),
    Seg(R, R, [
        "{kind:f} zit sinds groep {g0} bij ons op {school}. {Hij} is {vrolijk} die "
        "graag tekent en altijd als eerste in de klas is. {Hij} woont met {zijn} moeder, {moeder:f}, en {zijn} "
        "{sib:rel} {sib:v} aan de {adres} in {city}.\n\n",
        "{kind:f} ({kind:agey} jaar) zit dit jaar bij mij in groep {g} van {school}. Het gezin woont aan de {adres} "
        "({pc}), vlak bij de school.\n\n",
        "In mijn groep {g} op {school} zit {kind:f}, {slim} van {kind:agey} jaar. {Hij} "
        "woont bij {zijn} moeder, {moeder:f}.\n\n",
    ]),
    Seg(0.5, 0.9, [
        "Sinds de zomervakantie zie ik een duidelijke verandering. {Hij} {clin}, en {hij} {clin}. Toen ik er "
        "voorzichtig naar vroeg, zei {hij} dat papa en mama 's avonds vaak ruzie maken en dat {hij} dan onder "
        "{zijn} dekbed kruipt.\n\n",
        "De laatste weken zie ik een verandering: {kind:v} {clin}. [c:In de kring zegt {hij} bijna niets meer], "
        "terwijl {hij} vroeger honderduit vertelde.\n\n",
    ]),
    Seg(0.3, 0.8, [
        "De ouders zijn vorig jaar uit elkaar gegaan. {kind:s} vader, {vader:f}, woont nu samen met {npartner:f} in "
        "{city2}. Na de weekenden bij hen is {kind:v} stil en moe. Eén keer had {hij} een blauwe plek op {zijn} "
        "bovenarm; {hij} zei dat {npartner:v} {hem} 'heel hard had vastgepakt'.\n\n",
        "Vader, {vader:f}, heeft sinds kort een nieuwe vriendin, {npartner:f}. Volgens {kind:v} is zij vaak boos "
        "en moet {hij} dan in de gang staan.\n\n",
    ]),
    Seg(0.3, 0.75, [
        "Moeder werkt in wisselende diensten bij {werkgever} en is moeilijk bereikbaar. Ik heb haar drie keer "
        "gebeld op {tel}, maar ze nam niet op. Een mail naar {email:moeder} bleef ook onbeantwoord.\n\n",
        "Bij het oudergesprek vertelde mevrouw {moeder:a} dat zij sinds kort bij {werkgever} werkt en dat haar "
        "leidinggevende daar weet van de problemen thuis.\n\n",
        "Moeder werkt sinds kort bij {werkgever}; zij vertelde me dat haar leidinggevende daar weet van de "
        "problemen thuis.\n\n",
    ]),
    Seg(0.3, 0.75, [
        "Op woensdagmiddag traint {kind:v} bij {club}. Trainer {u.profm1:full} vertelde me bij het hek dat {kind:v} "
        "onlangs in de kleedkamer huilde en niet naar huis wilde.\n\n",
        "{kind:v} zit op {club}. Ook de trainers zien daar een verandering: {hij} {clin}.\n\n",
    ]),
    Seg(0.2, 0.6, [
        "{kind:s} oma, {oma:f}, sprak mij na schooltijd aan. Zij maakt zich grote zorgen en vertelde dat vader "
        "vroeger ook agressief was tegen moeder.\n\n",
        "Opa {opa:f} haalt {kind:v} twee keer per week op. Hij vertelde mij dat hij de politie al eens heeft "
        "gebeld.\n\n",
    ]),
    Seg(0.15, 0.5, [
        "Vader vroeg of de ouderbijdrage voortaan op zijn eigen rekening ({iban}) terug kan, 'want moeder geeft "
        "het toch maar uit'.\n\n",
        "In het leerlingdossier staan {zijn} geboortedatum ({geb:kind}) en {zijn} burgerservicenummer ({bsn}); die "
        "heb ik er voor de volledigheid in laten staan.\n\n",
    ]),
    Seg(0.15, 0.5, [
        "Een klasgenootje, {u.kid1:full}, vertelde me dat {kind:v} op social media ({account:kind}) foto's plaatst "
        "van {zijn} blauwe plekken.\n\n",
    ]),
    Seg(0.2, 0.5, ["{Word}\n\n"]),
    Seg(R, R, [
        "Ik heb de casus besproken met onze intern begeleider, {u.proff2:full}, en we twijfelen of we Veilig Thuis "
        "om advies moeten vragen. Wat zouden jullie doen?\n",
        "Wij hebben de zorgen nog niet met moeder besproken. Mijn vraag aan de groep: is dit genoeg om Veilig Thuis "
        "te bellen?\n",
    ]),
]

TEMPLATES = {"jgz-dossier": JGZ, "leefgroep-rapportage": LEEFGROEP, "veilig-thuis-adviesgesprek": VEILIG_THUIS,
             "kinderopvang-overdracht": KINDEROPVANG, "scholing-casus": SCHOLING}

# chance that the name of someone not in the vault, a vault name and an institution are typed in lower case
LOWER = {"jgz-dossier": (0.06, 0.03, 0.1), "leefgroep-rapportage": (0.12, 0.05, 0.1),
         "veilig-thuis-adviesgesprek": (0.06, 0.02, 0.1), "kinderopvang-overdracht": (0.6, 0.65, 0.6),
         "scholing-casus": (0.0, 0.0, 0.0)}

ROLE_KEYS = {"kind", "moeder", "vader", "partner", "sib", "sib2", "oma", "opa", "tante", "oom", "mpartner",
             "vpartner", "npartner"}
ID_KEYS = {"tel", "bsn", "iban", "email", "account", "adres", "pc", "kenteken", "geb", "init"}
POOL_KEYS = {"clin", "dev", "scene", "Scene", "word", "Word"}
PRONOUNS = {"hij": ("hij", "zij"), "Hij": ("Hij", "Zij"), "zijn": ("zijn", "haar"), "Zijn": ("Zijn", "Haar"),
            "hem": ("hem", "haar"), "jongen": ("jongen", "meisje"),
            "vrolijk": ("een vrolijke, wat dromerige jongen", "een vrolijk, wat dromerig meisje"),
            "slim": ("een slimme maar onzekere jongen", "een slim maar onzeker meisje")}
TOKEN = re.compile(r"\{([^{}\[\]]+)\}|\[(c|w):((?:[^\[\]{}]|\{[^{}]*\})+)\]")
PLACEHOLDER = re.compile(r"\{([^{}\[\]]+)\}")


# kinds of people not in the vault: (group, gender or None for either)
STRANGER_TYPES = {"kid": ("child", None), "kidf": ("child", "f"), "kidm": ("child", "m"), "teen": ("child", None),
                  "teenf": ("child", "f"), "teenm": ("child", "m"), "mum": ("adult", "f"), "dad": ("adult", "m"),
                  "adult": ("adult", None), "adultf": ("adult", "f"), "adultm": ("adult", "m"),
                  "prof": ("prof", None), "proff": ("prof", "f"), "profm": ("prof", "m"),
                  "npartner": ("adult", "f")}


class Retry(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Building one note


class NoteBuilder:
    def __init__(self, rng: random.Random, style: str, length: str) -> None:
        self.rng, self.style, self.length = rng, style, length
        self.fam = Family(rng, style)
        self.kid = self.fam.members["kind"]
        self.text = ""
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.used = self.fam.words()          # folded words of every name in the note so far
        self.vault_words = set(self.used)
        self.strangers: dict[str, Stranger] = {}
        self.insts: dict[str, tuple[str, str]] = {}
        self.p_lower, self.p_vault_lower, self.p_inst_lower = LOWER[style]
        self.vars = self.make_vars()
        age = self.kid.age_m
        pool = CLIN_BABY if age < 12 else CLIN_TODDLER if age < 48 else CLIN_CHILD if age < 144 else CLIN_TEEN
        self.clin_pool = rng.sample(pool, len(pool))
        dev = pool + (DEV_BABY if age < 12 else DEV_TODDLER if age < 48 else [])
        self.dev_pool = rng.sample(dev, len(dev))
        self.scene_pool = rng.sample(SCENES, len(SCENES))
        words = WORDS_KDV if style == "kinderopvang-overdracht" else WORDS_PROSE
        self.word_pool = rng.sample(words, len(words))

    # ---- variables

    def make_vars(self) -> dict[str, str]:
        r, kid = self.rng, self.kid
        day = date(2023, 1, 2) + timedelta(days=r.randrange(900))
        self.day = day
        v = {
            "date": r.choice([f"{day.day:02d}-{day.month:02d}-{day.year}", f"{day.day}-{day.month}-{day.year}",
                              f"{day.day} {MONTHS[day.month - 1]} {day.year}"]),
            "date2": f"{(day + timedelta(days=r.randint(3, 14))).day} "
                     f"{MONTHS[(day + timedelta(days=r.randint(3, 14))).month - 1]}",
            "weekday": cap_first(WEEKDAYS[day.weekday()]),
            "wd": WEEKDAYS[day.weekday()][:2],
            "wdprev": r.choice(WEEKDAYS[:5]),
            "dm": f"{day.day}/{day.month}",
            "city": r.choice(CITIES),
            "city2": r.choice(CITIES),
            "year": str(day.year - r.randint(1, 4)),
            "vtregio": r.choice(VT_REGIONS),
            "b": r.choice(["- ", "• ", "", "* "]),
            "emo": r.choice(EMOJI),
            "melder_school": r.choice(["intern begeleider", "leerkracht", "zorgcoördinator", "mentor",
                                       "schoolmaatschappelijk werker"]),
            "melder_zorg": r.choice(["jeugdverpleegkundige", "wijkteammedewerker", "ambulant hulpverlener",
                                     "jeugdconsulent"]),
            "titel": r.choice(["Meldcode in de klas", "Signaleren en bespreken", "Kindcheck en meldcode",
                               "Het gesprek met ouders"]),
        }
        for k, pool in (("q", VT_QUESTIONS), ("advies", VT_ADVICE), ("beleid", BELEID)):
            a, b = r.sample(pool, 2)
            if k == "q":
                v["q1"], v["q2"] = a, b
            else:
                v[k], v[k + "2"] = a, b
        origin = self.fam.origin
        if origin.language:
            v["language"] = origin.language
        if origin.herkomst:
            v["herkomst"] = origin.herkomst
        years = kid.age_m // 12
        v["g"] = str(min(8, max(1, years - 4)))
        v["g0"] = str(r.randint(1, int(v["g"])))
        if self.style == "jgz-dossier":
            age, label, length, weight, head = next(g for g in GROWTH if g[0] == kid.age_m)
            sd = lambda: r.choice(["-2,5", "-2", "-1,5", "-1", "-0,5", "0", "+0,5", "+1", "+1,5"])  # noqa: E731
            cm = f"{length + r.uniform(-3, 3):.1f}".replace(".", ",")
            kg = f"{weight * r.uniform(0.85, 1.15):.2f}".replace(".", ",")
            g = f"lengte {cm} cm ({sd()} SD), gewicht {kg} kg ({sd()} SD)"
            if head:
                g += f", HO {head + r.uniform(-1.5, 1.5):.1f} cm".replace(".", ",")
            v["groei"] = g
            v["groeiclin"] = r.choice(GROWTH_CLIN)
            v["agelabel"] = label
            v["where"] = (f"consultatiebureau {v['city']}" if age < 48 else
                          r.choice(["JGZ-spreekuur op school", f"JGZ-locatie {v['city']}", "huisbezoek"]))
        if self.style == "leefgroep-rapportage":
            shift = r.choice([("avonddienst 14:30-23:00", 15 * 60), ("dagdienst 07:30-15:30", 8 * 60),
                              ("weekenddienst 10:00-22:00", 10 * 60 + 30)])
            v["dienst"] = shift[0]
            self.clock = shift[1] + r.randrange(30)
            v["groep"] = r.choice(["leefgroep 2", "groep Oost", "de meidengroep", "groep 12-18", "crisisgroep",
                                   "de jongensgroep", "behandelgroep 4", "groep West"])
        else:
            self.clock = r.randint(8 * 60, 16 * 60)
        if self.style == "kinderopvang-overdracht":
            v["groep"] = r.choice(["de dolfijnen", "groep vlinders", "de boefjes", "peutergroep", "de egeltjes",
                                   "babygroep", "de rupsjes", "bso groep 2"])
        return v

    # ---- the text

    def lit(self, text: str) -> None:
        self.text += text

    def add(self, kind: str, text: str, checks: list[Check], attrs: dict[str, str] | None = None) -> None:
        start = len(self.text)
        self.text += text
        self.items.append(Item(kind, text, start, start + len(text), checks, attrs or {}))

    def snapshot(self):
        return (self.text, len(self.items), len(self.clinical), len(self.words))

    def restore(self, snap) -> None:
        self.text = snap[0]
        del self.items[snap[1]:]
        del self.clinical[snap[2]:]
        del self.words[snap[3]:]

    def render(self, template: str) -> None:
        i = 0
        for m in TOKEN.finditer(template):
            self.lit(template[i:m.start()])
            if m.group(1):
                self.placeholder(m.group(1))
            else:
                phrase = PLACEHOLDER.sub(lambda x: self.literal(x.group(1)), m.group(3))
                self.lit(phrase)
                (self.clinical if m.group(2) == "c" else self.words).append(phrase)
            i = m.end()
        self.lit(template[i:])

    # ---- what a template needs

    def member(self, key: str) -> Relative | None:
        m = self.fam.members
        if key == "mpartner":
            return m.get("partner") if self.fam.partner_of == "moeder" else None
        if key in ("vpartner", "npartner"):
            return m.get("partner") if self.fam.partner_of == "vader" else None
        return m.get(key)

    def available(self, template: str) -> bool:
        for ph in PLACEHOLDER.findall(template):
            key, _, form = ph.partition(":")
            if key in ROLE_KEYS:
                if key != "npartner" and self.member(key) is None:
                    return False
                if key == "npartner" and "vader" not in self.fam.members:
                    return False
            elif key in ID_KEYS:
                if form in ROLE_KEYS and self.member(form) is None:
                    return False
            elif key in INST_KIND:
                age = self.kid.age_m
                if key == "school" and age < 48:
                    return False
                if key == "opvang" and age > 12 * 12:
                    return False
            elif key.startswith("u.") or key in POOL_KEYS or key in PRONOUNS or key in ("t", "t2", "n"):
                continue
            elif key not in self.vars:
                return False
        return True

    # ---- placeholders

    def literal(self, key: str) -> str:
        r = self.rng
        if key in PRONOUNS:
            return PRONOUNS[key][0 if self.kid.gender == "m" else 1]
        if key == "t" or key == "t2":
            self.clock = min(self.clock + r.randint(15, 80), 23 * 60 + 50)
            h, m = divmod(self.clock, 60)
            return f"{h:02d}:{m:02d}" if self.style != "kinderopvang-overdracht" else f"{h}.{m:02d}"
        if key.startswith("n:"):
            lo, hi = key[2:].split("-")
            return str(r.randint(int(lo), int(hi)))
        if key in self.vars:
            return self.vars[key]
        raise KeyError(key)

    def placeholder(self, spec: str) -> None:
        key, _, form = spec.partition(":")
        if key in ROLE_KEYS:
            if key == "npartner" and self.member(key) is None:
                return self.stranger("u.npartner", {"f": "full", "v": "first"}.get(form, "first"))
            return self.vault(key, form)
        if key.startswith("u."):
            return self.stranger(key, form or "first")
        if key in INST_KIND:
            return self.institution(key)
        if key in ID_KEYS:
            return getattr(self, "id_" + key)(form)
        if key in POOL_KEYS:
            return self.pool(key)
        self.lit(self.literal(spec))

    def pool(self, key: str) -> None:
        if key in ("clin", "dev"):
            pool = self.clin_pool if key == "clin" else self.dev_pool
            phrase = pool.pop() if pool else "oogt moe"
            self.lit(phrase)
            self.clinical.append(phrase)
        elif key in ("scene", "Scene"):
            phrase = self.scene_pool.pop()
            phrase = cap_first(phrase) if key == "Scene" else phrase
            self.lit(phrase)
            self.clinical.append(phrase)
        else:
            for i, sentence in enumerate(self.word_pool):
                inner = re.search(r"\[w:([^\]]+)\]", sentence).group(1)
                if not any(fold(w) in self.used for w in re.findall(r"[^\W\d_]+", inner)):
                    self.word_pool.pop(i)
                    self.render(sentence)
                    return
            raise Retry("no word phrase left")

    # ---- people

    def vault(self, key: str, form: str) -> None:
        m = self.member(key)
        r = self.rng
        if form == "rel":
            older = m.age_m > self.kid.age_m
            return self.lit(("broer" if older else "broertje") if m.gender == "m" else ("zus" if older else "zusje"))
        if form == "age":
            return self.lit(age_label(m.age_m))
        if form == "agey":
            return self.lit(str(m.age_m // 12))
        if form == "vf":
            form = r.choice("vf")
        if form in ("v", "f") and r.random() < self.p_vault_lower:
            form = "l" if form == "v" else "lf"
        if form == "v":
            text, spelling = m.first, "voornaam"
        elif form == "f":
            text, spelling = m.name, "volledig"
        elif form == "a":
            text, spelling = cap_first(m.surname), "achternaam"
        elif form == "l":
            text, spelling = lower(m.first), "kleine-letters"
        elif form == "lf":
            text, spelling = lower(m.name), "kleine-letters"
        elif form == "s":
            text, spelling = possessive(m.first), "bezittelijk"
            if self.style == "kinderopvang-overdracht" and r.random() < self.p_vault_lower:
                text = lower(text)
        else:
            raise ValueError(form)
        self.add("vault:" + spelling, text, [Check("word", w) for w in name_words(text)])

    def new_stranger(self, key: str) -> Stranger:
        r = self.rng
        base, gender = STRANGER_TYPES[re.sub(r"\d+$", "", key[2:])]
        gender = gender or r.choice("mf")
        group = "child" if base == "child" else "adult"
        for _ in range(80):
            origin = pick_origin(r, professional=base == "prof")
            first = first_name(r, origin, gender, group)
            if origin.naming == "patronymic":
                surname = r.choice(origin.male)
            else:
                surname = feminine(origin.key, base_surname(r, origin), married=group == "adult")
            nick = NICKNAMES.get(first) if group == "child" else None
            words = {fold(w) for w in name_words(f"{first} {surname}")}
            if nick:
                words.add(fold(nick))
            if words & self.used:
                continue
            self.used |= words
            return Stranger(first, surname, gender, nick)
        raise Retry("no stranger")

    def stranger(self, key: str, form: str) -> None:
        if key not in self.strangers:
            self.strangers[key] = self.new_stranger(key)
        s = self.strangers[key]
        cue_after = form.endswith("+c")
        form = form.removesuffix("+c")
        if form == "title":
            return self.lit("mw." if s.gender == "f" else "dhr.")
        if form == "full":
            text = f"{s.first} {s.surname}"
        elif form == "sur":
            text = cap_first(s.surname)
        elif form == "nick" or form == "first" and s.nick and self.rng.random() < 0.3:
            text = s.nick or s.first
        else:
            text = s.first
        if self.rng.random() < self.p_lower:
            text = lower(text)
        cue = cue_after or self.cue_before()
        attrs = {"case": "kleine letters" if text == lower(text) else "hoofdletter",
                 "cue": "met aanwijzing" if cue else "zonder aanwijzing"}
        self.add("unregistered", text, [Check("word", w) for w in name_words(text)], attrs)

    def cue_before(self) -> bool:
        tail = self.text[-40:].rstrip(" :,(\n").lower()
        for cue in CUES:
            if tail.endswith(cue) and (len(tail) == len(cue) or not tail[-len(cue) - 1].isalpha()):
                return True
        return False

    # ---- institutions

    def institution(self, key: str) -> None:
        r = self.rng
        if key not in self.insts:
            for _ in range(40):
                if key == "school":
                    pair = r.choice(SECONDARY) if self.kid.age_m >= 12 * 12 else (r.choice(SCHOOL_PREFIXES),
                                                                                  r.choice(SCHOOL_CORES))
                elif key == "opvang":
                    prefixes = [p for p in OPVANG_PREFIXES if (fold(p) == "bso") == (self.kid.age_m >= 48)]
                    pair = (r.choice(prefixes + ["kinderopvang", ""]), r.choice(OPVANG_CORES))
                else:
                    pair = r.choice({"ziekenhuis": HOSPITALS, "zorg": CARE, "werkgever": EMPLOYERS,
                                     "club": CLUBS}[key])
                words = {fold(w) for w in inst_words(pair[1])}
                if not words & self.used:
                    break
            self.used |= words
            self.insts[key] = pair
            first = True
        else:
            first = False
        prefix, core = self.insts[key]
        if prefix and (first and r.random() < 0.75 or not first and r.random() < 0.3):
            text = f"{prefix} {core}"
        else:
            text = core
        if r.random() < self.p_inst_lower:
            text = lower(text)
        self.add(INST_KIND[key], text, [Check("word", w) for w in inst_words(text)])

    # ---- identifiers

    def person_for(self, form: str):
        """The vault person or the other person an e-mail address or account belongs to."""
        if form in ROLE_KEYS:
            return self.member(form)
        if form.startswith("u."):
            if form not in self.strangers:
                self.strangers[form] = self.new_stranger(form)
            return self.strangers[form]
        return None

    def id_tel(self, form: str) -> None:
        r = self.rng
        d = lambda n: "".join(str(r.randrange(10)) for _ in range(n))  # noqa: E731
        x = r.random()
        if x < 0.6:
            s = d(8)
            text = r.choice([f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06{s}", f"+31 6 {s}", f"+316{s}",
                             f"06 - {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"0031 6 {s[:4]} {s[4:]}"])
        elif x < 0.85:
            area = r.choice(["10", "20", "30", "40", "50", "70", "71", "72", "73", "76", "78", "13", "15", "23",
                             "24", "26", "33", "35", "38", "53", "58"])
            s = str(r.randint(2, 9)) + d(6)
            text = r.choice([f"0{area}-{s}", f"0{area} {s[:3]} {s[3:5]} {s[5:]}", f"0{area}{s}",
                             f"+31 {area} {s}"])
        else:
            text = r.choice([f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}", f"+48 5{d(2)} {d(3)} {d(3)}",
                             f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                             f"+44 7{d(3)} {d(6)}", f"+49 15{d(2)} {d(7)}"])
        self.add("telefoon", text, [Check("digits", _digits(text)[-7:])])

    def id_bsn(self, form: str) -> None:
        r = self.rng
        while True:
            d = [r.randint(1, 6)] + [r.randrange(10) for _ in range(7)]
            last = sum((9 - i) * x for i, x in enumerate(d)) % 11
            if last < 10:
                break
        s = "".join(map(str, d)) + str(last)
        text = r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        self.add("bsn", text, [Check("digits", s)])

    def id_iban(self, form: str) -> None:
        r = self.rng
        bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        acct = ("000" + "".join(str(r.randrange(10)) for _ in range(7)) if bank == "INGB" and r.random() < 0.6
                else "".join(str(r.randrange(10)) for _ in range(10)))
        num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
        iban = f"NL{98 - num % 97:02d}{bank}{acct}"
        text = r.choice([" ".join(iban[i:i + 4] for i in range(0, 18, 4)), iban])
        self.add("iban", text, [Check("digits", acct)])

    def id_email(self, form: str) -> None:
        r = self.rng
        p = self.person_for(form)
        first, sur = (p.first, p.surname) if p else (first_name(r, pick_origin(r), r.choice("mf"), "adult"),
                                                     base_surname(r, pick_origin(r)))
        f, s = ascii_fold(first.split()[0]), ascii_fold(" ".join(name_words(sur)) or sur)
        kid = ascii_fold(self.kid.first.split()[0])
        yy = str(r.randint(70, 99) if r.random() < 0.6 else r.randint(0, 12)).zfill(2)
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{yy}", f"{s}.{f}", f"fam.{s}", f"{f}_{yy}",
                          f"mama.van.{kid}", f"{f}{yy}"])
        domain = r.choice(["gmail.com", "hotmail.com", "live.nl", "outlook.com", "kpnmail.nl", "ziggo.nl",
                           "icloud.com", "yahoo.com", "hotmail.nl"])
        self.add("email", f"{local}@{domain}", [Check("ci", local)])

    def id_account(self, form: str) -> None:
        r = self.rng
        p = self.person_for(form)
        if p:
            first, sur = p.first, p.surname
        else:
            o = pick_origin(r)
            first, sur = first_name(r, o, r.choice("mf"), "child"), base_surname(r, o)
        f, s = ascii_fold(first.split()[0]), ascii_fold(" ".join(name_words(sur)) or sur)
        yy = str(r.randint(2008, 2014))
        handle = r.choice([f"{f}.{s}", f"{f}_{s}{yy[-2:]}", f"{f}{yy}", f"{f}.xo", f"its.{f}", f"{s}_{f}",
                           f"{f}{s[:1]}_{yy[-2:]}", f"x{f}x", f"{f}__{s[:3]}"])
        kind = r.random()
        if kind < 0.3:
            prefix, text = "", "@" + handle
        elif kind < 0.55:
            prefix, text = "", r.choice(["instagram.com/", "www.instagram.com/", "https://www.instagram.com/"]) + handle
        elif kind < 0.75:
            prefix, text = "", r.choice(["tiktok.com/@", "https://www.tiktok.com/@"]) + handle
        elif kind < 0.88:
            prefix, text = r.choice(["snap: ", "snapchat: "]), handle
        else:
            prefix, text = "", "facebook.com/" + handle
        self.lit(prefix)
        self.add("account", text, [Check("ci", handle)])

    def id_adres(self, form: str) -> None:
        r = self.rng
        for _ in range(20):
            street = r.choice(STREETS)
            words = [w for w in street.split() if w.lower() not in STREET_GENERIC]
            if not {fold(w) for w in words} & self.used:
                break
        self.used |= {fold(w) for w in words}
        number = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "b", "-2", "-II", " bis", "-3 hoog"])
        text = f"{street} {number}"
        self.add("adres", text, [Check("word", w) for w in words])

    def id_pc(self, form: str) -> None:
        r = self.rng
        while True:
            letters = "".join(r.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                break
        digits = str(r.randint(1000, 9999))
        text = r.choice([f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters}",
                         f"{digits}{letters.lower()}"])
        self.add("postcode", text, [Check("compact", digits + letters)])

    def id_kenteken(self, form: str) -> None:
        r = self.rng
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))  # noqa: E731
        D = lambda n: str(r.randint(10 ** (n - 1), 10 ** n - 1))  # noqa: E731
        parts = r.choice([[L(2), D(2), L(2)], [L(2), L(2), D(2)], [D(2), L(2), L(2)], [D(2), L(3), D(1)],
                          [D(1), L(3), D(2)], [L(2), D(3), L(1)], [L(1), D(3), L(2)], [L(3), D(2), L(1)],
                          [D(1), L(2), D(3)]])
        text = "-".join(parts) if r.random() < 0.8 else "".join(parts)
        self.add("kenteken", text, [Check("compact", "".join(parts))])

    def id_geb(self, form: str) -> None:
        r = self.rng
        m = self.person_for(form) or self.kid
        born = self.day - timedelta(days=int(m.age_m * 30.44) + r.randrange(25))
        d, mo, y = born.day, born.month, born.year
        text = r.choice([f"{d:02d}-{mo:02d}-{y}", f"{d}-{mo}-{y}", f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS[mo - 1]} {y}",
                         f"{y}-{mo:02d}-{d:02d}", f"{d:02d}.{mo:02d}.{y}", f"{d}-{mo}-'{y % 100:02d}"])
        self.add("geboortedatum", text, [Check("exact", text)])

    def id_init(self, form: str) -> None:
        r = self.rng
        for _ in range(50):
            a, b, c = (r.choice("ABCDEFGHIJKLMNPRSTVWY") for _ in range(3))
            text = r.choice([f"{a}.{b}.", f"{a}.{b}.", f"{a}{b}", f"{a}v{b}", f"{a}.v.{b}.", f"{a}d{b}",
                             f"{a}.{b}.{c}.", f"{a}{b}{c}"])
            if text.replace(".", "").upper() not in FORBIDDEN_INITIALS:
                break
        self.add("initialen", text, [Check("exact", text)])

    # ---- the whole note

    def build(self) -> Note:
        lo, hi = LENGTHS[self.length]
        segs = list(TEMPLATES[self.style])
        # bullet lines may come in any order
        body = [s for s in segs if s.shuffle]
        if body:
            self.rng.shuffle(body)
            it = iter(body)
            segs = [next(it) if s.shuffle else s for s in segs]
        for seg in segs:
            alts = [a for a in seg.alts if self.available(a)]
            if not alts:
                continue
            p = seg.p_kort if self.length == "kort" else seg.p_lang
            required = p >= 1.0
            if not required and self.rng.random() >= p:
                continue
            snap = self.snapshot()
            self.render(self.rng.choice(alts))
            if len(self.items) > hi and not required:
                self.restore(snap)
        if not lo <= len(self.items) <= hi:
            raise Retry(f"{len(self.items)} items")
        text = self.text.rstrip("\n") + "\n"
        note = Note(self.style, self.length, text, self.fam.persons(), self.items, self.clinical, self.words)
        problems = note_problems(note, self.vault_words)
        if problems:
            raise Retry(problems[0])
        return note


def possessive(name: str) -> str:
    if name[-1].lower() in "aeiouyé":
        return name + "'s"
    if name[-1].lower() in "sxz":
        return name + "'"
    return name + "s"


# --------------------------------------------------------------------------------------------
# Checks on a finished note


def note_problems(note: Note, vault_words: set[str] | None = None) -> list[str]:
    """What is wrong with a note; empty when it may be used."""
    text, items = note.text, note.items
    problems = []
    folded = fold(text)
    if len(folded) != len(text):
        return ["folding changes the length"]
    spans = sorted((it.start, it.end) for it in items)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append("overlapping items")
    for it in items:
        if text[it.start:it.end] != it.text:
            problems.append(f"offsets of {it.text!r}")
        if not it.checks:
            problems.append(f"no checks for {it.text!r}")
        for c in it.checks:
            if not check_hit(c, it.text):
                problems.append(f"check {c.value!r} not in {it.text!r}")
        if it.kind == "bsn" and not bsn_ok(it.checks[0].value):
            problems.append("bsn")
        if it.kind == "iban" and not iban_ok(it.text):
            problems.append("iban")
    vault_words = vault_words if vault_words is not None else {
        fold(w) for p in note.persons for w in name_words(p.name)}
    words = set(vault_words) | {fold(c.value) for it in items for c in it.checks if c.how == "word"}
    unreg = {fold(c.value) for it in items if it.kind == "unregistered" for c in it.checks}
    if unreg & vault_words:
        problems.append(f"vault and other names share {sorted(unreg & vault_words)}")
    for w in sorted(words):
        for pos in word_positions(w, folded):
            if not any(s <= pos and pos + len(w) <= e for s, e in spans):
                problems.append(f"name word {w!r} outside an item")
                break
    for phrase in note.clinical + note.words:
        if phrase not in text:
            problems.append(f"phrase {phrase!r} not in text")
        fp = fold(phrase)
        if any(word_in(w, fp) for w in words):
            problems.append(f"name word in phrase {phrase!r}")
        if any(check_hit(c, phrase) for it in items for c in it.checks):
            problems.append(f"identifier in phrase {phrase!r}")
    return problems


# --------------------------------------------------------------------------------------------


def make_note(rng: random.Random, style: str, length: str) -> Note:
    for _ in range(500):
        try:
            return NoteBuilder(rng, style, length).build()
        except Retry:
            continue
    raise RuntimeError(f"could not build a {length} {style} note")


def make_notes(n: int, seed: int) -> list[Note]:
    rng = random.Random(seed)
    notes: list[Note] = []
    seen: set[str] = set()
    order: list[str] = []
    while len(notes) < n:
        if not order:
            order = list(STYLES)
            rng.shuffle(order)
        style = order.pop()
        length = "kort" if rng.random() < 0.5 else "lang"
        note = make_note(rng, style, length)
        if note.text in seen:
            order.append(style)
            continue
        seen.add(note.text)
        notes.append(note)
    return notes


if __name__ == "__main__":
    from collections import Counter

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 13
    notes = make_notes(n, seed)
    print(Counter(f"{x.style} {x.length}" for x in notes))
    kinds = Counter(it.kind for x in notes for it in x.items)
    for kind, count in sorted(kinds.items()):
        print(f"{kind:28} {count}")
    unreg = [it for x in notes for it in x.items if it.kind == "unregistered"]
    print("unregistered in lower case:", sum(it.attrs["case"] == "kleine letters" for it in unreg) / len(unreg))
    print("unregistered with a cue:", sum(it.attrs["cue"] == "met aanwijzing" for it in unreg) / len(unreg))
    for note in notes[:3]:
        print("-" * 70)
        print(note.style, note.length, [p.name for p in note.persons])
        print(note.text)
