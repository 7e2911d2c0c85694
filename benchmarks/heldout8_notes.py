"""Held-out set 8: synthetic Dutch notes in five styles the redactor has not been tuned on.

Styles:
  opvang-ouderapp    parent-app messages of a kinderdagverblijf / BSO and the group's handover notebook
  jgz-consult        a consultatiebureau / JGZ record with structured fields, growth figures and referrals
  sportclub-vcp      a report by a sports club's vertrouwenscontactpersoon, with quoted e-mails and the board
  whatsapp-export    an exported WhatsApp group chat of a school care team or a neighbourhood team
  vt-terugkoppeling  a letter or e-mail from Veilig Thuis back to the reporting professional

Every name, institution, address and number is invented.  Notes are built from small templates with a
mini-language (see ``Doc.say``): ``{=a|b}`` picks one alternative, ``{?x}`` is optional, ``{K/v}`` is a
mention of the registered child in a given spelling, ``{u:role#key/form}`` an unregistered person,
``{I:type#key/form}`` an institution, ``{tel:who}`` etc. identifiers, ``{C:pool}`` a clinical phrase and
``{W:pool}`` a word-name phrase.  Every identifier is recorded as an ``Item`` with exact offsets.
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402
from assistant.privacy.redact import Person  # noqa: E402

STYLES = ["opvang-ouderapp", "jgz-consult", "sportclub-vcp", "whatsapp-export", "vt-terugkoppeling"]
LENGTHS = [("kort", 30), ("middel", 45), ("lang", 25)]

# ============================================================================================
# names
# ============================================================================================


def _l(s: str) -> list[str]:
    return [w.strip() for w in s.split("|") if w.strip()]


NAMES: dict[str, dict[str, list[str]]] = {
    "nederlands": dict(
        m=_l("Daan|Sem|Bram|Luuk|Thijs|Jesse|Milan|Ruben|Stijn|Tim|Tom|Bas|Niels|Jeroen|Mark|Erik|Sander|Wouter|"
             "Joost|Pim|Gijs|Teun|Job|Mees|Storm|Siem|Hidde|Koen|Rik|Floris|Jan|Kees|Henk|Dirk|Maarten|Jasper|"
             "Olivier|Cas|Guus|Lars|Roel|Bart"),
        f=_l("Sanne|Anouk|Lotte|Emma|Julia|Fleur|Roos|Iris|Merel|Noor|Lot|Linde|Jasmijn|Femke|Eva|Tess|Sophie|"
             "Anne|Ilse|Marieke|Esther|Linda|Sandra|Ingrid|Petra|Mirjam|Annelies|Yvonne|Wendy|Kim|Saskia|Amber|"
             "Jade|Lieke|Floor|Isa|Mila|Maud|Evi|Anne-Marie|Hanneke"),
        s=_l("de Vries|Jansen|de Jong|Bakker|Visser|Smit|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Dijk|"
             "van den Berg|van der Meer|Dekker|Brouwer|de Wit|Kok|Koning|Schouten|van Leeuwen|Verhoeven|de Haan|"
             "Bloem|de Winter|Storm|de Hoop|Zon|van Dam|van der Veen|van den Heuvel|Timmerman|Schipper|Koster|"
             "Molenaar|Groen|de Lange|Kuiper|Vink|Mol|Boon|Haas|Wolf|Klein|Zwart|van 't Hof|in 't Veld|ter Horst|"
             "ten Brink|Verbeek|Jacobs|van Beek|Kramer|van der Linden|Verschoor|Willemsen|Overbeek|Scholten|"
             "Meijer|Hermans|Vermeulen|Bosman|Hulshof|van der Wal|Held|de Bruijn|Steenbergen|Vogel")),
    "fries": dict(
        m=_l("Sjoerd|Wietse|Tjeerd|Jelle|Sietse|Hylke|Douwe|Rients|Auke|Wiebe|Gerben|Jouke|Bauke|Folkert"),
        f=_l("Sytske|Baukje|Froukje|Hiske|Jeltje|Tjitske|Wytske|Anke|Ynske|Gerbrich|Aukje|Sjoukje|Rixt|Jildou"),
        s=_l("Hoekstra|Dijkstra|Postma|Bouma|Terpstra|Wijnja|Zijlstra|Boersma|Faber|Hiemstra|Sikkema|Tjalsma|"
             "Wiersma|Bosma|Yntema|Haitsma|Jorritsma|Dykstra|de Jong|Visser")),
    "marokkaans": dict(
        m=_l("Mohamed|Ahmed|Youssef|Bilal|Ayoub|Hamza|Anas|Zakaria|Soufiane|Mustafa|Karim|Rachid|Nordin|Adam|"
             "Rayan|Ilyas|Imran|Yassine|Othman|Mehdi|Abdelkader|Driss|Said"),
        f=_l("Fatima|Khadija|Samira|Nadia|Loubna|Yasmina|Salma|Aya|Hiba|Malak|Imane|Naima|Sara|Hajar|Ikram|"
             "Meryem|Soukaina|Rania|Noor|Ilham|Latifa|Zineb|Nisrine"),
        s=_l("El Amrani|Bouzid|Ait Taleb|El Idrissi|Benali|Chaouch|Azzouzi|El Khattabi|Ouali|Bakkali|El Hamdaoui|"
             "Boukhari|Tahiri|Achahbar|Ziani|Mansouri|El Bouzidi|Haddouchi|Lamrani|Bennani|Es-Sadki|Ouahabi|"
             "El Ouardi|Ait Brahim")),
    "turks": dict(
        m=_l("Mehmet|Mustafa|Emre|Burak|Kerem|Yusuf|Ömer|Hakan|Serkan|Murat|Eren|Kaan|Arda|Enes|Baran|Berat|"
             "Efe|Çağlar|Ünal|Şükrü|Oğuz|Volkan|Umut"),
        f=_l("Ayşe|Elif|Zeynep|Esra|Büşra|Merve|Fatma|Emine|Hatice|Derya|Özlem|Gül|Sibel|Ebru|Melek|Dilara|"
             "Eylül|Nisa|Yağmur|Ecrin|Azra|Defne|Ceren"),
        s=_l("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|"
             "Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdem|Aksoy|Tekin|Bulut|Güneş")),
    "surinaams-creools": dict(
        m=_l("Romano|Glenn|Ricardo|Errol|Rudi|Marlon|Jerrel|Quincy|Shaquille|Jayden|Dion|Orlando|Clifton|"
             "Ravelino|Romeo|Virgil|Giwani"),
        f=_l("Sharon|Jennifer|Rowena|Gerda|Shanice|Chantal|Joyce|Melisa|Priscilla|Ruth|Denise|Naomi|Shirley|"
             "Marcia|Chenoa|Faith|Germaine"),
        s=_l("Pinas|Vliet|Sabajo|Wijngaarde|Fränkel|Pengel|Monsels|Doelwijt|Kanteman|Brunings|Zaalman|"
             "Tjon-A-Fat|Soeters|Landveld|Deekman|Amatstam|Esajas|Cairo|Nelom|Zeefuik|Graanoogst|Held")),
    "surinaams-hindoestaans": dict(
        m=_l("Rakesh|Anil|Ravi|Sunil|Dinesh|Vishal|Ashwin|Rajesh|Kiran|Navin|Sanjay|Amar|Krishna|Prem"),
        f=_l("Sunita|Anita|Shanti|Kavita|Radha|Priya|Reshma|Nisha|Asha|Devika|Sita|Roshni|Geeta|Kamla"),
        s=_l("Ramdin|Jhinkoe|Bissesar|Ramsaran|Sewdien|Kalloe|Mahabier|Jagesar|Ramlal|Kanhai|Soekhai|Baldew|"
             "Chotoe|Gangaram Panday|Sital|Autar|Ramdhan|Mangroe|Bhagwandin")),
    "antilliaans": dict(
        m=_l("Jurgen|Giovanni|Shurendy|Rignald|Jean-Paul|Kenrick|Dwayne|Ruthmilo|Jearl|Gino|Sirvano|Jurich"),
        f=_l("Jeanine|Sharlene|Claudette|Marisol|Yudelka|Shudayra|Rosalinda|Maritza|Sheritza|Dayenne|Ivette"),
        s=_l("Martina|Isenia|Rosaria|Frans|Cijntje|Maduro|Statie|Janga|Rosalia|Koeiman|Rojer|Pieternella|"
             "de Windt|Winklaar|Girigorie|Wawoe|Cicilia")),
    "kaapverdiaans": dict(
        m=_l("João|Manuel|Carlos|Djeison|Nelson|Edmilson|Adilson|Elton|Wilson|Ailton"),
        f=_l("Maria|Ana|Jandira|Edna|Djenifer|Lurdes|Sónia|Carla|Nilza|Eunice"),
        s=_l("Lopes|Fortes|Tavares|Gomes|Semedo|Monteiro|Delgado|Brito|Varela|da Graça|Fernandes|Cabral|"
             "dos Santos|Moreira")),
    "pools": dict(
        m=_l("Jakub|Kacper|Mateusz|Piotr|Tomasz|Paweł|Łukasz|Krzysztof|Michał|Bartosz|Wojciech|Szymon|Filip|"
             "Marek|Dawid"),
        f=_l("Zofia|Zuzanna|Agnieszka|Katarzyna|Magdalena|Małgorzata|Joanna|Monika|Ewa|Natalia|Aleksandra|"
             "Oliwia|Justyna|Beata"),
        s=_l("Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|"
             "Kozłowski|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowski|Pawlak|Michalski")),
    "roemeens": dict(
        m=_l("Andrei|Alexandru|Ionuț|Mihai|Florin|Cristian|Ștefan|Bogdan|Marius|Gabriel|Vlad|Adrian|Sorin|"
             "Darius"),
        f=_l("Ioana|Elena|Andreea|Mihaela|Cristina|Daniela|Bianca|Larisa|Ionela|Roxana|Denisa|Ilinca"),
        s=_l("Popescu|Ionescu|Popa|Dumitru|Stoica|Gheorghe|Rusu|Munteanu|Matei|Constantin|Șerban|Moldovan|"
             "Lungu|Ciobanu|Dinu|Sârbu|Mocanu")),
    "bulgaars": dict(
        m=_l("Georgi|Ivan|Dimitar|Nikolay|Hristo|Stoyan|Petar|Kaloyan|Boyan|Todor|Yordan"),
        f=_l("Ivanka|Desislava|Radostina|Tsvetelina|Gergana|Nadezhda|Vesela|Elitsa|Yana|Kremena|Teodora"),
        s=_l("Ivanov|Georgiev|Dimitrov|Petrov|Nikolov|Hristov|Stoyanov|Todorov|Angelov|Kolev|Iliev|Marinov|"
             "Yordanov|Stefanov")),
    "oekraiens": dict(
        m=_l("Oleksandr|Andriy|Dmytro|Serhiy|Taras|Bohdan|Mykola|Yaroslav|Vitaliy|Maksym|Artem|Denys"),
        f=_l("Olena|Iryna|Oksana|Nataliya|Tetiana|Yuliia|Kateryna|Sofiia|Viktoriia|Anastasiia|Halyna|Daryna|"
             "Solomiia"),
        s=_l("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Kovalchuk|Oliynyk|Lysenko|"
             "Marchenko|Savchuk|Rudenko|Moroz|Polishchuk|Hnatyuk")),
    "syrisch": dict(
        m=_l("Omar|Khaled|Ahmad|Mahmoud|Ammar|Bassel|Fadi|Hassan|Yamen|Ghaith|Karam|Majd|Tarek|Wassim|Rami"),
        f=_l("Lina|Rasha|Hala|Rama|Rahaf|Nour|Reem|Ghalia|Dania|Yara|Layal|Sham|Zeina|Maya|Rouba"),
        s=_l("Al-Hassan|Haddad|Al-Khatib|Darwish|Al-Ahmad|Shaker|Al-Masri|Khoury|Alloush|Hamwi|Al-Homsi|Kabbani|"
             "Najjar|Sabbagh|Zaher|Halabi|Al-Shami")),
    "eritrees": dict(
        m=_l("Yonas|Filmon|Samuel|Yohannes|Tesfay|Merhawi|Biniam|Dawit|Efrem|Semere|Robel|Aron|Kibrom|Habtom"),
        f=_l("Selam|Helen|Saba|Mebrat|Senait|Luwam|Rahwa|Feven|Ruta|Yordanos|Hiwet|Tsega|Winta|Lidya"),
        s=_l("Tesfamariam|Ghebremedhin|Haile|Tekle|Berhane|Mehari|Kidane|Woldu|Gebremichael|Asmerom|Habte|"
             "Okbazghi|Yemane|Andemariam|Tewelde|Fissehaye")),
    "somalisch": dict(
        m=_l("Abdirahman|Abdullahi|Abdi|Farah|Liban|Guled|Mahad|Ilyas|Hamza|Yusuf|Mukhtar|Bashir"),
        f=_l("Hodan|Fadumo|Amina|Sahra|Ifrah|Ayaan|Hibaaq|Nasra|Idil|Hawa|Muna|Khadra|Safiya"),
        s=_l("Warsame|Mohamud|Hussein|Jama|Osman|Aden|Egal|Hersi|Samatar|Dirie|Guleid|Ismail|Nur")),
    "afghaans": dict(
        m=_l("Farid|Hamid|Nasir|Zabihullah|Mohammad|Sami|Jawad|Rahim|Obaid|Sohrab|Mirwais|Elham"),
        f=_l("Zahra|Marzia|Shabnam|Farzana|Mariam|Parisa|Nazanin|Sadia|Roya|Laila|Mahsa|Nilofar|Shakiba"),
        s=_l("Ahmadi|Hakimi|Karimi|Rahimi|Mohammadi|Sultani|Hosseini|Noori|Amiri|Popal|Wardak|Stanikzai|Azizi|"
             "Habibi|Safi|Jalali|Nazari")),
    "ghanees": dict(
        m=_l("Kwame|Kofi|Kwabena|Kojo|Yaw|Kwaku|Kwesi|Emmanuel|Isaac|Prince|Ebenezer|Nana"),
        f=_l("Ama|Akua|Abena|Efua|Adwoa|Afua|Yaa|Esi|Gifty|Comfort|Patience|Mercy|Abigail"),
        s=_l("Mensah|Boateng|Owusu|Asante|Osei|Agyeman|Appiah|Ofori|Acheampong|Darko|Antwi|Amankwah|Quaye|Adjei|"
             "Frimpong|Opoku|Badu")),
    "nigeriaans": dict(
        m=_l("Chinedu|Emeka|Oluwaseun|Tunde|Ifeanyi|Chukwuemeka|Babajide|Obinna|Femi|Tobi|Segun|Kelechi|Uche"),
        f=_l("Chiamaka|Ngozi|Folake|Adaeze|Funmilayo|Blessing|Temitope|Ifeoma|Chioma|Yetunde|Oluchi|Precious|"
             "Amara|Ebere"),
        s=_l("Okafor|Adeyemi|Okonkwo|Nwosu|Balogun|Eze|Ogunleye|Chukwu|Adebayo|Obi|Olawale|Nnamdi|Okeke|"
             "Afolabi|Ibekwe|Oyelaran")),
    "chinees": dict(
        m=_l("Wei|Jun|Hao|Lei|Jian|Ming|Zhiwei|Yang|Kai|Hong|Tao|Jie|Bo"),
        f=_l("Mei|Xiaoling|Yan|Jing|Ling|Hui|Xin|Yun|Fang|Qian|Ying|Lili|Xiu"),
        s=_l("Wang|Zhang|Liu|Chen|Huang|Zhao|Wu|Zhou|Lin|Chan|Cheung|Wong|Lam|Ho|Tan|Li")),
    "vietnamees": dict(
        m=_l("Minh|Tuấn|Hùng|Dũng|Nam|Phúc|Quang|Thành|Khoa|Bảo|Huy|Long|Đức"),
        f=_l("Linh|Lan|Hương|Thảo|Trang|Mai|Ngọc|Hoa|Thu|Phương|Vy|Hằng|Nhung"),
        s=_l("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý")),
    "indiaas": dict(
        m=_l("Arjun|Rohan|Vikram|Rahul|Aditya|Karthik|Siddharth|Pranav|Varun|Nikhil|Aarav|Vivaan|Abhishek"),
        f=_l("Ananya|Divya|Shreya|Pooja|Lakshmi|Kavya|Sneha|Aishwarya|Meera|Anjali|Deepika|Ishita|Nandini"),
        s=_l("Sharma|Patel|Iyer|Reddy|Nair|Gupta|Krishnan|Rao|Menon|Kulkarni|Agarwal|Banerjee|Chatterjee|"
             "Deshpande|Pillai|Subramanian|Joshi|Mehta")),
    "braziliaans": dict(
        m=_l("Lucas|Matheus|Rafael|Thiago|Bruno|Felipe|Leonardo|Gustavo|Rodrigo|Vinícius|João Pedro|Caio|Davi"),
        f=_l("Ana Clara|Beatriz|Larissa|Camila|Fernanda|Juliana|Letícia|Mariana|Gabriela|Isabela|Luana|Thaís|"
             "Bruna"),
        s=_l("Silva|Santos|Oliveira|Souza|Ferreira|Pereira|Costa|Carvalho|Almeida|Ribeiro|Gonçalves|Araújo|"
             "Barbosa|Rocha|Nascimento|Cardoso")),
    "engels": dict(
        m=_l("James|Oliver|Harry|George|Jack|Charlie|Thomas|Daniel|Ryan|Liam|Connor|Callum|Owen|Oscar"),
        f=_l("Emily|Olivia|Charlotte|Amelia|Grace|Chloe|Megan|Holly|Lucy|Hannah|Ellie|Jessica|Poppy"),
        s=_l("Smith|Taylor|Brown|Wilson|Thompson|Walker|Wright|Robinson|Hughes|Edwards|Clarke|Hall|Baker|"
             "Turner|O'Brien|Fletcher|Winter|Cooper")),
    "duits": dict(
        m=_l("Lukas|Jonas|Leon|Felix|Maximilian|Paul|Finn|Tobias|Florian|Stefan|Matthias|Jürgen|Klaus|Moritz"),
        f=_l("Lena|Lea|Johanna|Katharina|Laura|Marie|Sabine|Ute|Birgit|Greta|Paula|Franziska"),
        s=_l("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|"
             "Wolf|Schröder|Neumann|Schwarz|Braun|Krüger|Hartmann|Zimmermann|Vogel")),
}

ORIGIN_WEIGHTS = [("nederlands", 30), ("fries", 4), ("marokkaans", 10), ("turks", 9), ("surinaams-creools", 5),
                  ("surinaams-hindoestaans", 4), ("antilliaans", 3), ("kaapverdiaans", 2), ("pools", 5),
                  ("roemeens", 3), ("bulgaars", 3), ("oekraiens", 3), ("syrisch", 4), ("eritrees", 3),
                  ("somalisch", 2), ("afghaans", 2), ("ghanees", 2), ("nigeriaans", 2), ("chinees", 2),
                  ("vietnamees", 2), ("indiaas", 2), ("braziliaans", 2), ("engels", 2), ("duits", 2)]

# name words that are also ordinary Dutch words
WORDY = set(_l("roos|storm|hoop|bloem|zon|winter|visser|bakker|smit|jong|kok|koning|haas|wit|groot|hoek|brouwer|"
               "klein|groen|zwart|bos|boer|vos|mees|merel|iris|fleur|jade|amber|lente|zomer|berg|dijk|wolf|veen|"
               "meer|heuvel|linden|linde|lot|job|noor|haan|lange|kuiper|vink|mol|boon|dam|schipper|timmerman|"
               "koster|molenaar|held|vogel|frans|comfort|long|lam|vliet|graanoogst|wal|brink|beek|hof|veld|horst|"
               "dekker|kramer|faber|koch|braun|schwarz|bulut|cairo|steenbergen"))

PARTICLES = set(_l("van|de|der|den|het|'t|ter|ten|te|in|op|aan|el|al|es|da|das|do|dos|di|du|von|zu|vom|la|ibn|"
                   "abu|bin"))
TITLE_WORDS = set(_l("mevrouw|mevr|mw|meneer|heer|dhr|dr|dokter|juf|meester|de"))
DUTCHISH = {"nederlands", "fries", "surinaams-creools", "antilliaans"}

TOWNS = _l("Amersfoort|Zwolle|Almere|Tilburg|Leeuwarden|Schiedam|Zaandam|Apeldoorn|Deventer|Helmond|Lelystad|"
           "Purmerend|Hoorn|Gouda|Alphen aan den Rijn|Veenendaal|Nieuwegein|Roosendaal|Emmen|Hengelo|Den Helder|"
           "Vlaardingen|Capelle aan den IJssel|Spijkenisse|Zoetermeer|Dordrecht|Arnhem|Ede|Breda|Heerlen")
REGIONS = _l("Eemvallei|Vechtstreek|Kennemerzoom|Dommelland|Meerlanden|IJsselgouw|Lingestreek|Zaanvallei|"
             "Gouweland|Merwedeland|Reggedal|Hunzestreek|Amstelgouw")

# ============================================================================================
# institutions
# ============================================================================================


@dataclass
class E:
    name: str
    pre: str = ""            # "|"-separated generic prefixes ("basisschool|OBS")
    abbr: str | None = None
    short: str | None = None
    bare: bool = True        # the name alone is natural ("De Wilgenhoek" yes, "Eemvallei" for a GGD no)
    art: str = ""            # article used before a chain name ("de Jumbo")
    domain: str | None = None


_SCHOOL_PRE = "basisschool|basisschool|OBS|CBS|PCBS|RKBS|IKC|Kindcentrum|bs|Daltonschool|Jenaplanschool"
INST_POOL: dict[str, list[E]] = {
    "school": [E(n, _SCHOOL_PRE, short=n.split(" ", 1)[-1]) for n in _l(
        "De Wilgenhoek|Het Kompas|De Vuurtoren|De Fontein|De Tweemaster|De Zeppelin|De Kameleon|De Tamarinde|"
        "De Piramide|De Toermalijn|De Octopus|De Bolster|De Meander|De Regenboog|De Zonnewijzer|De Klimop|"
        "De Wegwijzer|De Windroos|Het Palet|Het Startpunt|De Lindenhof|De Klaverhoek|De Sterrenwacht|"
        "De Kastanjegaard|Het Eikenveld|De Springplank|De Beukenrank|De Vlinderboom|Het Mozaïek|De Dukdalf|"
        "De Kikkerpolder|De Boomgaard|De Parel|De Triangel|De Pelikaan|Het Baken")] + [
        E("Sint-Maartenschool", "RKBS|basisschool", short="de Maartenschool"),
        E("Koningin Wilhelminaschool", "basisschool|CBS", short="de Wilhelminaschool"),
        E("Willibrordschool", "RKBS|basisschool"),
        E("Al-Amana", "islamitische basisschool|IBS", short="de Al-Amana"),
        E("Eemvallei College", abbr="EVC", short="het Eemvallei"),
        E("Hofstede Lyceum", abbr="HSL", short="het Hofstede"),
        E("Meerwijk College", abbr="MWC", short="het Meerwijk"),
        E("Vechtstede Scholengemeenschap", abbr="VSG", short="de Vechtstede"),
        E("Praktijkschool De Sprong", short="de Sprong"),
        E("Zuiderpark Lyceum", abbr="ZPL", short="het Zuiderpark"),
        E("Linnaeus College", short="het Linnaeus"),
    ],
    "kinderopvang": [E(n, "Kinderdagverblijf|KDV|kinderopvang|Kinderopvang|kdv|peuteropvang|BSO|Kindcentrum",
                       short=n.split(" ", 1)[-1] if n.startswith(("De ", "Het ", "'t ")) else None) for n in _l(
        "'t Egeltje|De Kleine Vos|Het Kikkertje|Dribbel|Kwebbel|De Hummeltjes|De Boomhut|Ukkepuk|De Speeldoos|"
        "Het Uilennest|Ballonnetje|Pippeloentje|Het Speelhuis|Bambino|Tierelier|De Duimelot|Hoepla|"
        "De Kabouterhut|De Hobbelhoeve|Villa Vrolijk|Knuffelhuis|De Zandloper|Het Vlindernest")] + [
        E("Partou Zonnestraal", short="Zonnestraal"), E("Kinderrijk De Notenboom", short="de Notenboom"),
        E("Humankind Het Hoedje", short="het Hoedje"), E("Smallsteps De Schelp", short="de Schelp"),
    ],
    "ziekenhuis": [
        E("Eemziekenhuis", abbr="EZH"), E("Lingeborg Ziekenhuis", short="het Lingeborg"),
        E("Vechtdal Medisch Centrum", abbr="VMC", short="het Vechtdal"),
        E("Sint Clara Gasthuis", abbr="SCG", short="het Clara"),
        E("Dommelstede Ziekenhuis", short="het Dommelstede"), E("Berkelstede", "ziekenhuis"),
        E("Rijnhoven Ziekenhuis", abbr="RHZ", short="Rijnhoven"),
        E("Medisch Centrum Zuiderpoort", abbr="MCZ", short="de Zuiderpoort"),
        E("Amstelveld Ziekenhuis", short="het Amstelveld"), E("IJsselgouw Ziekenhuis", short="het IJsselgouw"),
        E("Spaarnehof Gasthuis", abbr="SHG", short="de Spaarnehof"), E("Noorderhaven MC", abbr="NHMC"),
        E("Ziekenhuis De Waarden", short="De Waarden"),
        E("Wilhelmina Kinderziekenhuis", abbr="WKZ", short="het WKZ"),
        E("Sophia Kinderziekenhuis", short="het Sophia"), E("Emma Kinderziekenhuis", abbr="EKZ", short="het Emma"),
        E("Juliana Kinderziekenhuis", abbr="JKZ"), E("Erasmus MC", short="het Erasmus"),
        E("Maasziekenhuis"), E("Gelre Kinderkliniek"), E("Zuiderzee Ziekenhuis", abbr="ZZH"),
    ],
    "huisarts": [E(n, p) for n, p in [
        ("De Linde", "Huisartsenpraktijk|huisartsenpraktijk|praktijk|Huisartsen"),
        ("Het Anker", "Huisartsenpraktijk|huisartsenpraktijk|Huisartsen"),
        ("Lindeboom", "Gezondheidscentrum|gezondheidscentrum|GC"),
        ("Kruiskamp", "Huisartspraktijk|Huisartsen|huisartsenpraktijk"),
        ("Oosterhei", "Gezondheidscentrum|GC|huisartsen"),
        ("Het Spoor", "Huisartsenpraktijk|huisartsenpraktijk"),
        ("De Hofstee", "Gezondheidscentrum|Huisartsenpraktijk"),
        ("Duinzicht", "Huisartsen|Huisartsenpraktijk"),
        ("Berkenrode", "Praktijk|Huisartsenpraktijk|huisartsen"),
        ("De Wissel", "Huisartsenpraktijk|Huisartsengroep"),
        ("Zuidwijk", "Huisartsengroep|Gezondheidscentrum"),
        ("De Kastanjehof", "Huisartsenpraktijk|praktijk"),
        ("Het Gasthuisplein", "Huisartsen|Huisartsenpraktijk"),
        ("De Boekweit", "Huisartsenpraktijk|Gezondheidscentrum"),
        ("Ravelijn", "Huisartsenpraktijk|huisartsen"),
    ]] + [E("Huisartsen aan de Vecht", short="aan de Vecht", bare=False),
          E("Eemland", "HAP|Huisartsenpost|huisartsenpost", bare=False)],
    "zorgaanbieder": [
        E("De Waterlelie", "Jeugdhulp|jeugdhulp"), E("GGZ %R", short="%R", bare=False),
        E("Dommelhof", "Jeugd-GGZ|jeugd-ggz"), E("Horizonwerk", "Jeugdzorg|jeugdzorg"),
        E("Lindenstede", "Stichting|jeugdhulp"), E("Meerwaarde Jeugd & Gezin", short="Meerwaarde"),
        E("De Hooiberg", "Zorgboerderij|zorgboerderij"), E("Kristal", "Ambulante hulp|ambulante hulpverlening"),
        E("Vlietstede", "Jeugdhulp|jeugdhulp"), E("Zonnehoeve", "Orthopedagogisch Centrum|OC", abbr="OCZ"),
        E("Merakel", "Kinderpraktijk|kinderpraktijk"), E("Kompasroos", "Gezinsbegeleiding|gezinsbegeleiding"),
        E("Elzenhof", "Gezinshuis|gezinshuis"), E("Ravenstein", "Kinder- en Jeugdpsychiatrie|KJP"),
        E("Traumacentrum Eemhorst", short="Eemhorst"), E("Kwadrant", "Jeugdzorg|jeugd- en opvoedhulp"),
    ],
    "werkgever": [
        E("Jumbo", art="de", domain="jumbo.com"), E("Albert Heijn", abbr="AH", short="de Appie", art="de",
                                                    domain="ah.nl"),
        E("Lidl", art="de", domain="lidl.nl"), E("Aldi", art="de"), E("PostNL", domain="postnl.nl"),
        E("bol.com", domain="bol.com"), E("Action", art="de"), E("HEMA", art="de"), E("Kruidvat", art="het"),
        E("DHL", domain="dhl.com"), E("Randstad", domain="randstad.nl"), E("Tempo-Team"), E("Coolblue"),
        E("Schiphol"), E("McDonald's", short="de Mac", art="de"), E("Primark", art="de"),
        E("Heuvelman", "Bouwbedrijf|bouwbedrijf"), E("Glansrijk", "Schoonmaakbedrijf|schoonmaakbedrijf"),
        E("Groenoord", "Kwekerij|kwekerij"), E("Eemvlees", "Vleesverwerker|slachterij"),
        E("De Klaproos", "Thuiszorg|thuiszorg"), E("Snelpost", "Pakketdienst|koeriersbedrijf"),
        E("De Zeester", "Vishandel|vishandel"), E("Eemstad", "Taxicentrale|taxibedrijf", bare=False),
        E("Van Kessel", "Transportbedrijf|transport", bare=False),
    ],
    "sportclub": [
        E("De Zwaluwen", "vv|VV|voetbalvereniging|v.v."), E("Eemvogels", "VV|vv|voetbalclub"),
        E("Blauw-Wit '21", "SV|sv", short="Blauw-Wit"), E("%R", "HC|hockeyclub|Hockeyclub", bare=False),
        E("De Dolfijn", "ZV|zwemvereniging|Zwemvereniging"), E("Kuroshio", "Judoschool|judoclub"),
        E("De Kastanje", "TV|tennisvereniging"), E("Olympia", "Turnvereniging|gymvereniging|turnclub"),
        E("Tijgers Gym", "Kickboxschool|kickboxclub"), E("Oranje Boys", "vv|VV"),
        E("Zuidvogels", "RKSV|voetbalvereniging"), E("De Haas", "Atletiekvereniging|AV"),
        E("De Vliegers", "Hockeyclub|MHC"), E("Hoopers", "Basketbalclub|BC"), E("Rapid '58", "KV|korfbalclub",
                                                                                short="Rapid"),
        E("Sparta Eemdal", "voetbalvereniging|SV", short="Sparta"), E("De Otters", "Waterpolo|zwemclub"),
    ],
    "religieus": [
        E("Al-Nour", "moskee|Moskee|de moskee"), E("El Fath", "moskee|Moskee"), E("Ayasofya", "moskee|camii"),
        E("Mevlana", "moskee|Moskee"), E("Al-Houda", "moskee|Moskee"), E("De Rank", "Pinkstergemeente|kerk"),
        E("De Ark", "Evangelische Gemeente|evangelische gemeente"), E("Living Waters", "RCCG|kerk"),
        E("Ebenezer", "Ghanese Methodistenkerk|Methodistenkerk"),
        E("Medhanie Alem", "Eritrees-orthodoxe kerk|kerk"), E("Shri Ram Mandir", "Hindoetempel|mandir"),
        E("Sint-Stanislaus", "Poolse parochie|parochie"), E("Bethel", "Baptistengemeente|kerk"),
        E("Nur-ul-Islam", "moskee|Moskee"), E("Sint-Jozef", "parochie|Parochie"), E("Kidane Mehret", "kerk"),
    ],
    "jgz": [
        E("%R", "GGD|JGZ|Jeugdgezondheidszorg|CJG|GGD-JGZ", bare=False),
        E("De Lindehof", "consultatiebureau|Consultatiebureau|CB"),
        E("Oosterpark", "consultatiebureau|CB", bare=False), E("Noorderhaven", "CJG|Centrum voor Jeugd en Gezin",
                                                                bare=False),
        E("Het Zonnehuis", "consultatiebureau|Consultatiebureau"),
        E("Kind & Gezin Meerland", short="Meerland"), E("Het Klokhuis", "consultatiebureau|CB"),
    ],
    "wijkteam": [E(n, p, bare=False) for n, p in [
        ("Oosterkwartier", "wijkteam|Wijkteam|sociaal wijkteam|WT"), ("Schothorst", "buurtteam|Buurtteam"),
        ("De Rietlanden", "wijkteam|Wijkteam"), ("Kruidenwijk", "jeugdteam|wijkteam"),
        ("Zuidwijk", "wijkteam|Sociaal Team"), ("Waterwijk", "Wijkteam|wijkteam"),
        ("Eemhof", "Team Jeugd & Gezin|jeugdteam"), ("Kanaalzone", "buurtteam|Buurtteam"),
        ("Molenwijk", "wijkteam|sociaal team"), ("Vogelbuurt", "buurtteam|wijkteam")]],
    "veilig-thuis": [E("%R", "Veilig Thuis|VT", bare=False)],
    "woningcorporatie": [E("De Linie", "Woonstichting|woonstichting"), E("Woongoed Zuidrand", short="Woongoed"),
                         E("Thuisvast", "Stichting|woningcorporatie"), E("WoonKracht"), E("De Woonschakel"),
                         E("Eemstad Wonen")],
}

GENERIC = set(_l(
    "basisschool|school|obs|cbs|pcbs|rkbs|ikc|kindcentrum|bs|daltonschool|jenaplanschool|ibs|islamitische|"
    "kinderdagverblijf|kdv|bso|kinderopvang|peuteropvang|ziekenhuis|medisch|centrum|mc|gasthuis|"
    "kinderziekenhuis|huisarts|huisartsen|huisartsenpraktijk|huisartspraktijk|praktijk|gezondheidscentrum|gc|"
    "hap|huisartsenpost|huisartsengroep|stichting|jeugdhulp|jeugdzorg|ggz|jeugd-ggz|zorgboerderij|ambulante|hulp|"
    "hulpverlening|orthopedagogisch|oc|kinderpraktijk|gezinsbegeleiding|gezinshuis|kinder-|jeugdpsychiatrie|kjp|"
    "traumacentrum|jeugd|gezin|opvoedhulp|jeugd-|&|en|bouwbedrijf|schoonmaakbedrijf|kwekerij|vleesverwerker|"
    "slachterij|thuiszorg|pakketdienst|koeriersbedrijf|vishandel|taxicentrale|taxibedrijf|transportbedrijf|"
    "transport|supermarkt|vv|v.v|voetbalvereniging|voetbalclub|sv|hc|hockeyclub|zv|zwemvereniging|judoschool|"
    "judoclub|tv|tennisvereniging|turnvereniging|gymvereniging|turnclub|kickboxschool|kickboxclub|rksv|"
    "atletiekvereniging|av|mhc|basketbalclub|bc|kv|korfbalclub|waterpolo|zwemclub|moskee|camii|kerk|"
    "pinkstergemeente|evangelische|gemeente|methodistenkerk|ghanese|eritrees-orthodoxe|hindoetempel|mandir|"
    "poolse|parochie|baptistengemeente|consultatiebureau|cb|ggd|jgz|ggd-jgz|jeugdgezondheidszorg|cjg|voor|"
    "wijkteam|buurtteam|jeugdteam|sociaal|team|wt|veilig|thuis|vt|woonstichting|woningcorporatie|locatie|te|"
    "in|de|het|'t|van|aan|op|bij|the|kind|kinderkliniek|sint|koningin|praktijkschool|scholengemeenschap|college|"
    "lyceum|gym|wonen"))

# ============================================================================================
# phrase pools (clinical observations and word-name phrases)
# ============================================================================================

CLIN: dict[str, list[str]] = {
    "opv": _l(
        "huilt veel bij het brengen|klampt zich vast bij het afscheid|was erg stil op de groep|"
        "speelt weinig met andere kinderen|duwde andere kinderen weg|schrikt van harde geluiden|"
        "kroop weg in de hoek van de groep|had erg veel honger bij binnenkomst|"
        "lijkt afwezig en staart voor zich uit|wil steeds op schoot|wordt stil als vader binnenkomt|"
        "wil niet naar huis|reageert heftig als je de stem verheft|speelt na dat de pop wordt geslagen|"
        "was erg boos en gooide met speelgoed|verstopte zich onder de tafel toen de deur dichtsloeg|"
        "zocht steeds troost bij de leidster|is wat meer op zichzelf|wilde niet buiten spelen|"
        "kreeg een driftbui bij het ophalen|wiegt zichzelf heen en weer|duimt de laatste tijd veel|"
        "is erg alert op volwassenen|at bijna niets van de boterham|was klein en mager vergeleken met de rest|"
        "deed in de huishoek na dat papa schreeuwt|kijkt steeds naar de deur"),
    "opv_kdv": _l(
        "wilde vandaag niet slapen|plast weer in de broek|praat nog weinig voor de leeftijd|"
        "is snel moe en valt in slaap aan tafel|beet een ander kind in de arm|huilde bij het verschonen|"
        "wilde de fles niet|kruipt nog niet goed|een natte luier van de hele nacht|luieruitslag, erg rood|"
        "geen schone luiers in de tas|een stinkende luier bij het brengen|roos op het hoofdje"),
    "opv_bso": _l(
        "wil niet met de andere kinderen naar buiten|vertelt dat er thuis geen eten is|"
        "wordt gepest door kinderen van de groep|heeft geen zin in huiswerk en is snel boos|"
        "kwam met een natte broek van school|zit veel in zijn eentje op de bank|"
        "wil niet dat we naar huis bellen|schrok toen een jongen zijn hand optilde"),
    "opv_inj": _l(
        "een blauwe plek op de wang|een blauwe plek op het scheenbeen|rode striemen op de rug|"
        "een brandplekje op de hand|een schram bij het oog|een bult op het voorhoofd|"
        "blauwe plekken op beide bovenarmen|een plek in de nek die groen en geel kleurt|"
        "vingerafdrukken op de bovenarm|een wondje aan de lip|een rode plek op de billen|een blauw oog|"
        "krasjes in het gezicht|een dikke enkel"),
    "opv_ziek": _l(
        "koorts had, 38,9|veel moest hoesten|spuugde na het eten|diarree had|oorpijn leek te hebben|"
        "heel bleek en wit weggetrokken was|niet wilde drinken|benauwd klonk"),
    "opv_verz": _l(
        "kwam zonder jas in de regen|had vieze kleren aan|hoofdluis gezien|zwart onder de nagels|"
        "geen fruit of brood bij zich|dezelfde kleren als gisteren|schoenen veel te klein|roos in het haar"),
    "opv_zegt": _l(
        "papa was heel boos op mama|mama moest huilen|ik mocht niet eten van papa|papa heeft mama pijn gedaan|"
        "ik moet altijd op mijn kamer blijven|de politie was bij ons thuis|ik ben bang voor de vriend van mama|"
        "ik slaap bij oma want thuis is ruzie"),
    "home": _l(
        "het thuis erg onrustig is|er veel ruzie is tussen de ouders|zij er alleen voor staat|vader veel drinkt|"
        "er geldzorgen zijn|zij slecht slaapt en veel huilt|de kinderen 's nachts wakker worden van het geschreeuw|"
        "vader de kinderen niet meer mag zien|zij bang is voor haar ex|de oudste voor de jongere kinderen zorgt|"
        "het huis te klein is voor het gezin|zij net uit de vrouwenopvang komt|"
        "er een contactverbod is voor vader"),
    "neut": _l(
        "goed gegeten|lekker buiten gespeeld|vrolijk en actief|paracetamol gehad om 12 uur (met toestemming)|"
        "rustig dagje|geknutseld en gezongen|wordt om 16.30 uur opgehaald|huiswerk gemaakt aan tafel"),
    "neut_kdv": _l(
        "heerlijk geslapen|twee keer verschoond|een fles gehad om 11 uur|tandje door, beetje hangerig|"
        "zelf naar de wc gegaan|goed gegeten, 1,5 uur geslapen"),
    "jgz_an": _l(
        "slaapt slecht en wordt 's nachts vaak wakker|plast weer in bed|eet slecht en weigert groente|"
        "heeft veel driftbuien|is erg angstig bij vreemden|klaagt vaak over buikpijn|heeft hoofdpijn op school|"
        "huilt veel en is moeilijk te troosten|heeft nachtmerries|wil niet meer naar de opvang|is vaak ziek|"
        "heeft een blauwe plek die moeder niet kan verklaren|zit veel achter een scherm|"
        "krijgt 's nachts nog de fles|is bang voor vader|is veel alleen thuis na school"),
    "jgz_ond": _l(
        "hart en long: geen bijzonderheden|heupen symmetrisch|ogen volgen goed|reageert goed op geluid|"
        "hematoom op de bovenarm|meerdere blauwe plekken in verschillende stadia|een blauwe plek achter het oor|"
        "eczeem in de elleboogplooien|roos op de hoofdhuid|luieruitslag met wondjes|cariës in de voortanden|"
        "hoofdluis|bleek, wit weggetrokken|klein voor de leeftijd|gewicht buigt af op de curve|"
        "groeicurve vlakt af|hoofdomtrek binnen de norm|brandwondje op de onderarm|"
        "iris en pupil reageren normaal|opgezette buik|oude littekens op de rug"),
    "jgz_voed": _l(
        "borstvoeding, ook 's nachts|flesvoeding, 5 x 180 ml|eet veel snoep en drinkt veel sap|"
        "eet mee met de pot|weinig groente en fruit|ontbijt wordt vaak overgeslagen|"
        "drinkt nog uit de fles met melk en suiker"),
    "jgz_ontw": _l(
        "motorische ontwikkeling achter|spraak-taalachterstand|loopt los sinds 14 maanden|"
        "brabbelt, nog geen woordjes|zindelijk overdag, 's nachts nog niet|"
        "sociaal-emotioneel passend bij de leeftijd|speelt weinig, kijkt veel rond|"
        "leest op niveau, rekenen blijft achter"),
    "jgz_int": _l(
        "moeder oogt vermoeid en somber|weinig oogcontact tussen moeder en kind|vader reageert kortaf op het kind|"
        "kind zoekt geen troost bij moeder|warme interactie, moeder reageert sensitief|moeder lijkt overvraagd|"
        "kind schrikt als vader de stem verheft"),
    "jgz_concl": _l(
        "zorgen over groei en verzorging|vermoeden van verwaarlozing|niet-pluisgevoel, letsel niet goed verklaard|"
        "opvoedingsbelasting bij moeder|groei en ontwikkeling passend, wel zorgen over de thuissituatie|"
        "achterstand in vaccinaties en ontwikkeling"),
    "vcp": _l(
        "wil niet meer naar de training|huilde in de kleedkamer|slaapt slecht sinds de zomer|"
        "is stil en teruggetrokken|schaamt zich en durft het niet te vertellen|voelt zich niet veilig in het team|"
        "wordt uitgescholden in de groepsapp van het team|heeft blauwe plekken op de bovenbenen|"
        "heeft buikpijn voor elke wedstrijd|haalt slechtere cijfers op school|trekt zich terug van vrienden|"
        "is bang om alleen te douchen|wil niet dat de trainer in de buurt komt|kwam met een kapotte lip thuis"),
    "vcp_tr": _l(
        "'s avonds laat appjes stuurde met hartjes|na de training liet blijven om te helpen opruimen|"
        "cadeautjes gaf en zei dat het ons geheimpje was|foto's maakte in de kleedkamer|"
        "hard bij de arm pakte en uitschold|in de kleedkamer bleef staan terwijl de spelers zich omkleedden|"
        "het kind voor het hele team uitlachte|als straf geen water liet drinken|"
        "een keer thuis heeft afgezet en mee naar binnen wilde|vroeg om foto's via Snapchat"),
    "wa": _l(
        "had weer een blauwe plek|kwam zonder eten naar school|zat te huilen in de klas|"
        "is al drie dagen niet op school|wil niet naar huis|loopt mank|is erg afwezig|vertelde dat papa mama slaat|"
        "zorgt voor de jongere kinderen|stond om 7 uur al bij het hek|heeft dezelfde kleren aan als maandag|"
        "zegt dat er geen eten is|wordt steeds door andere mensen opgehaald|sliep vannacht bij de buren|"
        "heeft een schram op de wang|valt in slaap in de klas"),
    "wa_s": _l(
        "moeder had een blauw oog|er was veel geschreeuw te horen|huis is erg vervuild|"
        "er is geen bed voor de kinderen|oudste past elke avond op de kleintjes|moeder lijkt onder invloed|"
        "de kinderen waren om 23 uur nog buiten|er staat geen eten in de koelkast|de politie is vannacht geweest"),
    "vt": _l(
        "er sprake is van huiselijk geweld|de kinderen getuige zijn geweest van geweld tussen de ouders|"
        "er onvoldoende toezicht is op de kinderen|de basiszorg structureel tekortschiet|"
        "het letsel niet goed verklaard kan worden|moeder emotioneel beperkt beschikbaar is|"
        "vader een alcoholprobleem heeft|er schulden zijn en een dreigende huisuitzetting|"
        "het kind zorgt voor de jongere kinderen|de ouders de zorgen gedeeltelijk erkennen|"
        "er een veiligheidsplan is opgesteld|er signalen zijn van seksueel grensoverschrijdend gedrag|"
        "het kind in een loyaliteitsconflict zit|de kinderen regelmatig alleen thuis zijn"),
    "vt_concl": _l(
        "structurele onveiligheid|acute onveiligheid|kindermishandeling, het vermoeden is bevestigd|"
        "huiselijk geweld in de vorm van partnergeweld|verwaarlozing van de basiszorg|"
        "zorgen over de opvoedsituatie, zonder acute onveiligheid"),
}

WORDP: dict[str, list[str]] = {
    "opv": _l(
        "de zon scheen|lekker in de zon gespeeld|een liedje over de winter gezongen|een bos bloemen geplukt|"
        "in het bos gewandeld|een verhaal over de vos en de haas voorgelezen|de mees op de voederplank bekeken|"
        "een merel in de zandbak gezien|na de storm takken geraapt|een berg zand opgebouwd|"
        "de lente gevierd met bloemen|een dam gebouwd in de zandbak|op de boerderij bij de boer geweest|"
        "de haan horen kraaien|een boon geplant in de moestuin|bij de beek eendjes gevoerd|"
        "wolf en schaapjes gespeeld|koning van de zandbak gespeeld|een vogel getekend|de heuvel af gerold"),
    "jgz": _l(
        "er is weinig hoop op snelle verbetering|in de winter veel verkouden|een ketting van amber om de nek|"
        "de zon vermijden vanwege het eczeem|spreekt thuis Frans en Arabisch|heeft weer wat meer fleur|"
        "moeder heeft hoop dat het beter gaat|in de zomer verhuisd|oma woont op een boerderij bij het meer|"
        "de storm in huis is wat gaan liggen"),
    "vcp": _l(
        "het toernooi in de winter|de wedstrijd ging door ondanks de storm|in de zon op het bankje|"
        "het team heeft weinig hoop|de bakker op de hoek sponsort het team|langs de dijk rennen|"
        "de heuvel op en af bij de warming-up|het kampioensfeest in de zomer|het veld was nat van de regen|"
        "was de held van de wedstrijd|een bos bloemen voor de trainer|de kermis op de brink"),
    "wa": _l(
        "er is weinig hoop|we houden hoop|in de winter wordt het erger|de storm gaat wel weer liggen|"
        "de zon schijnt weer even|naar de bakker gestuurd voor brood|in de hoek gezet als straf|"
        "het bos achter de school|bij het meer achter de flat|ze spreekt alleen Frans|het lot van die kinderen|"
        "de boer naast de school"),
    "vt": _l(
        "er is weinig hoop op verandering|sinds de winter van 2025|de ouders hebben hoop op herstel|"
        "moeder spreekt Frans|in de zomer|de kinderen spelen veel in het bos|na de storm van de scheiding|"
        "het lot van de kinderen"),
    "job": _l(
        "werkt als visser|werkt als kok|werkt als bakker|werkt als timmerman|werkt als schipper|"
        "is koster in de kerk|werkt als boer|werkt als visser en is wekenlang op zee"),
}

STYLE_POOL = {"opvang-ouderapp": ("opv", "opv"), "jgz-consult": ("jgz_an", "jgz"), "sportclub-vcp": ("vcp", "vcp"),
              "whatsapp-export": ("wa", "wa"), "vt-terugkoppeling": ("vt", "vt")}

# ============================================================================================
# roles and cue words of unregistered persons
# ============================================================================================

ROLE_CUES: dict[str, dict[str, list[str]]] = {
    "leerkracht": dict(f=["juf", "leerkracht", "groepsleerkracht", "mentor"],
                       m=["meester", "leerkracht", "groepsleerkracht", "mentor"]),
    "ib": dict(f=["IB'er", "intern begeleider", "ib-er"]),
    "pm": dict(f=["pm'er", "leidster", "pedagogisch medewerker", "collega", "juf"],
               m=["pm'er", "pedagogisch medewerker", "collega"]),
    "huisarts": dict(f=["huisarts", "dokter"]),
    "kinderarts": dict(f=["kinderarts", "arts"]),
    "jgz": dict(f=["jeugdverpleegkundige", "jeugdarts", "verpleegkundige", "doktersassistente"],
                m=["jeugdverpleegkundige", "jeugdarts", "verpleegkundige"]),
    "agent": dict(f=["wijkagent", "agent", "brigadier"]),
    "buur": dict(f=["buurvrouw"], m=["buurman"]),
    "kindgroep": dict(f=["vriendinnetje"], m=["vriendje"]),
    "trainer": dict(f=["trainer", "coach", "leider", "assistent-trainer"]),
    "bestuur": dict(f=["voorzitter", "secretaris", "penningmeester", "bestuurslid"]),
    "vcp": dict(f=["vertrouwenscontactpersoon", "VCP"]),
    "vt": dict(f=["casemanager", "collega", "gedragswetenschapper"]),
    "wijkteam": dict(f=["wijkteamlid", "jeugdconsulent", "gezinscoach", "hulpverlener"]),
    "zorg": dict(f=["behandelaar", "therapeut", "psycholoog", "ambulant hulpverlener"]),
    "speler": dict(f=["teamgenoot", "medespeler"]),
    "tolk": dict(f=["tolk"]),
    "directeur": dict(f=["directrice", "directeur"], m=["directeur"]),
    "smw": dict(f=["schoolmaatschappelijk werker", "smw'er"]),
    "leerplicht": dict(f=["leerplichtambtenaar"]),
    "corporatie": dict(f=["woonconsulent"], m=["woonconsulent", "huismeester"]),
    "imam": dict(f=["pastor"], m=["imam", "pastor", "dominee"]),
    "werk": dict(f=["leidinggevende", "collega"]),
}
REL_ROLES = {"broer_zus", "familie", "partner", "vader", "moeder", "pleegouder"}
DOCTOR_ROLES = {"huisarts", "kinderarts"}
STAFF_ROLES = {"huisarts", "kinderarts", "jgz", "agent", "vt", "bestuur", "wijkteam", "zorg", "ib", "rep",
               "directeur", "smw", "leerplicht", "corporatie", "vcp", "tolk", "werk", "leerkracht"}
EXTRA_CUES = _l("moeder|vader|mama|papa|oma|opa|tante|oom|broer|zus|broertje|zusje|halfbroer|halfzus|nicht|neef|"
                "vriend|vriendin|nieuwe vriend|nieuwe vriendin|stiefvader|stiefmoeder|pleegmoeder|pleegvader|"
                "mevrouw|meneer|de heer|t.a.v.|van:|aan:|cc:|aanwezig:|paraaf:|groet,|groetjes,|gr.|"
                "opgesteld door:|behandeld door:|jeugdcoördinator|teammanager|ib|smw|wijkteam|stagiaire|"
                "aandachtsfunctionaris|tolk|kinderarts|huisarts|directeur")
CUES = sorted({c.lower() for d in ROLE_CUES.values() for lst in d.values() for c in lst} | set(EXTRA_CUES),
              key=len, reverse=True)
HINTS = {"chat": "chat-auteur", "sig": "ondertekening", "lijst": "lijst", "at": "@", "mail": "mailkop"}

MONTHS = _l("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MON3 = _l("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec")
DAYS = _l("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")
EMO = _l("🙏|👍|😢|😟|🙈|❤️|👌|😔|🤞|💪|😊|‼️")

# ============================================================================================
# helpers
# ============================================================================================

_SLUG = str.maketrans({"ł": "l", "Ł": "l", "ı": "i", "đ": "d", "Đ": "d", "ß": "ss", "ø": "o", "æ": "ae"})


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s.translate(_SLUG)))


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def wpick(rng: random.Random, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


def name_checks(text: str) -> list[Check]:
    out, seen = [], set()
    for w in re.split(r"[\s\-]+", text):
        w = w.strip(".,;:()[]\"<>")
        for suf in ("'s", "’s", "'", "’"):
            if w.endswith(suf):
                w = w[: -len(suf)]
                break
        if not w or "." in w or len(w) < 2 or not any(c.isalpha() for c in w):
            continue
        f = fold(w)
        if f in PARTICLES or f in TITLE_WORDS or f in seen:
            continue
        seen.add(f)
        out.append(Check("word", w))
    return out


def inst_checks(text: str, town: str | None) -> list[Check]:
    skip = {fold(t) for t in (town or "").split()}
    out, seen = [], set()
    for w in text.split():
        w = w.strip("(),:;\"")
        if w.endswith("'s"):
            w = w[:-2]
        w = w.rstrip(".")
        f = fold(w)
        if len(w) < 2 or not any(c.isalpha() for c in w) or f in GENERIC or f in PARTICLES or f in skip:
            continue
        if f in seen:
            continue
        seen.add(f)
        out.append(Check("word", w))
    return out


def check_flags(c: Check, text: str) -> bool:
    if c.how == "word":
        return word_in(fold(c.value), fold(text))
    if c.how == "ci":
        return c.value.lower() in text.lower()
    if c.how == "exact":
        return c.value in text
    if c.how == "digits":
        return c.value in digits(text)
    if c.how == "compact":
        return c.value in re.sub(r"[\s\-.]", "", text).upper()
    if c.how == "group":
        return c.value in re.findall(r"\d+", text)
    return False


def diminutive(first: str) -> str | None:
    if not first.isalpha() or not first.isascii() or len(first) < 3:
        return None
    low = first.lower()
    vowels = "aeiou"
    if low.endswith(("je", "ke", "ie", "ee", "y")):
        return None
    if low.endswith("e"):
        return first + "tje"
    if low[-1] in vowels:
        return None
    if low.endswith(("el", "er", "en")) and sum(c in vowels for c in low) >= 2:
        return first + "tje"
    last, before = low[-1], low[-2]
    if last == "m" and before not in vowels:
        return first + "pje"
    if last in "mnlr":
        if before in vowels and (len(low) < 3 or low[-3] not in vowels):
            return first + last + "etje"
        return first + "tje"
    if last in "kptsfbdgx":
        return first + "je"
    return None


def possessive(name: str, rng: random.Random) -> str:
    low = name.lower()
    if low[-1] in "sxz":
        return name + "'"
    if low[-1] in "aiouyé":
        return name + "'s"
    if low[-1] == "e":
        return name + rng.choice(["s", "'s"])
    return name + rng.choice(["s", "s", "'s"])


def feminize(last: str, origin: str) -> str:
    if origin == "pools":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
    if origin == "bulgaars" and last.endswith(("ov", "ev")):
        return last + "a"
    return last


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(v * w for v, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}", acct


# ============================================================================================
# people and institutions of one note
# ============================================================================================


@dataclass(eq=False)
class Pers:
    first: str
    last: str
    gender: str
    origin: str
    role: str
    registered: bool = False
    rel: str = ""
    initials: str = ""
    age: int = 35
    birth: tuple[int, int, int] | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(eq=False)
class Inst:
    typ: str
    e: E
    name: str
    town: str
    short: str | None
    abbr: str | None


FAM_ROLE = {"K": "kind", "K2": "kind", "BZ": "broer_zus", "M": "moeder", "V": "vader", "P": "partner",
            "PL": "pleegouder", "B": "buur", "T": "overig"}
UNREG_ROLE = {"K": "kind", "K2": "broer_zus", "BZ": "broer_zus", "M": "moeder", "V": "vader", "P": "partner",
              "G": "familie", "PL": "pleegouder", "B": "buur", "T": "trainer"}
SPELL = {"v": "voornaam", "f": "volledig", "a": "achternaam", "l": "kleine-letters", "h": "hoofdletters",
         "b": "bezittelijk", "d": "verkleinwoord", "t": "titel+achternaam", "i": "initialen+achternaam"}
UFORM = {"v": "first", "f": "full", "a": "sur", "l": "first", "h": "full", "b": "poss", "d": "first", "t": "title",
         "i": "init", "s": "first"}
TOKEN = re.compile(r"^(?P<name>[A-Za-z_0-9@]+)(?::(?P<arg>[^#/@]*))?(?:#(?P<key>[^/@]*))?(?:/(?P<form>[^@]*))?"
                   r"(?:@(?P<hint>\w+))?$")


class Doc:
    def __init__(self, rng: random.Random, style: str, length: str):
        self.rng, self.style, self.length = rng, style, length
        self.buf: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.low = False
        self.typo = rng.choice([0, 0, 0, 0.01, 0.02, 0.04])
        self.town = rng.choice(TOWNS)
        self.region = rng.choice(REGIONS)
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.used_inst: set[str] = set()
        self.used_phr: set[str] = set()
        self.un: dict[str, Pers] = {}
        self.inst: dict[str, Inst] = {}
        self.alias: dict[str, str] = {}
        self.data: dict = {}
        self.fam: dict[str, Pers] = {}
        self.members: list[str] = []
        self.cur_author: str | None = None
        self.year = 2026
        self.build_family()

    # ---------------------------------------------------------------- people
    def origin(self) -> str:
        return wpick(self.rng, ORIGIN_WEIGHTS)

    def new_person(self, role: str, origin: str | None = None, gender: str | None = None,
                   last: str | None = None) -> Pers:
        rng = self.rng
        origin = origin or self.origin()
        gender = gender or rng.choice("mf")
        names = NAMES[origin]
        for _ in range(40):
            first = rng.choice(names[gender])
            if fold(first) not in self.used_first:
                break
        else:
            origin = "nederlands"
            first = rng.choice([n for n in NAMES[origin][gender] if fold(n) not in self.used_first])
        self.used_first.add(fold(first))
        if last is None:
            for _ in range(40):
                last = rng.choice(names["s"])
                if fold(last) not in self.used_last:
                    break
            self.used_last.add(fold(last))
        if gender == "f":
            last = feminize(last, origin)
        ini = ".".join(p[0].upper() for p in re.split(r"[ \-]", first) if p) + "."
        if origin in ("nederlands", "fries", "duits", "engels", "surinaams-creools") and rng.random() < 0.3:
            ini += rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        p = Pers(first, last, gender, origin, role, initials=ini)
        if role == "familie":
            p.rel = rng.choice(["tante", "oma", "nicht"] if gender == "f" else ["oom", "opa", "neef"])
        elif role == "broer_zus":
            p.rel = rng.choice(["zus", "zusje", "halfzus"] if gender == "f" else ["broer", "broertje", "halfbroer"])
        elif role == "partner":
            p.rel = rng.choice(["vriend", "nieuwe vriend", "stiefvader"] if gender == "m"
                               else ["vriendin", "nieuwe vriendin"])
        return p

    def build_family(self):
        rng, st = self.rng, self.style
        o_f = self.origin()
        o_m = o_f if rng.random() < 0.78 else self.origin()
        father = self.new_person("vader", o_f, "m")
        mother = self.new_person("moeder", o_m, "f")
        if o_m == "nederlands" and o_f == "nederlands" and rng.random() < 0.2:
            mother.last = f"{father.last}-{mother.last}"
        kid_last = father.last
        if o_f in ("eritrees", "somalisch"):
            kid_last = father.first
        elif rng.random() < 0.15:
            kid_last = mother.last
        lo, hi = {"opvang-ouderapp": (0, 11), "jgz-consult": (0, 15), "sportclub-vcp": (8, 17),
                  "whatsapp-export": (4, 15), "vt-terugkoppeling": (0, 17)}[st]
        if st == "opvang-ouderapp":
            lo, hi = (0, 3) if rng.random() < 0.6 else (4, 11)
        if st == "jgz-consult" and rng.random() < 0.65:
            lo, hi = 0, 3
        age = rng.randint(lo, hi)

        def kid(a):
            g = rng.choice("mf")
            k = self.new_person("kind", rng.choice([o_f, o_f, o_m]), g, last=kid_last)
            k.age = a
            k.birth = (rng.randint(1, 28), rng.randint(1, 12), self.year - a - (1 if rng.random() < 0.5 else 0))
            return k

        K = kid(age)
        self.kid_age = age
        K2 = kid(max(0, age + rng.choice([-3, -2, -1, 1, 2, 3]))) if rng.random() < 0.6 else None
        BZ = kid(min(age + rng.randint(3, 6), 19))
        BZ.role = "broer_zus"
        BZ.rel = ("zus" if BZ.gender == "f" else "broer")
        father.birth = (rng.randint(1, 28), rng.randint(1, 12), 1975 + rng.randint(0, 20))
        mother.birth = (rng.randint(1, 28), rng.randint(1, 12), 1978 + rng.randint(0, 20))
        fam = {"K": K, "M": mother, "V": father, "BZ": BZ}
        if K2:
            K2.role = "broer_zus"
            K2.rel = ("zusje" if K2.gender == "f" else "broertje") if K2.age < K.age else (
                "zus" if K2.gender == "f" else "broer")
            fam["K2"] = K2
        G = self.new_person("familie", rng.choice([o_f, o_m]))
        G.last = rng.choice([father.last, mother.last, G.last])
        fam["G"] = G
        fam["P"] = self.new_person("partner", None, "m")
        fam["PL"] = self.new_person("pleegouder", "nederlands", rng.choice("mf"))
        fam["B"] = self.new_person("buur")
        fam["T"] = self.new_person("trainer", None, "m" if rng.random() < 0.8 else "f")
        # who is registered (the vault)
        order = [("K", 1.0), ("M", 0.88), ("V", 0.55), ("K2", 0.5), ("T", 0.4 if st == "sportclub-vcp" else 0),
                 ("P", 0.12), ("G", 0.15), ("BZ", 0.1), ("PL", 0.05), ("B", 0.04)]
        n = 0
        for key, p in order:
            if key in fam and n < 5 and rng.random() < p:
                fam[key].registered = True
                n += 1
        if fam["M"].registered and st in ("vt-terugkoppeling", "whatsapp-export") and rng.random() < 0.1:
            fam["M"].role = "client"
        for key, p in fam.items():
            if p.registered:
                if key in FAM_ROLE:
                    p.role = FAM_ROLE[key] if not (key == "M" and p.role == "client") else "client"
                elif key == "G":
                    p.role = p.rel if p.rel in ("oma", "opa", "tante", "oom") else ("tante" if p.gender == "f"
                                                                                   else "oom")
                    p.rel = p.role
        self.fam = fam

    def persons(self) -> list[Person]:
        keys = ["K", "M", "V", "K2", "T", "P", "G", "BZ", "PL", "B"]
        return [Person(self.fam[k].full, self.fam[k].role) for k in keys if k in self.fam and self.fam[k].registered]

    # ---------------------------------------------------------------- low level output
    def emit(self, s: str, typo: bool = True):
        if not s:
            return
        if typo and self.typo:
            s = re.sub(r"\b[a-z]{5,}\b", self._mutate, s)
        if self.low:
            s = s.lower()
        self.buf.append(s)
        self.pos += len(s)

    def _mutate(self, m):
        w = m.group(0)
        rng = self.rng
        if rng.random() >= self.typo:
            return w
        i = rng.randrange(1, len(w) - 1)
        op = rng.randrange(4)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        if op == 2:
            return w[:i] + w[i] + w[i:]
        near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "r": "t", "t": "r", "s": "a", "d": "f", "l": "k",
                "k": "l", "m": "n", "g": "h", "h": "g", "u": "y", "p": "o", "v": "b", "b": "v"}
        return w[:i] + near.get(w[i], w[i]) + w[i + 1:]

    def item(self, kind: str, s: str, checks: list[Check], attrs: dict | None = None):
        assert checks, (kind, s)
        self.items.append(Item(kind, s, self.pos, self.pos + len(s), checks, attrs or {}))
        self.buf.append(s)
        self.pos += len(s)

    def phrase(self, s: str, clinical: bool):
        if self.low:
            s = s.lower()
        (self.clinical if clinical else self.words).append(s)
        self.buf.append(s)
        self.pos += len(s)

    def tail(self, n: int = 40) -> str:
        out = ""
        for b in reversed(self.buf):
            out = b + out
            if len(out) >= n:
                break
        return out[-n:]

    # ---------------------------------------------------------------- template engine
    def say(self, tpl: str):
        i, n, plain = 0, len(tpl), []
        while i < n:
            ch = tpl[i]
            if ch == "{":
                j, depth = i, 0
                while True:
                    if tpl[j] == "{":
                        depth += 1
                    elif tpl[j] == "}":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                if plain:
                    self.emit("".join(plain))
                    plain = []
                self.node(tpl[i + 1:j])
                i = j + 1
            else:
                plain.append(ch)
                i += 1
        if plain:
            self.emit("".join(plain))

    def line(self, tpl: str, low: bool = False):
        self.low = low
        self.say(tpl)
        self.low = False
        self.emit("\n", typo=False)

    @staticmethod
    def split_alts(s: str) -> list[str]:
        out, depth, cur = [], 0, []
        for ch in s:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            if ch == "|" and depth == 0:
                out.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
        out.append("".join(cur))
        return out

    def node(self, inner: str):
        rng = self.rng
        if inner.startswith("="):
            self.say(rng.choice(self.split_alts(inner[1:])))
            return
        if inner.startswith("?"):
            body, p = inner[1:], 0.5
            m = re.match(r"(\d+)%", body)
            if m:
                p, body = int(m.group(1)) / 100, body[m.end():]
            if rng.random() < p:
                self.say(body)
            return
        if inner.startswith("c:"):
            self.phrase(inner[2:], True)
            return
        if inner.startswith("w:"):
            self.phrase(inner[2:], False)
            return
        m = TOKEN.match(inner)
        if not m:
            raise ValueError(f"bad token {inner!r}")
        name, arg, key, form, hint = m.group("name", "arg", "key", "form", "hint")
        self.token(name, arg or "", key, form or "", hint)

    # ---------------------------------------------------------------- tokens
    def token(self, name, arg, key, form, hint):
        rng = self.rng
        K = self.fam["K"]
        if name in ("K", "K2", "BZ", "M", "V", "P", "G", "PL", "B", "T"):
            return self.fam_mention(name, form, hint)
        if name == "u":
            return self.unreg(arg, key, form, hint)
        if name == "at":
            self.emit("@", typo=False)
            return self.mention_key(arg, rng.choice(["first", "first", "full"]), "at")
        if name == "mem":
            others = [m for m in self.members if m != self.cur_author] or self.members
            return self.mention_key(rng.choice(others), form or "first", hint)
        if name == "I":
            return self.inst_mention(arg, key, form)
        if name == "ini":
            return self.initials(arg, form)
        if name in ("tel", "mail", "imail", "adres", "pc", "bsn", "iban", "kent", "gd", "acc", "dos", "zaak"):
            return getattr(self, "d_" + name)(arg, form)
        if name in ("C", "W"):
            cl = name == "C"
            pool = arg or STYLE_POOL[self.style][0 if cl else 1]
            src = CLIN[pool] if cl else WORDP[pool]
            fresh = [p for p in src if p not in self.used_phr] or src
            ph = rng.choice(fresh)
            self.used_phr.add(ph)
            return self.phrase(ph, cl)
        if name == "grp" and "grp" not in self.data:
            self.data["grp"] = rng.choice(
                _l("Egeltjes|Vlinders|Kikkers|Dolfijnen|Uilen|Rupsjes|Bijtjes|Lieveheersbeestjes|Zeesterren|"
                   "Pinguïns|Eekhoorntjes|Schildpadjes|Olifantjes|Muisjes") if K.age < 4 else
                _l("Boomhut|Avonturiers|Ontdekkers|Bikkels|Kanjers|Toppers|Stoere Pieten|Wereldreizigers"))
        if name == "team" and "team" not in self.data:
            self.data["team"] = self.team_name()
        simple = {
            "hij": "hij" if K.gender == "m" else "ze", "Hij": "Hij" if K.gender == "m" else "Ze",
            "zijn": "zijn" if K.gender == "m" else "haar", "Zijn": "Zijn" if K.gender == "m" else "Haar",
            "hem": "hem" if K.gender == "m" else "haar", "zoon": "zoon" if K.gender == "m" else "dochter",
            "jongen": "jongen" if K.gender == "m" else "meisje",
            "age": str(K.age) if K.age else f"{self.data.setdefault('mnd', rng.randint(2, 11))} maanden",
            "town": self.town, "region": self.region, "grp": self.data.get("grp"), "team": self.data.get("team"),
            "emo": rng.choice(EMO), "year": str(rng.randint(2019, 2024)),
        }
        if name in simple:
            return self.emit(simple[name], typo=False)
        if name in ("rel", "Rel"):
            if arg not in self.fam and arg not in self.un and arg not in UNREG_ROLE:
                self.un[arg] = self.new_person("familie")
            p = self.person_by_key(arg)
            r = p.rel or ("oma" if p.gender == "f" else "opa")
            return self.emit(cap1(r) if name == "Rel" else r, typo=False)
        if name == "n":
            a, b = map(int, arg.split("-"))
            return self.emit(str(rng.randint(a, b)), typo=False)
        if name == "date":
            return self.emit(self.date_text(), typo=False)
        if name == "ldate":
            d, mth, y = self.rand_date()
            return self.emit(f"{d} {MONTHS[mth - 1]} {y}", typo=False)
        if name == "wdate":
            d, mth, y = self.rand_date()
            wd = rng.choice(DAYS[:5])
            return self.emit(rng.choice([f"{wd} {d} {MONTHS[mth - 1]} {y}", f"{wd[:2]} {d}-{mth}-{y}"]), typo=False)
        if name == "dag":
            return self.emit(rng.choice([rng.choice(DAYS[:5]), rng.choice(DAYS[:5])[:2], "Vandaag", "Gisteren"]),
                             typo=False)
        if name == "time":
            return self.emit(f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", typo=False)
        raise ValueError(f"unknown token {name}")

    def team_name(self) -> str:
        rng = self.rng
        a = max(8, min(19, (self.fam["K"].age or 10) + 1))
        a += a % 2
        return rng.choice([f"JO{a}-{rng.randint(1, 4)}", f"MO{a}-{rng.randint(1, 2)}", f"JO{a}-{rng.randint(1, 3)}",
                           f"D{rng.randint(1, 3)}", f"MB{rng.randint(1, 2)}", f"JC{rng.randint(1, 2)}",
                           f"selectie O{a}", f"wedstrijdgroep {rng.randint(1, 3)}"])

    def rand_date(self):
        rng = self.rng
        y = rng.choice([2025, 2025, 2026])
        m = rng.randint(9, 12) if y == 2025 else rng.randint(1, 3)
        return rng.randint(1, 28), m, y

    def date_text(self) -> str:
        d, m, y = self.rand_date()
        return self.rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[m - 1]}", f"{d}/{m}",
                                f"{d} {MON3[m - 1]}.", f"{d} {MONTHS[m - 1]} {y}"])

    # ---------------------------------------------------------------- persons
    def fam_person(self, name: str) -> Pers:
        if name not in self.fam:
            K = self.fam["K"]
            p = self.new_person(UNREG_ROLE[name], K.origin, last=K.last)
            p.age = max(0, K.age + self.rng.choice([-3, -2, -1, 1, 2, 3]))
            p.rel = ("zus" if p.gender == "f" else "broer") if p.age > K.age else (
                "zusje" if p.gender == "f" else "broertje")
            self.fam[name] = p
        return self.fam[name]

    def fam_mention(self, name: str, form: str, hint):
        p = self.fam_person(name)
        if p.registered:
            return self.vault(p, form)
        uform = UFORM.get(form[:1]) if form else None
        case = "klein" if form == "l" else "hoofd" if form == "h" else None
        self.un.setdefault(name, p)
        return self.un_mention(p, uform, hint, case)

    def vault(self, p: Pers, form: str):
        rng = self.rng
        kid = p.role in ("kind", "broer_zus") and (p.age or 0) < 18
        if form in ("", "*"):
            w = ([("voornaam", 40), ("volledig", 10), ("verkleinwoord", 9), ("bezittelijk", 9), ("kleine-letters", 10),
                  ("hoofdletters", 6), ("achternaam", 3), ("initialen+achternaam", 4)] if kid else
                 [("voornaam", 22), ("volledig", 18), ("titel+achternaam", 20), ("achternaam", 8),
                  ("initialen+achternaam", 10), ("kleine-letters", 8), ("hoofdletters", 6), ("bezittelijk", 6)])
            sp = wpick(rng, w)
        elif form == "s":
            sp = "voornaam" if kid or rng.random() < 0.5 else "titel+achternaam"
        elif form == "v":
            sp = wpick(rng, [("voornaam", 62), ("verkleinwoord", 16), ("kleine-letters", 10), ("volledig", 8),
                             ("hoofdletters", 4)] if kid else
                       [("voornaam", 66), ("kleine-letters", 10), ("volledig", 16), ("hoofdletters", 4),
                        ("titel+achternaam", 4)])
        else:
            sp = SPELL[form[:1]]
        if sp == "titel+achternaam" and kid:
            sp = "voornaam"
        text = None
        if form == "v" and sp in ("kleine-letters", "hoofdletters"):
            text = p.first.lower() if sp == "kleine-letters" else p.first.upper()
        if sp == "verkleinwoord":
            text = diminutive(p.first) if p.origin in ("nederlands", "fries") else None
            if not text:
                sp = "voornaam"
        if sp == "voornaam":
            text = p.first
        elif text is not None:
            pass
        elif sp == "volledig":
            text = p.full
        elif sp == "achternaam":
            text = cap1(p.last)
        elif text is not None:
            pass
        elif sp == "kleine-letters":
            text = rng.choice([p.first, p.first, p.full]).lower()
        elif sp == "hoofdletters":
            text = rng.choice([p.first, p.full, cap1(p.last)]).upper()
        elif sp == "bezittelijk":
            text = possessive(p.first, rng) if rng.random() < 0.8 else possessive(p.full, rng)
        elif sp == "titel+achternaam":
            text = self.title(p) + " " + cap1(p.last)
        elif sp == "initialen+achternaam":
            text = (f"{p.initials} {p.last}" if rng.random() < 0.85 else f"{cap1(p.last)}, {p.initials}")
        if self.low:
            text, sp = text.lower(), "kleine-letters"
        self.item(f"vault:{sp}", text, name_checks(text), {"role": p.role})

    def title(self, p: Pers) -> str:
        if p.role in DOCTOR_ROLES and self.rng.random() < 0.6:
            return self.rng.choice(["dr.", "dokter", "Dr."])
        if p.gender == "f":
            return self.rng.choice(["mevrouw", "mevrouw", "mw.", "mevr.", "Mw.", "Mevr.", "mevr"])
        return self.rng.choice(["meneer", "de heer", "dhr.", "Dhr.", "meneer", "dhr"])

    def unreg(self, role: str, key: str | None, form: str, hint):
        rng = self.rng
        k = key or f"_{len(self.un)}"
        if k in self.fam and k not in self.un:
            p = self.fam[k]
        elif k in self.un:
            p = self.un[k]
        else:
            if role in ("broer_zus", "familie") and rng.random() < 0.6:
                p = self.new_person(role, self.fam["V"].origin, last=self.fam["K"].last)
            elif role == "kindgroep":
                p = self.new_person(role)
                p.age = rng.randint(1, 11)
            else:
                p = self.new_person(role)
        self.un[k] = p
        plus = form.endswith("+")
        form = form.rstrip("+")
        if (plus or not form) and not hint and rng.random() < 0.5 and self.find_cue() is None:
            cues = self.cues_for(p)
            if cues:
                c = rng.choice(cues)
                if self.tail(1) not in (" ", "\n", "(", "") and not self.tail(1).isspace():
                    self.emit(" ", typo=False)
                self.emit(c + " ", typo=False)
        return self.un_mention(p, form or None, hint)

    def cues_for(self, p: Pers) -> list[str]:
        if p.rel:
            return [p.rel]
        d = ROLE_CUES.get(p.role)
        if not d:
            return []
        return d.get(p.gender) or d.get("f") or []

    def mention_key(self, key: str, form: str, hint):
        p = self.un[key]
        return self.un_mention(p, form, hint)

    def find_cue(self) -> str | None:
        tail = self.tail(48).split("\n")[-1].lower()
        best = None
        for cw in CUES:
            idx = tail.rfind(cw)
            while idx >= 0:
                before = tail[idx - 1] if idx else " "
                after = tail[idx + len(cw):]
                ok_b = not before.isalpha() or not cw[0].isalpha()
                ok_a = re.fullmatch(r"[\s:,(\-'\"]*((van|de|het|haar|zijn|mijn|onze|nieuwe|oude|een)\s+)*"
                                    r"[\s:,(\-'\"]*", after) is not None
                if ok_b and ok_a and (not after or not after[0].isalpha() or not cw[-1].isalpha()):
                    if best is None or idx + len(cw) > best[0]:
                        best = (idx + len(cw), cw)
                    break
                idx = tail.rfind(cw, 0, idx)
        return best[1] if best else None

    def un_mention(self, p: Pers, form: str | None, hint, case: str | None = None):
        rng = self.rng
        if not form or form == "any":
            if p.role in STAFF_ROLES:
                form = wpick(rng, [("full", 35), ("first", 12), ("title", 22), ("init", 14), ("titleinit", 10),
                                   ("sur", 7)])
            elif p.role in ("kindgroep", "speler", "broer_zus", "kind"):
                form = wpick(rng, [("first", 70), ("full", 22), ("poss", 8)])
            else:
                form = wpick(rng, [("first", 40), ("full", 30), ("title", 12), ("sur", 8), ("poss", 5),
                                   ("init", 5)])
        ttl = self.title(p) if form in ("title", "titleinit") else ""
        if form == "first":
            text = p.first
        elif form == "full":
            text = p.full
        elif form == "title":
            text = ttl + " " + cap1(p.last)
        elif form == "init":
            text = f"{p.initials} {p.last}"
        elif form == "titleinit":
            text = f"{ttl} {p.initials} {p.last}"
        elif form == "sur":
            text = cap1(p.last)
        elif form == "poss":
            text = possessive(p.first, rng)
        else:
            raise ValueError(form)
        if self.low:
            case = "klein"
        elif case is None:
            r = rng.random()
            case = "klein" if r < 0.08 else "hoofd" if r < 0.11 else "normaal"
        if case == "klein":
            text = text.lower()
        elif case == "hoofd":
            text = text.upper()
        cue = self.find_cue()
        if cue is None and ttl:
            cue = ttl.lower()
        if cue is None:
            cue = HINTS.get(hint or "", "geen")
        wordy = any(fold(w) in WORDY for w in re.split(r"[\s\-]+", p.full))
        attrs = {"cue": cue, "case": case, "origin": p.origin, "role": p.rel or p.role,
                 "word_name": "ja" if wordy else "nee"}
        self.item("unregistered", text, name_checks(text), attrs)

    def person_by_key(self, key: str) -> Pers:
        if key in self.fam or key in UNREG_ROLE:
            return self.fam_person(key)
        if key not in self.un:
            self.un[key] = self.new_person("overig")
        return self.un[key]

    def initials(self, key: str, form: str):
        rng = self.rng
        p = self.person_by_key(key)
        parts = p.last.split()
        core = [w for w in re.split(r"[ \-]", p.last) if w and fold(w) not in PARTICLES]
        parts_l = [w for w in re.split(r"[ \-]", p.last) if w and fold(w) in PARTICLES]
        fi = "".join(w[0] for w in re.split(r"[ \-]", p.first) if w).upper()
        li = "".join(w[0] for w in core).upper() or parts[-1][0].upper()
        pl = "".join(w[0] for w in parts_l).lower()
        dotted = ".".join(fi) + "." + ("".join(c + "." for c in pl) if pl else "") + ".".join(li) + "."
        opts = [fi + li, fi + li, dotted, fi + pl + li, (fi + li).lower(), p.initials if key in self.fam else fi + li]
        if key in ("K", "K2", "BZ"):
            opts += [p.initials, fi + "." + li + "."]
        text = form if form and form not in ("p", "x") else rng.choice(opts)
        paren = (form == "p" or rng.random() < 0.2) and self.tail(1) != "("
        if paren:
            self.emit("(", typo=False)
        if self.low:
            text = text.lower()
        self.item("initialen", text, [Check("word", text)],
                  {"who": "vault" if p.registered else "unregistered", "role": p.rel or p.role})
        if paren:
            self.emit(")", typo=False)

    # ---------------------------------------------------------------- institutions
    def inst_get(self, typ: str, key: str | None) -> Inst:
        typ = self.alias.get(typ, typ)
        k = typ if key is None else f"{typ}#{key}"
        if k in self.inst:
            return self.inst[k]
        rng = self.rng
        pool = INST_POOL[typ]
        for _ in range(30):
            e = rng.choice(pool)
            name = e.name.replace("%R", self.region if rng.random() < 0.8 else rng.choice(REGIONS))
            if name not in self.used_inst:
                break
        self.used_inst.add(name)
        short = e.short.replace("%R", name.split()[-1]) if e.short else None
        inst = Inst(typ, e, name, self.town if rng.random() < 0.85 else rng.choice(TOWNS), short, e.abbr)
        self.inst[k] = inst
        if key is None:
            self.inst.setdefault(typ, inst)
        return inst

    def inst_mention(self, typ: str, key: str | None, form: str):
        rng = self.rng
        inst = self.inst_get(typ, key)
        e = inst.e
        pres = _l(e.pre)
        if not form:
            w = [("full", 30), ("name", 25 if e.bare else 0), ("short", 10 if inst.short else 0),
                 ("abbr", 25 if inst.abbr else 0), ("town", 10), ("lower", 12), ("upper", 3)]
            form = wpick(rng, w)
        full = (rng.choice(pres) + " " + inst.name) if pres else (
            (e.art + " " + inst.name) if e.art and rng.random() < 0.5 else inst.name)
        name = inst.name if e.bare or not pres else full
        if name[:4] in ("De ", "Het ") and rng.random() < 0.4:
            name = name[0].lower() + name[1:]
        town = None
        if form == "full":
            text = full
        elif form == "name":
            text = name
        elif form == "short":
            text = inst.short or name
        elif form == "abbr":
            text = inst.abbr or full
        elif form == "town":
            town = inst.town
            text = rng.choice([full, name]) + rng.choice([f" ({town})", f" {town}", f" te {town}", f" in {town}",
                                                           f", locatie {town}"])
        elif form == "lower":
            text = rng.choice([full, name, inst.short or name]).lower()
        elif form == "upper":
            text = rng.choice([full, name]).upper()
        else:
            raise ValueError(form)
        if self.low:
            text = text.lower()
        checks = inst_checks(text, town)
        if not checks:
            checks = inst_checks(inst.name, None)
        self.item(f"instelling:{inst.typ}", text, checks, {"form": form})

    def domain(self, typ: str) -> str:
        inst = self.inst_get(typ, None)
        if inst.e.domain:
            return inst.e.domain
        base = slug(inst.name)
        pre = _l(inst.e.pre)
        if inst.typ == "veilig-thuis":
            base = "veiligthuis" + base
        elif pre and len(pre[0]) <= 4 and (inst.typ in ("jgz", "sportclub") or not inst.e.bare):
            base = slug(pre[0]) + base
        return base + self.rng.choice([".nl", ".nl", ".nl", ".org"])

    def dom(self, typ: str) -> str:
        key = (self.alias.get(typ, typ), "dom")
        if key not in self.data:
            self.data[key] = self.domain(typ)
        return self.data[key]

    # ---------------------------------------------------------------- identifiers
    def owner(self, who: str):
        if who in self.fam or who in self.un:
            return self.person_by_key(who)
        t = self.alias.get(who, who)
        if t in INST_POOL:
            return self.inst_get(t, None)
        return self.person_by_key(who)

    def d_tel(self, who: str, form: str):
        rng = self.rng
        o = self.owner(who)
        key = ("tel", who, "vast" if form == "vast" or isinstance(o, Inst) else "mob")
        if key not in self.data:
            if key[2] == "vast":
                ac = rng.choice(["010", "020", "030", "033", "038", "040", "050", "058", "070", "071", "072", "073",
                                 "076", "078", "079", "0318", "0320", "0341", "0343", "0342", "0521", "0570"])
                sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(ac)))
                self.data[key] = (ac, sub)
            else:
                self.data[key] = ("06", str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7)))
        ac, sub = self.data[key]
        if ac == "06":
            a = sub
            if form == "wa":
                text = f"+31 6 {a[:4]} {a[4:]}" if int(a[0]) % 3 else f"+31 6 {a}"
            else:
                text = rng.choice([f"06-{a}", f"06 {a}", f"06{a}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                                   f"06-{a[:4]} {a[4:]}", f"+31 6 {a}", f"+31 6 {a[:4]} {a[4:]}", f"+316{a}",
                                   f"+31 (0)6 {a}", f"0031 6 {a}", f"06 - {a[:3]} {a[3:5]} {a[5:]}"])
            nat = "6" + a
        else:
            text = rng.choice([f"{ac}-{sub}", f"{ac} {sub}", f"({ac}) {sub}", f"+31 {ac[1:]} {sub}",
                               f"{ac} - {sub[:3]} {sub[3:]}"])
            nat = ac[1:] + sub
        self.item("telefoon", text, [Check("digits", nat[-9:])])

    def d_mail(self, who: str, form: str):
        rng = self.rng
        p = self.person_by_key(who)
        key = ("mail", who, form)
        if key not in self.data:
            f, l = slug(p.first), slug(p.last)
            lc = slug(" ".join(w for w in p.last.split() if fold(w) not in PARTICLES))
            yy = str(rng.randint(70, 99) if p.age >= 18 else rng.randint(8, 19)).zfill(2)
            if form:
                local = rng.choice([f"{f[0]}.{lc}", f"{f}.{l}", f"{f[0]}{l}", f"{f}.{lc}", f"{f}{lc[0]}"])
                dom = self.dom(form)
            else:
                kid = slug(self.fam["K"].first)
                local = rng.choice([f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{yy}",
                                    f"{f}{lc[0]}{rng.randint(1, 99)}", f"mama.{kid}" if p.gender == "f" else
                                    f"papa.{kid}", f"{f}-{lc}"])
                dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                                  "icloud.com", "yahoo.com", "hotmail.nl", "planet.nl"])
            self.data[key] = (local, dom)
        local, dom = self.data[key]
        text = f"{local}@{dom}"
        checks = [Check("ci", local)]
        if form:
            checks.append(Check("ci", dom.rsplit(".", 1)[0]))
        self.item("email", text, checks)

    def d_imail(self, typ: str, local: str):
        dom = self.dom(typ)
        self.item("email", f"{local}@{dom}", [Check("ci", dom.rsplit(".", 1)[0])])

    STREET_A = _l("Linden|Kastanje|Eiken|Beuken|Berken|Merel|Lijster|Spreeuwen|Vinken|Zwaluw|Tulpen|Narcissen|"
                  "Dahlia|Rozen|Seringen|Hyacinten|Boterbloem|Klaproos|Populieren|Wilgen|Esdoorn|Hazelaar|Meidoorn|"
                  "Jasmijn|Goudsbloem|Kievit|Reiger|Roerdomp|Fazant|Oranje|Prins Hendrik|Koningin Emma|Graaf Floris|"
                  "Jan Steen|Rembrandt|Vermeer|Frans Hals|Pieter de Hooch|Karel Doorman|Johan de Witt|Van Speijk|"
                  "Tesselschade|Multatuli|Vondel|Bilderdijk|Marnix|Piet Hein|Molen|Dijk|Kerk|Beatrix|Anne Frank|"
                  "Schubert|Mozart|Händel|Sibelius|Lorentz|Zernike|Leeuwenhoek")
    STREET_B = _l("straat|straat|laan|weg|hof|plein|singel|kade|dreef|erf|pad|park|plantsoen|ring|gracht")

    def address(self, who: str):
        rng = self.rng
        if ("home", who) not in self.data:
            same = who in ("K", "K2", "BZ", "M", "P") or (who == "V" and rng.random() < 0.5)
            self.data[("home", who)] = "K" if same else who
        key = ("adres", self.data[("home", who)])
        if key not in self.data:
            street = rng.choice(self.STREET_A) + rng.choice(self.STREET_B)
            n = rng.randint(1, 240)
            suffix = rng.choice(["", "", "", "", "a", "b", "-A", "-bis", " II", " hs", "-2", " A", "-3"])
            pc = f"{rng.randint(1000, 9899)} {rng.choice('BCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
            self.data[key] = (street, f"{n}{suffix}", str(n), pc)
        return self.data[key]

    def d_adres(self, who: str, form: str):
        street, num, n, _ = self.address(who)
        if form == "kaal" or self.rng.random() < 0.07:
            text = street
            checks = name_checks(street)
        else:
            text = f"{street} {num}"
            checks = name_checks(street) + ([Check("digits", n)] if len(n) >= 2 else [])
        if self.low:
            text = text.lower()
        self.item("adres", text, checks)

    def d_pc(self, who: str, form: str):
        pc = self.address(who)[3]
        text = self.rng.choice([pc, pc, pc.replace(" ", ""), pc.lower() if self.rng.random() < 0.3 else pc])
        if self.low:
            text = text.lower()
        self.item("postcode", text, [Check("compact", pc.replace(" ", "").upper())])

    def d_bsn(self, who: str, form: str):
        key = ("bsn", who)
        if key not in self.data:
            self.data[key] = bsn(self.rng)
        b = self.data[key]
        text = self.rng.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        self.item("bsn", text, [Check("digits", b)])

    def d_iban(self, who: str, form: str):
        key = ("iban", who)
        if key not in self.data:
            self.data[key] = iban(self.rng)
        full, acct = self.data[key]
        text = self.rng.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4)), full.lower()])
        self.item("iban", text, [Check("digits", acct)])

    def d_kent(self, who: str, form: str):
        rng = self.rng
        key = ("kent", who)
        L = "BDFGHJKLNPRSTVXZ"

        def let(k):
            return "".join(rng.choice(L) for _ in range(k))

        def dig(k):
            return "".join(str(rng.randint(0, 9)) for _ in range(k))
        if key not in self.data:
            self.data[key] = rng.choice([f"{let(2)}-{dig(3)}-{let(1)}", f"{dig(1)}-{let(3)}-{dig(2)}",
                                         f"{let(1)}-{dig(3)}-{let(2)}", f"{let(3)}-{dig(2)}-{let(1)}",
                                         f"{dig(2)}-{let(3)}-{dig(1)}", f"{let(2)}-{dig(2)}-{let(2)}"])
        k = self.data[key]
        text = rng.choice([k, k, k.replace("-", ""), k.lower()])
        if self.low:
            text = text.lower()
        self.item("kenteken", text, [Check("compact", k.replace("-", ""))])

    def d_gd(self, who: str, form: str):
        rng = self.rng
        p = self.person_by_key(who)
        if p.birth is None:
            p.birth = (rng.randint(1, 28), rng.randint(1, 12), 1970 + rng.randint(0, 30))
        d, m, y = p.birth
        text = rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}",
                           f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
        self.item("geboortedatum", text, [Check("digits", digits(text))])

    def d_acc(self, who: str, form: str):
        rng = self.rng
        p = self.person_by_key(who)
        key = ("acc", who)
        if key not in self.data:
            f, l = slug(p.first), slug(p.last)
            self.data[key] = rng.choice([f"{f}.{l[:1]}{rng.randint(2008, 2018)}", f"_{f}.x", f"{f}_{l}",
                                         f"its.{f}", f"{f}{l}{rng.randint(1, 99)}", f"xx.{f}.xx",
                                         f"{f}.{l}", f"{f}__{rng.randint(10, 99)}", f"coach.{f}", f"{l}.{f}"])
        h = self.data[key]
        plat = rng.choice(["instagram", "tiktok", "snapchat", "facebook"])
        if plat == "instagram":
            opts = [(f"@{h}", "handle"), (f"instagram.com/{h}", "url"), (f"https://www.instagram.com/{h}/", "url")]
        elif plat == "tiktok":
            opts = [(f"@{h}", "handle"), (f"tiktok.com/@{h}", "url")]
        elif plat == "snapchat":
            opts = [(h, "snap"), (f"@{h}", "handle")]
        else:
            opts = [(f"facebook.com/{h}", "url"), (f"www.facebook.com/{h}", "url")]
        text, fm = rng.choice(opts)
        self.item("account", text, [Check("ci", h)], {"form": fm, "platform": plat})

    def d_dos(self, who: str, form: str):
        rng = self.rng
        if self.style == "jgz-consult":
            text = rng.choice([str(rng.randint(1000000, 9999999)), f"JGZ-{rng.randint(100000, 999999)}",
                               f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"])
        elif self.style == "sportclub-vcp":
            text = rng.choice([f"VCP-{self.year}-{rng.randint(1, 40):03d}", f"{self.year}/{rng.randint(1, 30):02d}",
                               f"VCP {rng.randint(100, 999)}"])
        else:
            text = f"{rng.randint(1000000, 9999999)}"
        self.item("dossiernummer", text, [Check("digits", digits(text))])

    def d_zaak(self, who: str, form: str):
        rng = self.rng
        if "zaak" not in self.data:
            self.data["zaak"] = rng.choice(
                [f"VT-{self.year}-{rng.randint(1, 20000):06d}", f"{self.year}/VT/{rng.randint(10000, 99999)}",
                 f"ZK-{str(self.year)[2:]}-{rng.randint(1000, 9999)}", f"{rng.randint(100000000, 999999999)}",
                 f"VTO-{rng.randint(100000, 999999)}"])
        text = self.data["zaak"]
        self.item("zaaknummer", text, [Check("digits", digits(text))])

    # ---------------------------------------------------------------- result
    def note(self) -> Note:
        text = "".join(self.buf)
        return Note(self.style, self.length, text, self.persons(), self.items, self.clinical, self.words)


# ============================================================================================
# style 1: opvang-ouderapp
# ============================================================================================

OPV_HEAD = [
    "{I:kinderopvang/full} · ouderapp · groep {grp}\n{?Kind: {K/f}\n}\n",
    "Berichten ouderportaal – {K/f} (groep {grp}, {I:kinderopvang/name})\n\n",
    "Export chat ouderapp {I:kinderopvang/full}\nGesprek met: {M/f}{? en {V/f}}\n\n",
    "{grp} | {I:kinderopvang/town}\nOuderberichten {K/v}\n\n",
    "OUDERAPP – {I:kinderopvang/upper} – {K/h}\n\n",
]
OPV_STAFF = [
    "Goedemorgen {M/v}! {K/v} is goed gestart vandaag{= 😊|.| 🙂}{? We gaan straks {W}.}",
    "Hoi {M/v}, bij het verschonen zagen we {C:opv_inj}. Weet jij hoe dat gekomen is? Groetjes {u:pm#s1/first@sig}",
    "Hallo, even een update over {K/v}: {hij} {C:opv} en {C}. We houden het in de gaten. {=Liefs|Groetjes|Gr.} "
    "{u:pm#s1/first@sig}{? & {u:pm#s2/first@sig}}",
    "{K/d} heeft vandaag {W}{=!| en vond het prachtig.| 😍}",
    "Wie haalt {K/v} vandaag op? Op de ophaallijst staan alleen {M/v} en {u:familie#op/full}.",
    "Vandaag zagen we {C:opv_inj} bij {K/v}. {Hij} wilde niet vertellen hoe dat kwam. Kunnen we even bellen? "
    "Het nummer van de groep is {tel:kinderopvang/vast}.",
    "Ter info: de jeugdverpleegkundige van {I:jgz} ({u:jgz#j1/full}) komt donderdag op de groep kijken.",
    "{K/b} knuffel en slofjes liggen nog hier hoor 🧸",
    "Vandaag {W}! Foto's staan in de app. {u:pm#s2/first@sig}",
    "We hebben {rel:G} {G/v} gebeld, want {K/v} {C:opv_ziek}. {Rel:G} komt {hem} om {time} halen.",
    "{K/v} vertelde vandaag in de kring: '{C:opv_zegt}'. We vonden het belangrijk om dat te delen. "
    "Gr {u:pm#s1/first@sig} ({ini:s1})",
    "Vandaag {W}. {K/v} {C}.",
    "Kun je morgen reservekleding meegeven? Opgemerkt vandaag: {C:opv_verz}.",
    "Hoi {V/v}, {M/v} gaf aan dat jij {K/v} niet meer mag ophalen. Klopt dat? Wij hebben daar wel iets op papier "
    "voor nodig. {u:pm#af/first@sig}, aandachtsfunctionaris",
    "Beste ouders, een aandachtspunt bij {K/v}: {C:opv_verz}. Graag thuis even controleren.",
    "{K/v} en {u:kindgroep/first+} waren vandaag onafscheidelijk. Wel opgevallen: {K/v} {C}.",
]
OPV_STAFF_K = [
    "{K/v} {C:opv_kdv}, {?daarom }een beetje hangerig. {u:pm#s2/first} heeft {hem} even apart genomen.",
    "Slaapje van {n:1-2} uur gedaan, daarna {C:opv_kdv}. Liefs, {u:pm#s1/first@sig}",
]
OPV_STAFF_B = [
    "Vanmiddag halen we {K/v} op bij {I:school}{? (groep {n:1-8})}. {u:pm#s2/first} loopt mee.",
    "Is het goed als {K/v} morgen met de BSO meegaat naar de zwemles bij {I:sportclub}? Even een duimpje 👍",
    "{K/v} {C:opv_bso}. {Hij} vertelde dat {u:broer_zus#bz/first} {hem} thuis vaak slaat. Kunnen we even praten?",
    "Juf {u:leerkracht#lk/first} van {I:school} belde: {K/v} {C:opv_bso}.",
]
OPV_PARENT = [
    "{K/v} heeft vannacht slecht geslapen, {hij} is een beetje hangerig. {V/v} is er deze week niet.",
    "Dankjewel {u:pm#s1/first}! Dat is gebeurd bij {rel:G} {G/v}, op de trampoline.",
    "Vandaag haalt {u:familie#op/first+} {K/v} op{?, dat is mijn {rel:op}}. Nummer: {tel:op}",
    "Ik werk vandaag tot 18.00 bij {I:werkgever}, {V/v} haalt {hem} op.",
    "Ik ben iets later, moet overwerken bij {I:werkgever}. Sorry!!",
    "{K/v} moet om 10 uur naar {I:ziekenhuis} voor een controle, ik haal {hem} om half 10.",
    "Mijn nieuwe nummer is {tel:M}, wil je dat aanpassen? Mail is nu {mail:M}",
    "{K/v} mag niet mee met {V/f}, er loopt een contactverbod. Wil je dat aan {u:pm#s2/first} doorgeven?",
    "we zijn verhuisd hoor, nieuw adres {adres:M}, {pc:M} {town}",
    "Ok. {K/v} zegt dat {hij} gevallen is bij het spelen met {u:broer_zus#bz/first}.",
    "{Hij} was ziek, de huisarts van {I:huisarts} zegt dat het een virusje is.",
    "{u:partner#np/first} brengt {hem} morgen, dat is mijn vriend. Hij staat nog niet op de lijst.",
    "Sorry dat ik zo kort was vanochtend, het is thuis heel druk. Eerlijk gezegd {C:home}.",
    "Oké dankjewel. {K/b} {=knuffel|jas|beker} is inderdaad nog bij jullie.",
    "We gaan vrijdag naar {I:religieus}, {K/v} komt dan niet.",
]


def st_opvang(x: Doc):
    rng = x.rng
    bso = x.kid_age >= 4
    x.say(rng.choice(OPV_HEAD))
    nmsg = {"kort": rng.randint(3, 5), "middel": rng.randint(4, 6), "lang": rng.randint(6, 8)}[x.length]
    staff = OPV_STAFF + (OPV_STAFF_B if bso else OPV_STAFF_K) * 2
    used = set()
    d, m, _ = x.rand_date()
    wpos = rng.randrange(nmsg)
    for i in range(nmsg):
        parent = rng.random() < 0.4 and i != wpos
        pool = OPV_PARENT if parent else staff
        tpl = rng.choice([t for t in pool if t not in used] or pool)
        if i == wpos:
            tpl = rng.choice(["Vandaag {W}! {K/v} deed enthousiast mee.", "Dagverslag: {W}. {K/v} {C:neut}.",
                              "{K/d} heeft vandaag {W}.", "Hoi allemaal, vandaag {W} en {W}."])
        used.add(tpl)
        hh, mm = rng.randint(7, 18), rng.randint(0, 59)
        stamp = rng.choice([f"{DAYS[(d + i) % 5][:2]} {d + i // 3}-{m} {hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d}",
                            f"{d + i // 3} {MON3[m - 1]} · {hh}.{mm:02d}"])
        if parent:
            who = rng.choice(["{M/v}", "{M/f}", "{M/v} (moeder van {K/v})", "Moeder van {K/v}", "{V/v}",
                              "{M/l}", "{P/v}" if x.fam["P"].registered else "{M/v}"])
        else:
            who = rng.choice(["{u:pm#s1/first@chat}", "{u:pm#s1/first@chat} (groep {grp})", "Groep {grp}",
                              "{u:pm#s2/first@chat}", "{u:pm#s1/first@chat} – {I:kinderopvang/short}",
                              "Pedagogisch medewerker {u:pm#s2/first@chat}"])
        x.line(f"{stamp} – {who}: {tpl}", low=parent and rng.random() < 0.25)
    if (x.length == "middel" and rng.random() < 0.6) or (x.length == "kort" and rng.random() < 0.25):
        st_opvang_notebook(x)
    if x.length == "lang":
        extra = [st_opvang_notebook, st_opvang_signal, st_opvang_intake]
        for fn in rng.sample(extra, 2):
            fn(x)
    elif x.length == "middel" and rng.random() < 0.3:
        rng.choice([st_opvang_signal, st_opvang_intake])(x)


def st_opvang_notebook(x: Doc):
    rng = x.rng
    x.say("\n{=Overdracht|OVERDRACHT|Overdrachtsschrift|Dagboek} groep {grp} – {date}\n")
    x.line("{=Dienst|Vandaag|Ochtend/middag|Op de groep}: {u:pm#s1/first@lijst}{=, | en |/}{u:pm#s2/first@lijst}"
           "{?, stagiaire {u:pm#s3/first@lijst}}")
    nk = "neut" if x.kid_age >= 4 else rng.choice(["neut", "neut_kdv"])
    sk = rng.choice(["opv_verz", "opv_bso"] if x.kid_age >= 4 else ["opv_verz", "opv_kdv"])
    lines = ["- {K/v}: {C}{?; {C:%s}}{?. Gesprekje met {M/t} bij het ophalen.}" % sk,
             "- {u:kindgroep/first@lijst}: {C:%s}" % nk,
             "- {u:kindgroep/first@lijst}: {C:%s}{?, {C:neut}}" % nk,
             "- {u:kindgroep/full@lijst}: {C:%s}" % nk,
             "- {u:kindgroep/first@lijst} ({ini:s2}): {W}"]
    if "K2" in x.fam and x.fam["K2"].age < 12:
        lines.append("- {K2/v}: {C:neut}, vraagt veel naar mama")
    rng.shuffle(lines)
    lines = lines[: rng.randint(3, len(lines))]
    if not any(ln.startswith("- {K/") for ln in lines):
        lines.insert(0, "- {K/v}: {C}")
    for ln in lines:
        x.line(ln, low=rng.random() < 0.2)
    x.line("Bijzonderheden: {=bij|van} {K/v} {C:opv_inj} gezien{?, moeder zegt: gevallen}. "
           "{?Gemeld bij {u:pm#af/full} (aandachtsfunctionaris).}")
    if rng.random() < 0.6:
        x.line("Afspraak: {=morgen|vrijdag|maandag} wordt {K/v} gebracht door {=opa|oma|de buurvrouw} "
               "{u:familie#ph/first}{?, tel. {tel:ph}}.")
    if rng.random() < 0.5:
        x.line("Activiteit: {W}.")
    x.line("paraaf: {ini:s1}{? / {ini:s2}}")


def st_opvang_signal(x: Doc):
    x.say("\n--- Notitie aandachtsfunctionaris {I:kinderopvang/name} ---\n"
          "Kind: {K/f}, geb. {gd:K}{? (gezin {K/a})}\nGroep: {grp} ({n:2-5} dagen per week)\n"
          "Ouders: {M/f}{?, {tel:M}}; {V/f}{?, {adres:V}}\n"
          "Signalen:\n- {C:opv_inj}\n- {C}\n- {C:opv_verz}\n"
          "Gesprek met {M/t} op {date}: zij vertelt dat {C:home}.\n"
          "Besproken met {u:pm#af/full@lijst} (aandachtsfunctionaris){? en {u:pm#s1/first}}.\n"
          "Actie: advies gevraagd bij Veilig Thuis; {I:jgz} en {I:huisarts} met toestemming op de hoogte brengen.\n"
          "{?Broer {u:broer_zus#bz/first} zit op {I:school}.\n}{?Moeder werkt bij {I:werkgever} (wisselende "
          "diensten).\n}{?Het gezin gaat op vrijdag naar {I:religieus}.\n}{?{K/v} zit op zwemles bij "
          "{I:sportclub}.\n}")


def st_opvang_intake(x: Doc):
    x.say("\nKindgegevens (uit intake)\nNaam: {K/f}\nGeboortedatum: {gd:K}\n{?BSN: {bsn:K}\n}"
          "Adres: {adres:K}, {pc:K} {town}\n"
          "Ouder/verzorger 1: {M/f}, {tel:M}{?, {mail:M}}\n"
          "Ouder/verzorger 2: {V/f}{?, {tel:V}}{?, werkt bij {I:werkgever}}\n"
          "Huisarts: {u:huisarts#ha/title} ({I:huisarts})\n"
          "Incasso/rekening: {iban:M}\n"
          "Machtiging ophalen: {u:familie#op/full}{?, {u:buur#bu/full} (buren)}\n"
          "{?Vorige opvang: {I:kinderopvang#2}\n}{?Bijzonderheden: allergie voor pinda; {W}\n}"
          "{?40%Zaterdag: {=koranles|kinderkerk|zondagsschool|Poolse les} bij {I:religieus}\n}")


# ============================================================================================
# style 2: jgz-consult
# ============================================================================================


def growth(rng: random.Random, age: int) -> tuple[str, str, str]:
    if age == 0:
        L, W, H = rng.uniform(50, 76), rng.uniform(3.3, 9.8), rng.uniform(35, 45)
    elif age <= 3:
        L, W, H = 74 + 9 * age + rng.uniform(-3, 3), 9 + 2.2 * age + rng.uniform(-1.5, 1.5), 46 + age + rng.random()
    else:
        L, W, H = 100 + 6 * (age - 4) + rng.uniform(-5, 5), 15.5 + 2.8 * (age - 4) + rng.uniform(-2, 3), 51.0
    f = lambda v: f"{v:.1f}".replace(".", ",")  # noqa: E731
    return f(L), f(W), f(H)


def jgz_moment(rng: random.Random, age: int) -> str:
    if age == 0:
        return rng.choice(["4 weken", "8 weken", "3 maanden", "6 maanden", "9 maanden", "11 maanden"])
    if age == 1:
        return rng.choice(["14 maanden", "18 maanden"])
    if age == 2:
        return rng.choice(["2 jaar", "2 jaar", "extra consult"])
    if age == 3:
        return rng.choice(["3 jaar", "3 jaar en 9 maanden"])
    if age in (5, 6):
        return rng.choice(["groep 2", "5 jaar", "extra consult"])
    if age in (10, 11):
        return rng.choice(["groep 7", "extra consult"])
    if age in (13, 14):
        return rng.choice(["klas 2", "extra consult"])
    return rng.choice(["extra consult", "spreekuur", "op verzoek"])


def st_jgz(x: Doc):
    rng = x.rng
    age = x.kid_age
    L, W, H = growth(rng, age)
    sd = rng.choice(["0", "-1", "-1,5", "-2", "-2,5", "+1", "-0,5"])
    x.say(rng.choice([
        "{I:jgz/full} – Digitaal Dossier JGZ\n",
        "DD JGZ | {I:jgz#loc/town}\n",
        "{I:jgz/upper}\nJeugdgezondheidszorg 0-18\n",
        "{I:jgz#loc/full}, {=ochtendspreekuur|middagspreekuur|inloop}\n",
    ]))
    x.say(rng.choice(["Contactmoment", "Consult", "Extra consult", "Huisbezoek", "Telefonisch consult"]) +
          f" {jgz_moment(rng, age)} d.d. {{date}}\n\n")
    x.say(rng.choice([
        "Kind: {K/h}, {K/v}{? ({jongen})}\nGeb.datum: {gd:K}   BSN: {bsn:K}\n{?Cliëntnr: {dos}\n}",
        "Naam: {K/f} | geb. {gd:K} | {adres:K}, {pc:K} {town}\n",
        "Cliënt: {K/f} ({age} jr){?, dossier {dos}}\nAdres: {adres:K}, {town}\n",
        "Naam kind: {K/f}\nGeboortedatum: {gd:K}\n{?BSN: {bsn:K}\n}",
    ]))
    x.say(rng.choice([
        "Ouders/verzorgers: {M/f} (moeder, tel. {tel:M}){?, {V/f} (vader)}\n",
        "Moeder: {M/f}, {tel:M}{?, {mail:M}}\n{?Vader: {V/f}{?, woont elders}\n}",
        "Gezin {=|fam. }{K/a}: moeder {M/f}, {?vader {V/f}, }{rel:K2} {K2/v} ({n:0-12} jr)\n",
    ]))
    if rng.random() < 0.6:
        x.say("Huisarts: {u:huisarts#ha/title} – {I:huisarts}\n")
    if age <= 1 and rng.random() < 0.6:
        x.say("Geboren: {n:35-41} wk{?, sectio} in {I:ziekenhuis}\n")
    if rng.random() < 0.3:
        x.say("Netwerk: {rel:G} {G/v}{? en mensen van {I:religieus}}\n")
    if rng.random() < 0.35:
        x.say("Beroep ouders: {=vader|moeder} werkt bij {I:werkgever}{?, {=vader|moeder} werkloos}\n")
    if rng.random() < 0.5:
        x.say("{=School|Opvang|School/opvang}: " + ("{I:school}" if age >= 4 else "{I:kinderopvang}") + "\n")
    x.say("Aanwezig: {=moeder|vader|beide ouders|moeder en {rel:G} ({G/v})|moeder ({M/v})}, kind"
          "{?, tolk {u:tolk#tk/full}}\n\n")
    fields = []
    fields.append("Reden komst: {=regulier contactmoment|extra consult op verzoek van {I:kinderopvang}|"
                  "zorgen over groei|op verzoek van IB'er {u:ib#ib/full} van {I:school}|na SEH-bezoek {I:ziekenhuis}|"
                  "doorverwijzing huisarts ({I:huisarts})}\n")
    fields.append("Anamnese: {={M/t} vertelt:|Volgens {M/s}:|Moeder geeft aan:} {K/v} {C:jgz_an}. "
                  "{?Daarnaast: {C:jgz_an}. }{?{K/b} {=oma|opa|tante} past vaak op. }"
                  "{?Sinds {V/v} {=het huis uit is|weer thuis woont|in detentie zit} merkt moeder dat {C:home}. }"
                  "{?Vader {=werkt in ploegendienst bij|is ontslagen bij|werkt bij} {I:werkgever}. }"
                  "{?Het gezin krijgt steun van {I:religieus}. }\n")
    fields.append("Overig: {W}{?; {W}}.\n")
    fields.append("Voeding: {C:jgz_voed}\n")
    fields.append("Ontwikkeling: {C:jgz_ontw}{?; {K/v} zit op {=zwemles|judo|voetbal} bij {I:sportclub}}\n")
    fields.append(f"Onderzoek: lengte {L} cm ({sd} SD), gewicht {W} kg" + (f", HO {H} cm" if age < 2 else "") +
                  ". {C:jgz_ond}. {C:jgz_ond}.{? {C:jgz_ond}.}\n")
    fields.append("Vaccinaties: {=DKTP-Hib-HepB en Pneu gegeven|BMR en MenACWY gegeven|DTP en BMR gegeven|"
                  "HPV gegeven|achter op schema, ouders twijfelen|geen vaccinatie vandaag, kind koortsig|"
                  "volgens schema}"
                  "\n")
    fields.append("Observatie interactie: {C:jgz_int}\n")
    if rng.random() < 0.5:
        fields.append("Contact met derden: {date} gebeld met {u:zorg#zh/full+} van {I:zorgaanbieder}: {C:jgz_an}."
                      "{? Ook {u:leerkracht#lk/full+} van {I:school} gesproken.}\n")
    overig = fields.pop(7)
    if x.length == "kort":
        fields = [fields[0], fields[1], fields[4]]
    elif x.length == "middel":
        keep = [0, 1, 4] + rng.sample([2, 3, 5, 6] + list(range(7, len(fields))), 2)
        fields = [f for i, f in enumerate(fields) if i in keep]
    for f in fields:
        x.say(f)
    if x.length != "kort" or rng.random() < 0.6:
        x.say(overig)
    x.say("Conclusie: {C:jgz_concl}.\n")
    beleid = ["- {=verwijzing|verwezen} naar kinderarts {u:kinderarts#ka/title} ({I:ziekenhuis})",
              "- overleg met huisarts {u:huisarts#ha/title} van {I:huisarts}",
              "- na toestemming casus inbrengen bij {I:wijkteam}",
              "- consult Veilig Thuis{? ({I:veilig-thuis})} gehad: advies gesprek met ouders",
              "- terugkomafspraak over {n:2-6} weken{? bij {I:jgz#loc}}",
              "- overdracht aan {I:kinderopvang} besproken, moeder geeft toestemming",
              "- aanmelding {I:zorgaanbieder}{? (intake bij {u:zorg#zh/title})}"]
    n = {"kort": 2, "middel": 3, "lang": 5}[x.length]
    x.say("Beleid:\n" + "\n".join(rng.sample(beleid, n)) + "\n")
    x.say(rng.choice([
        "\n{u:jgz#j1/full@sig}, {=jeugdverpleegkundige|jeugdarts|verpleegkundig specialist}{? ({ini:j1})}\n",
        "\nOpgesteld door: {u:jgz#j1/full@sig} ({ini:j1})\n{?Supervisie: {u:jgz#j2/titleinit@sig}, jeugdarts\n}",
        "\n-- {ini:j1}\n",
        "\nJGZ-vpk: {u:jgz#j1/first@sig}{? / jeugdarts {u:jgz#j2/title@sig}}\n",
    ]))


# ============================================================================================
# style 3: sportclub-vcp
# ============================================================================================

VCP_STORY = [
    "{K/v} ({age} jaar) speelt sinds {year} bij de club, nu in {team}.",
    "Volgens {M/v}: {K/v} {C} en {C}.",
    "{K/v} vertelde mij zelf dat {T/v} {C:vcp_tr}.",
    "Medespelers {u:speler/first} en {u:speler/first} zouden dit ook hebben gezien.",
    "De assistent-trainer, {u:trainer#at/full}, bevestigt dat {K/v} {C}.",
    "{T/t} is naast trainer ook {=leerkracht op|conciërge van|stagiair bij|overblijfkracht op} {I:school#ts}.",
    "{T/a} werkt overdag bij {I:werkgever}.",
    "Moeder heeft de auto van {T/v} vaak bij hun huis zien staan: een {=grijze Opel Astra|zwarte Golf|witte "
    "bestelbus|rode Kia} met kenteken {kent:T}.",
    "{T/v} volgt {K/v} op Instagram ({acc:T}) en stuurde berichten naar {acc:K}.",
    "Na een blessure vorig seizoen was {K/v} op de SEH van {I:ziekenhuis}; {T/v} bracht {hem} toen zelf.",
    "{K/v} gaat na school naar {I:kinderopvang}, de BSO brengt {hem} naar de training.",
    "Moeder geeft aan dat thuis {C:home}.",
    "{K/v} heeft hulp via {I:zorgaanbieder}{?, behandelaar {u:zorg#zh/full}}.",
    "Een oom van {K/v}, {u:familie#oom/full}, is jeugdcoördinator bij de club.",
    "Teammanager {u:trainer#tm/full} ({tel:tm}) wist van niets.",
    "Moeder vertelde ook: {W}. Sindsdien {C}.",
    "{K/b} {=ouders|vader|moeder} {=willen|wil} niet dat de andere ouders het weten.",
    "De contributie wordt sinds {date} niet meer betaald (rekening {iban:V}).",
    "Vader zag de auto van de trainer ({kent:T}) {=twee keer|vaak|'s avonds} bij de school staan.",
    "Ook de ouders van {u:speler#sp2/full+} hebben zorgen geuit over {T/v}.",
    "Terzijde: {W}.",
]
VCP_MAIL = [
    "Ik wil graag iets met je bespreken over {T/f}. {K/v} {C} en zegt dat {T/v} {C:vcp_tr}. Ik weet niet of ik "
    "overdrijf maar ik maak me zorgen.{? Mijn man {V/v} wil het liefst meteen naar de politie.}",
    "Sorry voor de lange mail. Sinds de zomer {C} en gisteren vertelde {hij} eindelijk wat er speelt. "
    "{T/v} heeft {=hem|haar} {=meerdere keren|een keer} {C:vcp_tr}.",
    "Onze {zoon} {K/v} uit {team} {C}. {?Andere ouders ({u:ouder/full}) zien het ook.} Kunnen we bellen? "
    "Mijn nummer is {tel:M}.",
]


def st_vcp(x: Doc):
    rng = x.rng
    x.say(rng.choice([
        "VERSLAG VERTROUWENSCONTACTPERSOON – {I:sportclub/full}\n{=Vertrouwelijk|VERTROUWELIJK, niet doorsturen}\n\n",
        "{I:sportclub/upper}\nVertrouwenscontactpersoon (VCP) – gespreksverslag\n\n",
        "Gespreksverslag VCP {I:sportclub/name}{? – afdeling jeugd}\n\n",
    ]))
    x.say("Datum gesprek: {date}\n{?Dossiernummer: {dos}\n}Opgesteld door: {u:vcp#me/full@sig}, VCP\n")
    x.say("Aanwezig: {M/f} (moeder), {K/v}{?, {V/f} (vader)}, ondergetekende\n")
    x.say("Betreft: melding over {=de trainer|de hoofdtrainer|de assistent-trainer|een leider} van {team}, "
          "{T/f}\n\n")
    x.say("Aanleiding\n{M/t} nam op {date} contact op via {imail:sportclub/vcp}{? en telefonisch ({tel:M})}. "
          "{?Zie de doorgestuurde mail hieronder.}\n\n")
    x.say("Gesprek\n")
    n = {"kort": 3, "middel": 4, "lang": 6}[x.length]
    story = [VCP_STORY[0], VCP_STORY[1], VCP_STORY[2]] + rng.sample(VCP_STORY[3:], n - 2)
    if not any("{W}" in s for s in story):
        story.append(rng.choice(["Terzijde: {W}.", "Moeder vertelde ook: {W}. Sindsdien {C}."]))
    for s in story:
        x.say(s + " ")
    x.say("\n")
    if x.length != "kort" or rng.random() < 0.5:
        x.say("\n-----Oorspronkelijk bericht-----\nVan: {M/f} <{mail:M}>\nVerzonden: {wdate} {time}\n"
              "Aan: {imail:sportclub/vcp}\nOnderwerp: {=zorgen over|Melding|Vertrouwelijk:} {team}{? / {K/v}}\n\n"
              "{=Beste|Hoi|Hallo} {u:vcp#me/first},\n\n" + rng.choice(VCP_MAIL) +
              "\n\n{=Met vriendelijke groet|Groet|Gr.},\n{={M/v}|{M/f}}\n{?{tel:M}\n}")
    if x.length == "lang" and rng.random() < 0.6:
        x.say("\n> Van: {T/f} <{mail:T}>\n> Aan: {u:bestuur#b1/full} <{mail:b1/sportclub}>\n"
              "> Ik hoor dat er verhalen over mij rondgaan. Ik wil graag uitleggen wat er op de training van {date} "
              "is gebeurd met {K/v}. {?{W}.}\n")
    x.say("\nBestuur\nOp {date} besproken met voorzitter {u:bestuur#b1/full@lijst}"
          "{? en secretaris {u:bestuur#b2/full@lijst}}{? (jeugdcoördinator {u:bestuur#b3/full} was afwezig)}.\n"
          "Besluit: {T/t} is {=per direct op non-actief gezet|voorlopig geschorst|gevraagd niet meer alleen met "
          "spelers te zijn}.{? Er wordt een nieuwe VOG aangevraagd.}{? Ouders van {team} worden geïnformeerd door "
          "{u:bestuur#b1/title}.}\n")
    if x.length != "kort":
        x.say("\nAdvies / vervolg\n- ouders geadviseerd contact op te nemen met de huisarts ({I:huisarts})\n"
              "- {K/v} kan terecht bij {I:wijkteam}{?, contact: {u:wijkteam#wt/full}, {tel:wt}}\n"
              "- melding bij het landelijke meldpunt besproken met het bestuur\n"
              "- {?bij twijfel }overleg met Veilig Thuis{? ({I:veilig-thuis})}\n"
              "- VCP houdt contact met {M/t}\n")
        if rng.random() < 0.4:
            x.say("- {K/v} traint voorlopig mee bij {I:sportclub#2}\n")
        if rng.random() < 0.3:
            x.say("- de imam van {I:religieus} is op verzoek van vader betrokken\n")
    x.say(rng.choice([
        "\n{u:vcp#me/full@sig}\nVertrouwenscontactpersoon {I:sportclub/name}\n{tel:me}{? | {imail:sportclub/vcp}}\n",
        "\nGetekend, {u:vcp#me/init@sig} (VCP){? – paraaf voorzitter: {ini:b1}}\n",
        "\n{ini:me} / {date}\n",
    ]))


# ============================================================================================
# style 4: whatsapp-export
# ============================================================================================

WA_MSG = [
    "{at:M2} kun jij {M/v} vandaag bellen? {=Ik krijg haar niet te pakken|ze neemt niet op}",
    "moeder ({M/v}) belde net, {K/v} is niet op school {emo}",
    "{K/v} {C}",
    "{ini:K} {C} {emo}",
    "{ini:K} {C}",
    "<Media weggelaten>",
    "Dit bericht is verwijderd",
    "Tel moeder: {tel:M}",
    "nieuw adres: {adres:M} {pc:M}",
    "vd ({V/v}) is weer in beeld, hij staat vaak bij het hek",
    "Ik heb {I:wijkteam} gebeld, {u:wijkteam#w2/full+} pakt het op",
    "{I:huisarts} gebeld, {u:huisarts#ha/title} belt vanmiddag terug",
    "Zit {K/v} nog op voetbal bij {I:sportclub}?",
    "Moeder werkt 's nachts bij {I:werkgever}, dan zijn de kinderen alleen met {BZ/v}",
    "{K2/v} gaat op maandag en woensdag naar {I:kinderopvang}",
    "Ze zijn gisteren naar de SEH van {I:ziekenhuis} geweest",
    "De imam van {I:religieus} maakt zich ook zorgen, hij kent de familie",
    "{I:jgz} heeft {K/v} in {=oktober|november|januari} gezien, {C}",
    "oké, dank je {mem}",
    "👍",
    "🙏🙏",
    "Top, dank jullie",
    "Ik sluit om {time} aan",
    "Bespreken we dit in het ZAT van {=dinsdag|donderdag}?",
    "Is {u:broer_zus#bz/first} ook in beeld? Die zit op {I:school#2}",
    "Buurvrouw {u:buur#bv/first} heeft gisteravond de politie gebeld, {C:wa_s}",
    "Wijkagent {u:agent#ag/full} is langs geweest",
    "{K/b} {rel:G} zegt dat {K/v} {C}",
    "Ik heb het mailadres van vader: {mail:V}",
    "Insta van {K2/v} is {acc:K2}, daar staan filmpjes op",
    "{K/v} zit ook op TikTok: {acc:K} (openbaar account!)",
    "vader werkt nu bij {I:werkgever#2}, zegt moeder",
    "zondag zijn ze weer naar {I:religieus} geweest, daar wordt ook gekeken naar het gezin",
    "Wie heeft contact met {u:familie#ft/full}? Dat is de {rel:ft}, zij wil {K/v} wel opvangen",
    "{W} {emo}",
    "Hebben we toestemming van {M/t} om met {I:huisarts} te overleggen?",
    "{K/l} {C}",
    "{M/b} telefoon staat uit sinds gisteren",
    "{V/b} auto ({kent:V}) stond vanochtend weer bij de school",
    "fam. {K/a} is vorige week verhuisd, adres weet ik nog niet",
    "moeder vroeg of iemand de huur kan voorschieten, ze gaf haar rekeningnummer {iban:M} 🙈",
    "Goed om te weten: {W}",
    "{W}, zei moeder letterlijk",
    "Veilig Thuis belt terug, casemanager is {u:vt#cm/full}",
    "zie mail van {mem}",
    "{mem} heb jij de {I:woningcorporatie} nog gesproken over het huis?",
    "{M/a} heeft weer een nieuw nummer: {tel:M}",
    "kan iemand {u:tolk#tk/first+} regelen? moeder spreekt weinig Nederlands",
    "de BSO ({I:kinderopvang#bso}) zegt ook dat {K/v} {C}",
    "{at:M3} ik stuur je zo de notulen",
    "Broertje {u:broer_zus#bz2/first} zit bij juf {u:leerkracht#lk/first} in groep {n:1-4}, zij zegt: {C:wa_s}",
]
WA_ROLES = [("ib", "IB"), ("leerkracht", None), ("wijkteam", "wijkteam"), ("jgz", "JGZ"), ("agent", "wijkagent"),
            ("directeur", "dir."), ("smw", "SMW"), ("leerplicht", "LPA"), ("corporatie", "woonconsulent")]


def st_wa(x: Doc):
    rng = x.rng
    fmt = rng.choice(["android", "ios1", "ios2"])
    d, m, y = x.rand_date()
    nmem = rng.randint(3, 5)
    roles = rng.sample(WA_ROLES, nmem)
    disp = {}
    for i, (role, short) in enumerate(roles):
        key = f"M{i + 1}"
        x.unreg(role, key, "first", "chat")  # create the member (output discarded below)
        x.members.append(key)
        mode = wpick(rng, [("full", 30), ("first", 20), ("firstrole", 28), ("phone", 22)])
        if role == "leerkracht" and mode == "firstrole":
            disp[key] = ("Juf " if x.un[key].gender == "f" else "Meester ") + f"{{u:x#{key}/first}}"
        elif mode == "firstrole":
            disp[key] = f"{{u:x#{key}/first}} " + rng.choice([f"{short}", f"({short})", f"| {short}"])
        elif mode == "full":
            disp[key] = f"{{u:x#{key}/full}}"
        elif mode == "first":
            disp[key] = f"{{u:x#{key}/first}}"
        else:
            disp[key] = f"{{tel:{key}/wa}}"
    # the member-creating mentions above wrote into the buffer: drop them
    x.buf, x.pos, x.items = [], 0, []
    x.members = list(disp)

    def author(key):
        tpl = disp[key]
        return tpl.replace("{u:x#", "{u:x#").replace("/first}", "/first@chat}").replace("/full}", "/full@chat}")

    hh, mm = rng.randint(7, 10), rng.randint(0, 59)

    def stamp():
        nonlocal hh, mm, d
        mm += rng.randint(1, 40)
        if mm >= 60:
            hh, mm = hh + mm // 60, mm % 60
        if hh >= 22:
            hh, d = rng.randint(7, 9), min(d + 1, 28)
        if fmt == "android":
            return f"{d:02d}-{m:02d}-{str(y)[2:]} {hh:02d}:{mm:02d} - "
        if fmt == "ios1":
            return f"[{d:02d}-{m:02d}-{y}, {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}] "
        return f"[{hh:02d}:{mm:02d}, {d:02d}/{m:02d}/{y}] "

    group = rng.choice(["Zorgteam {I:school/name}", "ZAT {I:school/short}", "Wijkteam {I:wijkteam/name}",
                        "Casus {ini:K}", "Overleg {K/v}", "Buurtnetwerk {I:wijkteam/short}", "zorg {I:school/lower}"])
    if fmt == "android":
        x.line(stamp() + "Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat, zelfs "
                         "WhatsApp niet, kan ze lezen of beluisteren.")
    creator = x.members[0]
    x.line(stamp() + author(creator) + f" heeft groep '{group}' aangemaakt")
    for k in x.members[1:]:
        if rng.random() < 0.5:
            x.line(stamp() + author(creator) + " heeft " + author(k) + " toegevoegd")
    n = {"kort": rng.randint(5, 7), "middel": rng.randint(8, 12), "lang": rng.randint(14, 19)}[x.length]
    used = set()
    pos = rng.sample(range(n), 4 if n > 8 else 3)
    wpos, cpos = set(pos[: 2 if n > 8 else 1]), set(pos[2 if n > 8 else 1:])
    for j in range(n):
        a = rng.choice(x.members)
        x.cur_author = a
        tpl = rng.choice([t for t in WA_MSG if t not in used] or WA_MSG)
        if j in cpos:
            tpl = rng.choice(["{K/v} {C}", "vanochtend weer: {K/v} {C}", "{ini:K} {C} {emo}", "update {K/v}: {C}",
                              "{K2/v} vertelde dat {K/v} {C}", "mentor zegt: {C:wa_s}", "{C:wa_s} 😟",
                              "buren melden: {C:wa_s}"])
        if j in wpos:
            tpl = rng.choice(["Goed om te weten: {W}", "{W}, zei moeder letterlijk", "{W} {emo}",
                              "eerlijk gezegd: {W}", "{K/v} zei zelf: {W}"])
        used.add(tpl)
        for mk in ("M2", "M3"):
            if "{at:" + mk in tpl:
                tgt = rng.choice([k for k in x.members if k != a] or x.members)
                tpl = tpl.replace("{at:" + mk + "}", "{at:" + tgt + "}")
        if fmt != "android" and tpl == "<Media weggelaten>":
            tpl = rng.choice(["\u200e<bijlage: 000000{n:10-99}-PHOTO-" + f"{y}-{m:02d}-{d:02d}" + ".jpg>",
                              "\u200eafbeelding weggelaten"])
        x.line(stamp() + author(a) + ": " + tpl, low=rng.random() < 0.3)
        if rng.random() < 0.06:
            k = rng.choice(x.members[1:] or x.members)
            x.line(stamp() + author(k) + " heeft de groep verlaten")


# ============================================================================================
# style 5: vt-terugkoppeling
# ============================================================================================

REP_FUNC = {"school": "intern begeleider|leerkracht|directeur|aandachtsfunctionaris",
            "kinderopvang": "pedagogisch medewerker|aandachtsfunctionaris|locatiemanager",
            "huisarts": "huisarts|praktijkondersteuner",
            "ziekenhuis": "kinderarts|SEH-arts|medisch maatschappelijk werker",
            "jgz": "jeugdverpleegkundige|jeugdarts", "sportclub": "vertrouwenscontactpersoon",
            "zorgaanbieder": "behandelaar|gezinsbegeleider"}
VT_P = [
    "Op {date} heeft u namens {I:rep/name} bij Veilig Thuis een melding gedaan over {K/v}{?, {age} jaar}, wonende "
    "{=aan de|op de} {adres:K} te {town}. Met deze brief informeren wij u, zoals afgesproken, over de uitkomst.",
    "Naar aanleiding van uw melding hebben wij een onderzoek ingesteld. Wij hebben gesproken met moeder, {M/t}, en "
    "met vader, {V/t}{?, en met {K/v} zelf op {I:school#2}}. Daarnaast is informatie opgevraagd bij {I:huisarts}, "
    "{I:jgz} en {I:kinderopvang}.",
    "Uit het onderzoek blijkt dat {C}. {?Ook is gebleken dat {C}. }{?Vader {W:job}. }",
    "Conclusie: {=Veilig Thuis stelt vast dat er sprake is van|Wij concluderen dat sprake is van} {C:vt_concl}.",
    "Vervolg: de zorg is overgedragen aan {I:zorgaanbieder}{?, waar {u:zorg#h/full} de begeleiding oppakt "
    "(bereikbaar via {tel:h})}. Daarnaast blijft {I:wijkteam} betrokken.{? De politie (wijkagent {u:agent#ag/full}) "
    "is op de hoogte.}",
    "Mocht u nieuwe zorgen hebben over {K/v}{? of {K2/v}}, dan kunt u contact opnemen met {u:vt#cm/title} via "
    "{tel:cm}.",
]
VT_EXTRA = [
    "Het gezin geeft aan steun te ervaren van {I:religieus}.",
    "Moeder is inmiddels weer aan het werk bij {I:werkgever}.",
    "{K/v} blijft lid van {I:sportclub}; de trainer is geïnformeerd.",
    "{K/v} is door kinderarts {u:kinderarts#ka/title} van {I:ziekenhuis} onderzocht; daarbij bleek dat {C}.",
    "Ook {rel:BZ} {BZ/v} ({n:14-19} jaar) is gesproken; daaruit bleek dat {C}.",
    "De nieuwe partner van moeder, {P/f}, woont sinds kort in het gezin.",
    "{Rel:G} {G/f} heeft aangeboden de kinderen tijdelijk op te vangen{? op de {adres:G}}.",
    "Wij hebben ook gesproken met {u:rep#r2/titleinit} van {I:kinderopvang#2}, die uw zorgen deelt.",
    "Het gezin huurt via {I:woningcorporatie}; er is een betalingsregeling getroffen.",
    "Er is contact geweest met {u:leerplicht#lp/full}, leerplichtambtenaar, vanwege het verzuim.",
    "{K/b} {=school|leerkracht|mentor} heeft aangegeven dat {C}.",
    "Er ligt beslag op de rekening van vader ({iban:V}); daarnaast blijkt dat {C}.",
    "Vader mag niet in de buurt van de woning komen; zijn auto ({kent:V}) is bekend bij de politie.",
    "{K/v} wordt via sociale media ({acc:K}) benaderd door onbekenden.",
    "Het gezin {K/a} is bekend bij {I:zorgaanbieder#2}.",
]


def st_vt(x: Doc):
    rng = x.rng
    x.alias["rep"] = rng.choice(list(REP_FUNC))
    func = rng.choice(_l(REP_FUNC[x.alias["rep"]]))
    x.unreg("rep", "r", "first", None)  # create the recipient (output dropped below)
    x.buf, x.pos, x.items = [], 0, []
    mail = rng.random() < 0.4
    n = {"kort": 3, "middel": 5, "lang": 6}[x.length]
    idx = {0, 2, 3} | set(rng.sample([1, 4, 5], n - 3))
    paras = [VT_P[i] for i in sorted(idx)]
    extra = {"kort": rng.randint(0, 1), "middel": rng.randint(1, 2), "lang": rng.randint(2, 4)}[x.length]
    paras += rng.sample(VT_EXTRA, extra)
    paras.insert(min(len(paras), 3), "In het gesprek kwam ook naar voren: {W}.")
    if mail:
        x.say("Van: {u:vt#cm/full@mail} <{mail:cm/veilig-thuis}>\nVerzonden: {wdate} {time}\n"
              "Aan: {u:rep#r/full@mail} <{mail:r/rep}>\n{?CC: {imail:veilig-thuis/" +
              rng.choice(["secretariaat", "onderzoek", "intake"]) + "}\n}"
              "Onderwerp: {=Terugkoppeling melding|Terugkoppeling|RE: melding} {zaak} – {ini:K}\n\n" +
              rng.choice(["Beste {u:rep#r/first}", "Geachte {u:rep#r/title}", "Beste {u:rep#r/full}"]) + ",\n\n")
        for p in paras:
            x.say(p + "\n\n")
        x.say("{=Hartelijke groet|Met vriendelijke groet|Groet},\n{u:vt#cm/" + rng.choice(["first", "full"]) +
              "@sig}\n{=Casemanager|Medewerker onderzoek} {I:veilig-thuis/full}\nT {tel:cm/vast}{? | M {tel:cm}}\n")
        return
    x.say("{I:veilig-thuis/upper}\n{=Advies- en Meldpunt Huiselijk Geweld en Kindermishandeling|"
          "Advies- en meldpunt huiselijk geweld en kindermishandeling}\n\n")
    x.say("{=Aan: |}{I:rep/full}\nt.a.v. {u:rep#r/" + rng.choice(["titleinit", "titleinit", "full", "init"]) +
          "}" + f"{{?, {func}}}" + "\n{adres:rep}\n{pc:rep} {town}\n\n")
    x.say("{town}, {ldate}\n\n")
    x.say("Ons kenmerk: {zaak}\n{?Uw melding d.d.: {date}\n}Behandeld door: {u:vt#cm/full}\n"
          "{?Doorkiesnummer: {tel:cm/vast}\n}{?E-mail: {mail:cm/veilig-thuis}\n}\n")
    x.say(rng.choice([
        "Betreft: terugkoppeling melding inzake {K/f} (geb. {gd:K}){? en {K2/f}}\n\n",
        "Betreft: gezin {K/a} – {K/f}, BSN {bsn:K}\n\n",
        "Betreft: Terugkoppeling onderzoek – {K/h}, {K/v} ({gd:K})\n\n",
        "Betreft: uw melding van {date} over de kinderen van {M/t}\n\n",
    ]))
    x.say("Geachte {u:rep#r/title},\n\n")
    for p in paras:
        x.say(p + "\n\n")
    x.say("Met vriendelijke groet,\n\n{u:vt#cm/full@sig}\n{=casemanager|medewerker onderzoek|casemanager "
          "onderzoek}\n{?\n{u:vt#tl/init@sig}\nteamleider\n}{?Paraaf: {ini:tl}\n}{?Afschrift: dossier {zaak}\n}")


STYLE_FN = {"opvang-ouderapp": st_opvang, "jgz-consult": st_jgz, "sportclub-vcp": st_vcp,
            "whatsapp-export": st_wa, "vt-terugkoppeling": st_vt}


# ============================================================================================
# public interface
# ============================================================================================


def make_note(style: str, seed: int, i: int) -> Note:
    rng = random.Random(f"heldout8-{seed}-{i}")
    length = wpick(rng, LENGTHS)
    doc = Doc(rng, style, length)
    STYLE_FN[style](doc)
    return doc.note()


def make_notes(n: int, seed: int) -> list[Note]:
    notes, seen, i = [], set(), 0
    while len(notes) < n:
        style = STYLES[len(notes) % len(STYLES)]
        note = make_note(style, seed, i)
        i += 1
        if note.text in seen:
            continue
        seen.add(note.text)
        notes.append(note)
    return notes


KINDS = {"unregistered", "initialen", "adres", "postcode", "telefoon", "email", "bsn", "iban", "kenteken",
         "geboortedatum", "account", "dossiernummer", "zaaknummer"}
ROLES = {"kind", "moeder", "vader", "partner", "broer_zus", "oma", "opa", "tante", "oom", "pleegouder", "client",
         "buur", "overig"}


def validate(note: Note) -> str | None:
    t = note.text
    if not t.strip():
        return "empty text"
    if not 1 <= len(note.persons) <= 5:
        return f"{len(note.persons)} persons"
    for p in note.persons:
        if p.role not in ROLES:
            return f"bad role {p.role}"
    spans = []
    for it in note.items:
        if t[it.start:it.end] != it.text:
            return f"offset mismatch for {it.kind} {it.text!r}"
        if not (it.kind in KINDS or it.kind.startswith(("vault:", "instelling:"))):
            return f"unknown kind {it.kind}"
        if not it.checks:
            return f"no checks for {it.kind} {it.text!r}"
        for c in it.checks:
            if not check_flags(c, it.text):
                return f"check {c.how}:{c.value!r} does not flag the original {it.text!r}"
            if check_flags(c, "[persoon-1] [instelling] [telefoon] [adres] [email]"):
                return f"check {c.value!r} would flag a placeholder"
        if it.kind == "unregistered":
            for a in ("cue", "case", "origin", "role", "word_name"):
                if a not in it.attrs:
                    return f"unregistered without {a}"
        spans.append((it.start, it.end))
    spans.sort()
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        if b0 < a1:
            return f"items overlap at {b0}: {t[a0:a1]!r} / {t[b0:b1]!r}"
    for ph in note.clinical + note.words:
        if ph not in t:
            return f"phrase not in text: {ph!r}"
        start = t.find(ph)
        while start >= 0:
            end = start + len(ph)
            for s, e in spans:
                if s < end and start < e:
                    return f"phrase {ph!r} overlaps item {t[s:e]!r}"
            start = t.find(ph, start + 1)
    return None


if __name__ == "__main__":
    notes = make_notes(500, 20261128)
    bad = [(i, validate(n)) for i, n in enumerate(notes)]
    bad = [(i, e) for i, e in bad if e]
    for i, e in bad[:20]:
        print("INVALID", i, notes[i].style, e)
    print(f"{len(notes)} notes, {len(bad)} invalid")
    kinds = Counter(it.kind for n in notes for it in n.items)
    groups = Counter(it.kind.split(":")[0] for n in notes for it in n.items)
    print("items per note: %.1f" % (sum(len(n.items) for n in notes) / len(notes)))
    print("per kind:")
    for k, v in sorted(kinds.items()):
        print(f"  {k:32} {v}")
    print("per group:", dict(groups))
    print("per style:", dict(Counter(n.style for n in notes)))
    print("per length:", dict(Counter(n.length for n in notes)))
    print("items per style:", {s: sum(len(n.items) for n in notes if n.style == s) for s in STYLES})
    un = [it for n in notes for it in n.items if it.kind == "unregistered"]
    print("unregistered cue:", Counter(it.attrs["cue"] for it in un).most_common(25))
    print("unregistered case:", dict(Counter(it.attrs["case"] for it in un)))
    print("unregistered word_name:", dict(Counter(it.attrs["word_name"] for it in un)))
    print("unregistered origin:", dict(Counter(it.attrs["origin"] for it in un)))
    print("clinical per note: %.1f, words per note: %.1f" % (
        sum(len(n.clinical) for n in notes) / len(notes), sum(len(n.words) for n in notes) / len(notes)))
    print("persons per note:", dict(Counter(len(n.persons) for n in notes)))
    for idx in (0, 3):
        n = notes[idx]
        print("=" * 100)
        print(n.style, n.length, [(p.name, p.role) for p in n.persons])
        print(n.text)
        for it in n.items:
            print("   ", it.kind, repr(it.text), [(c.how, c.value) for c in it.checks], it.attrs or "")
        print("  clinical:", n.clinical)
        print("  words:", n.words)
