"""Synthetic case notes for benchmarks/redaction.py, written from this file's own templates.

Every identifier put into a note is recorded as an ``Item`` (its kind, where it sits in the
note, and the checks that decide whether it leaked); every phrase that must survive (clinical
phrases, Dutch words that are also names) is recorded too. The templates are written the way
professionals type in a file note, a chat line, a bullet list or Dutch with some English; they
know nothing of how the redactor works.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

from assistant.privacy.redact import Person

# --------------------------------------------------------------------------------------------
# Names per origin: (first names, surnames). Several dozen of each, as families in the
# Netherlands are called; surnames may carry particles (van, de, el, ...).

ORIGINS: dict[str, tuple[str, str]] = {
    "nederlands": (
        "Daan Sem Lucas Finn Levi Noah Bram Luuk Thijs Jesse Ruben Milan Stijn Tim Gijs Niels Sven Jasper "
        "Teun Mees Siem Floris Wouter Hidde Jelle Sanne Emma Julia Tess Sophie Lotte Anouk Femke Noor Eva "
        "Saar Isa Nina Britt Lisa Evi Anna Fenna Liv Yara Maud Esmee Ilse Marloes Karin Ingrid Wendy Mirjam "
        "Esther Petra Kevin Dennis Patrick Marco Erik Rob Ronald Sandra Monique Linda",
        "Jansen de Vries van den Berg Bakker Visser Smit Meijer de Boer Mulder de Groot Bos Vos Peters "
        "Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer van der Linden "
        "Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn de Jong Schouten "
        "Beekman Willems Hoekstra Kuipers Veenstra Postma Huisman Wijnands Scholten Timmermans Verhoeven "
        "Koster Prins Blom Huijbregts Oosterhuis Zwart Molenaar Sluiter",
    ),
    "marokkaans": (
        "Mohamed Ayoub Adam Yassin Bilal Rayan Ilias Anas Hamza Imran Zakaria Younes Soufiane Nordin Mehdi "
        "Karim Rachid Abdelkader Mustapha Hicham Driss Fatima Khadija Salma Yasmina Nora Imane Hafsa Aya "
        "Malika Naima Loubna Samira Souad Hanane Asmae Ikram Nisrine Kawtar Siham Latifa Zineb Meryem Houda",
        "El Amrani Bouzid El Idrissi Benali Ouali Azzouzi El Khatib Bouchtaoui Amrani Haddouchi Ait Taleb "
        "El Moussaoui Boukhari Chaoui Ziani Belhaj El Ouardi Tahiri Lamrani Ouahabi Bakkali Achahbar "
        "Boulahrouz Mansouri Ghazi Hamdaoui El Yassini Azarkan Essafi Bouali Mokhtari Zaari Akrouh "
        "El Hamdaoui Benhaddou Laaroussi Ouriaghli",
    ),
    "turks": (
        "Emre Mehmet Mustafa Yusuf Burak Kerem Eren Ömer Arda Enes Hakan Serkan Murat Cem Baran Kaan Onur "
        "Volkan Tolga Ayşe Elif Zeynep Fatma Esra Büşra Merve Sevgi Hatice Emine Derya Gül Selin Yasemin "
        "Ebru Hülya Nurcan Melek Sibel Tuba Dilek Ecem Irem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Erdoğan Güneş Bulut Tekin Aksoy Uçar "
        "Keskin Ünal Kaplan Bozkurt Karakaya Altun Toprak Duman Sarı Akgül Taş",
    ),
    "surinaams-hindostaans": (
        "Ravi Sunil Anand Vikash Rajesh Amit Dinesh Sanjay Prakash Kiran Rohan Arjun Nikhil Vishal Sarita "
        "Anita Sunita Priya Shanti Kavita Radha Reshma Nisha Asha Indira Shalini Sharmila Geeta Anjali "
        "Devika Rekha Manisha Roshni Sangita Jayant Ashwin Naresh Girish",
        "Ramdin Jagroep Ramkisoen Sewdien Bissessar Mahabier Ramsaroep Jhinkoe Kalloe Mangal Gangaram "
        "Soekhoe Doekhie Chedi Ramlal Bhoendie Ramcharan Ganesh Lachman Autar Ramdjan Soerdjbalie Bihari "
        "Chotkan Raghoebir Sital Kanhai Rampersad Ramnath Mohabir Baldewsingh Jankie Persaud",
    ),
    "surinaams-creools": (
        "Romano Jerrel Giovanni Dwayne Clarence Roel Ricardo Marlon Jordy Quincy Jerry Ruud Orlando Winston "
        "Humphrey Steven Dion Jermaine Shanice Chantal Jamila Naomi Sharella Romy Gina Ingrid Rosita Jolanda "
        "Sherida Milouska Cheryl Tamara Gerda Yvette Nadia Priscilla Angelique",
        "Wijngaarde Pinas Kasanpawiro Amatdjais Sabajo Tjon A Fong Doelwijt Renfrum Abena Graanoogst "
        "Vliet Lieveld Zebeda Pengel Monsels Hoepel Vreden Kruisland Held Bouterse Hoever Sordam Kensmil "
        "Brandon Cairo Ferrier Linger Nelom Elshot Emanuelson Jubitana Zeegelaar Belfor Apai",
    ),
    "surinaams-javaans": (
        "Soeparman Wagiman Sukirno Harjo Sarmo Karto Wongso Djoko Bambang Slamet Budi Agus Rudi Iwan "
        "Hendri Sugeng Parmin Tukimin Sumiati Wagiyem Sriwati Sukinah Ngatini Tuminah Sarinah Lastri "
        "Dewi Ratna Wulan Indah Yanti Sri Suriani Rukmini Kartini Murni",
        "Karijo Pawiro Kromodikoro Sowidjojo Sardjoe Atmodikoro Wongsodikromo Sastro Kartodikromo Soeroto "
        "Mangoenkarso Tjokro Redjosentono Kasandikromo Dipo Marjo Setro Amatsarie Sadi Kariodimedjo "
        "Soekimin Djoemadi Pawirodinomo Moestadja Kasanmoentalib Ramsahai Somohardjo Sarmo Kaimo Towirjo",
    ),
    "antilliaans": (
        "Jurich Shurendy Rigino Jeandro Kenrick Gilbert Curtley Jandino Ryangelo Dyron Ruchandro Jaysen "
        "Shuraydi Glenn Juan Eugene Rudsel Shaquille Jurmaine Shakira Jeanine Ruthmila Nathalie Jolien "
        "Shudaily Sharelly Giselle Quenny Yudelca Lisandra Reymara Shaianne Mirelva Xiomara Eugenie Kenyata",
        "Martina Isenia Koeiman Rosaria Doran Maduro Hernandez Sint Jago Bernabela Cijntje Marchena Winklaar "
        "Pieternella Statia Lourens Anthony Cova Fecunda Janga Balentina Leito Rosalia Ignacio Semeleer "
        "Elisabeth Jansen Boekhoudt Kroon Dania Kook Mercera Croes Tromp Geerman Wernet Every",
    ),
    "pools": (
        "Jakub Kacper Szymon Filip Mateusz Bartosz Wojciech Piotr Tomasz Marcin Krzysztof Łukasz Paweł "
        "Michał Dawid Kamil Grzegorz Zofia Zuzanna Julia Lena Maja Hanna Oliwia Wiktoria Agnieszka "
        "Katarzyna Małgorzata Joanna Magdalena Dorota Beata Ewa Aleksandra Justyna Monika Karolina",
        "Kowalski Kowalska Nowak Wiśniewska Wiśniewski Wójcik Kowalczyk Kamińska Lewandowski Zielińska "
        "Szymański Woźniak Dąbrowska Kozłowski Jankowska Mazur Kwiatkowski Krawczyk Piotrowska Grabowski "
        "Nowakowska Pawłowski Michalska Król Wieczorek Jabłoński Wróbel Majewska Olszewski Stępień "
        "Malinowska Jaworski Adamczyk Dudek Nowicka",
    ),
    "roemeens": (
        "Andrei Alexandru Ionuț Mihai Ștefan Gabriel Florin Cristian Adrian Bogdan Vlad Darius Sorin "
        "Marius Radu Cosmin Elena Ioana Maria Andreea Alexandra Mihaela Cristina Ana Gabriela Roxana "
        "Denisa Bianca Larisa Raluca Simona Alina Daniela Florentina Iulia Camelia",
        "Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Matei Ciobanu Rusu Munteanu Constantin "
        "Marin Lazăr Moldovan Florea Dinu Toma Diaconu Barbu Nistor Oprea Cristea Dobre Ene Sârbu Mocanu "
        "Neagu Anghel Voicu Ursu Surdu Bălan Vasilescu",
    ),
    "bulgaars": (
        "Georgi Dimitar Ivan Nikolay Petar Hristo Stoyan Todor Kaloyan Martin Yordan Vasil Plamen Lyubomir "
        "Boyan Angel Krasimir Maria Ivanka Elena Desislava Gergana Tsvetelina Radostina Mariya Yana Teodora "
        "Viktoria Nikol Kristina Svetla Rumyana Milena Petya Vesela Zornitsa",
        "Ivanov Ivanova Georgiev Georgieva Dimitrov Dimitrova Petrov Petrova Nikolov Nikolova Hristov "
        "Stoyanov Todorova Angelov Atanasova Iliev Yordanova Marinov Kostadinov Popova Kolev Stefanova "
        "Mihaylov Asenova Hadzhiev Zhelyazkov Penkova Vasilev Bozhilov Pavlova Rusev Mladenova",
    ),
    "eritrees": (
        "Dawit Yonas Filmon Mussie Semere Biniam Yohannes Tesfay Habtom Robel Merhawi Samuel Efrem Amanuel "
        "Mehari Kibrom Natnael Senait Helen Saba Luwam Selam Rahwa Tsega Yordanos Winta Feven Hiwet Ruta "
        "Abrehet Lidia Mebrat Almaz Semhar Elsa Hermela",
        "Tesfamariam Gebremedhin Tekle Haile Ghebreyesus Berhane Kidane Weldemichael Mehari Tewelde Habte "
        "Asmerom Ghirmay Yemane Andemariam Tsegay Gebrezgabiher Okbazghi Fesehaye Zerai Woldu Negash "
        "Abraha Mebrahtu Tesfu Kahsay Ghebremeskel Hagos Araya Beyene Solomon Andom",
    ),
    "ethiopisch": (
        "Abebe Tadesse Bereket Dereje Ermias Getachew Kebede Mulugeta Yared Henok Nahom Tewodros Bekele "
        "Eyob Fikru Girma Selamawit Meseret Tigist Hanna Bethlehem Hiwot Mahlet Meron Rediet Tsion Kidist "
        "Aster Genet Alem Marta Birtukan Netsanet Sara Zewditu Etenesh",
        "Alemu Tesfaye Bekele Wolde Girma Assefa Tadesse Mengistu Ayele Desta Lemma Kebede Abate Worku "
        "Getahun Negussie Hailu Demissie Gebre Shiferaw Yilma Amare Tefera Wondimu Belay Mekonnen "
        "Asfaw Tilahun Zewdie Gashaw Mamo Dagne",
    ),
    "somalisch": (
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Hussein Omar Farah Yusuf Abdikarim Mahad Liban "
        "Abdiwali Guled Bashir Khadar Faisal Hodan Ayaan Sahra Fadumo Hawa Amina Ubah Ifrah Ladan Ikran "
        "Sagal Nimco Warsan Hibo Deeqa Filsan Idil Hamdi",
        "Warsame Abdullahi Mohamud Jama Ali Farah Hersi Osman Ismail Yusuf Aden Dirie Hussein Nur Gedi "
        "Egal Abdi Samatar Shire Duale Elmi Guleid Mohamed Barre Omar Bile Hassan Adan Mire Olad Dahir",
    ),
    "syrisch": (
        "Ahmad Omar Khaled Mohammad Hasan Ali Yazan Majd Tarek Bashar Anas Firas Nizar Rami Samer Wael "
        "Jamal Ghaith Hala Rasha Lama Nour Dima Rawan Aya Reem Sara Jana Lina Maya Farah Rania Lubna Zeina "
        "Ghada Nisreen Raghad Tala",
        "Al-Ahmad Haddad Khalil Hamdan Al-Masri Darwish Shami Al-Hussein Kassem Youssef Othman Najjar "
        "Alloush Hamoud Al-Khatib Rahal Saleh Mansour Sabbagh Zaher Halabi Qassab Idlibi Hourani Hijazi "
        "Jaber Suleiman Bakour Al-Halabi Kurdi Shaheen Tamer",
    ),
    "iraaks": (
        "Mustafa Ali Hussein Haider Karrar Ammar Zaid Saif Murtadha Ahmed Abbas Hassan Yousif Omar Laith "
        "Muntadher Zainab Fatima Maryam Noor Rusul Ruqaya Zahraa Hawraa Duaa Shahad Mina Tabarak Sara "
        "Huda Israa Ayat Baneen Sajida",
        "Al-Jaburi Al-Saadi Al-Tamimi Al-Ubaidi Al-Rubaie Al-Dulaimi Al-Shammari Al-Khafaji Al-Mousawi "
        "Al-Hashimi Al-Zubaidi Jasim Kadhim Mahdi Hamid Abdulla Rashid Salman Jawad Karim Hamza Nasser "
        "Al-Bayati Al-Janabi Al-Kaabi Al-Obaidi Al-Azzawi Al-Hakim Sabri",
    ),
    "afghaans": (
        "Ahmad Mohammad Ali Rahim Karim Farid Jawad Hamid Wahid Sohail Naveed Omid Samir Hamed Zabihullah "
        "Mansoor Najib Shafiq Farzana Fereshta Mariam Zahra Parwana Nazanin Shabnam Mursal Lailuma Hosai "
        "Nilofar Freshta Roya Sabira Mahbooba Wazhma Zarghuna Homa",
        "Ahmadi Rahimi Karimi Hashimi Sultani Mohammadi Habibi Rezai Noori Azizi Hakimi Nazari Jalali "
        "Samadi Popal Durrani Ghani Stanekzai Wardak Safi Amiri Haidari Sharifi Niazi Baraki Akbari "
        "Yousufzai Mangal Zazai Sadat Qaderi",
    ),
    "ghanees": (
        "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwasi Nana Ebo Fiifi Kobina Kwadwo Ekow Selorm Elikem Akosua "
        "Ama Abena Adwoa Afua Yaa Efua Esi Akua Adjoa Maame Ewurabena Dzifa Enyonam Nhyira Aseye Afia "
        "Akos Mawuli Edem",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Ofori Acheampong Amoah Sarpong Antwi Bonsu "
        "Danquah Quaye Addo Asamoah Opoku Nkrumah Adjei Tetteh Annan Badu Frimpong Gyamfi Amponsah "
        "Kyei Ansah Nyarko Takyi",
    ),
    "nigeriaans": (
        "Chinedu Emeka Obinna Tunde Segun Femi Ayodele Oluwaseun Chukwuemeka Ikenna Uche Ifeanyi Kelechi "
        "Babatunde Yusuf Musa Ngozi Chioma Adaeze Funmilayo Folake Yetunde Nkechi Amaka Ifeoma Bukola "
        "Temitope Oluchi Chiamaka Aisha Zainab Blessing Precious Favour",
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Oyelaran Chukwu Obi Afolabi Ogunleye Bello "
        "Ibrahim Okeke Nnamdi Olawale Oladipo Ogunbiyi Onyeka Ezeh Igwe Akinola Adewale Olatunji Nwachukwu "
        "Ekwueme Ojo Akande Oyewole",
    ),
    "chinees": (
        "Wei Jie Hao Yang Jun Ming Lei Tao Bo Chen Hui Xiang Zhiwei Haoran Yuxuan Zihan Jiahao Li Na Ying "
        "Xiaoling Mei Lan Fang Yan Jing Xiu Qian Yuting Xinyi Zixuan Shuang Lili Meiling",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang "
        "Xie Song Tang Han Feng Deng Cao Peng Zeng Tan Yu Jiang",
    ),
    "vietnamees": (
        "Minh Anh Duc Huy Khoa Long Nam Phuc Quang Tuan Thanh Hieu Dung Trung Bao Khanh Linh Trang Thao "
        "Huong Lan Mai Ngoc Phuong Thuy Hoa Hanh Nhung Yen Vy Trinh Diep Quynh Loan Tam",
        "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Luong "
        "Ta Quach Cao Chau Doan Kieu Thai Vuong Ton Ha",
    ),
    "oekraiens": (
        "Oleksandr Andriy Dmytro Serhiy Mykola Yuriy Bohdan Taras Vitaliy Maksym Artem Vladyslav Ihor Denys "
        "Roman Yaroslav Olena Oksana Iryna Nataliya Tetiana Yuliia Kateryna Anastasiia Sofiia Viktoriia "
        "Khrystyna Daryna Solomiia Mariia Halyna Liudmyla Svitlana Nadiia Zlata",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Boyko "
        "Tkachuk Melnyk Moroz Lysenko Marchenko Savchenko Rudenko Kovalchuk Petrenko Klymenko Pavlenko "
        "Levchenko Hnatiuk Kuzmenko Ponomarenko Zinchenko Vasylenko Yakovenko Dovzhenko Honchar Sydorenko",
    ),
    "kaapverdiaans": (
        "João José Manuel António Carlos Nelson Edson Adilson Ivanildo Jailson Elton Denilson Wilson Kevin "
        "Admilson Djany Maria Ana Joana Carla Sandra Jandira Elisângela Ivone Luísa Dulce Zenaida Edna "
        "Nilza Suzy Eunice Arlinda Odete Fátima Celeste",
        "Semedo Tavares Monteiro Fernandes Lopes Gomes Rodrigues Pereira Varela Moreira Fortes Silva "
        "Santos Delgado Cabral Évora Brito Andrade Mendes Barros Gonçalves Correia Sanches Furtado Landim "
        "Spencer Vieira Soares Borges Ramos Duarte",
    ),
}

# Faker locales per origin (more names); non-Latin output (Arabic, Cyrillic, Chinese script) is
# skipped, zh_CN gives romanised names.
FEMALE_START = {
    "nederlands": "Sanne", "marokkaans": "Fatima", "turks": "Ayşe", "surinaams-hindostaans": "Sarita",
    "surinaams-creools": "Shanice", "surinaams-javaans": "Sumiati", "antilliaans": "Shakira", "pools": "Zofia",
    "roemeens": "Elena", "bulgaars": "Maria", "eritrees": "Senait", "ethiopisch": "Selamawit", "somalisch": "Hodan",
    "syrisch": "Hala", "iraaks": "Zainab", "afghaans": "Farzana", "ghanees": "Akosua", "nigeriaans": "Ngozi",
    "chinees": "Li", "vietnamees": "Khanh", "oekraiens": "Olena", "kaapverdiaans": "Maria",
}
MALE_TAIL = {"Kevin", "Dennis", "Patrick", "Marco", "Erik", "Rob", "Ronald", "Jayant", "Ashwin", "Naresh", "Girish",
             "Mawuli", "Edem"}

FAKER_LOCALES = {
    "nederlands": "nl_NL", "turks": "tr_TR", "pools": "pl_PL", "roemeens": "ro_RO",
    "bulgaars": "bg_BG", "oekraiens": "uk_UA", "syrisch": "ar_AA", "chinees": "zh_CN",
    "ghanees": "tw_GH", "brits": "en_GB", "frans": "fr_FR",
}
FAKER_ONLY = ("brits", "frans")

PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "ben", "bin", "da", "dos",
             "du", "la", "le", "von", "a", "in", "t", "'t", "sint"}

# Dutch words that are also first names or surnames: used as words in sentences (must stay)
# and as names after a cue word (must go).
WORD_FIRST_F = "Roos Fleur Storm Merel Iris Lieve Lot Amber Lente Zomer Linde Hazel Joy Hope Jade Bloem Sterre".split()
WORD_FIRST_M = "Storm Job Wolf Said Zomer Vos Arend Koen Joy Bas".split()
WORD_FIRST = WORD_FIRST_F + WORD_FIRST_M
WORD_SUR = ("Bos Visser Bakker Koning Kok Boer Vos Wit Groen Klein Winter Haas Mol Vink Valk Bloem Hoop "
            "Zwart Hoek Berg Dijk Schipper Lang Groot Storm Roos").split()
WORD_NAMES = {w.lower() for w in WORD_FIRST + WORD_SUR}
WORD_PHRASES = {
    "hoop": ["er is weinig hoop dat het thuis snel beter gaat", "ze heeft weinig hoop op verandering"],
    "storm": ["sinds de storm van vorige week lekt het dak", "na de storm is de schuur ingestort"],
    "roos": ["ze had een roos getekend voor haar moeder", "hij nam een roos mee voor de juf"],
    "fleur": ["de kamer heeft weinig fleur", "er is geen fleur meer in haar tekeningen"],
    "bloem": ["ze gaf de juf een bloem", "hij plukte een bloem op het schoolplein"],
    "zon": ["ze speelt het liefst buiten in de zon", "de zon scheen voor het eerst deze week"],
    "merel": ["hij vertelde over een merel in de tuin"],
    "iris": ["de oogarts keek naar de iris van het linkeroog"],
    "lieve": ["het is een lieve en behulpzame jongen", "ze noemt haar oma een lieve vrouw"],
    "lot": ["moeder laat de kinderen aan hun lot over", "het lot van de jongste baart zorgen"],
    "job": ["vader is zijn job kwijtgeraakt", "moeder zoekt een job met vaste uren"],
    "wolf": ["hij tekent steeds een grote boze wolf"],
    "lente": ["in de lente gaat het meestal wat beter"],
    "zomer": ["deze zomer gaat het gezin niet op vakantie"],
    "bos": ["ze wandelen in het weekend vaak in het bos", "hij speelt graag in het bos achter de school"],
    "visser": ["opa was vroeger visser op zee"],
    "bakker": ["ze haalt elke ochtend brood bij de bakker"],
    "koning": ["hij speelde de koning in het kerstspel"],
    "kok": ["de kok van de opvang zorgt voor een warme maaltijd"],
    "boer": ["de klas ging op bezoek bij de boer"],
    "vos": ["er liep een vos door de achtertuin"],
    "wit": ["ze zag wit van de pijn", "hij werd wit toen de deur dichtsloeg"],
    "groen": ["het stoplicht stond op groen"],
    "klein": ["het huis is erg klein voor zes personen", "de woning is klein en vochtig"],
    "winter": ["in de winter heeft hij geen warme jas"],
    "haas": ["hij was er als een haas vandoor"],
    "hoek": ["hij zit vaak alleen in de hoek van het lokaal"],
    "berg": ["er ligt een berg vuile was in de gang"],
    "dijk": ["de kinderen spelen op de dijk achter het huis"],
    "groot": ["de zorgen zijn groot", "de schulden zijn groot"],
    "zwart": ["zijn nagels waren zwart van het vuil"],
    "lang": ["het duurde lang voordat moeder opendeed"],
    "hope": ["I hope dat moeder terugbelt"],
    "said": ["she said dat alles goed gaat thuis"],
    "joy": ["no joy, moeder neemt niet op"],
}

# Clinical and everyday observations that must survive, as verb phrases after the child.
CLINICAL = [
    "heeft een blauwe plek op de wang", "plast weer in bed", "zorgt voor de jongere kinderen",
    "komt zonder jas naar school", "schrikt als je haar aanraakt", "heeft striemen op de rug",
    "eet niet meer", "is bang voor de nieuwe vriend van moeder", "heeft blauwe plekken op beide bovenarmen",
    "komt zonder ontbijt naar school", "valt vaak in slaap in de klas", "schrikt van harde geluiden",
    "draagt dezelfde kleren als gisteren", "heeft een brandwond op de hand", "vertelt dat papa boos was",
    "is de laatste weken stil en teruggetrokken", "heeft hoofdluis en kiespijn", "wil na school niet naar huis",
    "ruikt naar urine", "heeft gaten in de schoenen", "heeft geen gymspullen bij zich",
    "wordt nooit opgehaald", "staat na schooltijd lang bij het hek te wachten", "heeft schaafwonden op de knieën",
    "heeft een dikke lip", "heeft een blauw oog", "heeft rode striemen in de nek", "krabt zich tot bloedens toe",
    "is erg mager geworden", "pakt eten van andere kinderen", "heeft steeds honger",
    "verzamelt brood in haar tas", "is vaak ziek gemeld", "mist veel lessen", "komt regelmatig te laat",
    "huilt snel en is prikkelbaar", "heeft woedeaanvallen", "slaat andere kinderen", "trekt zich terug in de pauze",
    "speelt niet meer met anderen", "praat niet meer in de klas", "duikt weg als een volwassene de hand opsteekt",
    "wil niet omkleden bij gym", "draagt lange mouwen bij warm weer", "heeft brandplekjes op de onderarm",
    "vertelt dat hij thuis wordt geslagen", "vertelt dat ze alleen thuis was", "moet vaak op de kleintjes passen",
    "heeft nachtmerries", "slaapt slecht", "is bang om naar huis te gaan", "kan zich slecht concentreren",
    "gaat achteruit met lezen en rekenen", "heeft tandbederf en pijn bij het eten", "heeft een bril die al maanden kapot is",
    "heeft luieruitslag", "huilt veel en is moeilijk te troosten", "maakt weinig oogcontact",
    "is schrikachtig en waakzaam", "heeft seksueel getinte tekeningen gemaakt", "zegt dat ze dood wil",
    "snijdt zich in de armen", "heeft sigarettenpeuken in de broekzak", "ruikt naar alcohol",
    "heeft geld dat ze niet kan verklaren", "zit tot laat op straat", "is weggelopen van huis",
    "wordt door de politie thuisgebracht", "spijbelt steeds vaker", "heeft geen vaste slaapplek",
    "slaapt op de bank bij een vriendje", "zegt dat er thuis geruzied wordt", "hoort 's nachts schreeuwen",
    "zag hoe moeder werd geslagen", "vertelt over een kapotte deur thuis", "is bang dat moeder iets overkomt",
    "komt met natte kleren naar school", "heeft geen warm eten gehad", "heeft een ontstoken wond aan de voet",
    "loopt mank sinds het weekend", "heeft een gebroken pols zonder duidelijke oorzaak",
    "is niet gevaccineerd", "mist afspraken bij het consultatiebureau", "groeit niet goed",
    "heeft een achterstand in de taalontwikkeling", "is erg aanhankelijk naar onbekenden",
    "gaat met iedereen mee", "klampt zich vast aan de leerkracht", "wil niet dat moeder gebeld wordt",
    "zegt dat ze niets mag vertellen", "is stil als vader in de buurt is", "krimpt ineen bij een harde stem",
    "plast in de broek op school", "poept in de broek", "heeft buikpijn op maandag",
    "heeft hoofdpijn na het weekend", "vertelt dat er geen eten in huis is", "draagt kleding die te klein is",
    "heeft vieze en gescheurde kleren", "heeft een verwaarloosd gebit", "heeft een rode vlek op de arm",
    "heeft krassen in het gezicht",
]
ADULT_CLINICAL = [
    "drinkt veel", "heeft schulden", "is depressief", "heeft geen vast werk", "slaapt overdag",
    "is erg gespannen", "gebruikt drugs", "heeft een contactverbod", "is eerder in beeld geweest bij de politie",
    "kan de huur niet betalen", "zit thuis met burn-outklachten", "is erg wantrouwend naar hulpverlening",
    "heeft psychische klachten", "staat er alleen voor",
]

# --------------------------------------------------------------------------------------------
# Institutions: (as written, the words that identify it and must go)


def _inst(spec: str) -> list[tuple[str, list[str]]]:
    out = []
    for item in spec.split(";"):
        text, _, words = item.strip().partition("|")
        out.append((text.strip(), [w.strip() for w in words.split(",")] if words else [text.strip()]))
    return out


SCHOOLS = _inst(
    "De Kameleon|Kameleon; De Regenboog|Regenboog; Het Palet|Palet; De Wegwijzer|Wegwijzer; Het Anker|Anker; "
    "De Akker|Akker; De Fontein|Fontein; De Zonnewijzer|Zonnewijzer; Het Kompas|Kompas; De Vlieger|Vlieger; "
    "De Springplank|Springplank; De Horizon|Horizon; Het Mozaïek|Mozaïek; De Tweemaster|Tweemaster; "
    "De Klimop|Klimop; Het Baken|Baken; De Wilgenhoek|Wilgenhoek; De Schakel|Schakel; "
    "De Sterrenkijker|Sterrenkijker; Het Talent|Talent; De Piramide|Piramide; De Notenkraker|Notenkraker; "
    "Al Amana|Amana; El Furkan|Furkan; De Toermalijn|Toermalijn; Het Spectrum|Spectrum; De Globe|Globe; "
    "De Meander|Meander; De Octopus|Octopus; De Bongerd|Bongerd; De Vuurtoren|Vuurtoren; "
    "Het Startpunt|Startpunt; De Zevensprong|Zevensprong; De Triangel|Triangel; De Waterlelie|Waterlelie; "
    "Prins Willem-Alexander|Willem-Alexander; Koningin Juliana|Juliana; Het Avontuur|Avontuur"
)
SCHOOL_PREFIX = ["basisschool", "obs", "cbs", "rkbs", "ikc", "kindcentrum", "sbo", "openbare basisschool",
                 "de basisschool", "school", "daltonschool", "montessorischool"]
SECONDARY = _inst(
    "het Zernike College|Zernike; het Alfa-college|Alfa-college; ROC Midden Nederland|Midden Nederland; "
    "het Graafschap College|Graafschap; het Nova College|Nova; het Montessori Lyceum Amsterdam|Amsterdam; "
    "het Dockinga College|Dockinga; het Stedelijk Gymnasium Leiden|Leiden; het Calvijn College|Calvijn; "
    "het Farel College|Farel; het Carmel College|Carmel; het Wellant College|Wellant"
)
CHILDCARE = _inst(
    "kinderdagverblijf Ukkepuk|Ukkepuk; kdv De Kleine Beer|Kleine Beer; bso De Boomhut|Boomhut; "
    "peuterspeelzaal Het Kabouterhuis|Kabouterhuis; Kinderopvang Humanitas|Humanitas; Partou|Partou; "
    "Kinderdam|Kinderdam; SKSG|SKSG; Smallsteps|Smallsteps; bso Stoere Binken|Stoere Binken; "
    "kdv Dikkertje Dap|Dikkertje Dap; peuterspeelzaal Olleke Bolleke|Olleke Bolleke; "
    "bso De Ontdekkingsreis|Ontdekkingsreis; kinderdagverblijf Het Zonnetje|Zonnetje; "
    "kdv Kiddoozz|Kiddoozz; Kinderopvang 2Samen|2Samen; bso Bij de Bengels|Bengels; "
    "gastouderbureau De Knuffelberen|Knuffelberen"
)
HOSPITALS = _inst(
    "het Amphia|Amphia; het UMCG|UMCG; Erasmus MC|Erasmus; Isala|Isala; Rijnstate|Rijnstate; "
    "het Jeroen Bosch Ziekenhuis|Jeroen Bosch; Maxima MC|Maxima; Máxima MC|Máxima; het Radboudumc|Radboudumc; "
    "het Amsterdam UMC|Amsterdam; het AMC|AMC; het Wilhelmina Kinderziekenhuis|Wilhelmina; het WKZ|WKZ; "
    "het Sophia Kinderziekenhuis|Sophia; het LUMC|LUMC; het OLVG|OLVG; het Spaarne Gasthuis|Spaarne; "
    "het Catharina Ziekenhuis|Catharina; Gelre|Gelre; het Martini Ziekenhuis|Martini; ZGT|ZGT; "
    "het St. Antonius|Antonius; het Meander MC|Meander; Tergooi|Tergooi; Zuyderland|Zuyderland; "
    "het MUMC+|MUMC; het Franciscus Gasthuis|Franciscus; het HMC|HMC; het Haaglanden MC|Haaglanden; "
    "het Albert Schweitzer ziekenhuis|Albert Schweitzer; het Ikazia|Ikazia; het Maasstad|Maasstad; "
    "de Isala klinieken|Isala; het Elkerliek|Elkerliek; het VieCuri|VieCuri"
)
CARE = _inst(
    "Lentis|Lentis; Parnassia|Parnassia; GGZ Drenthe|Drenthe; Levvel|Levvel; Youké|Youké; Karakter|Karakter; "
    "Accare|Accare; GGz Centraal|Centraal; Altrecht|Altrecht; Arkin|Arkin; William Schrikker|Schrikker; "
    "Pluryn|Pluryn; Ipse de Bruggen|Ipse,Bruggen; 's Heeren Loo|Heeren Loo; Amarant|Amarant; De Waag|Waag; "
    "Fier|Fier; Sterk Huis|Sterk Huis; Timon|Timon; Entrea Lindenhout|Entrea,Lindenhout; "
    "Horizon Jeugdzorg|Horizon; Cardea|Cardea; Yorneo|Yorneo; Enver|Enver; Jeugdformaat|Jeugdformaat; "
    "Kenter|Kenter; Youz|Youz; Emergis|Emergis; Dimence|Dimence; Mondriaan|Mondriaan; "
    "Reinier van Arkel|Reinier,Arkel; Yulius|Yulius; Lucertis|Lucertis; Jeugdbescherming Brabant|Brabant; "
    "Intermetzo|Intermetzo; Spirit|Spirit"
)
EMPLOYERS = _inst(
    "PostNL|PostNL; de Jumbo|Jumbo; Albert Heijn|Albert Heijn; Tata Steel|Tata; Schiphol|Schiphol; "
    "Coolblue|Coolblue; de Lidl|Lidl; de Aldi|Aldi; de Hema|Hema; Philips|Philips; ASML|ASML; KLM|KLM; "
    "de NS|NS; Heineken|Heineken; de Rabobank|Rabobank; Picnic|Picnic; Thuisbezorgd|Thuisbezorgd; "
    "Randstad|Randstad; Tempo-Team|Tempo-Team; Vanderlande|Vanderlande; FrieslandCampina|FrieslandCampina; "
    "Unilever|Unilever; IKEA|IKEA; de Kruidvat|Kruidvat; de Gamma|Gamma; de Praxis|Praxis; "
    "McDonald's|McDonald; Dirk van den Broek|Dirk,Broek; Vion|Vion; DHL|DHL; de Primark|Primark; "
    "Bakkerij Bart|Bart; de Vomar|Vomar"
)
CITIES = ("Zwolle Amsterdam Rotterdam Utrecht Groningen Tilburg Breda Arnhem Nijmegen Emmen Assen Almere "
          "Lelystad Deventer Enschede Venlo Heerlen Leeuwarden Dordrecht Schiedam Den Bosch Apeldoorn "
          "Amersfoort Haarlem Leiden Zaandam Helmond Roosendaal Hoorn Alkmaar").split()
STREETS = ("Kerkstraat Dorpsweg Molenlaan Schoolstraat Stationsweg Julianastraat Beatrixlaan Wilhelminastraat "
           "Oranjestraat Lindelaan Eikenlaan Berkenstraat Parallelweg Industrieweg Nieuwstraat Markt "
           "Havenstraat Vondelstraat Rembrandtlaan Merelstraat Kastanjelaan Esdoornstraat Tulpstraat "
           "Narcisstraat Zuiderweg Nobelstraat Insulindestraat Javastraat Bilderdijkstraat Kanaalweg "
           "Dijkstraat Prinsengracht Goudsbloemstraat Vlierweg Slotlaan Hoofdstraat Spoorstraat "
           "Groenstraat Mariastraat").split()
MULTI_STREETS = ["Jan Steenstraat", "Burgemeester de Withstraat", "Van Goghstraat", "Pieter de Hooghstraat",
                 "Graaf Florisweg", "Tweede Oosterparkstraat", "Eerste Jan van der Heijdenstraat", "Laan van Meerdervoort",
                 "Burgemeester Visserstraat", "Prins Hendrikkade", "Van Heemstraweg", "Generaal Foulkesweg"]
HOUSE_SUFFIX = ["", "", "a", "b", "-A", " A", "-III", "-II", "-I", "-2", "-3", " bis", "hs", "-hs", " hs", " I", "-1hg",
                " boven", "-bg", "A02", "-zw", " rood"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PLATES = ["XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "99-XX-XX", "XX-XX-99"]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
NICKS = ["lil", "xx", "its", "the", "real", "official", "baby", "prince", "queen", "king", "miss", "mr", "sweet",
         "gamer", "pro", "dj", "mc", "boss", "skater", "cutie"]

# Homoglyphs (Cyrillic, Greek) and other spellings of a vault name.
CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
            "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В",
            "X": "Х", "I": "І", "S": "Ѕ", "J": "Ј"}
GREEK = {"a": "α", "o": "ο", "i": "ι", "v": "ν", "u": "υ", "k": "κ", "n": "η", "p": "ρ", "A": "Α", "B": "Β",
         "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
         "Y": "Υ", "X": "Χ"}
SPECIAL_VARIANTS = ["underscore", "aaneen", "hashtag", "handle", "cijfers", "zwsp", "zwnj", "woordverbinder",
                    "zacht-afbreekstreepje", "bidi", "cyrillisch", "grieks", "fullwidth", "wiskundig-vet",
                    "wiskundig-cursief", "letters-spaties", "letters-punten", "sterretjes"]
GLUED = {"underscore", "aaneen", "hashtag", "handle"}
NORMAL_VARIANTS = ["volledig", "voornaam", "titel+achternaam", "bezittelijk", "kleine-letters", "initialen+achternaam",
                   "hoofdletters", "achternaam"]


def fold(text: str) -> str:
    """Lower case, compatibility forms folded (full-width, mathematical letters) and diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def core(surname: str) -> str:
    """The surname without particles: "van den Berg" -> "Berg", "El Amrani" -> "Amrani"."""
    words = surname.split()
    rest = [w for w in words if w.lower() not in PARTICLES]
    return " ".join(rest) if rest else surname


# --------------------------------------------------------------------------------------------


@dataclass
class Check:
    how: str   # "exact" (case-sensitive substring), "ci" (case-insensitive substring), "word" (a word,
    #            case-insensitive, diacritics folded), "digits" (in the region's digits), "compact"
    #            (in the region without spaces, dashes and dots, upper case), "group" (a digit run)
    value: str
    scope: str = "local"   # "local": the output aligned with the item; "global": the whole output


@dataclass
class Item:
    kind: str
    text: str
    start: int
    end: int
    checks: list[Check]
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Note:
    style: str
    length: str
    text: str
    persons: list[Person]
    items: list[Item]
    clinical: list[str]
    words: list[str]          # word-name phrases that must stay as words


@dataclass
class Member:
    role: str        # kind moeder vader partner broer_zus oma opa tante oom buur leerkracht vriend klasgenoot
    first: str
    surname: str
    origin: str
    female: bool
    registered: bool = False
    vault_role: str = ""
    word_name: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


class Names:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.pools: dict[str, tuple[list[str], list[str], list[str]]] = {}
        for origin, (firsts, surnames) in ORIGINS.items():
            names = firsts.split()
            at = names.index(FEMALE_START[origin])
            male = [n for n in names[:at]] + [n for n in names[at:] if n in MALE_TAIL]
            female = [n for n in names[at:] if n not in MALE_TAIL]
            self.pools[origin] = (male, female, _split_surnames(surnames))
        self.faker: dict[str, tuple[list[str], list[str], list[str]]] = {}
        for i, (origin, locale) in enumerate(FAKER_LOCALES.items()):
            try:
                fake = Faker(locale)
            except AttributeError:
                continue
            fake.seed_instance(seed + i)
            if locale == "zh_CN":   # romanised names have no gender in Faker
                male = female = [fake.first_romanized_name() for _ in range(80)]
                lasts = [fake.last_romanized_name() for _ in range(80)]
            else:
                male = [fake.first_name_male() for _ in range(80)]
                female = [fake.first_name_female() for _ in range(80)]
                lasts = [fake.last_name() for _ in range(120)]

            def latin(names: list[str]) -> list[str]:
                return sorted({f for f in names if is_latin(f) and len(f) >= 2 and len(f.split()) <= 3})

            male, female, lasts = latin(male), latin(female), latin(lasts)
            if male and female and lasts:
                self.faker[origin] = (male, female, lasts)
        self.origins = list(ORIGINS) + [o for o in FAKER_ONLY if o in self.faker]

    def _pool(self, origin: str) -> tuple[list[str], list[str], list[str]]:
        if origin in self.faker and (origin not in self.pools or self.rng.random() < 0.3):
            return self.faker[origin]
        return self.pools[origin]

    def first(self, origin: str, female: bool | None = None) -> str:
        male, fem, _ = self._pool(origin)
        if female is None:
            female = self.rng.random() < 0.5
        return self.rng.choice(fem if female else male)

    def surname(self, origin: str) -> str:
        return self.rng.choice(self._pool(origin)[2])


def _split_surnames(spec: str) -> list[str]:
    """Surnames in a space-separated list; particles and known two-word names stay joined."""
    words, out, i = spec.split(), [], 0
    joined = {"Tjon A Fong", "Sint Jago", "Ait Taleb", "Dirk van den Broek"}
    while i < len(words):
        for size in (3, 2):
            if " ".join(words[i:i + size]) in joined:
                out.append(" ".join(words[i:i + size]))
                i += size
                break
        else:
            name = []
            while i < len(words) and words[i].lower() in PARTICLES:
                name.append(words[i])
                i += 1
            if i < len(words):
                name.append(words[i])
                i += 1
            out.append(" ".join(name))
    return out


# --------------------------------------------------------------------------------------------
# Identifiers by pattern


def bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        if total % 11 < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(total % 11)


def iban(rng: random.Random) -> str:
    bank = rng.choice(BANKS)
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    return f"NL{check:02d}{bank}{account}"


def plate(rng: random.Random) -> str:
    letters = "BDFGHJKLNPRSTVXZ"
    return "".join(rng.choice(letters) if c == "X" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in rng.choice(PLATES))


def mobile(rng: random.Random) -> str:
    return "6" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.75:
        n = mobile(rng)
        return rng.choice([
            f"0{n}", f"0{n[0]}-{n[1:]}", f"0{n[0]}-{n[1:5]} {n[5:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"0031{n}", f"+31 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31{n}", f"+31 (0){n[0]} {n[1:]}",
            f"0{n[0]}-{n[1:3]}{n[3:5]}{n[5:7]}{n[7:]}", f"(0{n[0]}) {n[1:5]} {n[5:]}", f"0{n[:5]} {n[5:]}",
            f"06 {n[1:5]} {n[5:]}", f"0031 6 {n[1:]}",
        ])
    area = rng.choice(["20", "10", "70", "30", "50", "38", "13", "40", "26", "24", "73", "591"])
    rest = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice([f"0{area}-{rest}", f"0{area} {rest}", f"0{area}{rest}", f"+31 {area} {rest}",
                       f"0{area} {rest[:3]} {rest[3:]}", f"0031{area}{rest}"])


def postcode(rng: random.Random) -> str:
    digits = str(rng.randint(1011, 9999))
    letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return rng.choice([f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters}", f"{digits}{letters.lower()}"])


# --------------------------------------------------------------------------------------------
# Spellings of a vault name


def special_spelling(variant: str, first: str, surname: str, rng: random.Random) -> str:
    """``first``/``surname``: the name words the variant is built from (surname may be empty)."""
    word = first
    if variant == "underscore":
        return f"{first}_{surname.replace(' ', '_')}"
    if variant == "aaneen":
        return first + surname.replace(" ", "")
    if variant == "hashtag":
        return "#" + first + surname.replace(" ", "")
    if variant == "handle":
        sep = rng.choice(["", ".", "_", ""])
        tail = rng.choice(["", "", str(rng.randint(1, 99)), "_x", "official"])
        return "@" + fold(first + sep + surname.replace(" ", "")) .replace(" ", "") + tail
    if variant == "cijfers":
        return rng.choice([word.lower(), word]) + str(rng.choice([rng.randint(2008, 2020), rng.randint(1, 99)]))
    if variant in ("zwsp", "zwnj", "woordverbinder", "zacht-afbreekstreepje", "bidi"):
        char = {"zwsp": "\u200b", "zwnj": "\u200c", "woordverbinder": "\u2060", "zacht-afbreekstreepje": "\u00ad",
                "bidi": rng.choice(["\u202e", "\u200f", "\u202d", "\u200e"])}[variant]
        at = rng.randint(1, len(word) - 1)
        return word[:at] + char + word[at:]
    if variant in ("cyrillisch", "grieks"):
        table = CYRILLIC if variant == "cyrillisch" else GREEK
        places = [i for i, c in enumerate(word) if c in table]
        chosen = set(rng.sample(places, max(1, len(places) // 2))) if places else set()
        return "".join(table[c] if i in chosen else c for i, c in enumerate(word))
    if variant == "fullwidth":
        return "".join(chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else c for c in word)
    if variant in ("wiskundig-vet", "wiskundig-cursief"):
        upper, lower = (0x1D400, 0x1D41A) if variant == "wiskundig-vet" else (0x1D434, 0x1D44E)
        out = []
        for c in word:
            if "A" <= c <= "Z":
                out.append(chr(upper + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append("\u210e" if variant == "wiskundig-cursief" and c == "h" else chr(lower + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)
    if variant == "letters-spaties":
        return " ".join(word)
    if variant == "letters-punten":
        return ".".join(word)
    if variant == "sterretjes":
        at = sorted(rng.sample(range(1, len(word)), min(2, len(word) - 1)))
        return "".join(("*" if i in at else "") + c for i, c in enumerate(word))
    raise ValueError(variant)


# --------------------------------------------------------------------------------------------


class Builder:
    """A note assembled from literal text and annotated pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []

    def lit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add(self, kind: str, text: str, checks: list[Check], **attrs: str) -> None:
        self.items.append(Item(kind, text, self.length, self.length + len(text), checks, dict(attrs)))
        self.lit(text)

    def text(self) -> str:
        return "".join(self.parts)


CHAT_ABBREV = [("mevrouw", "mw"), ("meneer", "dhr"), ("even", "ff"), ("van de", "vd"), ("van het", "vh"),
               ("in verband met", "ivm"), ("volgens", "vlgs"), ("telefonisch", "tel"), ("ongeveer", "ong"),
               ("morgen", "mrgn"), ("vandaag", "vdg"), ("niet", "nie"), ("gesprek", "gespr"),
               ("jeugdverpleegkundige", "jvk"), ("leerkracht", "lk"), ("want", "wnt"), ("met", "mt")]


def chat_literal(text: str, rng: random.Random) -> str:
    text = text.lower()
    for long, short in CHAT_ABBREV:
        if long in text and rng.random() < 0.5:
            text = text.replace(long, short)
    return "".join(c for c in text if c not in ".,;:!?()")


# --------------------------------------------------------------------------------------------
# Sentence templates. Slots: {K} {M} {V} {P} family members (named as the note goes),
# {S} a sibling with its cue word, {G} grandparent, {O} aunt/uncle, {N} neighbour, {T} teacher,
# {F} friend, {X} a new person named without a cue, {Y} a person named earlier, now without cue,
# {VAR} a vault name in an unusual spelling, {C} clinical phrase about the child, {A} about an adult,
# {W} a sentence using a Dutch word that is also a name, {SCHOOL} {OPVANG} {HOSP} {CARE} {WORK},
# {ACC} a social-media account, {INIT} initials alone, {ADDR} {PC} {CITY} {TEL} {BSN} {IBAN} {MAIL}
# {PLATE} {DOB} {AGE}.

FORMAL = {
    "C": ["{K} {C}.", "De leerkracht meldt: {K} {C}.", "Sinds een paar weken zien we het volgende: {K} {C}.",
          "Tijdens het huisbezoek viel op: {K} {C}.", "Op het consultatiebureau bleek het volgende. {K} {C}.",
          "Ook is opgevallen: {K} {C}.", "Signaal van de mentor: {K} {C}.", "{K} ({AGE}) {C} en {C}.",
          "Zorg: {K} {C}.", "{K} {C}, aldus de leerkracht.", "Volgens moeder {C} {K} niet, maar de school ziet het wel."],
    "KP": ["{KP} moeder belde vanochtend.", "Gesprek over {KP} thuissituatie.", "{KP} juf maakt zich zorgen.",
           "{KP} vader is uit beeld.", "{KP} oma wil graag helpen."],
    "PC": ["Het gezin verhuist binnenkort naar {PC} {CITY}.", "Nieuwe postcode: {PC}.", "Ze wonen in {PC} {CITY}."],
    "A": ["{M} {A}.", "Volgens de buren {A} {V}.", "{M} vertelt: {V} {A}.", "Zorg over de partner: {P} {A}.",
          "{V} {A}, aldus {M}."],
    "M": ["Gesprek gevoerd met {M}.", "{M} was open en coöperatief in het gesprek.",
          "Ik heb {M} telefonisch gesproken over de zorgen.", "{M} wil eerst zelf met de huisarts praten.",
          "{M} geeft aan dat het thuis rustig is.", "{V} was niet aanwezig bij het gesprek.",
          "{M} en {V} zijn sinds vorig jaar gescheiden.", "{V} ziet de kinderen om het weekend.",
          "{M} erkent de zorgen niet.", "Afgesproken met {M} dat we over twee weken opnieuw spreken."],
    "P": ["{M} heeft sinds kort een nieuwe partner, {P}.", "{P} woont sinds de zomer in bij het gezin.",
          "{K} vertelt dat {P} vaak boos wordt.", "De nieuwe vriend van moeder, {P}, was bij het gesprek aanwezig."],
    "S": ["{S} zit in groep drie op dezelfde school.", "Ook {S} lijkt weinig te eten.",
          "{K} past na school op {S}.", "{S} vertelde aan de juf dat het thuis niet fijn is.",
          "Er zijn zorgen over {S}, die vaak afwezig is."],
    "G": ["{K} logeert vaak bij {G}.", "{G} haalt de kinderen meestal op.", "Volgens {G} is er thuis veel ruzie.",
          "{M} heeft weinig contact met {G}."],
    "O": ["{O} woont tijdelijk bij het gezin in.", "{O} brengt {K} soms naar school.", "{M} noemde {O} als steunfiguur."],
    "N": ["{N} belde omdat ze 's nachts geschreeuw hoorde.", "{N} maakt zich zorgen over de kinderen.",
          "Melding kwam binnen via {N}.", "{N} zag {K} laat op de avond alleen buiten."],
    "T": ["{T} maakt zich zorgen over {K}.", "Overleg gehad met {T}.", "{T} heeft de zorgen besproken met de IB'er.",
          "Volgens {T} is {K} erg veranderd."],
    "F": ["{K} speelt veel bij {F}.", "{F} heeft aan haar moeder verteld dat {K} thuis geslagen wordt.",
          "{K} vertrouwt alleen {F}."],
    "X": ["{X} zegt dat {K} vaak huilt.", "{X} heeft het gezien.", "Ook {X} was erbij die avond.",
          "{X} vertelde dat het vaak mis gaat thuis.",
          "Volgens {X} komt er regelmatig politie aan de deur.", "Navraag gedaan bij {X}."],
    "Y": ["{Y} komt bijna elke dag langs.", "{Y} wist hier niets van.", "Ook {Y} is bang voor vader."],
    "VAR": ["{VAR} was vandaag erg stil in de klas.", "Het gaat niet goed met {VAR}.", "Afspraak gemaakt voor {VAR}.",
            "Zorgen over {VAR} besproken in het MDO.", "In het dossier staat {VAR} genoemd."],
    "VARNET": ["Op Instagram staat een filmpje met {VAR}.", "Klasgenoten taggen {VAR} in gemene berichten.",
               "De map in de gedeelde schijf heet {VAR}.", "Hij gebruikt online de naam {VAR}."],
    "W": ["{W}."],
    "SCHOOL": ["{K} zit op {SCHOOL}.", "{K} zit in groep zes van {SCHOOL}.", "De intern begeleider van {SCHOOL} belde.",
               "{K} is overgestapt naar {SCHOOL}.", "Op {SCHOOL} is {K} vaak afwezig."],
    "OPVANG": ["{K} gaat drie dagen naar {OPVANG}.", "De pedagogisch medewerker van {OPVANG} zag de blauwe plekken.",
               "Na school gaat {K} naar {OPVANG}."],
    "HOSP": ["{K} is opgenomen in {HOSP}.", "{M} lag vorige maand in {HOSP}.", "De SEH-arts van {HOSP} deed een melding.",
             "Controle bij de kinderarts in {HOSP}."],
    "CARE": ["{M} is in behandeling bij {CARE}.", "Er is een aanmelding gedaan bij {CARE}.",
             "{K} staat op de wachtlijst bij {CARE}.", "Overleg met de behandelaar van {CARE}."],
    "WORK": ["{V} werkt bij {WORK} in {CITY}.", "{M} werkt in ploegendienst bij {WORK}.", "{P} werkt bij {WORK}."],
    "ACC": ["{K} krijgt bedreigende berichten van {ACC}.", "Het account {ACC} deelde foto's van {K}.",
            "{K} heeft contact met een onbekende volwassene via {ACC}."],
    "INIT": ["Volgens {INIT} van het wijkteam gaat het niet goed.", "Gesprek met {INIT} (leerkracht).",
             "De zorgen zijn gedeeld door {INIT}.", "Aanwezig: {INIT}, {INIT} en ondergetekende."],
    "ADDR": ["Het gezin woont aan de {ADDR} in {CITY}.", "Adres: {ADDR}, {PC} {CITY}.", "Vader woont op {ADDR}.",
             "Huisbezoek op {ADDR}, {PC}."],
    "TEL": ["{M} is bereikbaar op {TEL}.", "Telefoonnummer vader: {TEL}.", "Terugbellen naar {TEL}.",
            "Oma belde vanaf {TEL}."],
    "BSN": ["BSN {K}: {BSN}.", "Het BSN van {K} is {BSN}.", "burgerservicenummer {BSN}"],
    "IBAN": ["Rekeningnummer {M}: {IBAN}.", "Toeslagen worden gestort op {IBAN}."],
    "MAIL": ["{M} mailt vanaf {MAIL}.", "E-mail vader: {MAIL}.", "Verslag gestuurd naar {MAIL}."],
    "PLATE": ["{V} rijdt in een auto met kenteken {PLATE}.", "Auto van {P}: kenteken {PLATE}."],
    "DOB": ["{K} is {DOB}.", "{K} ({DOB}) woont bij moeder."],
}
CHATTY = {
    "C": ["{K} {C}", "juf zegt {K} {C}", "{K} {C} en {C}", "zag vandaag weer: {K} {C}", "{K} {C} echt zorgelijk",
          "ff melden: {K} {C}", "{K} {C} vlgs juf"],
    "KP": ["{KP} moeder belde", "{KP} vader uit beeld", "{KP} juf belt terug"],
    "PC": ["pc {PC}", "postcode {PC} {CITY}"],
    "A": ["{M} {A}", "{V} {A} zegt buurvrouw"],
    "M": ["{M} gebeld geen gehoor", "net gesproken met {M}", "{M} komt morgen om 9u", "{M} wil geen hulp",
          "{V} belde boos op", "{M} en {V} uit elkaar sinds vorig jaar"],
    "P": ["nieuwe vriend van mama heet {P}", "{P} woont er nu ook", "{K} bang voor {P}"],
    "S": ["{S} ook niet op school vandaag", "{S} zat alleen op de stoep", "ook zorgen om {S}"],
    "G": ["{G} haalt ze op", "{K} slaapt vaak bij {G}"],
    "O": ["{O} woont er tijdelijk", "{O} bracht {K} vandaag"],
    "N": ["{N} belde weer over geschreeuw", "{N} zag {K} alleen buiten"],
    "T": ["{T} maakt zich zorgen", "overleg met {T} gehad", "{T} belt mrgn terug"],
    "F": ["{K} is vaak bij {F}", "{F} vertelde het aan haar moeder"],
    "X": ["{X} zegt dat {K} vaak huilt", "{X} heeft het gezien", "{X} was er ook bij", "navraag gedaan bij {X}"],
    "Y": ["{Y} komt elke dag langs", "{Y} wist van niks"],
    "VAR": ["{VAR} weer stil vandaag", "zorgen om {VAR}", "afspraak gepland voor {VAR}"],
    "VARNET": ["filmpje op insta met {VAR}", "ze taggen {VAR} in gemene posts", "zn gamertag is {VAR}"],
    "W": ["{W}"],
    "SCHOOL": ["{K} zit op {SCHOOL}", "ib van {SCHOOL} belde", "{K} nu op {SCHOOL}"],
    "OPVANG": ["{K} 3 dagen naar {OPVANG}", "{OPVANG} zag blauwe plekken"],
    "HOSP": ["{K} ligt in {HOSP}", "seh {HOSP} heeft gemeld", "{M} ligt in {HOSP}"],
    "CARE": ["{M} in behandeling bij {CARE}", "aanmelding {CARE} loopt"],
    "WORK": ["{V} werkt bij {WORK}", "{M} werkt bij {WORK} in {CITY}"],
    "ACC": ["{K} krijgt dreigberichten van {ACC}", "check {ACC}", "contact via {ACC}"],
    "INIT": ["{INIT} vh wijkteam belt terug", "gesprek met {INIT}"],
    "ADDR": ["adres {ADDR} {CITY}", "huisbezoek {ADDR}", "woont nu {ADDR} {PC}"],
    "TEL": ["tel {M} {TEL}", "nr vader {TEL}", "bel {TEL}"],
    "BSN": ["bsn {BSN}", "bsn {K} {BSN}"],
    "IBAN": ["iban {IBAN}", "rek nr {IBAN}"],
    "MAIL": ["mail {M} {MAIL}", "mailadres {MAIL}"],
    "PLATE": ["auto {V} {PLATE}", "kenteken {PLATE}"],
    "DOB": ["{K} {DOB}", "{K} geb {DOB}"],
}
BULLETS = {
    "C": ["{K} {C}", "{C} ({K})", "zorg: {K} {C}", "{K}: {C}"],
    "KP": ["{KP} moeder: wil meewerken", "{KP} vader: uit beeld"],
    "PC": ["postcode: {PC}"],
    "M": ["moeder: {M}", "vader: {V}", "gesprek met {M} gepland", "{M} wil geen hulp"],
    "P": ["partner moeder: {P}", "nieuwe vriend van moeder: {P}"],
    "S": ["broertjes/zusjes: {S}", "ook zorgen om {S}"],
    "G": ["netwerk: {G}", "{G} als steunfiguur"],
    "O": ["netwerk: {O}"],
    "N": ["melder: {N}", "{N} hoorde geschreeuw"],
    "T": ["school: {T}", "leerkracht: {T}"],
    "F": ["vriendschappen: {F}"],
    "X": ["{X} zegt dat {K} vaak huilt", "gesproken met {X}"],
    "Y": ["{Y} wist van niets"],
    "VAR": ["kind: {VAR}", "betreft {VAR}", "{VAR}: zorgen blijven"],
    "VARNET": ["online naam: {VAR}", "account: {VAR}"],
    "W": ["{W}"],
    "SCHOOL": ["school: {SCHOOL}", "{K} zit op {SCHOOL}"],
    "OPVANG": ["opvang: {OPVANG}"],
    "HOSP": ["ziekenhuis: {HOSP}", "opname {HOSP}"],
    "CARE": ["hulpverlening: {CARE}", "aangemeld bij {CARE}"],
    "WORK": ["werk vader: {WORK}", "werkgever moeder: {WORK}"],
    "ACC": ["social media: {ACC}", "account: {ACC}"],
    "INIT": ["aanwezig: {INIT}", "info van {INIT}"],
    "ADDR": ["adres: {ADDR}, {PC} {CITY}", "adres: {ADDR}"],
    "TEL": ["tel: {TEL}", "tel. moeder: {TEL}"],
    "BSN": ["BSN: {BSN}"],
    "IBAN": ["IBAN: {IBAN}"],
    "MAIL": ["e-mail: {MAIL}"],
    "PLATE": ["kenteken: {PLATE}"],
    "DOB": ["geboortedatum: {DOB}", "{K}, {DOB}"],
}
ENGLISH = {
    "C": ["Update: {K} {C}, follow-up next week.", "Quick note: {K} {C}.", "FYI {K} {C}, pretty worrying.",
          "Observation: {K} {C} (again)."],
    "M": ["Call met {M} gehad, she was quite defensive.", "{M} no show vandaag.", "{M} not reachable, retry tomorrow.",
          "{V} wants a meeting asap."],
    "P": ["{P} is the new boyfriend, lives in since summer.", "Concern: {P} has a temper according to {K}."],
    "S": ["{S} also seems affected.", "Check on {S} as well."],
    "G": ["{G} is the main support person."],
    "O": ["{O} might be able to help out."],
    "N": ["Report came from {N}, she heard screaming."],
    "T": ["Touch base met {T} on Monday.", "{T} shared her worries."],
    "F": ["{K} hangs out with {F} a lot."],
    "X": ["{X} says {K} cries a lot.", "Spoke to {X} about it."],
    "Y": ["{Y} didn't know anything."],
    "VAR": ["Case {VAR}: no progress.", "Meeting about {VAR} rescheduled."],
    "VARNET": ["Found a TikTok of {VAR}.", "Online handle: {VAR}."],
    "W": ["{W}."],
    "SCHOOL": ["{K} attends {SCHOOL}.", "Called {SCHOOL} this morning."],
    "OPVANG": ["Daycare is {OPVANG}."],
    "HOSP": ["{K} was admitted to {HOSP} last night."],
    "CARE": ["Referral to {CARE} is pending."],
    "WORK": ["{V} works at {WORK}, night shifts."],
    "ACC": ["Threats via {ACC}, screenshots saved."],
    "INIT": ["Present: {INIT} and me."],
    "ADDR": ["Home visit at {ADDR} tomorrow."],
    "TEL": ["Callback number: {TEL}."],
    "BSN": ["BSN for the file: {BSN}."],
    "IBAN": ["Bank account: {IBAN}."],
    "MAIL": ["Email {M}: {MAIL}."],
    "PLATE": ["Car: {PLATE}."],
    "DOB": ["DOB {K}: {DOB}."],
}
STYLES = {"dossier": FORMAL, "chat": CHATTY, "opsomming": BULLETS, "engels-gemengd": ENGLISH}

REGISTRATIONS = [(("kind",), 20), (("kind", "moeder"), 28), (("kind", "moeder", "vader"), 18), (("kind", "vader"), 7),
                 (("kind", "moeder", "partner"), 12), (("client",), 6), (("kind", "broer_zus", "moeder"), 9)]

RELATIONS = {
    "S": [("zusje", True), ("broertje", False), ("haar broer", False), ("zijn zus", True), ("grote zus", True),
          ("halfbroer", False), ("het zusje", True), ("broer", False)],
    "G": [("oma", True), ("opa", False), ("oma van moederskant", True), ("opa van vaderskant", False)],
    "O": [("oom", False), ("tante", True), ("de oom van vader,", False), ("tante van moederskant", True)],
    "N": [("buurvrouw", True), ("buurman", False), ("de buurvrouw, mevrouw", True), ("de buurman, meneer", False),
          ("buurvrouw mevrouw", True), ("de bovenbuurman", False)],
    "T": [("juf", True), ("meester", False), ("de leerkracht, mevrouw", True), ("mentor", False), ("juffrouw", True),
          ("de gymdocent, meneer", False), ("de jeugdverpleegkundige", True), ("de huisarts, dokter", False)],
    "F": [("vriendinnetje", True), ("haar vriendin", True), ("zijn vriend", False), ("klasgenoot", False),
          ("haar beste vriendin", True)],
    "X": [("", True), ("", False)],
}
PARTNER_CUES = ["de nieuwe vriend van moeder,", "moeders nieuwe partner", "haar nieuwe vriend", "stiefvader",
                "de vriend van mama,", "de partner van moeder,"]
TITLE_F = ["mevrouw", "mw.", "mw", "mevr.", "Mevrouw"]
TITLE_M = ["meneer", "dhr.", "dhr", "de heer", "Meneer"]


class NoteMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng, seed)
        self.clinical_used: set[str] = set()

    # -- one note -------------------------------------------------------------------------
    def make(self) -> Note:
        for _ in range(50):
            note = self._try()
            if note is not None:
                return note
        raise RuntimeError("could not make a consistent note")

    def _member(self, role: str, origin: str, female: bool, surname: str | None = None, word: bool = False) -> Member:
        rng = self.rng
        if word:
            if rng.random() < 0.5 or role == "S":
                first, sur = rng.choice(WORD_FIRST_F if female else WORD_FIRST_M), surname or self.names.surname(origin)
            else:
                first, sur = self.names.first(origin, female), rng.choice(WORD_SUR)
            return Member(role, first, sur, origin, female, word_name=True)
        return Member(role, self.names.first(origin, female), surname or self.names.surname(origin), origin, female)

    def _try(self) -> Note | None:
        rng = self.rng
        style = rng.choices(list(STYLES), weights=[35, 30, 20, 15])[0]
        length = rng.choices(["kort", "middel", "lang"], weights=[30, 45, 25])[0]
        origin = rng.choice(self.names.origins)
        mixed = rng.random() < 0.2
        other = rng.choice(self.names.origins) if mixed else origin
        family_name = self.names.surname(origin)
        self.style = style
        self.fam: dict[str, Member] = {
            "kind": self._member("kind", origin, rng.random() < 0.5, family_name),
            "moeder": self._member("moeder", other, True, family_name if rng.random() < 0.4 else None),
            "vader": self._member("vader", origin, False, family_name),
            "partner": self._member("partner", rng.choice(self.names.origins), False),
            "broer_zus": self._member("broer_zus", origin, rng.random() < 0.5, family_name),
        }
        registration = rng.choices([r for r, _ in REGISTRATIONS], weights=[w for _, w in REGISTRATIONS])[0]
        persons = []
        for role in registration:
            member = self.fam["moeder" if role == "client" else role]
            member.registered, member.vault_role = True, role
            persons.append(Person(member.full, role))
        rng.shuffle(persons)
        self.exclusive: set[str] = set()
        self.introduced: list[Member] = []
        self.builder = Builder()
        templates = STYLES[style]

        # what goes in: always the child and clinical phrases, then a random selection
        n_sent = {"kort": rng.randint(2, 4), "middel": rng.randint(5, 9), "lang": rng.randint(10, 16)}[length]
        pool = ["M", "P", "S", "G", "O", "N", "T", "F", "X", "W", "SCHOOL", "SCHOOL", "OPVANG", "HOSP", "CARE",
                "WORK", "ACC", "INIT", "ADDR", "TEL", "BSN", "IBAN", "MAIL", "PLATE", "DOB", "A", "VAR", "VARNET", "PC", "KP", "W",
                "VAR", "S", "X", "SCHOOL"]
        slots = ["C"] + rng.sample(pool, min(len(pool), n_sent - 1))
        if rng.random() < 0.5:
            slots.append("C")
        if rng.random() < 0.6:
            slots.append("VAR")
        if rng.random() < 0.35:
            slots.append("VARNET")
        if "X" in slots or "S" in slots or "N" in slots:
            slots.append("Y")
        # the unusual spellings first, so that the other mentions can avoid their words
        rng.shuffle(slots)
        self.special: list[tuple[str, Member, list[str]]] = []
        planned: dict[int, tuple[str, Member, list[str]]] = {}
        for index, slot in enumerate(slots):
            if slot in ("VAR", "VARNET") and self._plan_special(slot):
                planned[index] = self.special[-1]

        sentences_done = 0
        sep = {"dossier": " ", "chat": "\n", "opsomming": "\n", "engels-gemengd": " "}[style]
        if style == "opsomming" and rng.random() < 0.6:
            self.builder.lit(rng.choice(["Notities huisbezoek\n", "Samenvatting MDO:\n", "Signalen\n", "Aantekeningen:\n"]))
        for index, slot in enumerate(slots):
            if slot in ("VAR", "VARNET") and index not in planned:
                continue
            self.current_special = planned.get(index)
            if slot in ("VAR", "VARNET"):
                key = slot if slot in templates else "VAR"
            else:
                key = slot
            template = rng.choice(templates.get(key) or FORMAL[key])
            if sentences_done:
                self.builder.lit(sep)
            if style == "opsomming":
                self.builder.lit(rng.choice(["- ", "• ", "* ", "- "]))
            self._render(template, style, slot)
            sentences_done += 1
            if style == "chat" and rng.random() < 0.15:
                self.builder.lit(rng.choice([" ?", " !!", " ..", " :(", " ok"]))
        text = self.builder.text()
        if not self._consistent(text):
            return None
        return Note(style, length, text, persons, self.builder.items, self.builder.clinical, self.builder.words)

    def _plan_special(self, slot: str) -> bool:
        rng = self.rng
        candidates = [m for m in self.fam.values() if m.registered]
        rng.shuffle(candidates)
        for member in candidates:
            variant = rng.choice([v for v in SPECIAL_VARIANTS if (v in GLUED or v == "cijfers") == (slot == "VARNET")]
                                 if rng.random() < 0.7 else SPECIAL_VARIANTS)
            if variant in GLUED:
                if len(member.surname.split()) > 1:
                    continue
                words = [member.first, member.surname]
            else:
                word = member.first if rng.random() < 0.6 else core(member.surname)
                if len(word) < 3 or " " in word or "-" in word:
                    continue
                words = [word]
            folded = {fold(w) for w in words}
            if folded & self.exclusive or any(fold(w) in folded for s in self.special for w in s[2]):
                continue
            self.exclusive |= folded
            self.special.append((variant, member, words))
            return True
        return False

    def _consistent(self, text: str) -> bool:
        """An unusual spelling's name words appear nowhere else in the note (so that their survival
        is theirs), and no two items overlap."""
        for item in self.builder.items:
            if not item.kind.startswith("vault:") or item.attrs.get("special") != "1":
                continue
            blank = fold(text[:item.start] + " " + text[item.end:])
            for check in item.checks:
                if check.how == "word" and word_in(fold(check.value), blank):
                    return False
                if check.how == "exact" and check.value in text[:item.start] + text[item.end:]:
                    return False
        return True

    # -- rendering ------------------------------------------------------------------------
    def _render(self, template: str, style: str, slot: str) -> None:
        import re
        pieces = re.split(r"(\{[A-Z]+\})", template)
        first_piece = True
        for piece in pieces:
            if not piece:
                continue
            if piece.startswith("{") and piece.endswith("}"):
                self._slot(piece[1:-1], style, at_start=first_piece)
            else:
                if style == "chat":
                    piece = chat_literal(piece, self.rng)
                elif first_piece and style != "chat":
                    piece = piece[0].upper() + piece[1:]
                self.builder.lit(piece)
            first_piece = False

    def _slot(self, name: str, style: str, at_start: bool) -> None:
        rng, b = self.rng, self.builder
        if name in ("K", "M", "V", "P"):
            role = {"K": "kind", "M": "moeder", "V": "vader", "P": "partner"}[name]
            self._mention(self.fam[role], style, at_start, cue=(name == "P"))
        elif name in RELATIONS:
            self._relation(name, style, at_start)
        elif name == "Y":
            if not self.introduced:
                self._relation("X", style, at_start)
                return
            member = rng.choice(self.introduced)
            self._name_words(member, [member.first], style, at_start, cue=False, form="voornaam")
        elif name == "KP":
            self._mention(self.fam["kind"], style, at_start, possessive=True)
        elif name == "VAR":
            self._special(style)
        elif name == "C":
            phrase = rng.choice([c for c in CLINICAL if c not in b.clinical])
            b.clinical.append(phrase)
            b.lit(phrase)
        elif name == "A":
            phrase = rng.choice(ADULT_CLINICAL)
            b.clinical.append(phrase)
            b.lit(phrase)
        elif name == "W":
            word = rng.choice(list(WORD_PHRASES))
            if word in ("hope", "said", "joy") and style != "engels-gemengd":
                word = "hoop"
            phrase = rng.choice(WORD_PHRASES[word])
            if at_start and style not in ("chat",):
                b.lit(phrase[0].upper())
                phrase = phrase[1:]
                b.words.append(phrase)   # checked without its first letter
            else:
                b.words.append(phrase)
            b.lit(phrase)
        elif name in ("SCHOOL", "OPVANG", "HOSP", "CARE", "WORK"):
            self._institution(name, style)
        elif name == "ACC":
            self._account(style)
        elif name == "INIT":
            letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTVWYZ") for _ in range(rng.choice([2, 2, 3])))
            text = ".".join(letters) + "."
            if style == "chat" and rng.random() < 0.3:
                text = text.lower()
            b.add("initialen", text, [Check("ci" if text.islower() else "exact", text)])
        elif name == "ADDR":
            self._address(style)
        elif name == "PC":
            pc = postcode(rng)
            b.add("postcode", pc, [Check("compact", pc.replace(" ", "").upper())])
        elif name == "CITY":
            b.lit(rng.choice(CITIES))
        elif name == "TEL":
            number = phone(rng)
            digits = "".join(c for c in number if c.isdigit())
            b.add("telefoon", number, [Check("exact", number), Check("digits", digits[-7:])])
        elif name == "BSN":
            value = bsn(rng)
            text = rng.choice([value, f"{value[:3]}.{value[3:6]}.{value[6:]}", f"{value[:4]} {value[4:6]} {value[6:]}",
                               f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:3]}-{value[3:6]}-{value[6:]}"])
            groups = [g for g in text.replace(".", " ").replace("-", " ").split() if len(g) >= 3]
            b.add("bsn", text, [Check("digits", value)] + [Check("group", g) for g in groups])
        elif name == "IBAN":
            value = iban(rng)
            spaced = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
            text = rng.choice([value, spaced, spaced, value.lower() if style == "chat" else value])
            b.add("iban", text, [Check("compact", value[8:]), Check("exact", text)])
        elif name == "MAIL":
            self._mail(style)
        elif name == "PLATE":
            value = plate(rng)
            text = value.lower() if style == "chat" and rng.random() < 0.5 else value
            b.add("kenteken", text, [Check("compact", value.replace("-", ""))])
        elif name == "DOB":
            self._birth(style)
        elif name == "AGE":
            b.lit(f"{rng.randint(2, 16)} jaar")
        else:
            raise ValueError(name)

    def _mention(self, member: Member, style: str, at_start: bool, cue: bool = False, possessive: bool = False) -> None:
        rng, b = self.rng, self.builder
        if cue and not member.registered and rng.random() < 0.7:
            b.lit(rng.choice(PARTNER_CUES) + " ")
        surname_core = core(member.surname)
        allowed_first = fold(member.first) not in self.exclusive
        allowed_sur = fold(surname_core) not in self.exclusive
        forms = []
        if possessive:
            if not allowed_first:
                b.lit("Zijn" if at_start and style != "chat" else "zijn")
                return
            forms = ["bezittelijk"]
        else:
            if allowed_first:
                forms += ["voornaam"] * 5 + ["hoofdletters"]
            if allowed_first and allowed_sur:
                forms += ["volledig"] * 2
            if allowed_sur and member.role != "kind":
                forms += ["titel+achternaam"] * 2
            if allowed_sur:
                forms += ["initialen+achternaam", "achternaam"]
        if not forms:
            b.lit(rng.choice({"kind": ["het kind", "de jongste"], "moeder": ["moeder"], "vader": ["vader"],
                              "partner": ["de partner"], "broer_zus": ["het broertje"]}.get(member.role, ["hij"])))
            return
        form = rng.choice(forms)
        if member.role == "kind" and form == "achternaam":
            form = "initialen+achternaam"
        if member not in self.introduced and not member.registered:
            self.introduced.append(member)
        words = {"voornaam": [member.first], "bezittelijk": [member.first], "volledig": [member.first, member.surname],
                 "titel+achternaam": [member.surname], "initialen+achternaam": [member.surname],
                 "achternaam": [member.surname], "hoofdletters": [member.first]}[form]
        self._name_words(member, words, style, at_start, cue=cue, form=form)

    def _relation(self, slot: str, style: str, at_start: bool) -> None:
        rng, b = self.rng, self.builder
        if slot == "S" and self.fam["broer_zus"].registered:
            sib = self.fam["broer_zus"]
            b.lit(("zusje " if sib.female else "broertje ") if rng.random() < 0.8 else "")
            self._mention(sib, style, at_start)
            return
        cue, female = rng.choice(RELATIONS[slot])
        origin = self.fam["kind"].origin
        if slot in ("N", "T", "F", "X") and rng.random() < 0.6:
            origin = rng.choice(self.names.origins)
        family = self.fam["kind"].surname if slot == "S" else None
        member = self._member(slot, origin, female, family, word=rng.random() < 0.15)
        if slot == "S" and family:
            member.surname = family  # siblings share the child's surname
        if cue:
            text = cue if style != "chat" else cue.rstrip(",").replace(", mevrouw", " mw").replace(", meneer", " dhr")
            if at_start and style != "chat":
                text = text[0].upper() + text[1:]
            b.lit(text + " ")
        titled = cue.endswith(("mevrouw", "meneer", "dokter"))
        if titled or (cue in ("buurvrouw", "buurman", "de bovenbuurman", "de jeugdverpleegkundige", "")
                      and slot in ("N", "T", "X") and rng.random() < 0.35):
            if not titled:
                b.lit(rng.choice(TITLE_F if female else TITLE_M) + " ")
            words = [member.surname]
        elif slot in ("G", "O") and rng.random() < 0.2:
            words = [member.surname]
        elif rng.random() < 0.25 and slot != "S":
            words = [member.first, member.surname]
        else:
            words = [member.first]
        if slot == "S" and self.fam["kind"].registered:
            words = [member.first]   # the shared surname would be the child's vault name
        self.introduced.append(member)
        self._name_words(member, words, style, at_start and not cue, cue=bool(cue), form="")

    def _name_words(self, member: Member, words: list[str], style: str, at_start: bool, cue: bool, form: str) -> None:
        """Write a name (the words given, in order) and annotate it."""
        rng, b = self.rng, self.builder
        lower = (style == "chat" and rng.random() < 0.6) or rng.random() < 0.04 or form == "kleine-letters"
        if member.registered and not lower and rng.random() < 0.1:
            lower = True
        if member.registered and lower and form != "hoofdletters":
            form = "kleine-letters"
        if form in ("initialen+achternaam",) or (form == "kleine-letters" and words == [member.surname]
                                                 and rng.random() < 0.3):
            initials = "".join(f"{c}." for c in [member.first[0]] + ([rng.choice("ABCDEFGHJKLMNPRSTW")] if rng.random() < 0.4 else []))
            b.lit((initials.lower() if lower else initials) + " ")
        if form == "titel+achternaam" or (form == "kleine-letters" and words == [member.surname] and member.role != "kind"):
            title = rng.choice(TITLE_F if member.female else TITLE_M)
            if style == "chat" or lower:
                title = title.lower().rstrip(".")
            b.lit(title + " ")

        def spell(word: str) -> str:
            return word.upper() if form == "hoofdletters" else word.lower() if lower else word

        if member.registered:
            text = " ".join(spell(w) for w in words)
            parts = [p for w in words for p in core(w).replace("-", " ").split() if p.lower() not in PARTICLES]
            b.add(f"vault:{form or 'voornaam'}", text, [Check("word", p) for p in parts] + [Check("ci", text)],
                  role=member.vault_role)
        else:
            for i, word in enumerate(words):
                if i:
                    b.lit(" ")
                self._unregistered(member, spell(word), cue, lower)
        if form == "bezittelijk":
            b.lit(rng.choice(["'s", "s", "’s", "'s"]))

    def _unregistered(self, member: Member, word: str, cue: bool, lower: bool) -> None:
        """Each name word counts (a first name, a surname); particles ("van", "de", "El") are written,
        not counted."""
        b = self.builder
        pieces = word.split()
        for j, piece in enumerate(pieces):
            if j:
                b.lit(" ")
            if piece.lower() in PARTICLES and len(pieces) > 1:
                b.lit(piece)
                continue
            parts = [p for p in piece.replace("-", " ").split() if p.lower() not in PARTICLES] or [piece]
            b.add("unregistered", piece, [Check("word", p) for p in parts],
                  role=member.role, origin=member.origin, cue="met aanwijzing" if cue else "zonder aanwijzing",
                  case="kleine letters" if lower else "hoofdletter",
                  word_name="ja" if fold(piece) in WORD_NAMES else "nee")

    def _special(self, style: str) -> None:
        rng, b = self.rng, self.builder
        variant, member, words = self.current_special
        text = special_spelling(variant, words[0], words[1] if len(words) > 1 else "", rng)
        if variant == "cijfers" and style == "chat":
            text = text.lower()
        checks = [Check("exact", text, "global")] + [Check("word", w, "global") for w in words]
        b.add(f"vault:{variant}", text, checks, role=member.vault_role, special="1")

    def _institution(self, slot: str, style: str) -> None:
        rng, b = self.rng, self.builder
        if slot == "SCHOOL":
            if rng.random() < 0.15:
                text, words = rng.choice(SECONDARY)
                sub = "school"
            else:
                text, words = rng.choice(SCHOOLS)
                sub = "school"
                if rng.random() < 0.55:
                    prefix = rng.choice(SCHOOL_PREFIX)
                    b.lit(prefix + " ")
                    if prefix == "de basisschool":
                        text = text.split(" ", 1)[-1] if text.split()[0] in ("De", "Het") else text
        else:
            text, words = rng.choice({"OPVANG": CHILDCARE, "HOSP": HOSPITALS, "CARE": CARE, "WORK": EMPLOYERS}[slot])
            sub = {"OPVANG": "opvang", "HOSP": "ziekenhuis", "CARE": "zorg", "WORK": "werkgever"}[slot]
        if style == "chat" and rng.random() < 0.5:
            text = text.lower()
            words = [w.lower() for w in words]
        if style == "engels-gemengd" and text.startswith(("het ", "de ")) and slot in ("HOSP", "WORK"):
            text = text.split(" ", 1)[1]
        b.add(f"instelling:{sub}", text, [Check("word", w) for w in words])

    def _handle(self) -> str:
        rng = self.rng
        origin = rng.choice(self.names.origins)
        name = fold(self.names.first(origin)).replace(" ", "").replace("'", "")
        while fold(name) in self.exclusive:
            name = fold(self.names.first(origin))
        return rng.choice([
            f"{name}_{rng.randint(2006, 2018)}", f"{name}.x", f"lil.{name[0]}", f"{name}tje{rng.randint(1, 99)}",
            f"xx_{name}_xx", f"{rng.choice(NICKS)}.{name}", f"{name}{rng.randint(1, 999)}", f"{name}.{rng.choice(NICKS)}",
            f"{rng.choice(NICKS)}_{name}{rng.randint(1, 20)}", f"{name}__{rng.choice('xyz')}",
        ])

    def _account(self, style: str) -> None:
        rng, b = self.rng, self.builder
        handle = self._handle()
        form = rng.choice(["@", "insta", "tiktok", "snap", "ig-url", "fb-url", "tt-url", "telegram"])
        if form == "fb-url":
            origin = rng.choice(self.names.origins)
            first, last = fold(self.names.first(origin)), fold(core(self.names.surname(origin)))
            handle = f"{first}.{last}".replace(" ", "").replace("'", "")
        lead = {"@": "", "insta": rng.choice(["insta: ", "insta ", "Instagram ", "ig: "]),
                "tiktok": rng.choice(["tiktok @", "TikTok: @", "tiktok "]),
                "snap": rng.choice(["snapchat ", "snap: ", "Snapchat-account "]),
                "ig-url": rng.choice(["instagram.com/", "https://www.instagram.com/", "www.instagram.com/"]),
                "fb-url": rng.choice(["facebook.com/", "https://www.facebook.com/", "fb.com/"]),
                "tt-url": "tiktok.com/@", "telegram": "telegram @"}[form]
        if form == "@":
            lead = "@"
        b.lit(lead)
        parts = [p for p in "".join(c if c.isalpha() else " " for c in handle).split() if len(p) >= 4]
        checks = [Check("ci", handle)] + [Check("word", p) for p in parts]
        b.add("account", handle, checks, form=form)
        if form in ("ig-url", "fb-url") and lead.startswith("https") and rng.random() < 0.5:
            b.lit("/")

    def _address(self, style: str) -> None:
        rng, b = self.rng, self.builder
        street = rng.choice(MULTI_STREETS) if rng.random() < 0.25 else rng.choice(STREETS)
        if rng.random() < 0.1:
            street = street.replace("straat", "str.")
        number = f"{rng.randint(1, 350)}{rng.choice(HOUSE_SUFFIX)}"
        text = f"{street} {number}"
        if style == "chat" and rng.random() < 0.5:
            text = text.lower()
        last = street.split()[-1].rstrip(".")
        b.add("adres", text, [Check("ci", text), Check("word", last)], suffix="ja" if not number.isdigit() else "nee")

    def _mail(self, style: str) -> None:
        rng, b = self.rng, self.builder
        origin = rng.choice(self.names.origins)
        first, last = self.names.first(origin), core(self.names.surname(origin))
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{rng.randint(70, 99)}", f"{last}{first[0]}",
                            f"{first}_{last}{rng.randint(1, 99)}", f"info.{last}"])
        local = fold(local).replace(" ", "").replace("'", "")
        domain = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                             "icloud.com", "yahoo.com", "hotmail.nl", "planet.nl"])
        text = f"{local}@{domain}"
        b.add("email", text, [Check("ci", text), Check("ci", local)])

    def _birth(self, style: str) -> None:
        rng, b = self.rng, self.builder
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2006, 2023)
        lead = rng.choice(["geboren op ", "geb. ", "geb ", "geboren ", "geboortedatum ", "DOB ", "* "])
        if style == "engels-gemengd":
            lead = ""
        if style == "opsomming" and b.parts and b.parts[-1].endswith("geboortedatum: "):
            lead = ""
        value = rng.choice([f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {MONTHS[month - 1]} {year}",
                            f"{day}/{month}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
                            f"{day}-{month}-'{year % 100:02d}", f"{day} {MONTHS[month - 1][:3]} {year}"])
        b.lit(lead)
        checks = [Check("ci", value)]
        if MONTHS[month - 1][:3] in value:
            checks.append(Check("ci", value.rsplit(" ", 1)[0]))   # day and month without the year
        b.add("geboortedatum", value, checks)


def word_in(word: str, text: str) -> bool:
    """``word`` as a word of ``text`` (both folded): not inside a longer run of letters."""
    if not word:
        return False
    start = 0
    while True:
        i = text.find(word, start)
        if i < 0:
            return False
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        start = i + 1


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
