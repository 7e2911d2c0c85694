"""Held-out set 5: synthetic Dutch case notes in five professional registers.

Written without sight of the redactor or of the other note sets.  Every name, institution, street and
number below is invented (or, for a few institutions, a plausible public organisation name); no real
private persons.

Styles: ``huisartsenpost-triage``, ``mdo-notulen``, ``jeugdbescherming-rapportage``, ``collega-chat``,
``kraamzorg-verloskunde``.  ``make_notes(n, seed)`` is deterministic for a seed.

Each note is validated: item offsets are exact, items do not overlap, no name / institution / street
word of an item (or of a vault person) occurs anywhere in the text outside an item, and the clinical
and word phrases are present verbatim, lie outside the items and contain no identifier value.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402

from assistant.privacy.redact import Person  # noqa: E402

STYLES = ["huisartsenpost-triage", "mdo-notulen", "jeugdbescherming-rapportage", "collega-chat",
          "kraamzorg-verloskunde"]
CHAT = "collega-chat"

# ============================================================================================
# Names: (male first names, female first names, surnames) per origin.  Own lists.

ORIGINS: dict[str, tuple[str, str, str]] = {
    "nederlands": (
        "Daan,Sem,Bram,Luuk,Thijs,Jesse,Ruben,Niels,Joris,Wouter,Gijs,Stijn,Teun,Mees,Hidde,Koen,Jort,"
        "Floris,Pim,Rutger,Maarten,Erik,Dennis,Ronald,Marco,Kees,Henk,Gerrit,Jeroen,Sander,Arjen,Finn,"
        "Levi,Storm,Olivier,Melle,Wessel,Dirk-Jan,Jan-Willem",
        "Noa,Roos,Fenna,Lotte,Saar,Sanne,Femke,Ilse,Anouk,Eline,Merel,Fleur,Iris,Lieke,Tess,Jasmijn,"
        "Madelief,Sterre,Vera,Marieke,Ingrid,Wilma,Petra,Annemiek,Karin,Manon,Esther,Lente,Lieve,Zoë,"
        "Nova,Evi,Mirjam,Gerda,Anne-Fleur,Marloes",
        "de Vries,Jansen,Bakker,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,"
        "van Leeuwen,Dekker,Brouwer,de Wit,Kok,Koster,van der Linden,Verhoeven,Schouten,Willemsen,van Dam,"
        "Prins,Blom,Huisman,Kuipers,van Vliet,Timmermans,Winter,Storm,Bloem,Hoop,Roos,de Haan,Zomer,"
        "Groen,Schaap,Engel,de Koning,Haas,van den Berg,van der Heijden,Steenbergen,Jansen-Bakker,"
        "Verbruggen,van 't Hof"),
    "fries": (
        "Sjoerd,Wiebe,Jelle,Hylke,Tjeerd,Auke,Douwe,Sietse,Bauke,Jouke,Gerben,Siebe,Folkert,Hessel",
        "Sietske,Tjitske,Froukje,Jildou,Wietske,Hiske,Janke,Aukje,Baukje,Marrit,Sjoukje,Ymkje,Antje,Lysbet",
        "Hoekstra,Dijkstra,Bosma,Zijlstra,Wierda,Sikkema,Terpstra,Postma,Haitsma,Kingma,Wijnja,Tuinstra,"
        "van der Meer,Hellinga,Jongsma,Feenstra,Rienstra,de Jong,Bergsma,Hiemstra,Nauta,Yntema"),
    "limburgs": (
        "Sjaak,Sjef,Huub,Roel,Twan,Jos,Loek,Bèr,Mathieu,Frans,Wim,Harrie,Jo,Ger,Thei,Pieter-Jan",
        "Mia,Gertie,Sjan,Marij,Trees,Anke,Mieke,Ria,Jolien,Loes,Mariëlle,Wendy,Yvonne,Brigitte",
        "Vrancken,Schreurs,Pluijmen,Houben,Knoops,Janssen,Hermans,Vossen,Rutten,Peeters,Smeets,Claessens,"
        "Lemmens,Bongaerts,Crijns,Wetzels,Ramakers,Cuppen,Notermans,Geurts,Meertens,Op den Kamp,Kurvers,"
        "Eurlings"),
    "marokkaans": (
        "Mohamed,Yassine,Ayoub,Bilal,Anouar,Soufiane,Hamza,Ilias,Rayan,Mehdi,Nordin,Achraf,Karim,Brahim,"
        "Driss,Youssef,Abdelilah,Said,Hassan,Othman,Zakaria,Younes",
        "Fatima,Khadija,Nadia,Samira,Soukaina,Hafsa,Malika,Rachida,Imane,Yasmina,Noor,Aya,Meryem,Salma,"
        "Loubna,Ikram,Hajar,Zineb,Tiziri,Dounia,Chaima,Houda",
        "El Amrani,Bouzid,Benali,Ouali,Azzouz,Boukhari,Tahiri,El Idrissi,Bakkali,Akhrif,Aït Ouaziz,"
        "Ouahabi,Belhaj,Ziani,El Hamdaoui,Chaoui,Lamrini,Essafi,Boujdaini,El Morabit,Ben Haddou,Oulad Ali,"
        "Amezian,Bouchtaoui"),
    "turks": (
        "Emre,Mehmet,Mustafa,Burak,Kerem,Yusuf,Ömer,Arda,Efe,Serkan,Murat,Hakan,Yiğit,Ahmet,Eren,Can,"
        "Kaan,Berat,Furkan,Oğuz",
        "Elif,Zeynep,Ayşe,Büşra,Esra,Merve,Selin,Defne,Ecrin,Hatice,Emine,Sevgi,Nur,Gül,Melek,Ebru,"
        "Dilara,Hülya,Yasemin,Ceren",
        "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan,Kılıç,Aslan,Koç,Kurt,Özdemir,"
        "Polat,Güneş,Bulut,Karaca,Çetin,Tekin,Erdem,Akbulut,Kocabaş"),
    "koerdisch": (
        "Rojhat,Baran,Azad,Zana,Serhat,Rêber,Diyar,Welat,Berxwedan,Shivan,Dilshad,Kawa,Hogir",
        "Dilan,Rojda,Berfin,Zilan,Hêvî,Şîlan,Nazdar,Rojin,Viyan,Jiyan,Berivan,Avesta,Nesrin",
        "Şêxo,Hesen,Mirza,Ekinci,Baysal,Ayaz,Zaxoyî,Rashid,Amedi,Barzinji,Hawrami,Bakir,Xelîl"),
    "surinaams-hindoestaans": (
        "Ravi,Sanjay,Rishi,Vikash,Anil,Amar,Dinesh,Rajesh,Kiran,Arjun,Sunil,Navin,Shailesh,Devendre",
        "Priya,Anjali,Shanti,Radha,Kavita,Sunita,Asha,Reshma,Nisha,Shivani,Indira,Sangita,Roshni,Varsha",
        "Ramdin,Jagessar,Ramsaran,Kalpoe,Biharie,Soekhoe,Ramkisoen,Bhagwandin,Mahabier,Sewdien,Ramautar,"
        "Jhinkoe,Kishoen,Baldewsingh,Chotkan,Ganpat,Ramlal,Gangaram Panday,Autar,Doerga"),
    "surinaams-creools": (
        "Romano,Dwayne,Quincy,Glenn,Marvin,Ricardo,Jerrel,Stanley,Humphrey,Errol,Jurgen,Delano,Jairo,"
        "Sherwin,Clyde",
        "Shanice,Naomi,Gracia,Jennifer,Ilona,Sharon,Giovanna,Romina,Chanella,Denise,Ruthline,Mavis,"
        "Xiomara,Jeanette,Kimberley",
        "Pinas,Wijngaarde,Zeefuik,Doelwijt,Vreden,Sabajo,Kwasie,Nelom,Lieveld,Karsters,Belfor,Eersel,"
        "Hooghart,Bromet,Vlijter,Pengel,Amarello,Tjon A Fong,Kromosoeto,Pinas-Renfrum"),
    "antilliaans": (
        "Jurich,Shurwayne,Jeandro,Rudsel,Churandy,Ayrton,Jaïro,Giandro,Rignaldo,Juan-Carlos,Eldridge,Djuric",
        "Jusaira,Shudayra,Nathaly,Jeanine,Yolanda,Chayenne,Sheritsa,Yudelka,Rosalinda,Jurisca,Shaquira,"
        "Gisette",
        "Martina,Isenia,Rosaria,Mercelina,Cijntje,Winklaar,Leito,Pieternella,Girigorie,Koeiman,Felida,"
        "Rojer,Bernabela,Doran,Sillé,Statie,Maduro,Wawoe"),
    "indonesisch-moluks": (
        "Ricky,Reza,Agus,Budi,Dimas,Bayu,Nando,Rocky,Ferry,Johnny,Rudy,Benny,Maikel",
        "Dewi,Sari,Putri,Wulan,Ratna,Intan,Jolanda,Priscilla,Mientje,Febe,Nancy,Indah,Melati",
        "Latuheru,Pattiasina,Tahapary,Sahetapy,Tuhumury,Wattimena,Manuhutu,Leiwakabessy,Pelupessy,"
        "Soplantila,Tentua,Lekatompessy,Huwae,Ririmasse,Santoso,Wibowo,Hartono,Kusuma,Setiawan,Pratama"),
    "pools": (
        "Jakub,Kacper,Szymon,Mateusz,Piotr,Tomasz,Łukasz,Krzysztof,Paweł,Marek,Wojciech,Bartosz,Michał,"
        "Dawid",
        "Zuzanna,Julia,Maja,Zofia,Agnieszka,Katarzyna,Magdalena,Monika,Joanna,Ewa,Aleksandra,Natalia,"
        "Małgorzata,Oliwia",
        "Kowalski,Nowak,Wiśniewski,Wójcik,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,"
        "Kozłowski,Jankowski,Mazur,Krawczyk,Piotrowski,Grabowski,Pawlak,Michalski,Wróbel,Sikora"),
    "roemeens": (
        "Andrei,Ionuț,Mihai,Alexandru,Bogdan,Florin,Cristian,Adrian,Vlad,Sorin,Darius,Răzvan,Ștefan",
        "Ioana,Elena,Andreea,Bianca,Roxana,Daria,Mădălina,Cristina,Simona,Ana-Maria,Alina,Georgiana,Irina",
        "Popescu,Ionescu,Popa,Dumitru,Stan,Constantin,Stoica,Gheorghe,Munteanu,Radu,Moldovan,Lungu,"
        "Cojocaru,Dobre,Matei,Barbu,Neagu,Rusu,Ciobanu,Florea"),
    "bulgaars": (
        "Georgi,Dimitar,Nikolay,Stoyan,Hristo,Petar,Todor,Yordan,Kaloyan,Martin,Angel,Emil,Plamen",
        "Ivanka,Desislava,Gergana,Radostina,Tsvetelina,Milena,Yana,Viktoria,Teodora,Petya,Galya,Ralitsa,"
        "Boryana",
        "Ivanov,Georgiev,Dimitrov,Petrov,Nikolov,Hristov,Stoyanov,Todorov,Angelov,Yordanov,Kolev,Marinov,"
        "Popov,Mehmedov,Aliev,Kostadinov,Vasilev"),
    "eritrees": (
        "Yonas,Dawit,Semere,Tesfay,Mehari,Filmon,Robel,Merhawi,Abel,Biniam,Kidane,Yohannes,Amanuel,Natnael",
        "Senait,Luwam,Selam,Ruta,Saba,Meron,Feven,Rahwa,Hiwet,Tsega,Winta,Yordanos,Elsa,Delina",
        "Tesfamariam,Ghebremichael,Haile,Tekle,Habte,Gebremedhin,Weldemariam,Berhane,Tewelde,Andemariam,"
        "Ghebreyesus,Okbamichael,Zerai,Asmelash,Kahsay"),
    "ethiopisch": (
        "Abebe,Dereje,Getachew,Solomon,Mulugeta,Tewodros,Bereket,Henok,Nahom,Kaleb,Yared,Biruk",
        "Tigist,Meseret,Hirut,Bethlehem,Mahlet,Selamawit,Almaz,Genet,Hanna,Eden,Meklit,Sosina",
        "Tadesse,Bekele,Alemu,Girma,Mekonnen,Desta,Assefa,Wolde,Teshome,Gebre,Kebede,Lemma,Ayele,Worku"),
    "somalisch": (
        "Abdi,Abdirahman,Ahmed,Omar,Mahad,Liban,Guled,Farah,Yasin,Abdullahi,Bashir,Hassan",
        "Hodan,Amina,Fadumo,Hibo,Sahra,Ifrah,Ayaan,Nimco,Hamdi,Sagal,Idil,Khadra,Ubah,Deeqa",
        "Warsame,Jama,Osman,Mohamud,Yusuf,Hirsi,Egal,Dualeh,Aden,Gedi,Samatar,Elmi,Hussein,Abdullahi"),
    "syrisch": (
        "Khaled,Ahmad,Mahmoud,Tarek,Rami,Bassel,Fadi,Yazan,Ammar,Anas,Majd,Hussam,Louay",
        "Rania,Lina,Hala,Nour,Rasha,Dima,Reem,Lama,Yara,Ghalia,Bayan,Sidra,Maya,Raghad",
        "Al-Hassan,Haddad,Khalil,Al-Ahmad,Darwish,Hamdan,Kassab,Najjar,Sabbagh,Shami,Al-Khatib,Mansour,"
        "Halabi,Zein,Qassem,Al-Masri,Hamwi,Jabri"),
    "afghaans": (
        "Farid,Jawad,Hamid,Naveed,Sami,Wahid,Zabihullah,Habib,Rahim,Shafiq,Omid,Sohrab,Mansoor",
        "Mariam,Zahra,Parwana,Nargis,Roya,Frishta,Shabnam,Mursal,Sahar,Laila,Tamana,Marzia,Hasina,Nilofar",
        "Ahmadi,Hakimi,Rahimi,Karimi,Sultani,Popal,Noori,Stanikzai,Safi,Azimi,Hashimi,Mohammadi,Amiri,"
        "Sharifi,Wardak,Yousufzai,Durrani,Samadi"),
    "iraaks": (
        "Ali,Hussein,Haidar,Abbas,Karrar,Muntadhar,Mohammed,Zaid,Yousif,Sajjad,Ameer,Murtadha",
        "Zainab,Fatima,Maryam,Ruqaya,Hawraa,Sura,Zahraa,Mais,Rusul,Baneen,Shahad,Tabarak",
        "Al-Saadi,Al-Jubouri,Al-Obaidi,Al-Tamimi,Al-Rubaie,Al-Shammari,Kadhim,Jabbar,Hamoudi,Al-Kaabi,"
        "Mahdi,Al-Zubaidi,Al-Dulaimi,Salih,Al-Bayati"),
    "oekraiens": (
        "Oleksandr,Andriy,Dmytro,Mykola,Taras,Bohdan,Yaroslav,Serhiy,Maksym,Artem,Volodymyr,Yuriy,Denys",
        "Olena,Oksana,Iryna,Nataliya,Kateryna,Yuliya,Sofiya,Anastasiya,Daryna,Khrystyna,Halyna,Svitlana,"
        "Viktoriya,Myroslava",
        "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Oliynyk,Lysenko,Moroz,"
        "Savchenko,Rudenko,Marchenko,Hnatyuk,Pavlenko,Koval,Tkachuk,Romanyuk"),
    "ghanees": (
        "Kwame,Kofi,Kwabena,Yaw,Kwaku,Kojo,Kwesi,Prince,Emmanuel,Richmond,Ebenezer,Samuel,Isaac",
        "Akosua,Ama,Abena,Adwoa,Afia,Efua,Yaa,Esi,Akua,Gifty,Comfort,Adjoa,Mercy,Nana",
        "Mensah,Owusu,Asante,Boateng,Osei,Agyeman,Appiah,Acheampong,Ofori,Darko,Antwi,Amoah,Sarpong,"
        "Bonsu,Addo,Danquah,Asamoah,Frimpong"),
    "nigeriaans": (
        "Chinedu,Emeka,Oluwaseun,Tunde,Ikechukwu,Obinna,Segun,Femi,Uche,Chukwuemeka,Ayodele,Babatunde,"
        "Daniel,Tobi",
        "Ngozi,Chioma,Adaeze,Funmilayo,Folake,Blessing,Oluwakemi,Temitope,Amarachi,Ifeoma,Yetunde,"
        "Precious,Favour,Ada",
        "Okafor,Adeyemi,Okonkwo,Eze,Nwosu,Balogun,Adebayo,Ogunleye,Obi,Nnamdi,Chukwu,Olawale,Afolabi,"
        "Okoro,Adeleke,Nwachukwu,Ibekwe"),
    "chinees": (
        "Wei,Jun,Hao,Ming,Lei,Jian,Zhiwei,Haoran,Kai,Kevin,Vincent,Henry,Tony,Yifan",
        "Mei,Xiaoling,Jing,Yan,Hui,Ying,Xinyi,Qing,Yue,Ling,Jenny,Wendy,Cindy,Shuang",
        "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Lin,Chan,Cheung,Wong,Lam,Tang,Lau,Ho"),
    "vietnamees": (
        "Minh,Tuấn,Đức,Hùng,Long,Nam,Quang,Khoa,Bảo,Huy,Thành,Phúc,Khang",
        "Linh,Thảo,Lan,Mai,Hương,Trang,Ngọc,Hoa,Anh,Thủy,Phương,Vy,Hằng",
        "Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi,Đỗ,Ngô,Dương,Lý,Huỳnh,Võ,Trịnh"),
    "braziliaans": (
        "João,Pedro,Lucas,Gabriel,Matheus,Rafael,Thiago,Felipe,Gustavo,Bruno,Leonardo,Caio,Vinícius",
        "Beatriz,Juliana,Larissa,Fernanda,Camila,Mariana,Gabriela,Letícia,Bruna,Thaís,Luana,Isabela,Rafaela",
        "da Silva,Santos,Oliveira,Souza,Pereira,Costa,Rodrigues,Almeida,Nascimento,Lima,Araújo,Ferreira,"
        "Carvalho,Gomes,Ribeiro,Barbosa,Rocha,dos Anjos"),
    "kaapverdiaans-portugees": (
        "Tiago,Nuno,Rui,Hélder,Adilson,Edson,Nelson,Djavan,Kelvin,Ailton,Jair,Duarte,Paulo",
        "Inês,Catarina,Filipa,Sónia,Marisa,Dulce,Neusa,Ivone,Elisângela,Djenifer,Suely,Edna,Carla",
        "Fernandes,Tavares,Monteiro,Semedo,Lopes,Furtado,Mendes,Gonçalves,Correia,Varela,Delgado,Moreira,"
        "Andrade,Fortes,dos Santos,Évora,Brito,Spencer"),
}
NAMES = {k: ([x.strip() for x in m.split(",")], [x.strip() for x in f.split(",")],
             [x.strip() for x in s.split(",")]) for k, (m, f, s) in ORIGINS.items()}

ORIGIN_WEIGHTS = {
    "nederlands": 24, "fries": 4, "limburgs": 4, "marokkaans": 9, "turks": 8, "koerdisch": 3,
    "surinaams-hindoestaans": 4, "surinaams-creools": 4, "antilliaans": 3, "indonesisch-moluks": 3,
    "pools": 5, "roemeens": 3, "bulgaars": 3, "eritrees": 3, "ethiopisch": 2, "somalisch": 3, "syrisch": 3,
    "afghaans": 2, "iraaks": 2, "oekraiens": 3, "ghanees": 2, "nigeriaans": 2, "chinees": 2,
    "vietnamees": 2, "braziliaans": 2, "kaapverdiaans-portugees": 2,
}

# Name words that are also ordinary Dutch words (folded).
WORD_NAMES = ["roos", "storm", "bloem", "visser", "kok", "hoop", "winter", "bakker", "vos", "haas", "zomer",
              "lente", "merel", "iris", "fleur", "lieve", "koning", "engel", "boer", "prins", "koster", "bos",
              "haan", "groen", "schaap", "long", "lam", "tang", "angel", "frans", "kamp", "wit", "groot",
              "jong", "dam", "hof", "comfort", "mais", "lama", "nur", "can"]

NICKS = {
    "Mohamed": "Mo", "Mohammed": "Mo", "Abdirahman": "Abdi", "Oleksandr": "Sasha", "Aleksandra": "Ola",
    "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Zuzanna": "Zuza", "Wojciech": "Wojtek", "Mustafa": "Musti",
    "Oluwaseun": "Seun", "Babatunde": "Tunde", "Funmilayo": "Funmi", "Oluwakemi": "Kemi",
    "Alexandru": "Alex", "Mateusz": "Mati", "Bartosz": "Bartek", "Anastasiya": "Nastya", "Kateryna": "Katya",
    "Volodymyr": "Vova", "Yaroslav": "Slava", "Dmytro": "Dima", "Tewodros": "Teddy", "Ebenezer": "Ebo",
    "Kwabena": "Kobby", "Leonardo": "Leo", "Gabriel": "Gabi", "Mariana": "Mari", "Elisângela": "Eli",
    "Priscilla": "Pris", "Chanella": "Nella", "Xiomara": "Xio", "Zakaria": "Zak", "Abdelilah": "Abdel",
    "Soufiane": "Souf", "Jan-Willem": "JW", "Dirk-Jan": "DJ", "Selamawit": "Selam", "Krzysztof": "Krzysiek",
    "Anne-Fleur": "Annefleur", "Chukwuemeka": "Chuks", "Juan-Carlos": "Juanca", "Shurwayne": "Shur",
    "Natnael": "Nati", "Zabihullah": "Zabi", "Khrystyna": "Khrystia",
}

PARTICLES = ["van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "von", "el", "al",
             "la", "le", "da", "das", "dos", "do", "di", "del", "della", "du", "des", "bin", "ibn", "ben",
             "abu", "ait", "aït"]
DUTCH_PARTICLES = ["van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op"]

# Initials that read as ordinary words or abbreviations; not used as initials.
BAD_INITIALS = ["ik", "je", "me", "we", "ze", "al", "en", "in", "op", "is", "om", "na", "of", "te", "nu",
                "zo", "ja", "af", "bv", "ma", "pa", "oh", "tv", "id", "ok", "nb", "ib", "gp", "hap", "mdo",
                "zat", "smw", "jgz", "cb", "bso", "kdv", "seh", "bsn", "ggd", "ggz", "obs", "cbs", "ikc",
                "sbo", "vv", "sv", "mc", "dr", "mw", "hs", "fb", "ah", "ad", "eh", "he", "hé", "an", "as",
                "do", "el", "la", "le", "mo", "no", "so", "to", "us", "ww", "vo", "po", "ic", "ff",
                "mss", "idd", "vgm", "btw", "omg", "lol", "sws", "wrs", "ps", "pc", "pk", "aa", "ee", "ai", "oi"]

# ============================================================================================
# Institutions

GENERIC = [
    "basisschool", "school", "obs", "cbs", "rkbs", "ikc", "kindcentrum", "montessorischool", "daltonschool",
    "jenaplanschool", "sbo", "college", "lyceum", "scholengemeenschap", "vakcollege", "de", "het", "'t", "van",
    "der", "den", "en", "&", "aan", "kinderopvang", "kdv", "kinderdagverblijf", "bso", "peuteropvang", "buitenschoolse", "opvang",
    "gastouderbureau", "ziekenhuis", "ziekenhuizen", "streekziekenhuis", "kinderziekenhuis", "medisch",
    "centrum", "mc", "gasthuis", "ggz", "jeugdzorg", "jeugdhulp", "stichting", "zorg", "wijkteam", "buurtteam",
    "sociaal", "jeugdbescherming", "verslavingszorg", "vrouwenopvang", "huisartsenpraktijk", "huisartsen",
    "huisartsengroep", "praktijk", "gezondheidscentrum", "huisartsenpost", "hap", "huisartsendienst",
    "doktersdienst", "spoedpost", "moskee", "kerk", "kerkgemeente", "pinkstergemeente", "baptistengemeente",
    "evangelische", "gemeente", "protestantse", "parochie", "hindoetempel", "vv", "sv", "turnclub",
    "zwemvereniging", "judoschool", "scouting", "voetbalvereniging", "hockeyclub", "kickboksschool",
    "korfbalvereniging", "dansschool", "muziekschool", "bouwbedrijf", "schoonmaakbedrijf",
    "transportbedrijf", "uitzendbureau", "kapsalon", "autobedrijf", "tuincentrum", "garage", "rijschool",
    "kwekerij", "zorgcentrum", "consultatiebureau", "cb", "jgz", "cjg", "jeugdgezondheidszorg", "kraamzorg",
    "kraamhulp", "verloskundigenpraktijk", "verloskundigen", "vroedvrouwenpraktijk", "al", "el", "sint", "st.",
    "voor", "groep", "team", "kinderen", "eritrees-orthodoxe", "koptische", "islamitische", "ibs",
]

PRIMARY_PREFIX = ["basisschool", "Basisschool", "OBS", "CBS", "RKBS", "IKC", "Kindcentrum", "Montessorischool",
                  "Daltonschool", "Jenaplanschool", "SBO"]
PRIMARY_NAMES = ["De Springplank", "Het Kompas", "De Wilgenhoek", "De Vlinderboom", "Het Zonnelied", "De Klimop",
                 "De Piramide", "Sint-Jozef", "De Zevensprong", "Het Palet", "De Horizon", "Het Mozaïek",
                 "De Meander", "De Regenboog", "De Lindeboog", "De Vuurvlinder", "Het Klaverblad",
                 "De Kwikstaart", "De Schatkist", "Het Baken", "De Bongerd", "De Windroos", "De Toermalijn",
                 "Het Tweespan", "De Duizendpoot", "Het Anker", "De Kraanvogel", "Wereldwijs", "De Sterrenboog",
                 "De Fontein", "Het Vogelnest", "De Bolster", "De Tandem", "Het Spectrum", "Al Ghazali",
                 "Ibn-i Sina", "De Wereldboom", "Het Startpunt", "De Notenkraker", "Het Lichtschip"]
SECONDARY = ["Vechtstede College", "Lorentz Lyceum", "Kandinsky College", "Comenius College", "Hofstede Lyceum",
             "Ichthus College", "Zuiderzee College", "Scholengemeenschap Noorderlicht", "Maaswaal College",
             "Vakcollege De Brug", "Dockinga College", "Berechja College", "Montaigne Lyceum"]
OPVANG_PREFIX = ["kinderdagverblijf", "KDV", "BSO", "peuteropvang", "Kinderopvang", "kinderopvang"]
OPVANG_NAMES = ["De Boomhut", "Ukkepuk", "Het Kikkerhuis", "Dribbel", "Snoezel", "De Speelboot", "Kiekeboe",
                "Hummeltjes", "Kwetternest", "'t Ukkie", "De Blokkendoos", "Zonnestraal", "Rakkers",
                "De Kleine Reus", "Het Uilennest", "Wiebelwoud", "Bambino", "De Vlindertuin", "Duimelot",
                "Het Speelkasteel"]
INSTITUTIONS: dict[str, list[tuple[str, str | None]]] = {
    "ziekenhuis": [("Zuiderlicht Ziekenhuis", "Zuiderlicht"), ("Medisch Centrum Havenstad", "MCH"),
                   ("Amstelrand Ziekenhuis", "Amstelrand"), ("Ziekenhuis Oosterheem", "Oosterheem"),
                   ("Sint Bavo Gasthuis", "SBG"), ("Rijnvallei Ziekenhuis", "Rijnvallei"),
                   ("IJsselgouw Medisch Centrum", "IJsselgouw"), ("Streekziekenhuis De Kempen", None),
                   ("Noorderpoort Ziekenhuis", "Noorderpoort"), ("Maasduinen Medisch Centrum", "MMC"),
                   ("Martini Ziekenhuis", "Martini"), ("Isala", None), ("Maasstad Ziekenhuis", "Maasstad"),
                   ("Tergooi MC", "Tergooi"), ("Wilhelmina Kinderziekenhuis", "WKZ"),
                   ("Sophia Kinderziekenhuis", "Sophia"), ("Elkerliek ziekenhuis", "Elkerliek"),
                   ("Gelre ziekenhuizen", "Gelre")],
    "zorg": [("Lindenhout", None), ("Pactum", None), ("Karakter", None), ("Levvel", None),
             ("Horizon Jeugdzorg", "Horizon"), ("GGZ Rivierduinen", "Rivierduinen"), ("Accare", None),
             ("Stichting De Waterlelie", "De Waterlelie"), ("Stichting Wending", "Wending"),
             ("Het Zwanenhuis", None), ("Intermezzo Zorg", "Intermezzo"), ("Spectrum Jeugdhulp", None),
             ("Jeugdhulp Zeeuwse Delta", None), ("Tactus Verslavingszorg", "Tactus"),
             ("Brijder Verslavingszorg", "Brijder"), ("Youké", None), ("De Kapstok", None)],
    "jeugdbescherming": [("William Schrikker Stichting", "WSS"), ("Jeugdbescherming Noordwest", None),
                         ("Jeugdbescherming Brabant", None), ("Stichting Gezinsvoogdij Rijnland", None),
                         ("Jeugdbescherming Oostlanden", None), ("Stichting Kompasvoogdij", "Kompasvoogdij")],
    "wijkteam": [("Buurtteam Kanaleneiland", None), ("Sociaal Wijkteam Schilderswijk", None),
                 ("Wijkteam Kruiskamp", None), ("Stichting Wijkteam Oostpoort", None),
                 ("Buurtteam Overvecht", None), ("Wijkteam Malburgen", None), ("Sociaal Wijkteam Hoograven", None),
                 ("Wijkteam Presikhaaf", None)],
    "vrouwenopvang": [("Fier", None), ("Moviera", None), ("Blijf Groep", None), ("Stichting Kezan", "Kezan"),
                      ("Safe House Walburg", None)],
    "huisarts": [("Huisartsenpraktijk De Linde", "De Linde"), ("Gezondheidscentrum Kruidhof", "Kruidhof"),
                 ("Huisartsen Parkwijk", None), ("Huisartsenpraktijk Het Steenhuis", "Het Steenhuis"),
                 ("Gezondheidscentrum De Vaart", "De Vaart"), ("Huisartsenpraktijk Schildersbuurt", None),
                 ("Huisartsengroep Oudwijk", None), ("Huisartsenpraktijk Van Raalte", None),
                 ("Gezondheidscentrum Zuiderhout", "Zuiderhout"), ("Huisartsenpraktijk Rozenburcht", None)],
    "huisartsenpost": [("Huisartsenpost Midden-Holland", None), ("HAP Rivierenland", None),
                       ("Huisartsenpost Amstelland", None), ("Spoedpost Zuid-Limburg", None),
                       ("Huisartsenpost Oost-Achterhoek", None), ("Huisartsendienst Kennemerland", None),
                       ("HAP Noordwest-Veluwe", None), ("Doktersdienst Hunzedal", None),
                       ("Huisartsenpost Westerkwartier", None), ("HAP Maasland-Oost", None)],
    "werkgever": [("Bouwbedrijf Van Wijk", None), ("Schoonmaakbedrijf Glansrijk", "Glansrijk"),
                  ("Transportbedrijf De Valk", None), ("Flexpoint Uitzendbureau", "Flexpoint"),
                  ("Kapsalon Lucia", None), ("Autobedrijf Hoekstra", None), ("Tuincentrum De Bonte Kievit", None),
                  ("PostNL", None), ("Vleeswarenfabriek Ravensberg", "Ravensberg"),
                  ("Kwekerij De Groene Vlinder", None), ("Rijschool Stuurvast", "Stuurvast"),
                  ("Zorgcentrum Het Bolwerk", "Het Bolwerk"), ("Distributiecentrum Zeewolde-Noord", None),
                  ("Albert Heijn", None), ("Koeltransport Frisia", "Frisia")],
    "vereniging": [("vv De Meeuwen", "De Meeuwen"), ("SV Oranjerood", "Oranjerood"), ("Turnclub Olympia", None),
                   ("Zwemvereniging De Dolfijn", "De Dolfijn"), ("Judoschool Kano", None),
                   ("Scouting Kampvuur", None), ("Voetbalvereniging Zwaluwen", "Zwaluwen"),
                   ("Hockeyclub Rapid", None), ("Kickboksschool Shogun", "Shogun"),
                   ("Korfbalvereniging Excelsior", "Excelsior"), ("Dansschool Dansmaakt", "Dansmaakt"),
                   ("muziekschool De Toonladder", "De Toonladder")],
    "religieus": [("Moskee El Fath", None), ("Mevlana Moskee", None), ("Moskee Al Hijra", None),
                  ("Ayasofya Moskee", None), ("Kerkgemeente De Ark", None), ("Pinkstergemeente Bethel", None),
                  ("Baptistengemeente Het Lichtpunt", None), ("Evangelische Gemeente De Rots", None),
                  ("Sint-Martinusparochie", None), ("Eritrees-orthodoxe kerk Medhane Alem", None),
                  ("Koptische kerk Sint-Markus", None), ("Hindoetempel Shri Vishnu Mandir", None)],
    "consultatiebureau": [("Consultatiebureau De Boomgaard", None), ("CJG Het Gein", None),
                          ("Consultatiebureau Molenwijk", None), ("Jeugdgezondheidszorg De Kiem", None),
                          ("Consultatiebureau Zonnehof", None), ("CB Westerpark", None),
                          ("JGZ Zuidplas", None)],
    "kraamzorg": [("Kraamzorg De Wieg", None), ("Kraamzorg Ooievaar", None), ("Kraamzorg Het Nestje", None),
                  ("Kraamzorg Vlinder", None), ("Kraamhulp Twente", None), ("Kraamzorg Zonnig Begin", None),
                  ("Kraamzorg Handen Vol", None), ("Kraamzorg Mooi Begin", None)],
    "verloskunde": [("Verloskundigenpraktijk De Levensboom", "De Levensboom"), ("Verloskundigen Kernhem", None),
                    ("Verloskundigenpraktijk Bakermat", "Bakermat"), ("Vroedvrouwenpraktijk Zeester", "Zeester"),
                    ("Verloskundigen Het Geboortehuis", "Het Geboortehuis"),
                    ("Verloskundigenpraktijk Wiegelied", "Wiegelied")],
}

CITIES = ["Zwolle", "Almere", "Tilburg", "Arnhem", "Deventer", "Leeuwarden", "Heerlen", "Sittard", "Rotterdam",
          "Schiedam", "Den Haag", "Utrecht", "Amersfoort", "Zaandam", "Lelystad", "Helmond", "Venlo", "Emmen",
          "Assen", "Gouda", "Delft", "Leiden", "Haarlem", "Purmerend", "Nijmegen", "Apeldoorn", "Enschede",
          "Hengelo", "Breda", "Dordrecht", "Vlaardingen", "Kerkrade", "Sneek", "Drachten", "Hoogeveen",
          "Spijkenisse", "Alkmaar", "Hilversum", "Oss", "Capelle aan den IJssel"]

STREET_STEMS = ["Kastanje", "Linde", "Beuken", "Eiken", "Berken", "Populier", "Meidoorn", "Vlier", "Rozen", "Tulpen",
                "Narcissen", "Seringen", "Lavendel", "Spreeuwen", "Zwaluw", "Kievit", "Reiger", "Molen", "Kerk",
                "Haven", "School", "Dorps", "Brink", "Veld", "Akker", "Weide", "Smeden", "Wevers", "Rembrandt",
                "Vermeer", "Mozart", "Beethoven", "Schubert", "Einstein", "Curie", "Goudsbloem", "Korenbloem",
                "Distel", "Hyacinth", "Esdoorn", "Wilgen", "Sparren", "Dahlia", "Anjer", "Fazant", "Patrijs"]
STREET_SUFFIX = ["straat", "laan", "weg", "hof", "plein", "kade", "singel", "gracht", "dreef", "pad", "erf", "ring"]
STREET_TITLED = ["Burgemeester", "Dokter", "Pastoor", "Koningin", "Graaf", "Professor"]
STREET_TITLED_NAMES = ["Drees", "Kuyper", "Ruys", "Colijn", "Schaepman", "Nolens", "Ariëns", "Thorbecke",
                       "Troelstra", "Heemskerck", "Zeeman", "Lorentz", "Hogendorp", "Nassau"]
STREET_LAAN_VAN = ["Meerdervoort", "Vollenhove", "Ypenburg", "Westmolen", "Ouderzorg", "Nieuwenhoven",
                   "Poelgeest", "Schuylenburg"]
STREET_VAN = ["Speijk", "Heutsz", "Ostade", "Limburg Stirum", "Hogendorp", "Galen", "Lennep"]
STREET_GENERIC = ["burgemeester", "dokter", "pastoor", "koningin", "graaf", "professor", "laan", "van", "de",
                  "het", "straat"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


# ============================================================================================
# Small helpers

def strip_accents(text: str) -> str:
    special = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"}
    text = "".join(special.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(text).lower())


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def tokens_of(surname: str) -> list[str]:
    return surname.split()


def main_token(surname: str) -> str:
    toks = [t for t in surname.split() if t.lower() not in PARTICLES and len(t) > 1]
    return toks[0] if toks else surname.split()[-1]


def possessive(name: str) -> str:
    low = name.lower()
    if low[-1] in "sxz":
        return name + "'"
    if low[-1] in "aiouyéëïöüàáóú":
        return name + "'s"
    if low[-1] == "e" and len(low) > 1 and low[-2] not in "aeiou":
        return name + "s"
    if low[-1] in "eèê":
        return name + "'s"
    return name + "s"


def diminutive(name: str) -> str:
    low = strip_accents(name).lower()
    if "-" in name or len(low) < 2:
        return name + "tje"
    last = low[-1]
    if last == "a":
        return name + "atje"
    if last == "o":
        return name + "otje"
    if last in "iyeu":
        return name + "tje"
    vowels = "aeiou"
    if last in "nlr" and len(low) >= 3 and low[-2] in vowels and low[-3] in vowels:
        return name + "tje"
    if last not in vowels and len(low) >= 3 and low[-2] in vowels and low[-3] not in vowels:
        return name + name[-1] + "ie"
    return name + "je"


VARIANT_RULES = [("ph", "f"), ("th", "t"), ("y", "i"), ("ij", "y"), ("ie", "i"), ("ee", "e"), ("oe", "ou"),
                 ("ou", "oe"), ("k", "c"), ("c", "k"), ("ss", "s"), ("mm", "m"), ("nn", "n"), ("ll", "l"),
                 ("aa", "a"), ("uu", "u"), ("ch", "sh"), ("sh", "ch"), ("é", "e"), ("ë", "e"), ("i", "ie"),
                 ("m", "mm"), ("s", "ss"), ("d", "dd"), ("n", "nn"), ("l", "ll"), ("a", "aa")]
KNOWN_VARIANTS = {"Mohamed": "Mohammed", "Mohammed": "Mohamad", "Yassine": "Yasin", "Fatima": "Fatma",
                  "Youssef": "Yousef", "Zoë": "Zoey", "Sophie": "Sofie", "Nadia": "Nadja", "Hamza": "Hamsa",
                  "Ilias": "Elias", "Anouar": "Anwar", "Ayoub": "Ayub", "Khadija": "Khadidja", "Meryem": "Meriem",
                  "Mehmet": "Mehmed", "Ömer": "Omer", "Chinedu": "Chinedum", "Dawit": "Dawitt"}


def variant(name: str, rng: random.Random) -> str:
    if name in KNOWN_VARIANTS and rng.random() < 0.6:
        return KNOWN_VARIANTS[name]
    rules = VARIANT_RULES[:]
    rng.shuffle(rules)
    for a, b in rules:
        i = name.find(a, 1)
        if i > 0:
            out = name[:i] + b + name[i + len(a):]
            if out != name and len(out) >= 2:
                return out
    return name


def fold_map(text: str) -> tuple[str, list[int]]:
    out, idx = [], []
    for i, c in enumerate(text):
        f = fold(c)
        out.append(f)
        idx.extend([i] * len(f))
    return "".join(out), idx


def word_positions(word: str, ftext: str) -> list[int]:
    """Start offsets (in ``ftext``) of ``word`` as a word."""
    res = []
    start = 0
    while True:
        i = ftext.find(word, start)
        if i < 0:
            return res
        before = ftext[i - 1] if i else " "
        after = ftext[i + len(word)] if i + len(word) < len(ftext) else " "
        if not before.isalpha() and not after.isalpha():
            res.append(i)
        start = i + 1


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def compact_of(text: str) -> str:
    return re.sub(r"[\s\-.\u00ad]", "", text).upper()


# ============================================================================================
# Numbers and other identifiers

def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_text(num: str, rng: random.Random) -> str:
    return rng.choice([num, num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}",
                       f"{num[:3]}.{num[3:6]}.{num[6:]}", f"{num[:2]}.{num[2:4]}.{num[4:6]}.{num[6:]}"])


IBAN_SPECS = {"NL": ("ABNA,INGB,RABO,SNSB,ASNB,TRIO,KNAB,BUNQ,RBRB", 10), "BE": (None, 12), "DE": (None, 18),
              "PL": (None, 24), "PT": (None, 21), "RO": ("BTRL,RNCB,BRDE", 16), "BG": ("UNCR,STSA", 14)}


def iban(rng: random.Random, country: str = "NL") -> tuple[str, str]:
    banks, n = IBAN_SPECS[country]
    bank = rng.choice(banks.split(",")) if banks else ""
    acct = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country == "BG":
        acct = "".join(str(rng.randint(0, 9)) for _ in range(6)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    bban = bank + acct
    rearranged = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - num % 97
    return f"{country}{check:02d}{bban}", acct


def iban_text(code: str, rng: random.Random) -> str:
    grouped = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    r = rng.random()
    if r < 0.45:
        return grouped
    if r < 0.8:
        return code
    if r < 0.9:
        return code.lower()
    return grouped.replace(" ", ".")


FOREIGN_PHONES = {
    "marokkaans": ("212", "6", 8), "turks": ("90", "53", 8), "koerdisch": ("964", "750", 7),
    "pools": ("48", "5", 8), "roemeens": ("40", "72", 7), "bulgaars": ("359", "88", 7),
    "oekraiens": ("380", "67", 7), "ghanees": ("233", "24", 7), "nigeriaans": ("234", "803", 7),
    "surinaams-hindoestaans": ("597", "8", 6), "surinaams-creools": ("597", "7", 6),
    "antilliaans": ("599", "95", 6), "eritrees": ("291", "7", 6), "ethiopisch": ("251", "91", 7),
    "somalisch": ("252", "61", 7), "syrisch": ("963", "94", 7), "afghaans": ("93", "70", 7),
    "iraaks": ("964", "770", 7), "chinees": ("86", "138", 8), "vietnamees": ("84", "91", 7),
    "braziliaans": ("55", "1191", 7), "kaapverdiaans-portugees": ("351", "91", 7),
    "indonesisch-moluks": ("62", "812", 8), "nederlands": ("32", "47", 7), "fries": ("49", "151", 8),
    "limburgs": ("32", "49", 7),
}
AREA_CODES = ["10", "20", "30", "38", "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "73", "76",
              "77", "78", "79", "320", "341", "485", "546", "570", "591", "592", "594", "172", "118"]


def _rand_digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def phone(rng: random.Random, kind: str = "mobiel", origin: str = "nederlands") -> tuple[str, str, str]:
    """(text, national digits for the check, form label)."""
    if kind == "buitenland":
        cc, prefix, n = FOREIGN_PHONES.get(origin, ("32", "47", 7))
        nat = prefix + _rand_digits(rng, n)
        groups = [nat[:3], nat[3:6], nat[6:]] if len(nat) > 8 else [nat[:2], nat[2:5], nat[5:]]
        fmt = rng.choice([f"+{cc} {' '.join(g for g in groups if g)}", f"+{cc}{nat}", f"00{cc} {nat}",
                          f"+{cc} {nat}", f"(+{cc}) {nat[:3]}-{nat[3:]}"])
        return fmt, nat, "buitenland"
    if kind == "vast":
        area = rng.choice(AREA_CODES)
        sub = _rand_digits(rng, 9 - len(area))
        nat = area + sub
        if len(area) == 2:
            fmt = rng.choice([f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{area}{sub}",
                              f"+31 {area} {sub[:3]} {sub[3:]}", f"0{area} - {sub}"])
        else:
            fmt = rng.choice([f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"0{area}{sub}",
                              f"+31 {area} {sub}", f"(0{area}) {sub}"])
        return fmt, nat, "vast"
    nat = "6" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    s = nat[1:]
    forms = [(f"06-{s}", "06-streepje"), (f"06 {s}", "06-spatie"), (f"06{s}", "aaneen"),
             (f"06 {s[:4]} {s[4:]}", "06-groepen"), (f"06-{s[:3]} {s[3:6]} {s[6:]}", "06-groepen"),
             (f"+31 6 {s}", "+31"), (f"+31{nat}", "+31-aaneen"), (f"+31 (0)6 {s[:4]} {s[4:]}", "+31(0)"),
             (f"0031 6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", "0031"), (f"0031{nat}", "0031-aaneen"),
             (f"(06) {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", "haakjes"), (f"06.{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}", "punten"),
             (f"+316-{s}", "+316")]
    fmt, label = rng.choice(forms)
    return fmt, nat, label


def postcode(rng: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTVWXZ"
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            return f"{rng.randint(1000, 9999)}{pair}"


def postcode_text(code: str, rng: random.Random) -> str:
    return rng.choice([f"{code[:4]} {code[4:]}", f"{code[:4]} {code[4:]}", code, f"{code[:4]} {code[4:].lower()}",
                       f"{code[:4]}{code[4:].lower()}", f"{code[:4]}  {code[4:]}"])


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_FORMATS = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
                 "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]


def plate(rng: random.Random) -> str:
    fmt = rng.choice(PLATE_FORMATS)
    return "".join(rng.choice(PLATE_LETTERS) if c == "X" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in fmt)


def plate_text(p: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return p
    if r < 0.75:
        return p.replace("-", "")
    if r < 0.88:
        return p.lower()
    return p.replace("-", " ")


def dob_text(d: date, rng: random.Random, informal: bool = False) -> tuple[str, list[Check]]:
    y = d.year
    opts = [f"{d.day:02d}-{d.month:02d}-{y}", f"{d.day}-{d.month}-{y}", f"{d.day:02d}/{d.month:02d}/{y}",
            f"{d.day:02d}.{d.month:02d}.{y}", f"{y}-{d.month:02d}-{d.day:02d}", "T", "T", "S"]
    if informal:
        opts += [f"{d.day}-{d.month}-'{y % 100:02d}", f"{d.day}/{d.month}", "T"]
    pick = rng.choice(opts)
    if pick == "T":
        text = f"{d.day} {MONTHS[d.month - 1]} {y}"
        return text, [Check("ci", text), Check("ci", f"{d.day} {MONTHS[d.month - 1]}")]
    if pick == "S":
        text = f"{d.day} {MONTHS_SHORT[d.month - 1]} {y}"
        return text, [Check("ci", text), Check("ci", f"{d.day} {MONTHS_SHORT[d.month - 1]}")]
    return pick, [Check("digits", digits_of(pick))]


def street(rng: random.Random) -> tuple[str, list[str]]:
    r = rng.random()
    if r < 0.6:
        s = rng.choice(STREET_STEMS) + rng.choice(STREET_SUFFIX)
        return s, [s]
    if r < 0.75:
        t = rng.choice(STREET_TITLED)
        n = rng.choice(STREET_TITLED_NAMES) + rng.choice(["straat", "laan", "weg", "plein", "singel"])
        return f"{t} {n}", [n]
    if r < 0.87:
        n = rng.choice(STREET_LAAN_VAN)
        return f"Laan van {n}", [n]
    n = rng.choice(STREET_VAN)
    parts = n.split()
    last = parts[-1] + rng.choice(["straat", "laan", "kade", "weg"])
    full = " ".join(["Van"] + parts[:-1] + [last])
    return full, parts[:-1] + [last]


def house_number(rng: random.Random) -> str:
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
    add = rng.choice(["", "", "", "", "a", "A", "b", "-1", "-2", "-II", " III", " hs", " bis", "-bg", " zw", "C",
                      "-3hoog", " rd", "-A01", "-15"])
    return n + add


def random_time(rng: random.Random, lo: int = 0, hi: int = 23) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


# ============================================================================================
# Cast

@dataclass
class Member:
    key: str
    first: str
    sur: str
    origin: str
    gender: str
    cat: str                    # unregistered role category
    rel: str                    # relation / function word ("zusje", "buurvrouw", "jeugdarts")
    kindlike: bool = False
    teacher: bool = False
    doctor: bool = False
    vault_role: str | None = None
    dob: date | None = None
    mentions: int = 0
    nick: str | None = None

    @property
    def vault(self) -> bool:
        return self.vault_role is not None

    def full(self) -> str:
        return f"{self.first} {self.sur}"


@dataclass
class Inst:
    type: str
    full: str
    short: str | None
    level: str = ""
    mentions: int = 0


PROF_ROLES = {
    "triagist": ("triagist", ["f", "f", "m"]), "doktersassistente": ("doktersassistente", ["f"]),
    "huisarts": ("huisarts", ["f", "m"]), "ib": ("intern begeleider", ["f", "f", "m"]),
    "smw": ("schoolmaatschappelijk werker", ["f", "m"]), "jeugdarts": ("jeugdarts", ["f", "m"]),
    "wijkteam": ("medewerker wijkteam", ["f", "m"]), "leerplicht": ("leerplichtambtenaar", ["m", "f"]),
    "gezinscoach": ("gezinscoach", ["f", "m"]), "jeugdbeschermer": ("jeugdbeschermer", ["f", "f", "m"]),
    "kraamverzorgende": ("kraamverzorgende", ["f"]), "verloskundige": ("verloskundige", ["f", "f", "m"]),
    "gynaecoloog": ("gynaecoloog", ["f", "m"]), "wijkverpleegkundige": ("wijkverpleegkundige", ["f", "m"]),
    "collega": ("collega", ["f", "m"]), "pm": ("pedagogisch medewerker", ["f", "m"]),
    "wijkagent": ("wijkagent", ["m", "f"]), "mentor": ("mentor", ["f", "m"]),
    "ambulant": ("ambulant hulpverlener", ["f", "m"]), "kinderarts": ("kinderarts", ["f", "m"]),
}
DOCTORS = ["huisarts", "jeugdarts", "gynaecoloog", "kinderarts"]


class Casting:
    def __init__(self, rng: random.Random, year: int) -> None:
        self.rng = rng
        self.attempts = 0
        self.year = year
        self.used_first: list[str] = []
        self.used_sur: list[str] = []
        self.members: dict[str, Member] = {}

    def origin(self, dutch_bias: float = 0.0) -> str:
        if self.rng.random() < dutch_bias:
            return self.rng.choice(["nederlands", "nederlands", "nederlands", "fries", "limburgs"])
        keys = list(ORIGIN_WEIGHTS)
        return self.rng.choices(keys, [ORIGIN_WEIGHTS[k] for k in keys])[0]

    def first(self, origin: str, gender: str) -> str:
        pool = NAMES[origin][0 if gender == "m" else 1]
        for _ in range(50):
            f = self.rng.choice(pool)
            if fold(f) not in self.used_first and fold(f) not in [fold(s) for s in self.used_sur]:
                self.used_first.append(fold(f))
                return f
        f = self.rng.choice(pool)
        self.used_first.append(fold(f))
        return f

    def surname(self, origin: str) -> str:
        pool = NAMES[origin][2]
        for _ in range(50):
            s = self.rng.choice(pool)
            if fold(s) not in self.used_sur and fold(main_token(s)) not in self.used_first:
                self.used_sur.append(fold(s))
                return s
        s = self.rng.choice(pool)
        self.used_sur.append(fold(s))
        return s

    @staticmethod
    def gendered(origin: str, sur: str, gender: str) -> str:
        if gender == "f":
            if origin == "pools":
                for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
                    if sur.endswith(a):
                        return sur[: -len(a)] + b
            if origin == "bulgaars" and sur.endswith(("ov", "ev")):
                return sur + "a"
        return sur

    def dob(self, age_lo: int, age_hi: int, ref: date) -> date:
        age = self.rng.randint(age_lo, age_hi)
        d = date(ref.year - age, self.rng.randint(1, 12), self.rng.randint(1, 28))
        if d > ref:
            d = date(d.year - 1, d.month, d.day)
        return d

    def add(self, key: str, origin: str, gender: str, sur: str | None, cat: str, rel: str, **kw) -> Member:
        first = self.first(origin, gender)
        if sur is None:
            sur = self.gendered(origin, self.surname(origin), gender)
        m = Member(key, first, sur, origin, gender, cat, rel, **kw)
        m.nick = NICKS.get(first)
        self.members[key] = m
        return m


REL_WORDS = {
    ("broer_zus", "m"): ["broertje", "broer", "halfbroer", "grote broer"],
    ("broer_zus", "f"): ["zusje", "zus", "halfzus", "grote zus"],
    ("grootouder", "m"): ["opa", "opa", "grootvader"],
    ("grootouder", "f"): ["oma", "oma", "grootmoeder"],
    ("familie", "m"): ["oom", "oom", "neef", "zwager"],
    ("familie", "f"): ["tante", "tante", "nicht", "schoonzus"],
    ("partner", "m"): ["stiefvader", "vriend", "partner", "nieuwe vriend"],
    ("partner", "f"): ["stiefmoeder", "vriendin", "partner", "nieuwe vriendin"],
    ("buur", "m"): ["buurman"],
    ("buur", "f"): ["buurvrouw"],
    ("vriend", "m"): ["vriend", "kennis"],
    ("vriend", "f"): ["vriendin", "kennis"],
}


def build_cast(rng: random.Random, style: str, ref: date) -> tuple[Casting, list[str]]:
    c = Casting(rng, ref.year)
    om = c.origin()
    ov = om if rng.random() < 0.78 else c.origin()
    base_m = c.surname(om)
    base_v = c.surname(ov)
    child_from_father = rng.random() < 0.72
    child_origin = ov if child_from_father else om
    child_base = base_v if child_from_father else base_m
    k_gender = rng.choice("mf")
    name_origin = child_origin if rng.random() < 0.8 else rng.choice([om, ov, "nederlands"])
    age = {"huisartsenpost-triage": (0, 12), "mdo-notulen": (4, 12), "jeugdbescherming-rapportage": (1, 16),
           "collega-chat": (4, 12), "kraamzorg-verloskunde": (0, 0)}[style]
    k = c.add("K", name_origin, k_gender, Casting.gendered(child_origin, child_base, k_gender), "kind",
              "kind", kindlike=True)
    k.origin = name_origin
    if style == "kraamzorg-verloskunde":
        k.dob = ref - timedelta(days=rng.randint(1, 8))
    else:
        k.dob = c.dob(age[0], age[1], ref)
    p = rng.random

    def fam_m() -> None:
        m = c.add("M", om, "f", Casting.gendered(om, base_m, "f"), "ouder", "moeder")
        m.dob = c.dob(22, 44, ref)

    def fam_v() -> None:
        v = c.add("V", ov, "m", base_v, "ouder", "vader")
        v.dob = c.dob(24, 50, ref)

    def sib(key: str) -> None:
        g = rng.choice("mf")
        half = rng.random() < 0.3
        if half:
            o = c.origin()
            s = c.add(key, o, g, None, "broer_zus", "")
        else:
            s = c.add(key, name_origin, g, Casting.gendered(child_origin, child_base, g), "broer_zus", "")
            s.origin = name_origin
        s.kindlike = True
        s.dob = c.dob(0, 17, ref)
        older = k.dob is not None and s.dob < k.dob
        if half:
            s.rel = "halfbroer" if g == "m" else "halfzus"
        elif older:
            s.rel = rng.choice(["grote broer", "broer"] if g == "m" else ["grote zus", "zus"])
        else:
            s.rel = rng.choice(["broertje", "broer"] if g == "m" else ["zusje", "zus"])

    def other(key: str, cat: str, dutch_bias: float = 0.0, same_origin: bool = False) -> None:
        g = rng.choice("mf")
        o = om if same_origin and rng.random() < 0.7 else c.origin(dutch_bias)
        mem = c.add(key, o, g, None, cat, rng.choice(REL_WORDS[(cat, g)]))
        mem.dob = c.dob(55, 80, ref) if cat == "grootouder" else c.dob(20, 60, ref)

    def prof(key: str, role: str, cat: str = "professional") -> None:
        rel, genders = PROF_ROLES[role]
        g = rng.choice(genders)
        mem = c.add(key, c.origin(0.5), g, None, cat, rel, doctor=role in DOCTORS)
        if role == "mentor":
            mem.teacher = False

    def teacher(key: str) -> None:
        g = rng.choice("ffm")
        mem = c.add(key, c.origin(0.55), g, None, "leerkracht", "leerkracht", teacher=True)
        mem.rel = "leerkracht"

    vault_cands: list[str] = []
    if style == "huisartsenpost-triage":
        if p() < 0.65:
            fam_m()
        if p() < 0.5:
            fam_v()
        if p() < 0.2:
            other("NP", "partner")
        if p() < 0.4:
            sib("S1")
        if p() < 0.25:
            other("G", "grootouder", same_origin=True)
        if p() < 0.25:
            other("N", "buur", 0.4)
        prof("P1", rng.choice(["triagist", "doktersassistente"]))
        if p() < 0.65:
            prof("P2", "huisarts")
    elif style == "mdo-notulen":
        if p() < 0.5:
            fam_m()
        if p() < 0.4:
            fam_v()
        if p() < 0.4:
            sib("S1")
        if p() < 0.25:
            other("NP", "partner")
        if p() < 0.12:
            other("G", "grootouder", same_origin=True)
        prof("P1", "ib")
        prof("P2", rng.choice(["smw", "wijkteam", "gezinscoach"]))
        if p() < 0.6:
            prof("P3", rng.choice(["jeugdarts", "wijkverpleegkundige", "ambulant"]))
        if p() < 0.3:
            prof("P4", "leerplicht")
        if p() < 0.75:
            teacher("T")
    elif style == "jeugdbescherming-rapportage":
        fam_m()
        if p() < 0.8:
            fam_v()
        if p() < 0.6:
            sib("S1")
        if p() < 0.25:
            sib("S2")
        if p() < 0.5:
            other("G", "grootouder", same_origin=True)
        if p() < 0.3:
            other("F", "familie", same_origin=True)
        if p() < 0.3:
            other("NP", "partner")
        if p() < 0.15:
            other("N", "buur", 0.4)
        if p() < 0.4:
            if p() < 0.5:
                teacher("T")
            else:
                prof("T", "mentor", "leerkracht")
        prof("P1", "jeugdbeschermer")
        if p() < 0.3:
            prof("P2", rng.choice(["gezinscoach", "ambulant", "wijkagent"]))
    elif style == "collega-chat":
        if p() < 0.45:
            fam_m()
        if p() < 0.4:
            fam_v()
        if p() < 0.3:
            other("NP", "partner")
        if p() < 0.3:
            sib("S1")
        if p() < 0.3:
            teacher("T")
        if p() < 0.2:
            other("N", "buur", 0.4)
        if p() < 0.2:
            other("G", "grootouder", same_origin=True)
        g = rng.choice("ffm")
        col = c.add("C", c.origin(0.5), g, None, "collega", "collega")
        col.dob = None
        if p() < 0.25:
            prof("P2", rng.choice(["smw", "ib", "jeugdarts", "wijkteam"]))
    else:  # kraamzorg
        fam_m()
        if p() < 0.85:
            v = c.add("V", ov, "m", base_v, "partner" if p() < 0.5 else "ouder", "partner")
            v.dob = c.dob(22, 48, ref)
        if p() < 0.5:
            sib("S1")
            c.members["S1"].dob = c.dob(1, 9, ref)
        if p() < 0.4:
            other("G", "grootouder", same_origin=True)
        prof("P1", "kraamverzorgende")
        if p() < 0.6:
            prof("P2", "verloskundige")
        if p() < 0.4:
            prof("P3", "gynaecoloog")
        if p() < 0.1:
            other("N", "buur", 0.4)

    # --- vault
    weights = {"K": 0.9, "M": 0.6, "V": 0.45, "S1": 0.2, "G": 0.05, "NP": 0.12}
    if style == "kraamzorg-verloskunde":
        weights = {"K": 0.7, "M": 0.8, "V": 0.35, "S1": 0.15, "G": 0.05}
    nv = rng.choices([1, 2, 3], [40, 40, 20])[0]
    cands = [key for key in weights if key in c.members]
    chosen = []
    if rng.random() < weights["K"]:
        chosen.append("K")
    while len(chosen) < nv:
        rest = [key for key in cands if key not in chosen and key != "K"]
        if not rest:
            break
        chosen.append(rng.choices(rest, [weights[key] for key in rest])[0])
    if not chosen:
        chosen = ["K"]
    for key in chosen:
        m = c.members[key]
        if key == "K":
            m.vault_role = "client" if (m.dob and ref.year - m.dob.year >= 14 and p() < 0.3) else "kind"
        elif key == "M":
            m.vault_role = "client" if p() < (0.4 if style == "kraamzorg-verloskunde" else 0.2) else "moeder"
        elif key == "V":
            m.vault_role = "partner" if (style == "kraamzorg-verloskunde" and p() < 0.6) or p() < 0.15 else "vader"
        elif key == "S1":
            m.vault_role = "broer_zus"
        elif key == "NP":
            m.vault_role = "partner"
        else:
            m.vault_role = "overig"
    # --- at most five unregistered
    optional = [k2 for k2 in ["N", "G", "F", "S2", "NP", "P4", "P3", "S1", "P2", "T", "V", "M"]
                if k2 in c.members and not c.members[k2].vault]
    while sum(1 for m in c.members.values() if not m.vault) > 5 and optional:
        drop = optional.pop(0)
        del c.members[drop]
    return c, vault_cands


MUSLIM = ["marokkaans", "turks", "koerdisch", "somalisch", "syrisch", "afghaans", "iraaks"]
RELIGION = {
    "moskee": ["Moskee El Fath", "Mevlana Moskee", "Moskee Al Hijra", "Ayasofya Moskee"],
    "orthodox": ["Eritrees-orthodoxe kerk Medhane Alem", "Koptische kerk Sint-Markus"],
    "hindoe": ["Hindoetempel Shri Vishnu Mandir"],
    "pinkster": ["Pinkstergemeente Bethel", "Baptistengemeente Het Lichtpunt", "Evangelische Gemeente De Rots"],
    "katholiek": ["Sint-Martinusparochie"],
    "protestant": ["Kerkgemeente De Ark", "Evangelische Gemeente De Rots"],
}


def religion_for(origin: str) -> str:
    if origin in MUSLIM:
        return "moskee"
    if origin in ("eritrees", "ethiopisch"):
        return "orthodox"
    if origin == "surinaams-hindoestaans":
        return "hindoe"
    if origin in ("ghanees", "nigeriaans", "surinaams-creools", "antilliaans", "braziliaans",
                  "kaapverdiaans-portugees", "indonesisch-moluks"):
        return "pinkster"
    if origin in ("pools", "limburgs", "roemeens"):
        return "katholiek"
    return "protestant"


def pick_insts(rng: random.Random, style: str, origin: str = "nederlands", age: int = 8) -> dict[str, Inst]:
    core, optional = {
        "huisartsenpost-triage": (["huisartsenpost"], [("huisarts", 0.5), ("ziekenhuis", 0.35), ("school", 0.2),
                                                       ("kinderopvang", 0.15), ("zorg", 0.12), ("werkgever", 0.1)]),
        "mdo-notulen": (["school"], [("zorg", 0.35), ("wijkteam", 0.3), ("kinderopvang", 0.3), ("ziekenhuis", 0.2),
                                     ("vereniging", 0.25), ("huisarts", 0.15), ("consultatiebureau", 0.08)]),
        "jeugdbescherming-rapportage": (["jeugdbescherming"], [("school", 0.6), ("zorg", 0.4), ("wijkteam", 0.3),
                                                               ("vereniging", 0.25), ("religieus", 0.2),
                                                               ("werkgever", 0.2), ("vrouwenopvang", 0.15),
                                                               ("kinderopvang", 0.15), ("ziekenhuis", 0.15)]),
        "collega-chat": ([rng.choice(["school", "school", "kinderopvang"])],
                         [("wijkteam", 0.25), ("ziekenhuis", 0.2), ("vereniging", 0.2), ("huisarts", 0.15),
                          ("zorg", 0.15), ("religieus", 0.1), ("werkgever", 0.1), ("school", 0.15),
                          ("kinderopvang", 0.15)]),
        "kraamzorg-verloskunde": (["kraamzorg"], [("verloskunde", 0.7), ("ziekenhuis", 0.5),
                                                  ("consultatiebureau", 0.5), ("kinderopvang", 0.25),
                                                  ("huisarts", 0.2), ("werkgever", 0.1)]),
    }[style]
    types = list(core)
    for t, w in optional:
        if t not in types and rng.random() < w:
            types.append(t)
    extra = types[len(core):]
    rng.shuffle(extra)
    types = core + extra[: rng.randint(0, 3)]
    if age < 4 and "school" in types:
        types = [t for t in types if t != "school"]
        if "kinderopvang" not in types:
            types.insert(0, "kinderopvang")
    out: dict[str, Inst] = {}
    used_words: list[str] = []
    for t in types:
        for _ in range(20):
            inst = make_inst(rng, t, style, origin, age)
            words = inst_words(inst.full) + (inst_words(inst.short) if inst.short else [])
            if not any(fold(w) in used_words for w in words):
                used_words += [fold(w) for w in words]
                out[t] = inst
                break
    return out


def make_inst(rng: random.Random, t: str, style: str, origin: str = "nederlands", age: int = 8) -> Inst:
    if t == "school":
        if age >= 12 and style != "mdo-notulen":
            full = rng.choice(SECONDARY)
            return Inst(t, full, None, "vo")
        names = [n for n in PRIMARY_NAMES if not n.startswith(("Al ", "Ibn"))]
        if origin in MUSLIM and rng.random() < 0.3:
            names = ["Al Ghazali", "Ibn-i Sina"]
        name = rng.choice(names)
        prefix = rng.choice(PRIMARY_PREFIX)
        if name.startswith(("Al ", "Ibn")):
            prefix = rng.choice(["Islamitische basisschool", "IBS"])
        return Inst(t, f"{prefix} {name}", name, "po")
    if t == "religieus":
        full = rng.choice(RELIGION[religion_for(origin)])
        return Inst(t, full, None)
    if t == "kinderopvang":
        name = rng.choice(OPVANG_NAMES)
        if style == STYLES[4]:
            prefix = rng.choice(OPVANG_PREFIX)
        elif age >= 4:
            prefix = rng.choice(["BSO", "BSO", "bso", "Kinderopvang", "buitenschoolse opvang"])
        else:
            prefix = rng.choice(["kinderdagverblijf", "KDV", "peuteropvang", "Kinderopvang", "kinderopvang"])
        return Inst(t, f"{prefix} {name}", name)
    full, short = rng.choice(INSTITUTIONS[t])
    return Inst(t, full, short)


def inst_words(text: str) -> list[str]:
    out = []
    for tok in text.split():
        t = tok.strip(".,;:()'\"’")
        if tok.startswith("'t"):
            continue
        if len(t) <= 1 or fold(t) in GENERIC or fold(t) in ("islamitische", "ibs"):
            continue
        out.append(t)
    return out


# ============================================================================================
# Phrase pools

WORDS_FORMAL = [
    ("[[De storm]] van afgelopen nacht had de stroom in de wijk laten uitvallen.", "storm", ""),
    ("Moeder zegt: 'Ik [[hoop dat]] het nu eindelijk rustiger wordt.'", "hoop", ""),
    ("Er is volgens moeder [[weinig hoop]] op herstel van de relatie.", "hoop", ""),
    ("~{K:voornaam} had op school [[een roos]] getekend voor moeder.", "roos", ""),
    ("~In de klas is het sprookje van [[de visser]] en zijn vrouw voorgelezen; {K:voornaam} werd daar stil van.",
     "visser", ""),
    ("Moeder werkt drie ochtenden per week [[bij de bakker]] op de hoek.", "bakker", ""),
    ("[[In de winter]] is het huis slecht verwarmd; er is een betalingsachterstand bij de energieleverancier.",
     "winter", ""),
    ("Vader werkt als [[kok in een restaurant]] en komt pas laat thuis.", "kok", ""),
    ("~{K:voornaam} gaf de leerkracht [[een bloem]] uit de tuin.", "bloem", ""),
    ("~{Hij:K} rent weg als [[een haas]] wanneer er stemmen worden verheven.", "haas", ""),
    ("~{K:voornaam} start [[na de zomer]] in een nieuwe groep.", "zomer", ""),
    ("Er is [[groen licht]] van de gemeente voor een urgentieaanvraag.", "groen", ""),
    ("~In de poppenhoek speelt {K:voornaam} graag [[de koning]] die de baas is.", "koning", ""),
    ("~Moeder noemt {K:voornaam} een [[lieve meid]] die veel te veel zorgt.", "lieve", "f"),
    ("~Moeder noemt {K:voornaam} een [[lieve jongen]] die veel te veel zorgt.", "lieve", "m"),
    ("~Op de kinderboerderij mocht {K:voornaam} [[de boer]] helpen met voeren.", "boer", ""),
    ("~Met Pasen heeft {K:voornaam} [[het lam]] op de kinderboerderij gevoerd.", "lam", ""),
    ("~Op school speelde {K:voornaam} [[de prins]] in de musical.", "prins", ""),
    ("Moeder helpt op zondag [[de koster]] met koffie schenken.", "koster", ""),
    ("Het gezin wandelt veel in [[het bos]] achter de wijk.", "bos", ""),
    ("[[De haan]] van de buren kraait elke ochtend om vijf uur.", "haan", ""),
    ("~{K:voornaam} heeft weer [[wat meer fleur]] gekregen sinds de logeerweekenden.", "fleur", ""),
    ("~Volgens {K:voornaam} heeft [[de vos]] de kippen van school opgegeten.", "vos", ""),
    ("~Er zit [[een merel]] te broeden in de heg; {K:voornaam} vertelt er enthousiast over.", "merel", ""),
    ("[[In de lente]] wil moeder verhuizen.", "lente", ""),
    ("~{K:voornaam} werd gestoken door een wesp; [[de angel]] is verwijderd.", "angel", ""),
    ("Moeder [[spreekt Frans]] en een beetje Nederlands.", "frans", ""),
    ("Het [[comfort in huis]] is minimaal: er is geen bed voor de kinderen.", "comfort", ""),
    ("~{K:voornaam} gaat deze zomer mee [[op kamp]] met de scouting.", "kamp", ""),
    ("Moeder zag er [[wit weggetrokken]] uit.", "wit", ""),
    ("Het is [[een storm]] van emoties in huis sinds de scheiding.", "storm", ""),
    ("~{K:voornaam} heeft [[een engel]] geknutseld voor op het graf van opa.", "engel", ""),
]
WORDS_TRIAGE = [
    ("Bij doorvragen: piepen over [[de linker long]] volgens de beller.", "long", ""),
    ("Moeder zegt dat ze [[wit van de schrik]] werd.", "wit", ""),
]
WORDS_CHAT = [
    ("[[de storm]] gister was echt heftig, halve klas was er niet", "storm", ""),
    ("ik [[hoop dat]] het meevalt 🙏", "hoop", ""),
    ("[[long story short]]: {hij:K} gaat vandaag niet naar huis", "long", ""),
    ("moeder werkt toch [[bij de bakker]]? daar kun je haar mss ff spreken", "bakker", ""),
    ("{hij:K} gaat [[na de zomer]] naar groep 3 toch?", "zomer", ""),
    ("{hij:K} had [[een roos]] getekend voor {zijn:K} moeder, zo lief", "roos", ""),
    ("[[in de winter]] komt {hij:K} gewoon zonder jas", "winter", ""),
    ("{hij:K} rende weg als [[een haas]] toen vader binnenkwam", "haas", ""),
    ("we hebben [[groen licht]] van de directeur", "groen", ""),
    ("haha {hij:K} noemde zichzelf [[de koning]] van het schoolplein", "koning", ""),
    ("[[het bos]] achter school is weer afgezet btw", "bos", ""),
    ("vader is toch [[kok bij dat restaurant]]?", "kok", ""),
    ("ze gaan volgende maand [[op kamp]] met de klas", "kamp", ""),
]


# ============================================================================================
# Builder

TOKEN_RE = re.compile(r"\{[^{}]+\}|<<.+?>>|\[\[.+?\]\]")
PERSON_RE = re.compile(r"([A-Z][A-Z0-9]*)(?::([a-z+,\-]+!?))?(?:@([a-z\-]+))?$")
PRONOUN_RE = re.compile(r"\{(hij|Hij|zijn|Zijn|hem|meid):([A-Z][A-Z0-9]*)\}")
SPECIAL = ["rel", "Rel", "i", "I", "tel", "mail", "iban", "bsn", "pc", "adres", "kenteken", "dob", "acct", "ini",
           "date", "fdate", "time", "city", "age", "groep"]
# forms for which a missing mother / father may be written as "moeder" / "vader"
FALLBACK_FORMS = [None, "voornaam", "bezittelijk", "kleine-letters"]
DIM_ORIGINS = ["nederlands", "fries", "limburgs", "surinaams-creools", "surinaams-hindoestaans", "antilliaans",
               "indonesisch-moluks"]
TITLES_F = ["mevrouw", "mevrouw", "mevr.", "mw."]
TITLES_M = ["meneer", "dhr.", "dhr.", "de heer"]

REL_CUES = sorted({fold(w.split()[-1]) for ws in REL_WORDS.values() for w in ws} |
                  {"moeder", "vader", "partner", "kind", "jeugdige", "leerkracht", "mentor", "juf", "meester",
                   "gezin", "familie", "fam", "ouders"} | {fold(r.split()[-1]) for r, _ in PROF_ROLES.values()})
VERB_CUES = ["belde", "zei", "zegt", "vertelde", "vertelt", "meldde", "meldt", "appte", "schreef", "mailde",
             "noemde", "noemt", "sprak", "vroeg", "ziet", "zag", "hoorde", "bevestigde", "gebeld", "gesproken"]
PREP_CUES = ["met", "door", "van", "bij", "volgens", "via", "voor", "aan", "naar", "tegen", "over", "op", "om",
             "tussen", "zonder"]

FORM_WEIGHTS = {
    "huisartsenpost-triage": {"voornaam": 5, "volledig": 1.5, "titel+achternaam": 2, "initialen+achternaam": 1,
                              "hoofdletters": 0.6, "zonder-accenten": 0.8, "variant": 0.5, "verkleinwoord": 0.3},
    "mdo-notulen": {"voornaam": 6, "volledig": 1, "initialen+achternaam": 1, "titel+achternaam": 1.2,
                    "verkleinwoord": 0.4, "zonder-accenten": 0.5, "variant": 0.4, "voornaam+initiaal": 0.6},
    "jeugdbescherming-rapportage": {"voornaam": 4, "volledig": 2, "titel+achternaam": 2, "achternaam": 0.6,
                                    "hoofdletters": 0.6, "zonder-accenten": 0.6, "initialen+achternaam": 0.8,
                                    "variant": 0.3},
    "collega-chat": {"kleine-letters": 7, "voornaam": 2, "verkleinwoord": 1.5, "variant": 1.2,
                     "voornaam+initiaal": 0.8, "zonder-accenten": 1.2},
    "kraamzorg-verloskunde": {"voornaam": 6, "volledig": 1.2, "titel+achternaam": 1.2, "verkleinwoord": 0.8,
                              "hoofdletters": 0.3, "zonder-accenten": 0.5, "variant": 0.3},
}
SOFT = {"voornaam": ["verkleinwoord", "zonder-accenten", "variant", "voornaam+initiaal", "hoofdletters"],
        "volledig": ["initialen+achternaam", "hoofdletters", "zonder-accenten"]}
ADULT_ONLY = ["titel+achternaam", "initialen+achternaam", "achternaam"]


class Builder:
    def __init__(self, rng: random.Random, style: str, cast: dict[str, Member], insts: dict[str, Inst],
                 ref: date) -> None:
        self.rng = rng
        self.style = style
        self.cast = cast
        self.insts = insts
        self.ref = ref
        self.buf: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.vault_seen: list[str] = []
        self.accounts: dict[str, str] = {}
        self.mails: dict[str, str] = {}
        self.chat = style == CHAT
        self.used: list[str] = []
        self.soft_from: str | None = None
        self.speaker_lower = rng.random() < 0.6

    # ---------------------------------------------------------------- raw output
    def t(self, s: str) -> None:
        if s:
            self.buf.append(s)
            self.pos += len(s)

    def text(self) -> str:
        return "".join(self.buf)

    def at_start(self) -> bool:
        tail = "".join(self.buf[-8:])[-120:]
        line = tail.split("\n")[-1]
        if "\n" in tail or len(self.buf) <= 8:
            if re.fullmatch(r"\s*(\[\d\d:\d\d\]\s*)?([-•>]\s*)?", line):
                return True
        stripped = tail.rstrip(" \t")
        return not stripped or stripped[-1] in ".!?\n"

    def item(self, kind: str, text: str, checks: list[Check], attrs: dict[str, str] | None = None) -> None:
        self.items.append(Item(kind, text, self.pos, self.pos + len(text), checks, attrs or {}))
        self.t(text)

    def clin(self, s: str) -> None:
        if len(self.clinical) < 8 and s not in self.clinical:
            self.clinical.append(s)
        self.t(s)

    def word(self, s: str) -> None:
        if s not in self.words:
            self.words.append(s)
        self.t(s)

    # ---------------------------------------------------------------- templates
    def has(self, key: str) -> bool:
        return key in self.cast

    def ok(self, tpl: str) -> bool:
        if tpl.startswith("~"):
            if self.age(self.cast["K"]) < 3:
                return False
            tpl = tpl[1:]
        for mt in TOKEN_RE.finditer(tpl):
            tok = mt.group()
            if not tok.startswith("{"):
                inner = tok[2:-2]
                for pm in PRONOUN_RE.finditer(inner):
                    if pm.group(2) not in self.cast:
                        return False
                continue
            body = tok[1:-1]
            head, _, arg = body.partition(":")
            if head in ("hij", "Hij", "zijn", "Zijn", "hem", "meid"):
                if arg not in self.cast:
                    return False
            elif head in SPECIAL:
                if head == "i":
                    if arg.split(":")[0] not in self.insts:
                        return False
                elif head in ("rel", "Rel"):
                    if arg not in self.cast and arg not in ("M", "V"):
                        return False
                elif head in ("dob", "mail", "acct", "ini", "age", "groep"):
                    if arg not in self.cast or (head == "dob" and self.cast[arg].dob is None):
                        return False
            else:
                pm = PERSON_RE.match(body)
                if not pm:
                    raise ValueError(f"bad slot {tok}")
                if pm.group(1) not in self.cast and (pm.group(1) not in ("M", "V")
                                                     or pm.group(2) not in FALLBACK_FORMS):
                    return False
        return True

    def pronouns(self, tpl: str) -> str:
        def sub(mt: re.Match) -> str:
            what, key = mt.group(1), mt.group(2)
            g = self.cast[key].gender
            word = {"hij": "hij" if g == "m" else "zij", "Hij": "Hij" if g == "m" else "Zij",
                    "zijn": "zijn" if g == "m" else "haar", "Zijn": "Zijn" if g == "m" else "Haar",
                    "hem": "hem" if g == "m" else "haar", "meid": "jongen" if g == "m" else "meid"}[what]
            if self.chat and what == "zijn" and g == "m":
                word = self.rng.choice(["zijn", "z'n", "z'n"])
            if self.chat and what == "hij" and g == "m":
                word = self.rng.choice(["hij", "ie", "hij"]) if not tpl.startswith(mt.group()) else "hij"
            return word
        return PRONOUN_RE.sub(sub, tpl)

    def r(self, tpl: str) -> None:
        if tpl.startswith("~"):
            tpl = tpl[1:]
        tpl = self.pronouns(tpl)
        pos = 0
        for mt in TOKEN_RE.finditer(tpl):
            self.t(tpl[pos:mt.start()])
            tok = mt.group()
            pos = mt.end()
            if tok.startswith("<<"):
                self.clin(tok[2:-2])
            elif tok.startswith("[["):
                self.word(tok[2:-2])
            else:
                self.slot(tok[1:-1])
        self.t(tpl[pos:])

    def pick(self, pool: list[str], k: int) -> list[str]:
        cands = [p for p in pool if self.ok(p)]
        self.rng.shuffle(cands)
        return cands[:k]

    def pick_clin(self, pool: list[str], k: int, need: int) -> list[str]:
        """``k`` templates, at least enough of them carrying clinical phrases for ``need`` more phrases."""
        def clin(t: str) -> int:
            return t.count("<<") + t.count("{S}")
        cands = [p for p in pool if self.ok(p)]
        self.rng.shuffle(cands)
        with_c = [p for p in cands if clin(p)]
        out: list[str] = []
        got = 0
        for p in with_c:
            if got >= need:
                break
            out.append(p)
            got += clin(p)
        for p in cands:
            if len(out) >= k:
                break
            if p not in out:
                out.append(p)
        self.rng.shuffle(out)
        return out

    def rpick(self, pool: list[str], k: int, sep: str = " ", prefix: str = "", suffix: str = "") -> int:
        chosen = self.pick(pool, k)
        for i, tpl in enumerate(chosen):
            self.t(prefix)
            self.r(tpl)
            self.t(suffix if i == len(chosen) - 1 or not sep else sep if not suffix else suffix)
        return len(chosen)

    # ---------------------------------------------------------------- slots
    def slot(self, body: str) -> None:
        head, _, arg = body.partition(":")
        rng = self.rng
        if head in SPECIAL:
            if head in ("rel", "Rel"):
                m = self.cast.get(arg)
                w = m.rel if m else {"M": "moeder", "V": "vader"}[arg]
                self.t(cap(w) if head == "Rel" or (self.at_start() and not self.chat) else w)
            elif head in ("i", "I"):
                t, _, form = arg.partition(":")
                self.institution(t, form or None)
            elif head == "tel":
                self.phone(arg or None)
            elif head == "mail":
                self.email(arg or None)
            elif head == "iban":
                self.iban()
            elif head == "bsn":
                num = bsn(rng)
                self.item("bsn", bsn_text(num, rng), [Check("digits", num)])
            elif head == "pc":
                code = postcode(rng)
                self.item("postcode", postcode_text(code, rng), [Check("compact", code)])
            elif head == "adres":
                self.address()
            elif head == "kenteken":
                p = plate(rng)
                self.item("kenteken", plate_text(p, rng), [Check("compact", p.replace("-", ""))])
            elif head == "dob":
                m = self.cast[arg]
                text, checks = dob_text(m.dob, rng, self.chat)
                self.item("geboortedatum", text, checks)
            elif head == "acct":
                self.account(arg)
            elif head == "ini":
                self.initials(arg)
            elif head in ("date", "fdate"):
                d = self.ref + timedelta(days=rng.randint(-40, 40) if head == "date" else rng.randint(7, 56))
                self.t(rng.choice([f"{d.day}-{d.month}-{d.year}", f"{d.day} {MONTHS[d.month - 1]}",
                                   f"{d.day:02d}-{d.month:02d}"]))
            elif head == "time":
                self.t(random_time(rng, 7, 22))
            elif head == "city":
                self.t(rng.choice(CITIES))
            elif head == "age":
                self.t(str(self.age(self.cast[arg])))
            elif head == "groep":
                self.t(str(max(1, min(8, self.age(self.cast[arg]) - 3))))
            return
        pm = PERSON_RE.match(body)
        assert pm, body
        self.person(pm.group(1), pm.group(2), pm.group(3))

    def age(self, m: Member) -> int:
        if m.dob is None:
            return 30
        a = self.ref.year - m.dob.year - ((self.ref.month, self.ref.day) < (m.dob.month, m.dob.day))
        return max(a, 0)

    # ---------------------------------------------------------------- persons
    def default_form(self, m: Member) -> str:
        if not self.chat and m.mentions == 0 and self.rng.random() < 0.55:
            return "volledig"
        weights = dict(FORM_WEIGHTS[self.style])
        if m.kindlike:
            for f in ADULT_ONLY:
                weights.pop(f, None)
        for f in list(weights):
            if not self.available(m, f):
                weights.pop(f)
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    def available(self, m: Member, form: str) -> bool:
        if form in ("titel+achternaam", "initialen+achternaam") and m.kindlike:
            return False
        if form == "zonder-accenten":
            return strip_accents(m.full()) != m.full()
        if form == "variant":
            return variant(m.first, random.Random(0)) != m.first
        if form == "verkleinwoord":
            return m.nick is not None or (m.kindlike and m.origin in DIM_ORIGINS)
        return True

    def person(self, key: str, form: str | None, cue: str | None) -> None:
        rng = self.rng
        m = self.cast.get(key)
        if m is None:
            word = {"M": "moeder", "V": "vader"}[key]
            if form == "bezittelijk":
                word += "s"
            self.t(cap(word) if self.at_start() and not self.chat else word)
            return
        hard = bool(form and form.endswith("!"))
        if hard:
            form = form[:-1]
        if form is None:
            form = self.default_form(m)
        self.soft_from = form
        if form in SOFT and not hard and rng.random() < 0.22:
            alt = rng.choice(SOFT[form])
            if self.available(m, alt) and not (self.chat and alt == "hoofdletters") and \
                    not (alt == "verkleinwoord" and self.style not in (CHAT, STYLES[4])):
                form = alt
        if form == "titel+voornaam" and not m.teacher:
            form = "voornaam"
        if not self.available(m, form):
            form = "voornaam"
        prefix, written = self.spell(m, form)
        lowered = False
        if self.chat and form not in ("hoofdletters",) and (self.speaker_lower if hard else rng.random() < 0.8):
            lowered = written != written.lower()
            written = written.lower()
            prefix = prefix.lower()
        if form == "kleine-letters":
            lowered = True
        if prefix:
            if self.at_start() and not self.chat:
                prefix = cap(prefix)
            self.t(prefix + " ")
        elif self.at_start() and not self.chat and written[:1].islower():
            written = cap(written)
        if form == "hoofdletters":
            case = "hoofdletters"
        elif written == written.lower():
            case = "kleine-letters"
        else:
            case = "hoofdletter"
        checks = self.name_checks(m, written, form)
        label = form
        if lowered and form in ("voornaam", "volledig", "kleine-letters"):
            label = "kleine-letters"
        attrs = {"form": label, "case": case, "origin": m.origin}
        if m.vault:
            if key not in self.vault_seen:
                self.vault_seen.append(key)
                for w in self.canonical_words(m):
                    if fold(w) not in WORD_NAMES and len(w) >= 3:
                        checks.append(Check("word", w, "global"))
            attrs["role"] = m.vault_role or ""
            self.item(f"vault:{label}", written, checks, attrs)
        else:
            word_name = any(fold(c.value) in WORD_NAMES for c in checks)
            attrs.update({"cue": cue or self.infer_cue(m, bool(prefix)), "word_name": "ja" if word_name else "nee", "role": m.cat})
            self.item("unregistered", written, checks, attrs)
        m.mentions += 1

    def infer_cue(self, m: Member, titled: bool) -> str:
        """The context of a mention whose template gave no cue."""
        if titled:
            return "titel"
        tail = "".join(self.buf[-8:])[-80:]
        line = tail.split("\n")[-1]
        bare = re.sub(r"^\s*(\[\d\d:\d\d\]\s*)?([->•]\s*)?", "", line)
        if not bare.strip():
            return "regelbegin"
        stripped = bare.rstrip()
        if stripped.endswith(":"):
            return "label"
        words = re.findall(r"[^\W\d_]+", stripped.lower())
        last = words[-1] if words else ""
        if stripped.endswith("(") or last in REL_CUES or last == fold(m.rel.split()[-1]):
            return "relatie"
        if last in VERB_CUES:
            return "werkwoord"
        if last in PREP_CUES:
            return "voorzetsel"
        if stripped[-1:] in ".!?":
            return "zinsbegin"
        if last in ("en", "of") or stripped.endswith(","):
            return "opsomming"
        return "geen"

    def title(self, m: Member) -> str:
        if m.teacher:
            return "juf" if m.gender == "f" else "meester"
        if m.doctor:
            return self.rng.choice(["dokter", "dr.", "dr."])
        return self.rng.choice(TITLES_F if m.gender == "f" else TITLES_M)

    def spell(self, m: Member, form: str) -> tuple[str, str]:
        rng = self.rng
        f, s = m.first, m.sur
        if form == "volledig":
            return "", f"{f} {s}"
        if form == "voornaam":
            return "", f
        if form == "kleine-letters":
            return "", (f if rng.random() < 0.75 else f"{f} {s}").lower()
        if form == "hoofdletters":
            if self.soft_from == "voornaam":
                return "", f.upper()
            if self.soft_from == "volledig":
                return "", f"{f} {s}".upper()
            return "", rng.choices([f"{f} {s}", cap(s), f], [6, 3, 1])[0].upper()
        if form == "bezittelijk":
            return "", possessive(f)
        if form == "achternaam":
            return "", cap(s)
        if form == "titel+achternaam":
            return self.title(m), cap(s)
        if form == "titel+voornaam":
            return self.title(m), f
        if form == "verkleinwoord":
            use_nick = m.nick and (not m.kindlike or m.origin not in DIM_ORIGINS or rng.random() < 0.6)
            return "", m.nick if use_nick else diminutive(f)
        if form == "initialen+achternaam":
            ini = f[0].upper() + "."
            if "-" in f:
                ini = "".join(p[0].upper() + "." for p in f.split("-"))
            elif rng.random() < 0.35:
                ini += rng.choice("ACEHJMPW") + "."
            return "", f"{ini} {s}"
        if form == "zonder-accenten":
            return "", strip_accents(f"{f} {s}" if rng.random() < 0.5 else f)
        if form == "variant":
            return "", variant(f, rng)
        if form == "achternaam,voornaam":
            return "", f"{cap(s)}, {f}"
        if form == "voornaam+initiaal":
            toks = s.split()
            mt = main_token(s)
            parts = toks[: toks.index(mt)] if mt in toks else []
            return "", " ".join([f] + parts + [mt[0].upper() + "."])
        raise ValueError(form)

    @staticmethod
    def canonical_words(m: Member) -> list[str]:
        toks = [t for t in re.split(r"[\s\-]+", m.full()) if t]
        out = []
        for i, t in enumerate(toks):
            if len(t) <= 1 or (t.lower() in PARTICLES and i < len(toks) - 1 and i > 0):
                continue
            if t not in out:
                out.append(t)
        return out

    def name_checks(self, m: Member, written: str, form: str) -> list[Check]:
        toks = [t for t in re.split(r"[\s\-]+", written) if t]
        values: list[str] = []
        first_folds = [fold(p) for p in re.split(r"[\s\-]+", m.first)]
        for i, tok in enumerate(toks):
            if re.fullmatch(r"(?:[^\W\d_]\.)+,?", tok):
                continue
            t = tok.strip(".,;:()\"")
            base = None
            if t.endswith("'s"):
                t = t[:-2]
            elif t.endswith("'") or t.endswith("’"):
                t = t[:-1]
            elif form == "bezittelijk" and i == len(toks) - 1 and t.lower().endswith("s") and \
                    fold(t[:-1]) in first_folds:
                base = t[:-1]
            if len(t) <= 1 or (len(t) == 2 and t.endswith(".")):
                continue
            if t.lower() in PARTICLES and i < len(toks) - 1 and fold(t) not in first_folds:
                continue
            for v in (t, base):
                if v and len(v) > 1 and v not in values:
                    values.append(v)
        return [Check("word", v) for v in values]

    def initials(self, key: str) -> None:
        m = self.cast[key]
        rng = self.rng
        firsts = m.first.split("-")
        toks = m.sur.split()
        mt = main_token(m.sur)
        parts = toks[: toks.index(mt)] if mt in toks else []
        dutch = [p for p in parts if p.lower() in DUTCH_PARTICLES]
        compact = "".join(x[0].upper() for x in firsts) + "".join(p[0].lower() for p in dutch) + mt[0].upper()
        dotted = "".join(x[0].upper() + "." for x in firsts) + "".join(p[0].lower() + "." for p in dutch) + \
            mt[0].upper() + "."
        options = [compact, compact, dotted]
        if self.chat:
            options = [compact.lower(), compact.lower(), compact]
        text = rng.choice(options)
        if fold(text.replace(".", "")) in BAD_INITIALS or len(text.replace(".", "")) < 2:
            text = dotted if self.chat is False else dotted.lower()
            if fold(text.replace(".", "")) in BAD_INITIALS:
                text = dotted
        self.item("initialen", text, [Check("word", text)], {"of": "vault" if m.vault else "unregistered"})

    # ---------------------------------------------------------------- institutions
    def institution(self, t: str, form: str | None) -> None:
        inst = self.insts[t]
        rng = self.rng
        if form is None:
            if self.chat:
                form = rng.choice(["kort", "kort", "volledig"])
            elif inst.mentions == 0:
                form = "volledig" if rng.random() < 0.8 else "kort"
            else:
                form = rng.choice(["kort", "kort", "volledig"])
        if form == "kort" and not inst.short:
            form = "volledig"
        written = inst.full if form == "volledig" else inst.short
        assert written
        if form == "kort" and written.startswith(("De ", "Het ")) and not self.at_start() and rng.random() < 0.5:
            written = written[0].lower() + written[1:]
        label = form
        if self.chat and rng.random() < 0.7:
            written = written.lower()
            label = "kleine-letters"
        elif self.at_start() and written[:1].islower():
            written = cap(written)
        checks = [Check("word", w) for w in inst_words(written)]
        if not checks:
            checks = [Check("ci", written)]
        self.item(f"instelling:{t}", written, checks, {"form": label})
        inst.mentions += 1

    # ---------------------------------------------------------------- numbers and contact details
    def phone(self, kind: str | None) -> None:
        rng = self.rng
        origin = "nederlands"
        if kind in self.cast:
            origin = self.cast[kind].origin
            kind = None
        elif kind is None:
            others = [m.origin for key, m in self.cast.items() if key in ("K", "M", "V", "G", "F", "NP")
                      and m.origin not in ("nederlands", "fries", "limburgs")]
            if others:
                origin = rng.choice(others)
        if kind is None:
            r = rng.random()
            kind = "mobiel" if r < 0.68 else "vast" if r < 0.84 else "buitenland"
            if kind == "buitenland" and origin in ("nederlands", "fries", "limburgs") and rng.random() < 0.5:
                origin = rng.choice(list(FOREIGN_PHONES))
        text, nat, label = phone(rng, kind, origin)
        self.item("telefoon", text, [Check("digits", nat[-8:])], {"form": label})

    def email(self, key: str | None) -> None:
        rng = self.rng
        m = self.cast.get(key) if key else None
        if key in self.mails:
            text = self.mails[key]
        else:
            if m is None:
                k = self.cast["K"]
                local = rng.choice([f"mama.{slug(k.first)}{rng.randint(1, 99)}", f"fam{slug(k.sur)}",
                                    f"{slug(k.first)}en{slug(self.rng.choice(NAMES['nederlands'][0]))}"])
                domain = rng.choice(["hotmail.com", "gmail.com", "outlook.com", "live.nl", "ziggo.nl"])
            elif m.cat in ("professional", "leerkracht", "collega"):
                local = rng.choice([f"{slug(m.first[0])}.{slug(m.sur)}", f"{slug(m.first)}.{slug(m.sur)}",
                                    f"{slug(m.first)}{slug(main_token(m.sur))[0]}"])
                insts = list(self.insts.values())
                domain = (slug(rng.choice(insts).short or rng.choice(insts).full) + ".nl") if insts else "zorg.nl"
            else:
                y = m.dob.year if m.dob else 1990
                local = rng.choice([f"{slug(m.first)}.{slug(m.sur)}", f"{slug(m.first)}{y % 100:02d}",
                                    f"{slug(m.first)}_{slug(main_token(m.sur))}{rng.randint(1, 99)}",
                                    f"{slug(m.first[0])}{slug(m.sur)}", f"x{slug(m.first)}x{rng.randint(1, 9)}"])
                domain = rng.choice(["hotmail.com", "gmail.com", "outlook.com", "live.nl", "kpnmail.nl",
                                     "ziggo.nl", "icloud.com", "planet.nl", "yahoo.com", "hotmail.nl"])
            text = f"{local}@{domain}"
            if key:
                self.mails[key] = text
        local = text.split("@")[0]
        self.item("email", text, [Check("ci", text), Check("ci", local)])

    def account(self, key: str) -> None:
        rng = self.rng
        m = self.cast[key]
        y = m.dob.year if m.dob else 1990
        if key in self.accounts:
            core = self.accounts[key]
        else:
            core = rng.choice([f"{slug(m.first)}.{slug(main_token(m.sur))[:1]}_{y % 100:02d}",
                               f"{slug(m.first)}{y}", f"x{slug(m.first)}x", f"{slug(m.first)}_{slug(m.sur)}",
                               f"its.{slug(m.first)}", f"{slug(m.nick or m.first)}.official",
                               f"{slug(m.first)}_{rng.randint(10, 999)}"])
            self.accounts[key] = core
        r = rng.random()
        if r < 0.35:
            self.item("account", "@" + core, [Check("ci", core)], {"form": "handle"})
        elif r < 0.55:
            self.t(rng.choice(["insta: ", "snap: ", "TikTok: ", "Snapchat "]))
            self.item("account", core, [Check("ci", core)], {"form": "platform"})
        elif r < 0.85:
            url = rng.choice([f"instagram.com/{core}", f"https://www.tiktok.com/@{core}",
                              f"www.instagram.com/{core}/", f"facebook.com/{core}", f"https://snapchat.com/add/{core}"])
            self.item("account", url, [Check("ci", core)], {"form": "url"})
        else:
            pid = "1000" + "".join(str(rng.randint(0, 9)) for _ in range(11))
            self.item("account", f"https://www.facebook.com/profile.php?id={pid}", [Check("digits", pid)],
                      {"form": "url-id"})

    def iban(self) -> None:
        rng = self.rng
        country = "NL" if rng.random() < 0.8 else rng.choice(["BE", "DE", "PL", "PT", "RO", "BG"])
        code, acct = iban(rng, country)
        self.item("iban", iban_text(code, rng), [Check("compact", code), Check("digits", acct[-8:])])

    def address(self) -> None:
        rng = self.rng
        name, words = street(rng)
        text = f"{name} {house_number(rng)}"
        if self.chat and rng.random() < 0.6:
            text = text.lower()
            words = [w.lower() for w in words]
        self.item("adres", text, [Check("word", w) for w in words])

    # ---------------------------------------------------------------- fill-ins for unmentioned cast
    def unmentioned(self) -> tuple[list[str], list[str]]:
        return ([k for k, m in self.cast.items() if m.mentions == 0],
                [t for t, i in self.insts.items() if i.mentions == 0])


# ============================================================================================
# Generic sentences for network members (X = the member) and fall-backs for institutions

NET_FORMAL = {
    "relatie": ["{Rel:X} {X@relatie} is op de hoogte van de zorgen.",
                "Er is telefonisch contact geweest met {rel:X} {X@relatie}.",
                "~{K:voornaam} is graag bij {rel:X} {X@relatie}.",
                "Ook {rel:X} {X@relatie} maakt zich zorgen over de situatie thuis.",
                "{Rel:X} {X@relatie} heeft aangeboden om te helpen met de opvang."],
    "relatie-na": ["{X:volledig@relatie-na} ({rel:X}) is bereid om mee te denken.",
                   "Contact met {X@relatie-na}, {rel:X} van {K:voornaam}, verliep moeizaam."],
    "werkwoord": ["Later op de dag belde {X@werkwoord} zelf nog terug.",
                  "'Zo kan het niet langer,' zei {X@werkwoord} tijdens het gesprek.",
                  "~{X@werkwoord} vertelde dat {K:voornaam} vaak tot laat buiten speelt."],
    "voorzetsel": ["Volgens {X@voorzetsel} is het de laatste weken onrustig in huis.",
                   "Het verhaal van moeder wordt bevestigd door {X@voorzetsel}.",
                   "~{K:voornaam} gaat na school vaak mee met {X@voorzetsel}."],
    "geen": ["~{K:voornaam} en {X@geen} spelen veel samen in de wijk.",
             "Ook {X@geen} was die avond in huis aanwezig."],
}
NET_PROF = {
    "voorzetsel": ["Er is overleg geweest met {X:volledig@voorzetsel} ({rel:X}).",
                   "Casusregie ligt bij {X:volledig@voorzetsel} ({rel:X})."],
    "regelbegin": ["{X:volledig!@regelbegin} ({rel:X}) is op de hoogte gebracht."],
    "label": ["Betrokken {rel:X}: {X:volledig@label}."],
    "werkwoord": ["Later op de dag belde {X:volledig@werkwoord} ({rel:X}) nog terug."],
}
NET_PARENT = {
    "relatie": ["{Rel:X} {X:volledig@relatie} is telefonisch op de hoogte gebracht.",
                "{Rel:X}, {X:voornaam@relatie}, was bij het gesprek aanwezig."],
    "relatie-na": ["{X:volledig@relatie-na} ({rel:X}) is uitgenodigd voor een gesprek."],
    "voorzetsel": ["Er is contact geweest met {X:volledig@voorzetsel}, de {rel:X} van {K:voornaam}."],
}
NET_PARENT_CHAT = {
    "relatie": ["{rel:X} ({X@relatie}) heeft nog niet teruggebeld"],
    "geen": ["heb {X@geen} gister nog gesproken, {rel:X} maakt zich ook zorgen"],
}
NET_CHAT = {
    "relatie": ["{rel:X} {X@relatie} weet er ook van btw", "heb ff gebeld met {rel:X} {X@relatie}",
                "{rel:X} {X@relatie} haalt {hem:K} vandaag op"],
    "werkwoord": ["{X@werkwoord} belde me net, zegt dat het thuis weer onrustig is",
                  "zei {X@werkwoord} vorige week ook al"],
    "voorzetsel": ["mss ff overleggen met {X@voorzetsel}?", "volgens {X@voorzetsel} klopt er iets niet"],
    "geen": ["oh en {X@geen} weet er ook van", "{X@geen} was er ook bij gister"],
}
INST_FALLBACK = {
    "school": ["{K:voornaam} zit op {i:school}.", "School: {i:school}."],
    "kinderopvang": ["{K:voornaam} gaat drie dagen per week naar {i:kinderopvang}.",
                     "Opvang: {i:kinderopvang}."],
    "ziekenhuis": ["Eerder is {K:voornaam} gezien op de SEH van {i:ziekenhuis}.",
                   "Ziekenhuis: {i:ziekenhuis}."],
    "zorg": ["Er loopt hulpverlening via {i:zorg}.", "Betrokken hulpverlening: {i:zorg}."],
    "jeugdbescherming": ["De ondertoezichtstelling wordt uitgevoerd door {i:jeugdbescherming}."],
    "wijkteam": ["Het gezin is aangemeld bij {i:wijkteam}.", "Betrokken: {i:wijkteam}."],
    "vrouwenopvang": ["Moeder heeft eerder kort bij {i:vrouwenopvang} verbleven."],
    "huisarts": ["Eigen huisarts: {i:huisarts}.", "De huisarts ({i:huisarts}) is op de hoogte."],
    "huisartsenpost": ["Contact via {i:huisartsenpost}."],
    "werkgever": ["Vader werkt in ploegendienst bij {i:werkgever}.", "Moeder werkt bij {i:werkgever}."],
    "vereniging": ["{K:voornaam} sport bij {i:vereniging}.", "Vrije tijd: {i:vereniging}, twee keer per week."],
    "religieus": ["Het gezin is actief betrokken bij {i:religieus}.", "Steun vanuit {i:religieus}."],
    "consultatiebureau": ["Het gezin komt bij {i:consultatiebureau}.", "JGZ: {i:consultatiebureau}."],
    "kraamzorg": ["Kraamzorg via {i:kraamzorg}."],
    "verloskunde": ["Verloskundige zorg via {i:verloskunde}."],
}
INST_FALLBACK_CHAT = {
    "school": ["{hij:K} zit toch op {i:school}?"], "kinderopvang": ["de bso ({i:kinderopvang}) ziet het ook"],
    "ziekenhuis": ["{hij:K} is vorig jaar ook al in {i:ziekenhuis} geweest"],
    "zorg": ["btw call gehad met {i:zorg}, ze pakken het op"],
    "wijkteam": ["moet ik het bij {i:wijkteam} melden of eerst intern?"],
    "huisarts": ["huisarts is {i:huisarts} toch?"], "werkgever": ["vader werkt bij {i:werkgever} dacht ik"],
    "vereniging": ["{hij:K} zit op {i:vereniging}, trainer zag ook dingen"],
    "religieus": ["ze gaan elke week naar {i:religieus}"],
}


def net_sentence(b: Builder, key: str, cue: str | None = None) -> bool:
    m = b.cast[key]
    prof = m.cat in ("professional", "collega", "leerkracht")
    parent = key in ("M", "V")
    if parent:
        pools = NET_PARENT_CHAT if b.chat else NET_PARENT
    else:
        pools = NET_CHAT if b.chat else NET_PROF if prof else NET_FORMAL
    cues = list(pools)
    if prof:
        cues = [c for c in cues if c not in ("relatie", "relatie-na", "geen")]
    b.rng.shuffle(cues)
    if cue in cues:
        cues = [cue] + [c for c in cues if c != cue]
    for c in cues:
        tpls = [t for t in pools[c] if t not in b.used]
        real = [t.replace("{X", "{" + key).replace(":X}", ":" + key + "}") for t in tpls]
        pairs = [(t, r) for t, r in zip(tpls, real) if b.ok(r)]
        if pairs:
            t, r = b.rng.choice(pairs)
            b.used.append(t)
            b.r(r)
            return True
    return False


def fill_unmentioned(b: Builder, line_prefix: str = "", sep: str = "\n", persons: bool = True,
                     insts: bool = True) -> None:
    keys, types = b.unmentioned()
    if not persons:
        keys = []
    if not insts:
        types = []
    for key in keys:
        b.t(line_prefix)
        if not net_sentence(b, key):
            b.r("{" + key + ":volledig@geen}" + (" is betrokken" if b.chat else " is betrokken."))
        b.t(sep)
    pools = INST_FALLBACK_CHAT if b.chat else INST_FALLBACK
    for t in types:
        opts = [x for x in pools.get(t, INST_FALLBACK[t]) if b.ok(x)] or [f"Betrokken: {{i:{t}}}."]
        b.t(line_prefix)
        b.r(b.rng.choice(opts))
        b.t(sep)


def add_words(b: Builder, k: int) -> list[str]:
    pool = WORDS_CHAT if b.chat else WORDS_FORMAL + (WORDS_TRIAGE if b.style == STYLES[0] else [])
    taken = set()
    blocked = []
    for m in b.cast.values():
        blocked += [fold(t) for t in re.split(r"[\s\-']+", m.full()) if t]
        if m.nick:
            blocked.append(fold(m.nick))
    for inst in b.insts.values():
        blocked += [fold(w) for w in (inst.full + " " + (inst.short or "")).split()]
    if k <= 0:
        return []
    cands = []
    for tpl, kw, g in pool:
        if kw in blocked:
            continue
        if g and b.cast["K"].gender != g:
            continue
        if b.ok(tpl):
            cands.append((tpl, kw))
    b.rng.shuffle(cands)
    out = []
    for tpl, kw in cands:
        if kw in taken:
            continue
        taken.add(kw)
        out.append(tpl)
        if len(out) >= k:
            break
    return out


LEN_N = {"short": (1, 2), "medium": (3, 5), "long": (6, 9)}


def n_for(b: Builder, length: str, scale: float = 1.0) -> int:
    lo, hi = LEN_N[length]
    return max(1, round(b.rng.randint(lo, hi) * scale))


# ============================================================================================
# Style 1: huisartsenpost triage

TRIAGE_SCEN = {
    "letsel": ("letsel na val volgens beller", "Trauma / letsel kind",
               ["<<blauwe plek op de wang>>", "<<rode striemen op de rug>>", "<<blauwe plekken op beide bovenarmen>>",
                "<<schaafwond op de knie>>", "<<dikke lip>>", "<<krassen in de nek>>", "<<pijn bij bewegen van de arm>>"]),
    "hoofd": ("hoofdpijn en braken na stoot tegen het hoofd", "Hoofdletsel",
              ["<<bult op het achterhoofd>>", "<<twee keer gebraakt>>", "<<blauwe plek achter het oor>>",
               "<<pupillen gelijk en reagerend>>"]),
    "baby": ("baby huilt ontroostbaar", "Huilen baby",
             ["<<huilt hoog en aanhoudend>>", "<<wil niet drinken>>", "<<blauwe plekjes op de borst>>",
              "<<fontanel niet bol>>", "<<rode vlekjes in het gezicht>>"]),
    "plassen": ("buikpijn en pijn bij het plassen", "Buikpijn kind",
                ["<<pijn bij het plassen>>", "<<plast weer in bed>>", "<<temperatuur 38,2 rectaal>>",
                 "<<buik soepel bij betasten volgens moeder>>", "<<roodheid in de schaamstreek>>"]),
    "brand": ("brandwond aan de hand", "Brandwond",
              ["<<ronde brandplekjes op de onderarm>>", "<<blaar op de handrug>>", "<<huid rond de wond rood>>",
               "<<huilt bij aanraken>>"]),
}
ABCDE = {
    "A": ["<<vrije ademweg>>", "<<praat in hele zinnen>>", "<<geen stridor hoorbaar>>", "<<huilt hard en krachtig>>"],
    "B": ["<<geen kortademigheid>>", "<<ademt rustig>>", "<<geen intrekkingen>>", "<<geen piepende ademhaling>>"],
    "C": ["<<huid warm en roze>>", "<<geen bleekheid>>", "<<drinkt voldoende>>", "<<plast normaal>>",
          "<<capillaire refill normaal>>"],
    "D": ["<<alert en aanspreekbaar>>", "<<reageert adequaat>>", "<<wat suf volgens moeder>>", "<<herkent ouders>>",
          "<<slaapt onrustig>>"],
}
TRIAGE_STORY = [
    "~Beller vertelt dat {K:voornaam} <<van de trap gevallen>> zou zijn, maar het verhaal wisselt tijdens het gesprek.",
    "Op de achtergrond is geschreeuw te horen; beller fluistert en wil snel ophangen.",
    "Volgens moeder heeft {V:voornaam} vanavond gedronken en is hij <<boos de deur uit gegaan>>.",
    "{V:voornaam} zou met de auto zijn vertrokken, kenteken {kenteken}.",
    "Eerder dit jaar is {K:voornaam} op de SEH van {i:ziekenhuis} gezien met <<een gebroken pols>>.",
    "{K:bezittelijk} {rel:S1} {S1:voornaam@relatie} ({age:S1} jr) ligt boven te slapen.",
    "{Rel:N} {N:volledig@relatie} heeft de politie gebeld vanwege lawaai.",
    "Moeder wil niet dat {V:voornaam} weet dat zij gebeld heeft; liever bellen op {tel}.",
    "{Rel:G} {G:voornaam@relatie} is onderweg om de kinderen op te vangen.",
    "Beller vraagt of school ({i:school}) ingelicht moet worden.",
    "Bekend bij {i:zorg}, hulpverlening loopt sinds vorig jaar.",
    "~{K:voornaam} <<plast weer in bed>> sinds de ruzies thuis, aldus moeder.",
    "Uitleg van het letsel <<past niet bij het verhaal>>.",
    "Sinds de zomer woont {NP@geen} bij moeder in.",
    "{Rel:NP} {NP:voornaam@relatie} was volgens moeder 'gewoon streng'.",
    "Moeder noemt {NP@voorzetsel} als degene die {K:voornaam} heeft vastgepakt.",
    "Vanmiddag was {K:voornaam} nog op {i:kinderopvang}; daar is niets bijzonders opgevallen.",
    "{M:voornaam} klinkt angstig en huilt tijdens het gesprek.",
    "Verblijfplaats vanavond: bij {rel:G} {G@relatie}, {adres}.",
    "Vader werkt 's nachts bij {i:werkgever} en is niet bereikbaar.",
    "~{K:voornaam} zegt volgens beller dat {rel:V} <<hard aan de arm getrokken>> heeft.",
    "Moeder geeft aan dat zij zelf <<pijn aan de ribben>> heeft na een duw.",
    "Gezin {K:achternaam!} is bij de post bekend van eerdere contacten.",
    "Rond middernacht belde {N:voornaam@werkwoord} ook al, zij hoorde gegil vanuit de woning.",
    "Volgens beller zei {NP@werkwoord} dat {K:voornaam} 'gewoon lastig' is.",
    "Beller noemt {G@geen} als iemand bij wie de kinderen vannacht kunnen slapen.",
    "Op de achtergrond roept {S1:voornaam@geen} om moeder.",
    "{M:titel+achternaam} vraagt of {V:titel+achternaam} kan worden tegengehouden als hij terugkomt.",
]


def style_triage(b: Builder, length: str) -> None:
    rng = b.rng
    hdr = rng.choice(["{i:huisartsenpost} – telefonische triage\n", "TRIAGEVERSLAG {i:huisartsenpost}\n",
                      "{i:huisartsenpost} | NTS-triage | nachtdienst\n"])
    b.r(hdr)
    b.r(rng.choice(["Datum/tijd: {date}, " + random_time(rng, 0, 6) + "\n",
                    "Binnenkomst gesprek: " + random_time(rng, 17, 23) + "\n"]))
    b.r(rng.choice(["Triagist: {P1:volledig@label}\n", "Getrieerd door: {P1:initialen+achternaam@label}\n",
                    "Triagist: {ini:P1} ({rel:P1})\n",
                    "Triage: {P1:voornaam@label} ({rel:P1})\n"]))
    if b.has("M") and rng.random() < 0.85:
        ck = "M"
    elif rng.random() < 0.6 or not any(b.has(k) for k in ("G", "N", "V")):
        ck = None
    else:
        ck = rng.choice([k for k in ("G", "N", "V") if b.has(k)])
    if ck:
        m = b.cast[ck]
        form = rng.choice(["volledig", "volledig", "titel+achternaam", "initialen+achternaam"])
        b.r("Beller: {" + ck + ":" + form + "@label} (" + m.rel + "), terugbelnummer {tel:" + ck + "}\n")
    else:
        b.r("Beller: moeder, terugbelnummer {tel}\n")
    b.r(rng.choice(["Patiënt: {K:volledig}, geb. {dob:K}\n", "Pat.: {K:achternaam,voornaam} – {dob:K}\n",
                    "Patiënt: {K:hoofdletters}, geboren {dob:K}\n", "Betreft: {K:volledig} ({age:K} jr)\n"]))
    if rng.random() < 0.65:
        b.r("Adres: {adres}, {pc} {city}\n")
    if rng.random() < 0.5:
        b.r("BSN: {bsn}\n")
    if b.has_inst("huisarts") and rng.random() < 0.7:
        b.r("Eigen huisarts: {i:huisarts}\n")
    kid_age = b.age(b.cast["K"])
    scen = rng.choice([x for x in TRIAGE_SCEN if x != "baby"]) if kid_age >= 2 else "baby"
    if kid_age == 1 and rng.random() < 0.5:
        scen = rng.choice(["letsel", "brand", "hoofd"])
    reason, nts, findings = TRIAGE_SCEN[scen]
    b.t(f"Contactreden: {reason}\nIngangsklacht NTS: {nts}\n")
    abcd = ["A", "B", "C", "D"]
    for letter in abcd:
        opts = ABCDE[letter][:]
        rng.shuffle(opts)
        k = 1 if rng.random() < 0.7 else 2
        b.t(f"{letter}: ")
        b.r(", ".join(opts[:k]))
        b.t("\n")
    e = findings[:]
    rng.shuffle(e)
    b.t("E: ")
    b.r(", ".join(e[: rng.randint(1, 3)]))
    b.t("\nAnamnese: ")
    n = n_for(b, length)
    story = TRIAGE_STORY if ck in (None, "M") else [x for x in TRIAGE_STORY if "oeder" not in x and "{M" not in x]
    chosen = b.pick(story, n)
    words = add_words(b, rng.choice([0, 1, 1, 2]))
    seq = chosen + words
    rng.shuffle(seq)
    for i, tpl in enumerate(seq):
        b.r(tpl)
        b.t(" " if rng.random() < 0.7 else "\n")
    b.t("\n")
    fill_unmentioned_keys(b, ["N", "G", "S1", "NP", "V", "M"], prefix="Netwerk: ", sep="\n")
    b.t(rng.choice(["Urgentie: U2 – binnen het uur gezien op de post.\n", "Urgentie: U3, beoordeling binnen enkele uren.\n",
                    "Urgentie: U1 – ambulance ingezet.\n", "Urgentie: U4, advies en terugbellen bij verergering.\n"]))
    if b.has("P2"):
        b.r(rng.choice(["Overleg met dienstdoend huisarts {P2:titel+achternaam@titel}: patiënt komt om {time} naar de post.\n",
                        "Supervisie: {P2:volledig@label}.\n",
                        "Arts ({P2:initialen+achternaam@label}) belt moeder terug op {tel}.\n"]))
    b.r(rng.choice(["Meldcode: signalen van mogelijk geweld besproken; advies gevraagd bij Veilig Thuis.\n",
                    "Afspraak: overdracht naar eigen huisarts voor vervolg en zorgsignaal.\n",
                    "Terugbelafspraak om {time}; bij geen contact wordt {tel:vast} geprobeerd.\n"]))
    if length != "short" and rng.random() < 0.2:
        b.r("Betaalgegevens (eigen bijdrage medicatie): {iban}\n")
    fill_unmentioned(b, "", "\n")


def fill_unmentioned_keys(b: Builder, order: list[str], prefix: str, sep: str) -> None:
    keys, _ = b.unmentioned()
    for key in [k for k in order if k in keys]:
        b.t(prefix)
        if not net_sentence(b, key):
            b.r("{" + key + ":volledig@geen} is betrokken.")
        b.t(sep)


Builder.has_inst = lambda self, t: t in self.insts  # type: ignore[attr-defined]

# ============================================================================================
# Style 2: MDO / ZAT minutes

MDO_SIGNALS = ["<<concentreert zich slecht in de klas>>", "<<komt vaak te laat>>",
               "<<heeft regelmatig geen lunch bij zich>>", "<<draagt vaak vieze kleding>>",
               "<<is snel boos op andere kinderen>>", "<<trekt zich terug in de pauze>>", "<<plast weer in bed>>",
               "<<slaapt slecht>>", "<<is bang om naar huis te gaan>>", "<<heeft een blauwe plek op de arm>>",
               "<<verzuimt steeds vaker>>", "<<heeft een leerachterstand op rekenen>>",
               "<<maakt het huiswerk niet>>", "<<schrikt van harde geluiden>>", "<<eet gulzig tijdens de lunch>>",
               "<<valt in slaap tijdens de les>>", "<<huilt snel>>"]
MDO_STORY = [
    "- Aanleiding: {K:voornaam} {S} en {S}, aldus de leerkracht.",
    "- {T:titel+voornaam@titel} ziet in de klas het volgende: {hij:K} {S}.",
    "- {T:voornaam!@regelbegin}: {hij:K} {S}.",
    "- Thuissituatie: ouders zijn gescheiden; {K:voornaam} woont bij moeder en {NP:voornaam@geen}.",
    "- Contact met {i:zorg} loopt via {P2:voornaam@voorzetsel}.",
    "- {P2:voornaam!@regelbegin} heeft moeder gesproken; moeder herkent de zorgen deels.",
    "- {P3:voornaam!@regelbegin} ({rel:P3}) ziet {K:voornaam} volgende week op het spreekuur.",
    "- {K:bezittelijk} {rel:S1} {S1:voornaam@relatie} ({age:S1} jr) {S} volgens moeder ook.",
    "- Op {i:kinderopvang} valt hetzelfde op: {K:voornaam} {S}.",
    "- {K:voornaam} traint bij {i:vereniging}; de trainer ziet dat ook: {hij:K} {S}.",
    "- Vader ({V:volledig}) heeft niet gereageerd op de uitnodiging.",
    "- Moeder ({M:volledig}) was uitgenodigd maar heeft afgezegd.",
    "- {M:titel+achternaam} is telefonisch op de hoogte gebracht door {P2:voornaam@voorzetsel}.",
    "- {V:titel+achternaam} wil eerst zelf met school in gesprek.",
    "- Gezin {K:achternaam!} is vorig schooljaar ook in het ZAT besproken.",
    "- {Rel:G} {G@relatie} haalt {K:voornaam} meestal op en maakt een betrokken indruk.",
    "- {P1:voornaam!@regelbegin} merkt op dat er eerder een melding is gedaan bij Veilig Thuis.",
    "- Er is sprake van <<spanningen tussen de ouders>>; {K:voornaam} vertelt dat <<papa mama pijn doet>>.",
    "- Eerder opgenomen in {i:ziekenhuis} met <<een botbreuk>>; de uitleg was toen onduidelijk.",
    "- Het gezin is aangemeld bij {i:wijkteam}, contactpersoon {P2:volledig@label}.",
    "- Sinds kort woont {rel:NP} {NP@relatie} in; {K:voornaam} noemt {hem:NP} 'de baas'.",
    "- In de pauze zei {S1:voornaam@werkwoord} tegen de pleinwacht dat het thuis 'eng' is.",
    "- Op tekeningen van {K:voornaam} staan {S1:voornaam@geen} en een grote boze man.",
    "- Afgelopen week belde {G@werkwoord} naar school met zorgen over de thuissituatie.",
    "- Moeder wordt volgens {P2:voornaam@voorzetsel} onder druk gezet door {NP@geen}.",
]
MDO_ACTIONS = [
    "huisbezoek plannen met moeder", "zorgsignaal afgeven in de verwijsindex", "overleg met de huisarts",
    "gesprek met {K:voornaam} voeren over de thuissituatie", "ouders uitnodigen voor een gesprek op school",
    "Veilig Thuis om advies vragen", "verzuim melden bij leerplicht", "groeicurve opvragen bij de JGZ",
    "terugkoppeling aan de leerkracht", "aanmelding bij {i:zorg} afronden",
]


def style_mdo(b: Builder, length: str) -> None:
    rng = b.rng
    k = b.cast["K"]
    b.r(rng.choice(["Notulen MDO – {i:school}\n", "Verslag ZAT-overleg {i:school}\n",
                    "MDO {i:school:kort}, {date}\n"]))
    if rng.random() < 0.6:
        b.r("Datum: {date}, " + random_time(rng, 8, 15) + " uur\n")
    attendees = [key for key in ("P1", "P2", "P3", "T") if b.has(key)]
    roles = {"P1": None, "P2": None, "P3": None, "T": "leerkracht groep {groep:K}"}
    b.t(rng.choice(["Aanwezig: ", "aanwezig: ", "Aanwezig: "]))
    parts = []
    for key in attendees:
        m = b.cast[key]
        role = roles[key] or m.rel
        if key == "T" and rng.random() < 0.5:
            parts.append("{T:titel+voornaam@lijst} (" + role + ")")
        else:
            parts.append("{" + key + ":volledig@lijst} (" + role + ")")
    if b.has("M") and rng.random() < 0.3:
        parts.append("{M:volledig@lijst} (moeder)")
    rng.shuffle(parts)
    b.r(", ".join(parts) + "\n")
    if b.has("P4"):
        b.r("Afwezig m.k.: {P4:volledig@lijst} (" + b.cast["P4"].rel + ")\n")
    if rng.random() < 0.5:
        b.t("Notulist: ")
        b.r("{ini:P1}\n")
    b.t("\n1. Opening en mededelingen\n")
    b.r(rng.choice(["{P1:voornaam@regelbegin} opent het overleg en heet iedereen welkom.\n",
                    "Geen mededelingen. Het verslag van de vorige keer wordt vastgesteld.\n"]))
    b.t("\n2. ")
    b.r(rng.choice(["Bespreking {K:volledig} (groep {groep:K}, {age:K} jaar)\n", "Casus {ini:K}, groep {groep:K}\n",
                    "Casus {K:voornaam} (geb. {dob:K})\n"]))
    n = n_for(b, length, 1.2)
    stories = [MDO_STORY[0]] + [x for x in b.pick_clin(MDO_STORY[1:], n, 1)]
    signals = MDO_SIGNALS[:]
    rng.shuffle(signals)
    for tpl in stories:
        while "{S}" in tpl:
            tpl = tpl.replace("{S}", signals.pop() if signals else "<<slaapt slecht>>", 1)
        b.r(tpl)
        b.t("\n")
    for tpl in add_words(b, rng.choice([0, 1, 1, 2])):
        b.t("- ")
        b.r(tpl)
        b.t("\n")
    fill_unmentioned_keys(b, ["NP", "S1", "G", "V", "M", "P3", "P4"], prefix="- ", sep="\n")
    b.t("\n3. Afspraken\n")
    acts = [x for x in MDO_ACTIONS if b.ok(x)]
    rng.shuffle(acts)
    people = [key for key in ("P1", "P2", "P3", "T", "P4") if b.has(key)]
    lead, sep = rng.choice([("actie ", ": "), ("actie: ", " – "), ("- actie ", ": "), ("Actie ", " "),
                            ("- ", ": ")])
    for i in range(min(len(acts), {"short": 2, "medium": 3, "long": 4}[length])):
        who = people[i % len(people)]
        if lead == "- ":
            b.r(cap(acts[i]) + sep)
            b.r("{ini:" + who + "}\n")
            continue
        b.t(lead)
        b.r("{ini:" + who + "}")
        b.t(sep)
        b.r(acts[i])
        b.r(rng.choice(["\n", "\n", " (voor volgend MDO)\n", ", uiterlijk {fdate}\n"]))
    if length != "short" and rng.random() < 0.4:
        b.r("- contactgegevens moeder: {tel}" + (", {mail:M}" if b.has("M") else "") + "\n")
    b.t("\n4. Rondvraag\n")
    fill_unmentioned(b, "- ", "\n")
    b.t(rng.choice(["Geen punten.\n", "Geen.\n", "-\n"]))
    b.r("\nVolgend overleg: {fdate}.\n")


# ============================================================================================
# Style 3: jeugdbescherming report

JB_ZORGEN = [
    "Er is sprake van <<herhaaldelijk huiselijk geweld in het bijzijn van de kinderen>>.",
    "Vader ({V:volledig}) heeft een contactverbod; hij zou zich hier niet altijd aan houden.",
    "Moeder ervaart <<financiële problemen en schulden>>; zij werkt parttime bij {i:werkgever}.",
    "{K:voornaam} laat op school <<teruggetrokken gedrag>> zien, aldus {T:titel+achternaam@titel}.",
    "Er zijn zorgen over <<onvoldoende toezicht>> in de avonduren.",
    "{K:bezittelijk} <<schoolverzuim is opgelopen>> tot ruim veertig uur dit schooljaar.",
    "Er is sprake van een <<loyaliteitsconflict>> tussen de ouders.",
    "Vader stuurt moeder dreigende berichten via {acct:V}.",
    "{NP:voornaam} is bekend met <<alcoholgebruik>>; moeder zegt dat {hij:NP} gestopt is.",
    "In het voorjaar is {K:voornaam} met <<een hersenschudding>> opgenomen geweest in {i:ziekenhuis}.",
    "{K:voornaam} vertelde de jeugdbeschermer dat {hij:K} <<niet alleen met vader wil zijn>>.",
    "Moeder heeft met de kinderen enkele weken in {i:vrouwenopvang} verbleven.",
    "Er zijn <<wisselende opvoeders>> en weinig vaste structuur in huis.",
    "{M:voornaam} erkent de zorgen maar <<vindt het moeilijk om grenzen te stellen>>.",
    "{M:titel+achternaam} geeft aan dat de situatie thuis <<onhoudbaar is geworden>>.",
    "{V:titel+achternaam} was niet aanwezig bij het netwerkberaad van {date}.",
    "Het gezin {K:achternaam!} is sinds vorig jaar in beeld bij de jeugdbescherming.",
    "{V:initialen+achternaam} is volgens het politiedossier eerder aangehouden na <<een geweldsincident>>.",
    "Tijdens het huisbezoek zei {NP:voornaam@werkwoord} dat {hij:NP} zich niets laat vertellen over opvoeden.",
    "Op {date} belde {G:volledig@werkwoord} de jeugdbeschermer met <<zorgen over de veiligheid>>.",
    "De kinderen hebben angst voor {NP@geen}, vooral in de avond.",
    "{K:voornaam} vertelde dat {F@geen} soms ook slaat.",
    "Uit het dossier van {i:zorg} blijkt dat eerdere hulp voortijdig is gestopt.",
    "{K:voornaam} heeft via {acct:K} contact met onbekende volwassenen, wat <<onveilig online contact>> oplevert.",
]
JB_KRACHTEN = [
    "<<Moeder is betrokken en liefdevol>> naar de kinderen.",
    "{K:voornaam} heeft <<een goede band met grootouders>> en <<gaat graag naar school>>.",
    "{K:voornaam} sport bij {i:vereniging} en heeft daar <<een vaste vriendengroep>>.",
    "Het gezin bezoekt wekelijks {i:religieus}; moeder vindt daar steun.",
    "Vader erkent inmiddels de zorgen en <<staat open voor hulp>>.",
    "{Rel:G} {G@relatie} biedt <<een stabiele plek in het weekend>>.",
    "{K:voornaam} <<kan goed verwoorden wat er thuis gebeurt>>.",
    "Moeder houdt zich <<aan de gemaakte afspraken>>.",
]
JB_AFSPRAKEN = [
    "- <<Wekelijks huisbezoek door de jeugdbeschermer>>.",
    "- Omgang vader en {K:voornaam} <<alleen onder begeleiding>> bij {i:zorg}.",
    "- <<Het veiligheidsplan wordt over zes weken geëvalueerd>>.",
    "- Moeder meldt zich bij {i:wijkteam} voor schuldhulpverlening.",
    "- Bij escalatie belt moeder 112 en daarna de jeugdbeschermer op {tel}.",
    "- {K:voornaam} blijft naar {i:school} gaan; de mentor houdt het verzuim bij.",
    "- <<Geen alcohol in het bijzijn van de kinderen>>.",
    "- Kinderbijslag en toeslagen worden overgezet naar rekening {iban}.",
]


def style_jb(b: Builder, length: str) -> None:
    rng = b.rng
    b.r(rng.choice(["{i:jeugdbescherming}\nRapportage ondertoezichtstelling\n",
                    "Voortgangsrapportage – {i:jeugdbescherming}\n",
                    "RAPPORTAGE JEUGDBESCHERMING\nUitvoerende instelling: {i:jeugdbescherming}\n"]))
    b.r("Betreft: {K:volledig}, geboren {dob:K}\n")
    b.r("Datum rapportage: {date}\nJeugdbeschermer: {P1:volledig@label}\n")
    b.t("\n1. Gezinssamenstelling\n")
    lines = ["Naam: {K:achternaam,voornaam}  geb. {dob:K}  jeugdige" + (", BSN {bsn}" if rng.random() < 0.6 else "")]
    for key, what in (("S1", None), ("S2", None), ("M", "moeder, gezaghebbend"), ("V", "vader"),
                      ("NP", "partner van moeder, inwonend")):
        if b.has(key):
            m = b.cast[key]
            what = what or f"{m.rel}, woont {'bij moeder' if rng.random() < 0.6 else 'elders'}"
            if key == "V":
                what += rng.choice([", gezaghebbend", ", geen gezag", ", gezamenlijk gezag"])
            form = rng.choice(["volledig", "volledig", "achternaam,voornaam", "hoofdletters"])
            lines.append("Naam: {" + key + ":" + form + "@label}  geb. {dob:" + key + "}  " + what)
    for ln in lines:
        b.r(ln + "\n")
    if rng.random() < 0.8:
        b.r("Adres: {adres}, {pc} {city}\n")
    contact = []
    if rng.random() < 0.8:
        contact.append("{tel}")
    if b.has("M") and rng.random() < 0.6:
        contact.append("{mail:M}")
    if contact:
        b.r("Contact moeder: " + " / ".join(contact).replace("{tel}", "{tel:M}" if b.has("M") else "{tel}") + "\n")
    b.t("\n2. Netwerk\n")
    net_keys = [k for k in ("G", "F", "N", "T", "P2") if b.has(k)]
    cues = ["relatie", "relatie-na", "werkwoord", "voorzetsel", "geen"]
    for key in net_keys:
        if key == "T":
            b.r(rng.choice(["{K:voornaam} zit op {i:school}; mentor is {T:titel+achternaam@titel}.",
                            "School: {T:titel+achternaam@titel} is het aanspreekpunt.",
                            "{T:volledig@regelbegin} ({rel:T}) ziet {K:voornaam} dagelijks."]) if b.ok(
                "{i:school}") else "{T:volledig@regelbegin} ({rel:T}) ziet {K:voornaam} dagelijks.")
        else:
            net_sentence(b, key, rng.choice(cues))
        b.t("\n")
    if len(net_keys) >= 2 and rng.random() < 0.3:
        b.t("Betrokken netwerk in overleg: ")
        b.r(", ".join("{" + k + ":voornaam@lijst}" for k in net_keys if k != "P2") + ".\n")
    for t in ("vereniging", "religieus"):
        if b.has_inst(t):
            b.r(rng.choice(INST_FALLBACK[t]) + "\n")
    if not net_keys:
        b.t("Er is weinig steunend netwerk in beeld.\n")
    b.t("\n3. Zorgen\n")
    for tpl in b.pick_clin(JB_ZORGEN, n_for(b, length), 3):
        b.r(tpl)
        b.t("\n")
    for tpl in add_words(b, rng.choice([0, 1, 1, 2])):
        b.r(tpl)
        b.t("\n")
    fill_unmentioned(b, "", "\n", persons=False)
    b.t("\n4. Krachten\n")
    for tpl in b.pick(JB_KRACHTEN, max(1, n_for(b, length, 0.5))):
        b.r(tpl)
        b.t("\n")
    b.t("\n5. Afspraken\n")
    for tpl in b.pick(JB_AFSPRAKEN, max(2, n_for(b, length, 0.6))):
        b.r(tpl)
        b.t("\n")
    fill_unmentioned(b, "- ", "\n")
    b.r(rng.choice(["\nOpgesteld door {P1:initialen+achternaam@label}, jeugdbeschermer\n",
                    "\n{P1:volledig@label}\nJeugdbeschermer, {i:jeugdbescherming:kort}\n"
                    if b.insts["jeugdbescherming"].short else "\n{P1:volledig@label}\nJeugdbeschermer\n"]))


# ============================================================================================
# Style 4: colleague chat

CHAT_OPEN = ["ff over {ini:K} (groep {groep:K}), je weet wel wie", "hee ff over {K} uit groep {groep:K}", "goedemorgen! vraagje over {K}", "heads up: {K} is er weer niet",
             "kan je ff bellen? gaat over {K:bezittelijk} thuissituatie", "hoi, heb je {K} vandaag gezien?",
             "update {K}:", "ff snel, {K} weer 😬"]
CHAT_BODY = [
    "{M} belde net, ze klonk echt overstuur 😟",
    "{K:verkleinwoord} had vanochtend <<een blauwe plek op {zijn:K} wang>>, zei dat {hij:K} gevallen was",
    "vgm klopt dat verhaal niet",
    "idd, vorige week ook al <<krassen in {zijn:K} nek>>",
    "zei {NP@werkwoord} niet dat {hij:NP} weer thuis woont?",
    "btw call gehad met {i:zorg}, ze pakken het op",
    "mss ff overleggen met {P2@voorzetsel}? die kent het gezin",
    "nummer van moeder is {tel} btw, ze neemt alleen na 3 uur op",
    "{rel:S1} {S1@relatie} zit bij mij in de klas, die is ook zo stil de laatste tijd",
    "ouders reageren niet op mails ({mail:M}) 🙄",
    "{hij:K} zegt dat papa weer <<heel boos>> was",
    "{hij:K} wil <<niet naar huis>> vanmiddag 😞",
    "de bso zegt dat {hij:K} <<weer in bed plast>>",
    "kijk ff op {zijn:K} socials: {acct:K}, heftige filmpjes",
    "de auto van vader ({kenteken}) stond weer bij het hek, terwijl ie daar niet mag komen",
    "{hij:K} slaapt nu bij {rel:G} {G@relatie}, adres is {adres}",
    "{T:titel+voornaam@titel} zag het ook bij de gym, <<rode striemen op {zijn:K} rug>>",
    "heb {rel:N} {N@relatie} gesproken, die hoort elke avond geschreeuw",
    "{K} kwam weer <<zonder ontbijt>> en <<zonder jas>>",
    "moet ik het melden bij {i:wijkteam} of eerst intern?",
    "ff checken: is {NP@geen} nou de vader van {S1@geen} of niet?",
    "{V} heeft een contactverbod toch? zag hem gister bij het hek",
    "bsn heb ik: {bsn}, zet ik in het dossier",
    "call gehad met {P2@voorzetsel}, {hij:K} staat op de wachtlijst bij {i:zorg}",
    "{M:kleine-letters} zei dat {V:kleine-letters} <<de deur heeft ingetrapt>>",
    "{hij:K} was <<aan het huilen in de kring>> vanochtend",
    "{K} vertelde dat papa <<mama had geslagen>>, echt heftig om te horen",
    "{hij:K} zit toch op {i:school}? dan bel ik die ff",
    "vader werkt bij {i:werkgever}, misschien daar bereikbaar",
    "{hij:K} traint bij {i:vereniging}, de trainer zag ook dingen",
    "{K} was vorige maand op de seh van {i:ziekenhuis} met <<een gekneusde arm>> btw",
    "nieuwe adres van moeder: {adres}, {pc}",
    "{M:bezittelijk} nieuwe nummer: {tel}",
    "eig moeten we {K} ff apart nemen morgen",
    "moedr was gistren weer niet op tijd om {hem:K} op te halen",
    "vanochend stond {K} al om half 8 voor het hek, helemaal alleen",
    "gezin {K:achternaam!} weer 🙈 heb je de mail gezien?",
    "{M:titel+achternaam} belde de administratie, wil dat we niks doorgeven aan vader",
    "heb net call gehad met {P2@voorzetsel}, fyi: er komt een melding",
    "kan iemand ff checken of {K:voornaam+initiaal} vandaag is opgehaald?",
    "sorry typo, ik bedoelde {K:volledig}",
    "{hij:K} <<at gulzig>> bij de lunch, had vgm niks gegeten",
    "vanochtend zei {S1@werkwoord} dat er weer politie was geweest",
    "{ini:P2} pakt het op btw, die belt moeder vandaag",
    "{ini:M} (moeder) heeft om 8 uur gebeld, klonk niet goed",
    "wie is {NP@geen} eigenlijk? {hij:K} praat steeds over die naam",
    "belde {G@werkwoord} net, wil {hem:K} vanmiddag ophalen, mag dat?",
]
CHAT_REPLY = ["oh nee", "jeetje 😞", "ok, dank voor de heads up", "idd", "ja dat dacht ik ook", "wtf",
              "ok ik zet het in het dossier", "thanks! ik hou je op de hoogte", "no worries 👍", "oef", "shit",
              "ik check het ff", "zsm bespreken?", "laten we het morgen in het zorgoverleg doen", "👍", "🙏",
              "ja doe maar", "top, thnx", "echt balen", "ff wachten op reactie ouders dan"]


def style_chat(b: Builder, length: str) -> None:
    rng = b.rng
    fmt = rng.choice(["A", "A", "B", "C"])
    n = rng.randint(*{"short": (3, 5), "medium": (6, 9), "long": (10, 15)}[length])
    body = b.pick_clin(CHAT_BODY, n, 3)
    words = add_words(b, rng.choice([0, 1, 1, 2]))
    opener = rng.choice([o for o in CHAT_OPEN if b.ok(o)])
    rest = body + words
    joined = " ".join([opener] + rest)
    for key in b.cast:
        if key != "C" and not re.search(r"\{" + key + r"[:@}]", joined):
            m = b.cast[key]
            prof = m.cat in ("professional", "leerkracht")
            cues = [c for c in NET_CHAT if not (prof and c in ("relatie", "geen"))]
            rng.shuffle(cues)
            for c in cues:
                opts = [t for t in NET_CHAT[c] if t not in b.used]
                opts = [t.replace("{X", "{" + key).replace(":X}", ":" + key + "}") for t in opts]
                opts = [t for t in opts if b.ok(t)]
                if opts:
                    pick = rng.choice(opts)
                    b.used.append(pick.replace("{" + key, "{X").replace(":" + key + "}", ":X}"))
                    rest.append(pick)
                    break
    for t in b.insts:
        if "{i:" + t not in joined:
            opts = [x for x in INST_FALLBACK_CHAT.get(t, []) if b.ok(x)]
            if opts:
                rest.append(rng.choice(opts))
    rng.shuffle(rest)
    order = [opener]
    for msg in rest:
        order.append(msg)
        if rng.random() < 0.35:
            order.append("!" + rng.choice(CHAT_REPLY))
    hh, mm = rng.randint(7, 20), rng.randint(0, 40)
    if fmt == "B":
        b.r(rng.choice(["teams-chat met {C:volledig!@label}, {date}\n", "chat {C:voornaam!@label} – {date}\n",
                        "whatsapp met {C:voornaam!@label}\n"]))
    last_speaker = None
    for msg in order:
        mm += rng.randint(0, 3)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        stamp = f"[{hh:02d}:{mm:02d}] "
        mine = msg.startswith("!")
        text = msg[1:] if mine else msg
        speaker = "ik" if mine else "C"
        if fmt == "A":
            # Teams-style: the name only when the speaker changes
            if speaker != last_speaker:
                b.t(stamp)
                b.r("ik: " if mine else "{C:voornaam!@regelbegin}: ")
            else:
                b.t("    ")
        elif fmt == "B":
            b.t("> " if not mine else "ik: ")
        else:
            b.t(stamp + ("jij: " if mine else "- "))
        last_speaker = speaker
        b.r(text)
        b.t("\n")
    keys, types = b.unmentioned()
    if keys or types:
        fill_unmentioned(b, "> " if fmt == "B" else "ik: ", "\n")
    if fmt == "C" and not b.cast["C"].mentions:
        b.r(rng.choice(["-- gedeeld door {C:voornaam!@label}\n", "(doorgestuurd van {C:volledig!@label})\n"]))
    if rng.random() < 0.5:
        b.t(rng.choice(["ik: ok dank je!\n", "> top, spreek je later\n", "ik: 👍\n"]))


# ============================================================================================
# Style 5: maternity care / midwife

KRAAM_MOEDER = ["<<fundus stevig en twee vingers onder de navel>>", "<<lochia matig en rood>>", "<<borsten soepel>>",
                "<<tepels wat kapot>>", "<<mobiliseert goed>>", "<<plast spontaan>>", "<<hechtingen rustig>>",
                "<<emotioneel en huilerig>>", "<<slaapt slecht>>", "<<bloeddruk goed>>", "<<temperatuur normaal>>"]
KRAAM_BABY = ["<<drinkt goed aan de borst>>", "<<licht geel van kleur>>", "<<navelstomp droog>>",
              "<<ontlasting overgegaan naar geel>>", "<<temperatuur 36,8>>", "<<huilt veel in de avond>>",
              "<<hielprik afgenomen>>", "<<gewicht iets onder geboortegewicht>>", "<<plast voldoende luiers>>"]
KRAAM_GEZIN = [
    "{K:bezittelijk} {rel:S1} {S1@relatie} ({age:S1} jr) gaat overdag naar {i:kinderopvang}.",
    "{Rel:S1} {S1:voornaam@relatie} is erg druk en <<zoekt veel aandacht>>.",
    "{Rel:G} {G@relatie} komt dagelijks helpen met het huishouden.",
    "Partner werkt in ploegendienst bij {i:werkgever}.",
    "{V:voornaam} is vandaag weer aan het werk gegaan.",
    "{Rel:N} {N@relatie} brengt af en toe eten.",
    "De kraamvisite van {G@geen} is afgezegd door partner.",
    "Tijdens de dienst belde {G:voornaam@werkwoord} om te vragen of alles goed ging.",
    "Foto's van de baby worden gedeeld door {N@geen} in de buurtapp, tot ergernis van partner.",
]
KRAAM_SIGNAL = [
    "Moeder heeft <<blauwe plekken op de bovenarm>>; zij zegt dat ze zich gestoten heeft.",
    "{V:voornaam} <<reageert kortaf>> als moeder om hulp vraagt.",
    "Moeder <<durft niet te praten als partner thuis is>>.",
    "Tijdens het bezoek van {P2:titel+achternaam@titel} werd er hard geschreeuwd in de gang.",
    "{V:voornaam} houdt de telefoon van moeder in beheer; zij is alleen bereikbaar via {tel}.",
    "Moeder <<schrikt als de voordeur opengaat>>.",
    "{M:voornaam} vertelt huilend dat {V:voornaam} haar tijdens de zwangerschap heeft <<tegen de muur geduwd>>.",
    "Partner wil niet dat de kraamverzorgende alleen met moeder praat.",
    "{M:titel+achternaam} maakt een gejaagde indruk en <<kijkt steeds naar de deur>>.",
    "{V:titel+achternaam} weigert het gesprek met de verloskundige.",
    "{K:verkleinwoord} heeft <<een blauw plekje op het been>> dat niet bij de bevalling past.",
    "Er zijn <<geldzorgen>>; er is geen bedje of kinderwagen aanwezig.",
]
KRAAM_OVERDRACHT = [
    "Overdracht naar {i:consultatiebureau}; het eerste huisbezoek is gepland.",
    "Gynaecoloog {P3:titel+achternaam@titel} ({i:ziekenhuis}) is op de hoogte van de zorgen.",
    "Huisarts ({i:huisarts}) is geïnformeerd volgens de meldcode.",
    "Verloskundige {P2:voornaam@titel} komt morgen nog op controle.",
    "Na overleg met {P2:volledig@voorzetsel} is Veilig Thuis om advies gevraagd.",
    "Bevalling in {i:ziekenhuis} na <<inleiding bij 41 weken>>.",
]


def style_kraam(b: Builder, length: str) -> None:
    rng = b.rng
    para = 1 + (1 if b.has("S1") else 0) + rng.choice([0, 0, 1])
    b.r(rng.choice(["Kraamzorgverslag – {i:kraamzorg}\n", "Overdracht kraamperiode {i:kraamzorg}\n",
                    "KRAAMDOSSIER {i:kraamzorg}\n"]))
    b.t(f"Dag {rng.randint(2, 8)} postpartum\n")
    b.r(rng.choice(["Kraamverzorgende: {P1:volledig@label}\n", "Kraamverzorgende: {P1:voornaam@label}\n"]))
    b.r(rng.choice(["Cliënt: {M:volledig}, geb. {dob:M}", "Moeder: {M:volledig} ({age:M} jr)",
                    "Cliënt: {M:achternaam,voornaam}, geb. {dob:M}"]) + f", G{para + rng.randint(0, 1)}P{para}\n")
    if b.has("V"):
        b.r(rng.choice(["Partner: {V:volledig}\n", "Partner: {V:volledig}, tel. {tel}\n"]))
    b.r("Baby: {K:volledig}, geboren {dob:K} om {time}, <<geboortegewicht " + str(rng.randint(2600, 4400)) +
        " gram>>\n")
    if b.has("P2") and b.has_inst("verloskunde"):
        b.r("Verloskundige: {P2:volledig@label} ({i:verloskunde})\n")
    elif b.has_inst("verloskunde"):
        b.r("Verloskundige praktijk: {i:verloskunde}\n")
    if rng.random() < 0.75:
        b.r("Kraamadres: {adres}, {pc} {city}\n")
    contact = []
    if rng.random() < 0.7:
        contact.append("tel. {tel}")
    if rng.random() < 0.5:
        contact.append("e-mail {mail:M}")
    if contact:
        b.r("Contact: " + ", ".join(contact) + "\n")
    if rng.random() < 0.3:
        b.r("BSN baby: {bsn}\n")
    b.t("\nMoeder\n- ")
    mo = KRAAM_MOEDER[:]
    rng.shuffle(mo)
    b.r(", ".join(mo[: rng.randint(1, 3)]) + "\n")
    b.t("Baby\n- ")
    ba = KRAAM_BABY[:]
    rng.shuffle(ba)
    b.r(", ".join(ba[: rng.randint(1, 3)]) + "\n")
    g = b.pick(KRAAM_GEZIN, n_for(b, length, 0.6))
    if g or b.unmentioned()[0]:
        b.t("\nGezin en omgeving\n")
        for tpl in g:
            b.t("- ")
            b.r(tpl)
            b.t("\n")
        fill_unmentioned_keys(b, ["S1", "G", "N", "V"], prefix="- ", sep="\n")
    b.t("\nSignalen\n")
    for tpl in b.pick(KRAAM_SIGNAL, n_for(b, length, 0.8)) + add_words(b, rng.choice([0, 1, 1])):
        b.t("- ")
        b.r(tpl)
        b.t("\n")
    b.t("\nOverdracht\n")
    for tpl in b.pick(KRAAM_OVERDRACHT, n_for(b, length, 0.7)):
        b.t("- ")
        b.r(tpl)
        b.t("\n")
    fill_unmentioned(b, "- ", "\n")
    if rng.random() < 0.5:
        b.r(rng.choice(["Ondertekend: {P1:initialen+achternaam@label}\n", "{ini:P1}, kraamverzorgende\n"]))


STYLE_FUNCS = {"huisartsenpost-triage": style_triage, "mdo-notulen": style_mdo,
               "jeugdbescherming-rapportage": style_jb, "collega-chat": style_chat,
               "kraamzorg-verloskunde": style_kraam}


# ============================================================================================
# Validation

def check_hit_phrase(check: Check, phrase: str) -> bool:
    if check.how == "word":
        return word_in(fold(check.value), fold(phrase))
    if check.how in ("ci", "exact"):
        return check.value.lower() in phrase.lower()
    if check.how == "digits":
        return check.value in digits_of(phrase)
    if check.how == "compact":
        return check.value.upper() in compact_of(phrase)
    return False


def problems(note: Note) -> list[str]:
    out: list[str] = []
    text = note.text
    items = sorted(note.items, key=lambda it: it.start)
    for it in items:
        if text[it.start:it.end] != it.text:
            out.append(f"offset {it.kind} {it.text!r}")
    for a, c in zip(items, items[1:]):
        if c.start < a.end:
            out.append(f"overlap {a.text!r} {c.text!r}")
    inside = [False] * (len(text) + 1)
    for it in items:
        for i in range(it.start, it.end):
            inside[i] = True
    ftext, fmap = fold_map(text)
    values: list[str] = []
    for it in items:
        for ch in it.checks:
            if ch.how == "word" and ch.value not in values:
                values.append(ch.value)
    for p in note.persons:
        for w in re.split(r"[\s\-]+", p.name):
            if len(w) > 2 and w.lower() not in PARTICLES and w not in values:
                values.append(w)
    for v in values:
        for pos in word_positions(fold(v), ftext):
            span = range(fmap[pos], fmap[pos + len(fold(v)) - 1] + 1)
            if not all(inside[i] for i in span):
                out.append(f"stray {v!r} at {fmap[pos]}")
                break
    all_checks = [ch for it in items for ch in it.checks]
    for phrase in note.clinical + note.words:
        if phrase not in text:
            out.append(f"phrase missing {phrase!r}")
        for ch in all_checks:
            if check_hit_phrase(ch, phrase):
                out.append(f"phrase {phrase!r} contains {ch.value!r}")
                break
        start = 0
        while True:
            i = text.find(phrase, start)
            if i < 0:
                break
            if any(inside[j] for j in range(i, i + len(phrase))):
                out.append(f"phrase {phrase!r} overlaps item")
            start = i + 1
    if not 3 <= len(note.clinical) <= 8:
        out.append(f"clinical count {len(note.clinical)}")
    nv = len(note.persons)
    if not 1 <= nv <= 3:
        out.append(f"vault count {nv}")
    kinds = [it.kind for it in items]
    if not any(k == "unregistered" for k in kinds):
        out.append("no unregistered")
    ninst = len({it.kind for it in items if it.kind.startswith("instelling:")})
    if not 1 <= ninst <= 4:
        out.append(f"institutions {ninst}")
    return out


# ============================================================================================
# Assembly

def make_note(rng: random.Random, style: str, length: str) -> tuple[Note, list[str]]:
    ref = date(2025, 1, 1) + timedelta(days=rng.randint(0, 330))
    casting, _ = build_cast(rng, style, ref)
    kid = casting.members["K"]
    kid_age = ref.year - kid.dob.year if kid.dob else 8
    fam_origin = casting.members["M"].origin if "M" in casting.members and rng.random() < 0.5 else kid.origin
    insts = pick_insts(rng, style, fam_origin, kid_age)
    b = Builder(rng, style, casting.members, insts, ref)
    STYLE_FUNCS[style](b, length)
    text = b.text()
    persons = [Person(m.full(), m.vault_role) for m in casting.members.values() if m.vault]
    note = Note(style=style, length=length, text=text, persons=persons, items=b.items, clinical=b.clinical,
                words=b.words)
    for it in note.items:
        assert text[it.start:it.end] == it.text, (it.kind, it.text)
    unreg = sum(1 for m in casting.members.values() if not m.vault)
    probs = problems(note)
    if not 1 <= unreg <= 5:
        probs.append(f"unregistered persons {unreg}")
    if any(m.mentions == 0 for m in casting.members.values()):
        probs.append("unmentioned member")
    return note, probs


def make_notes(n: int, seed: int) -> list[Note]:
    notes: list[Note] = []
    seen: set[str] = set()
    lengths = ["short", "medium", "medium", "long"]
    for i in range(n):
        style = STYLES[(i + seed) % len(STYLES)]
        attempt = 0
        while True:
            rng = random.Random(seed * 1_000_003 + i * 7_919 + attempt * 104_729)
            length = rng.choice(lengths)
            note, probs = make_note(rng, style, length)
            attempt += 1
            if not probs and note.text not in seen:
                break
            if attempt > 200:
                raise RuntimeError(f"note {i}: cannot generate a valid note: {probs}")
        seen.add(note.text)
        notes.append(note)
    return notes


def _show(note: Note) -> None:
    print("=" * 100)
    print(f"style={note.style} length={note.length}")
    print("persons:", [(p.name, p.role) for p in note.persons])
    print("-" * 100)
    print(note.text)
    print("-" * 100)
    for it in note.items:
        checks = ", ".join(f"{c.how}:{c.value}" + ("(g)" if c.scope == "global" else "") for c in it.checks)
        attrs = " ".join(f"{k}={v}" for k, v in it.attrs.items())
        print(f"  {it.kind:32s} {it.text!r:38s} [{checks}] {attrs}")
    print("clinical:", note.clinical)
    print("words:", note.words)


if __name__ == "__main__":
    import time
    from collections import Counter

    t0 = time.perf_counter()
    ns = make_notes(500, 20261201)
    dt = time.perf_counter() - t0
    for note in ns[:3]:
        _show(note)
    kinds = Counter(it.kind for n_ in ns for it in n_.items)
    print("=" * 100)
    print(f"{len(ns)} notes in {dt:.2f}s; styles {Counter(n_.style for n_ in ns)}")
    print(f"lengths {Counter(n_.length for n_ in ns)}")
    for k, v in sorted(kinds.items()):
        print(f"  {k:36s} {v}")
