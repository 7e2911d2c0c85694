"""Second held-out set of case notes for the redaction benchmark.

Written without seeing the redactor (``assistant/privacy/``), the first held-out set
(``heldout_notes.py``) or the templates, name lists and word lists of ``redaction_notes.py``.
From that file only the dataclasses ``Check``, ``Item`` and ``Note`` and the helpers ``fold``
and ``word_in`` are used; how a leak is decided was taken from the scorer (``redaction.py``).
Every name, institution, template and phrase below is this file's own.

Five styles, all unlike a formal file note:

- ``teams-chat``: a thread of short chat messages between colleagues ("@Sanne kun jij ...",
  emoji, "idd", "mss", "vnm", "gwn"); the colleagues in headers, @mentions and signatures are
  unregistered persons too;
- ``schoolverslag``: minutes of a school's zorgoverleg ("Aanwezig: ...", "Actie: MvD");
- ``huisartsjournaal``: a GP's journal entry in SOEP form ("pte", "vg", "mbt", "ivm", "dd");
- ``politie-mutatie``: a police summary of an incident ("melder", "betrokkene 1", plates);
- ``ouder-mail``: an informal e-mail from a parent, with spelling errors, names often in
  lower case, relatives, the ex and the ex's new partner.

Lengths: "kort" (3-6 identifiers) and "lang" (8-15). Families come from many origins in the
Netherlands, each with its own naming habits (patronymics, two surnames, gendered surnames,
El-/Al-/Ben particles, hyphenated names, nicknames).

    make_notes(n, seed) -> list[Note]     # deterministic for a seed, distinct texts
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402

from assistant.privacy.redact import Person  # noqa: E402

STYLES = ["teams-chat", "schoolverslag", "huisartsjournaal", "politie-mutatie", "ouder-mail"]
PARTICLES = {"van", "de", "der", "den", "el", "al", "ben"}
VAULT_ROLES = ["kind", "moeder", "vader", "partner", "broer_zus", "oma", "opa", "tante", "oom"]
REGISTER_P = {"kind": 1.0, "moeder": 0.9, "vader": 0.75, "partner": 0.45, "broer_zus": 0.55,
              "oma": 0.35, "opa": 0.25, "tante": 0.3, "oom": 0.25}
# Persons that are never in the vault: professionals and others around the family.
OTHER_ROLES = ["c1", "c2", "c3", "c4", "lk", "ib", "smw", "dir", "jgz", "ha", "poh", "buur",
               "agent1", "agent2", "wijk", "nieuw", "vriend"]
LENGTHS = {"kort": (3, 6), "lang": (8, 15)}


def _split(s: str) -> list[str]:
    return [w.strip() for w in s.split(",") if w.strip()]


# --------------------------------------------------------------------------------------------
# Names per origin. conv: how surnames pass on.
#   western     child takes the father's surname (Dutch families sometimes the mother's)
#   patronymic  child's surname is the father's first name; the mother keeps her own
#   spanish     two surnames: child = father's first + mother's first
#   portuguese  two surnames: child = mother's last + father's last
# Surnames written "Kowalski/Kowalska" have a male and a female form.


@dataclass
class Origin:
    f: list[str]
    m: list[str]
    s: list[str]
    conv: str = "western"
    old_f: list[str] | None = None
    old_m: list[str] | None = None


ORIGINS: dict[str, Origin] = {
    "nederlands": Origin(
        f=_split("Sanne, Lotte, Emma, Julia, Sophie, Fleur, Anouk, Lieke, Femke, Iris, Noa, Tess, Evi, Isa, "
                 "Mila, Roos, Merel, Jade, Lente, Sterre, Esmee, Maud, Floor, Nina, Demi, Kim, Marieke, "
                 "Ingrid, Petra, Annemiek, Wendy, Linda, Sandra, Mirjam, Esther, Marloes, Ilse, Sanne-Lotte, "
                 "Anne-Fleur, Jasmijn, Amber, Lynn, Romy, Britt, Yara, Fenna, Nienke, Hanneke, Chantal"),
        m=_split("Daan, Sem, Lucas, Bram, Thijs, Jesse, Ruben, Luuk, Milan, Finn, Thomas, Joep, Storm, Rein, "
                 "Sven, Stijn, Jeroen, Dennis, Mark, Erik, Martijn, Bas, Joost, Niels, Jasper, Wouter, Joeri, "
                 "Twan, Ties, Mees, Jan-Willem, Gijs, Koen, Rick, Tim, Kevin, Sander, Ronald, Marco, Vincent"),
        s=_split("de Vries, Jansen, de Jong, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, "
                 "Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Koster, Sterk, Groot, "
                 "Klein, Mooij, de Vos, de Winter, van den Berg, van der Linden, Verhoeven, Kuipers, Post, Kok, "
                 "Schouten, Willems, van Beek, Vermeulen, van der Heijden, Jacobs, de Haan, Prins, Bloem, "
                 "van Zon, de Hoop, Storm, Hofman, Timmermans, van Vliet, Scholten, Huisman, Verbeek, Lammers"),
        old_f=_split("Wilhelmina, Geertruida, Johanna, Cornelia, Hendrika, Truus, Riet, Ans, Corrie, Gerda, "
                     "Tineke, Joke, Annie, Els, Marga, Thea"),
        old_m=_split("Johannes, Cornelis, Hendrik, Gerrit, Jan, Piet, Kees, Henk, Wim, Klaas, Dirk, Theo, "
                     "Gerard, Ton, Harry, Frits")),
    "fries": Origin(
        f=_split("Tjitske, Sietske, Baukje, Anke, Doutzen, Jildou, Marrit, Gerbrich, Femke, Nynke, Wytske, "
                 "Hiske, Aukje, Sjoukje, Janke, Froukje, Lysbeth, Romkje"),
        m=_split("Sjoerd, Wytze, Hylke, Jelmer, Fokke, Auke, Wietse, Tsjerk, Jitse, Durk, Sybren, Hessel, "
                 "Reinder, Tjeerd, Wiebe, Jorrit, Ype, Sipke"),
        s=_split("Hoekstra, Dijkstra, Postma, Bosma, Wijnstra, Sikkema, Terpstra, Zijlstra, Haringsma, "
                 "Hiemstra, Bouma, Talsma, Anema, Wiersma, Jongsma, van der Meer, Veenstra, Kingma, Faber, "
                 "Nauta, Rinsma, Tjalsma, de Haan, Westra")),
    "limburgs": Origin(
        f=_split("Lieke, Mieke, Ilse, Loes, Sjanneke, Jill, Noor, Evy, Femke, Marieke, Lotte, Mariëlle, "
                 "Anouk, Tamara, Sjoukje"),
        m=_split("Sjaak, Sjef, Jeu, Sjors, Noud, Hub, Ger, Jo, Bas, Daan, Huub, Frans, Sjra, Luc, Twan, Mathieu"),
        s=_split("Smeets, Janssen, Peeters, Houben, Claessens, Wetzels, Vliegen, Coumans, Schreurs, Lemmens, "
                 "Gielen, Notermans, Frissen, Ramakers, Bemelmans, Vossen, Crombach, Kurvers, Dassen, "
                 "Pluijmen, Hermans, Brouns, Stassen, Lardinois")),
    "marokkaans": Origin(
        f=_split("Fatima, Khadija, Yasmina, Nadia, Samira, Latifa, Malika, Hanan, Imane, Salma, Soukaina, Aya, "
                 "Meryem, Hajar, Ikram, Zineb, Kawtar, Rania, Nora, Siham, Loubna, Naima"),
        m=_split("Mohammed, Karim, Youssef, Bilal, Hamza, Ayoub, Anas, Rachid, Mustafa, Abdelkader, Ilyas, Adam, "
                 "Zakaria, Nordin, Said, Hicham, Redouan, Soufiane, Othman, Tarik, Jamal, Driss"),
        s=_split("El Amrani, Bouzid, El Idrissi, Ben Ali, El Ouahabi, Boukhari, El Khattabi, Azzouzi, Chaouch, "
                 "El Bakkali, Tahiri, Bennani, El Harrak, Lahlou, Zeroual, Ben Haddou, El-Kadi, Belhaj, "
                 "Mansouri, Alaoui, Chakir, Essaidi, El Mourabit, Benchekroun, Ouazzani")),
    "amazigh": Origin(
        f=_split("Tiziri, Thiziri, Tafsut, Dihya, Tanirt, Ijja, Tudert, Thanina, Mimount, Fadma, Tlaytmas, "
                 "Nouhaila, Tamimount, Yamna, Thraya, Tinhinan"),
        m=_split("Massinissa, Aksil, Yuba, Idir, Mimoun, Amar, Moh, Anir, Aghilas, Hamid, Lahcen, Brahim, "
                 "Moha, Mokhtar, Amezzian, Ayyur"),
        s=_split("Aït Hammou, Amezian, Aouragh, Azarkan, Bouchtaoui, Achahbar, Akouh, Amghar, Asarar, "
                 "Ouhaddou, El Ouardighi, Boujdaini, Haddouchi, Aarab, Ait Taleb, Bouharrou, Azghari, "
                 "Oulad Hadj, El Hamdaoui, Abarkan")),
    "turks": Origin(
        f=_split("Elif, Zeynep, Ayşe, Fatma, Emine, Büşra, Merve, Esra, Hatice, Songül, Derya, Nur, Sevgi, "
                 "Yasemin, Ebru, Gül, Hilal, Melek, Ecrin, Azra, Defne, Sude"),
        m=_split("Mehmet, Ahmet, Emre, Burak, Kerem, Yusuf, Hakan, Murat, Serkan, Ömer, Can, Enes, Furkan, "
                 "Hasan, Hüseyin, Oğuz, Kaan, Selim, Erdem, Volkan, Berat, Eren"),
        s=_split("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, "
                 "Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Güneş, Aksoy, Bulut, Tekin")),
    "koerdisch": Origin(
        f=_split("Rojda, Berfin, Dilan, Zozan, Nazdar, Viyan, Hêvî, Jiyan, Avesta, Rojin, Ronahi, Evîn, "
                 "Helin, Delal, Bêrîvan, Zilan"),
        m=_split("Azad, Baran, Rêber, Serhat, Dilşad, Kawa, Rojhat, Berzan, Şivan, Hozan, Aram, Zana, Heval, "
                 "Ciwan, Welat, Rizgar"),
        s=_split("Zebari, Doski, Amedi, Jaff, Hawrami, Sindi, Mizuri, Botani, Akreyi, Bapir, Baban, Berwari, "
                 "Shwani, Xoshnaw, Ekinci, Aydemir, Tunç, Kaplan")),
    "hindostaans": Origin(
        f=_split("Anjali, Shanti, Sunita, Kavita, Reshma, Priya, Sharmila, Nisha, Radha, Asha, Indira, "
                 "Sangita, Roshni, Devika, Vidya, Chandni"),
        m=_split("Radjesh, Navin, Vikash, Sandjai, Ravi, Anand, Dinesh, Sunil, Ramesh, Kiran, Ashwin, "
                 "Mahesh, Rakesh, Sanjay, Vishnu, Rishi"),
        s=_split("Ramsaran, Jagessar, Mahabier, Sewnarain, Ramdin, Kalloe, Soekhoe, Bhagwandin, Jhinkoe, "
                 "Ramautar, Mangal, Sital, Ramlal, Baldewsingh, Ganga, Autar, Chotkan, Ramcharan")),
    "creools": Origin(
        f=_split("Shanice, Chantal, Rowena, Melissa, Jennifer, Ashley, Gisela, Denise, Sharona, Naomi, "
                 "Priscilla, Rachelle, Joyce, Shirley, Tamara, Jolanda"),
        m=_split("Kwasi, Marlon, Romano, Jerrel, Clarence, Ricardo, Edgar, Stanley, Dwight, Kenneth, Gregory, "
                 "Sergio, Roy, Glenn, Errol, Orlando"),
        s=_split("Pinas, Doelwijt, Wijngaarde, Sabajo, Cairo, Gefferie, Karsters, Amatsaleh, Linger, "
                 "Nelom, Vroom, Deekman, Kanters, Sumter, Fränkel, Zeefuik, Brunings, Esajas")),
    "javaans": Origin(
        f=_split("Sri, Dewi, Wati, Soenarti, Ratih, Sariem, Koesmini, Ngatini, Tuminah, Sundari, Kartini, "
                 "Lestari, Wulan, Indah"),
        m=_split("Soeprapto, Darmin, Parmin, Sarmo, Soekardi, Joeki, Wagiman, Soewarno, Paiman, Ngadimin, "
                 "Slamet, Bambang, Joko, Agus"),
        s=_split("Kartodikromo, Soekarman, Wongsodikromo, Pawiroredjo, Somohardjo, Karso, Redjosentono, "
                 "Atmodikoro, Kromodimedjo, Sapoen, Moestadja, Sarmin, Ardjosemito, Dipowikromo")),
    "surinaams-chinees": Origin(
        f=_split("Mei-Ling, Sandra, Carla, Jacqueline, Monique, Lisa, Jennifer, Linda, Cynthia, Natasha"),
        m=_split("Kenneth, Edwin, Ronald, Marvin, Stephen, Anthony, Raymond, Jeffrey, Henry, Ricky"),
        s=_split("Tjon Sie Fat, Lie Kwie, Tjoe Nij, Kon Sen, Tjin Kon Fat, Fung Loy, Chin Joe, Tjong, Liauw, "
                 "Tsang, Sie Sin, Lo Fo Wong")),
    "antilliaans": Origin(
        f=_split("Yuraima, Jomayra, Sulaika, Nathaly, Ruthmila, Giselle, Shudaily, Shurella, Rosemarie, "
                 "Ivette, Nicole, Jeanelle, Suhaily, Gilianne"),
        m=_split("Jurgen, Shurendy, Jeandro, Sharlon, Quincy, Gianni, Rudsel, Jurick, Giovanni, Ruchenel, "
                 "Eugene, Curtley, Djuric, Jeremy"),
        s=_split("Martina, Isenia, Rosaria, Doran, Cijntje, Wiels, Pieternella, Maduro, Koeiman, Croes, "
                 "Girigorie, Leito, Clemencia, Felida, Winklaar, Constansia, Anthonia, Zimmerman, Statia")),
    "moluks": Origin(
        f=_split("Elly, Mercy, Grace, Nelly, Pattie, Wilma, Yolanda, Sonja, Jacqueline, Rosa, Debora, Femmy"),
        m=_split("Johnny, Ronny, Ferry, Dominggus, Yopie, Jerry, Frans, Eddy, Semmy, Wempy, Nico, Sammy"),
        s=_split("Tuhumury, Pattiasina, Latuheru, Wattimena, Lekatompessy, Sahetapy, Tahapary, Manuhutu, "
                 "Pattipeilohy, Siahaya, Matulessy, Lewerissa, Nanlohy, Tehupeiory, Ririmasse, Huwaë")),
    "pools": Origin(
        f=_split("Agnieszka, Katarzyna, Małgorzata, Magdalena, Joanna, Zofia, Ewa, Natalia, Aleksandra, "
                 "Karolina, Weronika, Paulina, Dorota, Justyna, Marta"),
        m=_split("Łukasz, Piotr, Tomasz, Krzysztof, Paweł, Marcin, Michał, Kamil, Jakub, Mateusz, Dawid, "
                 "Grzegorz, Wojciech, Bartosz, Szymon"),
        s=_split("Kowalski/Kowalska, Nowak, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, "
                 "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, "
                 "Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Krawczyk, "
                 "Piotrowski/Piotrowska, Grabowski/Grabowska, Pawlak, Michalski/Michalska, Król, Wieczorek, "
                 "Jabłoński/Jabłońska, Nowicki/Nowicka")),
    "bulgaars": Origin(
        f=_split("Desislava, Milena, Ivanka, Gergana, Tsvetelina, Radostina, Petya, Yordanka, Mariya, Kalina, "
                 "Nadezhda, Stefka, Galina, Boryana"),
        m=_split("Georgi, Dimitar, Stoyan, Nikolay, Hristo, Petar, Todor, Kaloyan, Plamen, Vasil, Asen, "
                 "Blagoy, Lyubomir, Krasimir"),
        s=_split("Ivanov/Ivanova, Petrov/Petrova, Dimitrov/Dimitrova, Georgiev/Georgieva, Stoyanov/Stoyanova, "
                 "Nikolov/Nikolova, Kostov/Kostova, Todorov/Todorova, Angelov/Angelova, Hristov/Hristova, "
                 "Yordanov/Yordanova, Marinov/Marinova, Kolev/Koleva, Atanasov/Atanasova")),
    "roemeens": Origin(
        f=_split("Ioana, Andreea, Elena, Mihaela, Cristina, Roxana, Bianca, Gabriela, Daniela, Larisa, "
                 "Florentina, Simona, Oana, Raluca"),
        m=_split("Andrei, Ionuț, Mihai, Alexandru, Florin, Cristian, Marius, Adrian, Vasile, Ștefan, Bogdan, "
                 "Constantin, Cătălin, Sorin"),
        s=_split("Popescu, Ionescu, Popa, Dumitru, Stoica, Munteanu, Constantinescu, Dobre, Barbu, Nistor, "
                 "Florea, Lungu, Moldovan, Rusu, Ciobanu, Matei, Ene, Dragomir")),
    "hongaars": Origin(
        f=_split("Eszter, Zsófia, Katalin, Réka, Anikó, Erzsébet, Krisztina, Judit, Noémi, Boglárka, Dóra, "
                 "Ildikó, Hajnalka"),
        m=_split("László, Zoltán, Gábor, István, Attila, Balázs, Tamás, Péter, Csaba, Levente, Bence, Ferenc, "
                 "Sándor, Zsolt"),
        s=_split("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, "
                 "Takács, Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete")),
    "eritrees": Origin(
        f=_split("Selam, Senait, Feven, Luwam, Yordanos, Saba, Rahel, Winta, Merhawit, Hiwet, Aster, Lidya, "
                 "Semhar, Tsega"),
        m=_split("Yonas, Tesfay, Dawit, Filmon, Mehari, Tekle, Berhane, Amanuel, Habtom, Kidane, Yemane, "
                 "Robel, Henok, Natnael"),
        s=_split("Tesfamariam, Ghebremedhin, Haile, Kidane, Tekle, Berhe, Weldemichael, Gebrehiwet, Asfaha, "
                 "Mehari, Habte, Yohannes, Woldu, Negash"),
        conv="patronymic"),
    "ethiopisch": Origin(
        f=_split("Meron, Bethlehem, Tigist, Mahlet, Selamawit, Kidist, Meseret, Tsion, Almaz, Genet, Hiwot, "
                 "Rediet, Eden, Hanna"),
        m=_split("Abebe, Getachew, Tadesse, Solomon, Biruk, Mulugeta, Bereket, Tewodros, Ermias, Kaleb, Eyob, "
                 "Girma, Tesfaye, Worku"),
        s=_split("Bekele, Tadesse, Alemu, Gebre, Mekonnen, Wolde, Tesfaye, Girma, Abera, Desta, Assefa, "
                 "Kebede, Worku, Ayele"),
        conv="patronymic"),
    "somalisch": Origin(
        f=_split("Ayaan, Hodan, Fadumo, Sahra, Ifrah, Hibo, Nimco, Sagal, Asli, Hamdi, Muna, Ubah, Istahil, "
                 "Khadra, Filsan"),
        m=_split("Abdi, Abdirahman, Liban, Guled, Faysal, Abdullahi, Mahad, Bashir, Yasin, Cabdi, Warsame, "
                 "Osman, Jama, Mohamud"),
        s=_split("Farah, Warsame, Hussein, Abdi, Jama, Osman, Omar, Ismail, Aden, Egal, Duale, Hirsi, "
                 "Mohamud, Dirie, Samatar, Elmi, Guleid"),
        conv="patronymic"),
    "soedanees": Origin(
        f=_split("Amna, Safa, Marwa, Reem, Hiba, Tasneem, Rayan, Mawada, Nusaiba, Samah, Duaa, Alaa, Eman, "
                 "Sara"),
        m=_split("Mujtaba, Elfatih, Khalid, Tariq, Musab, Anwar, Babiker, Mutasim, Awad, Abdelrahim, Hatim, "
                 "Osman, Elamin, Mahgoub"),
        s=_split("Babiker, Elamin, Osman, Abdalla, Elhassan, Mahgoub, Suliman, Ibrahim, Idris, Hamad, Musa, "
                 "Yousif, Khalifa, Elnour"),
        conv="patronymic"),
    "ghanees": Origin(
        f=_split("Akosua, Ama, Abena, Efua, Adwoa, Yaa, Afua, Esi, Akua, Gifty, Comfort, Mercy, Priscilla, "
                 "Adjoa, Nana"),
        m=_split("Kwame, Kofi, Kwaku, Yaw, Kwabena, Kojo, Kwesi, Emmanuel, Prince, Samuel, Isaac, Ebenezer, "
                 "Fiifi, Kwadwo"),
        s=_split("Mensah, Owusu, Boateng, Asante, Appiah, Osei, Agyeman, Darko, Opoku, Acheampong, Amoah, "
                 "Ofori, Quaye, Addo, Antwi, Bonsu, Danquah, Frimpong, Gyamfi, Sarpong")),
    "nigeriaans": Origin(
        f=_split("Chioma, Ngozi, Adaeze, Funmilayo, Folake, Blessing, Chiamaka, Ifeoma, Yetunde, Temitope, "
                 "Nneka, Amaka, Bukola, Zainab"),
        m=_split("Chinedu, Emeka, Oluwaseun, Tunde, Ikechukwu, Obinna, Ifeanyi, Segun, Babajide, "
                 "Chukwuemeka, Femi, Uche, Kelechi, Adebayo"),
        s=_split("Okafor, Okonkwo, Adeyemi, Balogun, Eze, Nwosu, Ogunleye, Chukwu, Obi, Akinola, Oladipo, "
                 "Ibekwe, Uzor, Nwachukwu, Oyelaran, Bello, Okeke, Anozie")),
    "congolees": Origin(
        f=_split("Grâce, Mireille, Nadège, Christelle, Bénédicte, Josiane, Merveille, Chancelle, Divine, "
                 "Exaucée, Gloria, Falone, Rebecca, Esther"),
        m=_split("Patrick, Jean-Pierre, Christian, Fiston, Héritier, Junior, Trésor, Glody, Dieudonné, Blaise, "
                 "Serge, Landry, Cédric, Joël"),
        s=_split("Mukendi, Ilunga, Tshibangu, Mbuyi, Kasongo, Lukusa, Mutombo, Kalonji, Mwamba, Nkulu, Banza, "
                 "Kabongo, Tshimanga, Lumbala, Mbala, Makiese, Nzuzi, Mavungu, Kiala")),
    "syrisch": Origin(
        f=_split("Rasha, Yara, Nour, Hala, Rima, Dima, Lina, Rana, Sawsan, Ghada, Razan, Maya, Shahd, Joud, "
                 "Lama"),
        m=_split("Omar, Ahmad, Khaled, Mahmoud, Hussam, Tarek, Fadi, Rami, Samer, Majd, Yazan, Ammar, Wassim, "
                 "Ghaith, Mohammad"),
        s=_split("Al-Ahmad, Haddad, Khoury, Al-Masri, Hamdan, Darwish, Shami, Al-Halabi, Kassab, Sabbagh, "
                 "Al-Hamwi, Jabbour, Nasser, Qasim, Saleh, Al-Khatib, Issa, Zaher, Al-Rifai, Barakat")),
    "iraaks": Origin(
        f=_split("Zahraa, Fatimah, Ruqayya, Maryam, Dunya, Sura, Hawraa, Rafal, Shahad, Tiba, Israa, Aseel, "
                 "Noor, Zainab"),
        m=_split("Hussein, Haider, Abbas, Karrar, Muntadhar, Sajjad, Hassan, Yaser, Zaid, Murtadha, Ali, "
                 "Mustafa, Ammar, Qasim"),
        s=_split("Al-Jabouri, Al-Saadi, Al-Tamimi, Al-Obaidi, Al-Dulaimi, Al-Shammari, Al-Zubaidi, Al-Rubaie, "
                 "Al-Khafaji, Al-Musawi, Kadhim, Jasim, Hamid, Abdulla, Al-Janabi")),
    "afghaans": Origin(
        f=_split("Zahra, Mariam, Farzana, Nazia, Laila, Shabnam, Parwana, Mursal, Khatera, Freshta, Mina, "
                 "Sodaba, Malalai, Nilofar, Roya"),
        m=_split("Farid, Sayed, Jawad, Wahid, Nasir, Habib, Shafiq, Rahim, Zabihullah, Ajmal, Mirwais, "
                 "Naveed, Khalil, Samiullah"),
        s=_split("Ahmadi, Rahimi, Hakimi, Sultani, Nazari, Hussaini, Karimi, Safi, Popal, Noori, Amiri, "
                 "Haidari, Stanikzai, Wardak, Barakzai, Jalali, Mohammadi, Rezai, Qaderi, Sharifi")),
    "iraans": Origin(
        f=_split("Shirin, Nasrin, Parisa, Leila, Azadeh, Mahsa, Niloufar, Sahar, Ladan, Yasaman, Bahar, "
                 "Golnaz, Mitra, Roxana"),
        m=_split("Reza, Mehdi, Hossein, Amir, Babak, Dariush, Kourosh, Arash, Farhad, Kaveh, Navid, Pouya, "
                 "Saeed, Behnam"),
        s=_split("Hosseini, Rezaei, Moradi, Jafari, Rahmani, Sadeghi, Ebrahimi, Tehrani, Shirazi, Esfahani, "
                 "Kazemi, Bagheri, Najafi, Ghorbani, Farahani, Zand, Amini, Golestani")),
    "oekraiens": Origin(
        f=_split("Oksana, Olena, Iryna, Nataliya, Yulia, Tetiana, Svitlana, Kateryna, Anastasiia, Viktoriia, "
                 "Halyna, Daryna, Sofiia, Khrystyna"),
        m=_split("Oleksandr, Andriy, Serhiy, Dmytro, Mykola, Volodymyr, Taras, Bohdan, Yaroslav, Vasyl, Ihor, "
                 "Maksym, Artem, Oleh"),
        s=_split("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Kovalchuk, Oliynyk, "
                 "Lysenko, Moroz, Marchenko, Savchenko, Rudenko, Polishchuk, Petrenko, Hnatiuk, Kushnir, "
                 "Tkachuk")),
    "russisch": Origin(
        f=_split("Yekaterina, Olga, Tatyana, Natalya, Irina, Svetlana, Anastasia, Yelena, Marina, Ksenia, "
                 "Polina, Darya, Alina, Valeria"),
        m=_split("Sergey, Aleksey, Dmitri, Nikolai, Mikhail, Vladimir, Pavel, Yuri, Maksim, Artyom, Kirill, "
                 "Igor, Anton, Gennady"),
        s=_split("Smirnov/Smirnova, Kuznetsov/Kuznetsova, Sokolov/Sokolova, Lebedev/Lebedeva, "
                 "Kozlov/Kozlova, Novikov/Novikova, Morozov/Morozova, Volkov/Volkova, Solovyov/Solovyova, "
                 "Vasiliev/Vasilieva, Zaitsev/Zaitseva, Pavlov/Pavlova, Orlov/Orlova, Belov/Belova")),
    "chinees": Origin(
        f=_split("Mei, Xiu, Ying, Jing, Hui, Fang, Xiaoli, Yan, Lihua, Qing, Jiayi, Yuxin, Shu, Xinyi"),
        m=_split("Wei, Jun, Hao, Lei, Ming, Jian, Tao, Zhiwei, Yong, Kai, Hong, Haoran, Zihan, Yuchen"),
        s=_split("Chen, Wang, Zhang, Liu, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Zhu, Guo, Lin, Gao, Lam, "
                 "Cheung, Wong, Chan, Li")),
    "vietnamees": Origin(
        f=_split("Hoa, Mai, Linh, Thu, Hương, Ngọc, Trang, Thảo, Hằng, Phương, Vy, Nhung, Yến, Lan"),
        m=_split("Minh, Tuấn, Hùng, Dũng, Quang, Khoa, Thanh, Huy, Đức, Bảo, Phúc, Tâm, Vinh, Hiếu"),
        s=_split("Nguyễn, Trần, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý")),
    "filipijns": Origin(
        f=_split("Marites, Jocelyn, Rowena, Maricel, Analyn, Jasmine, Princess, Cherry, Lovely, Rhea, "
                 "Kristine, Janelle, Angelica, Divina"),
        m=_split("Jose, Rodel, Jomar, Jerome, Rommel, Arnel, Ramil, Ronaldo, Nestor, Efren, Rey, Carlo, Paolo, "
                 "Jericho"),
        s=_split("Santos, Reyes, Cruz, Bautista, Mendoza, Villanueva, Ramos, Aquino, Castillo, Flores, "
                 "Tolentino, Manalo, Pascual, Macaraeg, Dizon, Soriano, Gonzales, Navarro")),
    "indiaas": Origin(
        f=_split("Ananya, Divya, Sneha, Pooja, Kavya, Lakshmi, Meera, Aishwarya, Neha, Shreya, Deepika, Ritu, "
                 "Swati, Priya"),
        m=_split("Rahul, Arjun, Vikram, Rohan, Aditya, Karthik, Suresh, Rajesh, Amit, Anil, Pranav, Nikhil, "
                 "Siddharth, Varun"),
        s=_split("Sharma, Patel, Iyer, Reddy, Nair, Gupta, Singh, Kumar, Rao, Menon, Krishnan, Joshi, Mehta, "
                 "Desai, Pillai, Chatterjee, Banerjee, Verma, Agarwal, Kulkarni")),
    "pakistaans": Origin(
        f=_split("Ayesha, Sana, Hira, Mehwish, Fariha, Sadia, Rabia, Iqra, Mahnoor, Nimra, Bushra, Samina, "
                 "Khadija, Amna"),
        m=_split("Imran, Usman, Faisal, Asad, Kashif, Zeeshan, Adnan, Waqas, Shahid, Junaid, Omer, Fahad, "
                 "Bilal, Hamza"),
        s=_split("Khan, Malik, Qureshi, Chaudhry, Butt, Sheikh, Akhtar, Raza, Hussain, Iqbal, Siddiqui, Mirza, "
                 "Abbasi, Javed, Rana, Bhatti, Shah, Aslam, Mahmood")),
    "portugees": Origin(
        f=_split("Inês, Beatriz, Mariana, Ana, Catarina, Joana, Sofia, Rita, Filipa, Leonor, Margarida, "
                 "Carolina, Patrícia, Raquel"),
        m=_split("João, Tiago, Rui, Pedro, Miguel, Diogo, Nuno, Ricardo, Bruno, Gonçalo, Duarte, Vasco, "
                 "Rodrigo, Hugo"),
        s=_split("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, "
                 "Gonçalves, Gomes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira"),
        conv="portuguese"),
    "kaapverdisch": Origin(
        f=_split("Djamila, Nilza, Edna, Zenaida, Ivanilda, Suzy, Lúcia, Arlinda, Elisângela, Jacira, Dulce, "
                 "Neusa, Vanessa, Célia"),
        m=_split("Djalma, Nelson, Adilson, Edmilson, Cláudio, Hélder, Jailson, Manuel, Ailton, Nilton, Admir, "
                 "Jorge, Elton, Wilson"),
        s=_split("Tavares, Monteiro, Fortes, Semedo, Brito, Delgado, Varela, Andrade, Évora, Barros, Spencer, "
                 "Lima, Cabral, Moreira, Furtado, Correia, Veiga, Rocha"),
        conv="portuguese"),
    "braziliaans": Origin(
        f=_split("Fernanda, Camila, Larissa, Aline, Bruna, Letícia, Thaís, Priscila, Vitória, Luana, Jéssica, "
                 "Juliana, Gabriela, Bianca"),
        m=_split("Gabriel, Rafael, Thiago, Felipe, Guilherme, Matheus, Leonardo, Gustavo, Eduardo, Vinícius, "
                 "Caio, Diego, Henrique, Lucas"),
        s=_split("Souza, Oliveira, Lima, Pereira, Carvalho, Nascimento, Araújo, Barbosa, Rocha, Cavalcanti, "
                 "Moura, Cardoso, Freitas, Batista, Nogueira, Mendes, Castro"),
        conv="portuguese"),
    "colombiaans": Origin(
        f=_split("Valentina, María José, Isabella, Paola, Andrea, Luisa, Catalina, Marcela, Yuliana, Lorena, "
                 "Sofía, Natalia, Camila, Daniela"),
        m=_split("Santiago, Sebastián, Juan Pablo, Andrés, Julián, Alejandro, Camilo, Jhon, Esteban, Mauricio, "
                 "Óscar, Jairo, Wilmer, Carlos"),
        s=_split("García, Rodríguez, Martínez, López, González, Hernández, Ramírez, Gómez, Restrepo, Ospina, "
                 "Cardona, Giraldo, Zapata, Vargas, Moreno, Jaramillo, Muñoz, Castaño, Quintero, Arango"),
        conv="spanish"),
}

FAMILY_WEIGHTS = {
    "nederlands": 20, "fries": 4, "limburgs": 4, "marokkaans": 6, "amazigh": 5, "turks": 7, "koerdisch": 3,
    "hindostaans": 4, "creools": 4, "javaans": 2, "surinaams-chinees": 1, "antilliaans": 3, "moluks": 2,
    "pools": 4, "bulgaars": 2, "roemeens": 2, "hongaars": 1, "eritrees": 2, "ethiopisch": 1, "somalisch": 2,
    "soedanees": 1, "ghanees": 2, "nigeriaans": 2, "congolees": 1, "syrisch": 3, "iraaks": 2, "afghaans": 2,
    "iraans": 2, "oekraiens": 3, "russisch": 1, "chinees": 1, "vietnamees": 1, "filipijns": 1, "indiaas": 2,
    "pakistaans": 1, "portugees": 1, "kaapverdisch": 1, "braziliaans": 1, "colombiaans": 1,
}
STAFF_WEIGHTS = {k: (40 if k == "nederlands" else 5 if k in ("fries", "limburgs") else 2)
                 for k in FAMILY_WEIGHTS}

NICKNAMES = {
    "Mohammed": "Mo", "Mohamud": "Mo", "Abdelkader": "Kader", "Zakaria": "Zak",
    "Oleksandr": "Sasha", "Aleksandra": "Ola", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Yekaterina": "Katya", "Anastasia": "Nastya", "Alexandru": "Alex", "Sebastián": "Sebas",
    "Santiago": "Santi", "Guilherme": "Gui", "Dimitar": "Mitko", "Volodymyr": "Vova",
    "Massinissa": "Massi", "Johannes": "Hans", "Cornelis": "Kees", "Hendrik": "Henk",
    "Wilhelmina": "Mien", "Geertruida": "Truus", "Thomas": "Tom", "Emmanuel": "Manu",
    "Oluwaseun": "Seun", "Babajide": "Jide", "Ikechukwu": "Ike", "Sanne-Lotte": "Sanne",
    "Jan-Willem": "JW", "Hüseyin": "Hüso", "Mehmet": "Memo", "Jean-Pierre": "JP", "Abdirahman": "Abdi",
    "Muntadhar": "Munti", "Zabihullah": "Zabi", "Christelle": "Chris", "Nataliya": "Natasha",
    "Mustafa": "Musti", "Marieke": "Miek", "Annemiek": "Miek", "Hendrika": "Riek", "Gerrit": "Gert",
    "Krzysztof": "Krzysiek", "Magdalena": "Magda", "Agnieszka": "Aga", "Joanna": "Asia", "Tomasz": "Tomek",
    "Grzegorz": "Grzesiek", "Wojciech": "Wojtek", "Aleksey": "Lyosha", "Dmitri": "Dima", "Mikhail": "Misha",
    "Vladimir": "Vova", "Natalya": "Natasha", "Tatyana": "Tanya", "Svetlana": "Sveta", "Yelena": "Lena",
    "Dmytro": "Dima", "Georgi": "Gosho", "Hristo": "Itso", "Nikolay": "Niki", "Constantin": "Costel",
    "Cristian": "Cristi", "István": "Pista", "Erzsébet": "Erzsi", "Katalin": "Kati", "Zsófia": "Zsófi",
    "Alejandro": "Alejo", "María José": "Majo", "Juan Pablo": "Juanpa", "Valentina": "Vale",
    "Margarida": "Guida", "Funmilayo": "Funmi", "Temitope": "Tope", "Chukwuemeka": "Emeka",
    "Ebenezer": "Ebo", "Abdullahi": "Abdi", "Samiullah": "Sami", "Siddharth": "Sid", "Mahmoud": "Hamoudi",
    "Dieudonné": "Dieudo", "Mohammad": "Mo", "Sebastiaan": "Bas", "Alexandra": "Sasha",
}


# --------------------------------------------------------------------------------------------
# Institutions. (prefix, core, article in the name, article in running text, prefix after core)


@dataclass
class Inst:
    kind: str
    prefix: str
    core: str
    name_art: str = ""
    ref_art: str = ""
    suffix: bool = False

    @property
    def full(self) -> str:
        core = f"{self.name_art} {self.core}".strip()
        if not self.prefix:
            return core
        return f"{core} {self.prefix}" if self.suffix else f"{self.prefix} {core}"

    @property
    def words(self) -> list[str]:
        generic = PARTICLES | {"het", "'t", "en", "&", "zn", "sint", "st."}
        return [w for w in re.split(r"[\s\-]+", self.core) if w.lower() not in generic]


SCHOOL_PREFIXES = ["Basisschool", "OBS", "CBS", "RKBS", "Kindcentrum", "IKC", "Montessorischool",
                   "Daltonschool", "Jenaplanschool", "SBO", "Openbare Basisschool", "Christelijke Basisschool"]
SCHOOL_CORES = [("Vlonder", "De"), ("Wilgenhoek", "De"), ("Klimop", "De"), ("Zeskant", "De"),
                ("Startblok", "Het"), ("Dukdalf", "De"), ("Fonkeling", "De"), ("Meander", "De"),
                ("Bongerd", "De"), ("Tweemaster", "De"), ("Palet", "Het"), ("Springplank", "De"),
                ("Toermalijn", "De"), ("Vuurvlinder", "De"), ("Windroos", "De"), ("Kiekendief", "De"),
                ("Sterrenkijker", "De"), ("Zandloper", "De"), ("Vlinderhof", "Het"), ("Kameleon", "De"),
                ("Notenkraker", "De"), ("Egelantier", "De"), ("Baken", "Het"), ("Zonnewijzer", "De"),
                ("Lisdodde", "De"), ("Wielewaal", "De"), ("Grutto", "De"), ("Ukelbolle", "De"),
                ("Poolster", "De"), ("Trapeze", "De"), ("Schatgraver", "De"), ("Korenbloem", "De")]
OPVANG = [("Kinderopvang", "Ukkie", "'t", "'t"), ("KDV", "Boefjes", "De", "de"), ("BSO", "Boomhut", "De", "de"),
          ("Kinderdagverblijf", "Dribbel", "", ""), ("", "Kindaam", "", ""), ("", "Humpie", "", ""),
          ("Peuterspeelzaal", "Klavertje", "Het", "het"), ("BSO", "Dropjes", "De", "de"),
          ("Kinderopvang", "Kiddoos", "", ""), ("KDV", "Snoetje", "'t", "'t"),
          ("Kinderopvang", "Wiebelwagen", "De", "de"), ("BSO", "Hummelhoek", "De", "de"),
          ("Kinderdagverblijf", "Bengeltjes", "De", "de"), ("Peuterspeelzaal", "Kwetternest", "Het", "het"),
          ("Kinderopvang", "Krullebol", "", ""), ("Gastouderbureau", "Nestwarmte", "", ""),
          ("BSO", "Speelkwartier", "Het", "het"), ("", "Kindvanger", "", "")]
HOSPITALS = [("Ziekenhuis", "Oosterlicht", "het", False), ("Medisch Centrum", "Vechtoever", "het", False),
             ("Ziekenhuis", "Lindeveld", "het", True), ("Gasthuis", "Sint Ansgarius", "het", True),
             ("Ziekenhuis", "Weidehof", "het", False), ("MC", "Rivierduin", "het", False),
             ("Ziekenhuis", "Duinzicht", "het", False), ("Streekziekenhuis", "Maasoever", "het", False),
             ("Ziekenhuis", "IJsselwaard", "het", True), ("MC", "Zuiderkroon", "het", False),
             ("Ziekenhuis", "Kennemerhof", "het", False), ("Kliniek", "Dommelrijk", "de", True)]
CARE = [("Zorggroep", "Meerzicht", "", "het"), ("Praktijk", "Bosrand", "", ""), ("", "Lumen", "", ""),
        ("", "Arvenza", "", ""), ("", "Zorvia", "", ""), ("", "Velora", "", ""), ("", "Corvaan", "", ""),
        ("", "Triveste", "", ""), ("", "Oktant", "", "het"), ("Jeugdhulp", "Noorderlicht", "", "het"),
        ("GGZ", "Dijkvliet", "", ""), ("Stichting", "Wissel", "De", "de"), ("Vrouwenopvang", "Lantaarn", "De", "de"),
        ("", "Solvora", "", ""), ("", "Kairon", "", ""), ("", "Mentaura", "", ""), ("Jeugdzorg", "Tjalk", "De", "de"),
        ("Verslavingszorg", "Kompasroos", "", ""), ("", "Novarys", "", "")]
PRACTICES = [("Huisartsenpraktijk", "Bosrand"), ("Praktijk", "Molenkamp"), ("Gezondheidscentrum", "Vijverhof"),
             ("Huisartsenpraktijk", "Lindehoeve"), ("Huisartsen", "Wilgenweide"), ("Praktijk", "Zeeduin"),
             ("Gezondheidscentrum", "Kastanjeplein"), ("Huisartsenpraktijk", "Eikendonk")]
EMPLOYERS = [("Transportbedrijf", "Van Gils"), ("Bouwbedrijf", "Hazelaar"), ("Bakkerij", "Verhoef & Zn"),
             ("Schoonmaakbedrijf", "Glansrijk"), ("Koeriersdienst", "Snelbode"), ("Uitzendbureau", "Flexpoint"),
             ("Hotel", "Zeezicht"), ("Restaurant", "De Karavaan"), ("Distributiecentrum", "Polderhof"),
             ("Installatiebedrijf", "Kamphuis"), ("Garage", "Van Wijlen"), ("Hoveniersbedrijf", "Brinkman"),
             ("Verhuisbedrijf", "Dubbeldam"), ("Autobedrijf", "Heijmerink"), ("Groothandel", "Vliethaven"),
             ("Slagerij", "Otten"), ("Loonbedrijf", "Van Oers"), ("Schildersbedrijf", "Koopmans"),
             ("Metaalbewerking", "Brandhorst"), ("Tuincentrum", "De Groenling"), ("", "Kloosterhuis Logistiek"),
             ("Vleesverwerker", "Veldkamp"), ("Kapsalon", "Knipwijs"), ("Callcenter", "Belmaatje")]

CITIES = _split("Amersfoort, Zwolle, Tilburg, Almere, Leeuwarden, Heerlen, Venlo, Deventer, Den Bosch, Arnhem, "
                "Nijmegen, Zaandam, Schiedam, Helmond, Emmen, Lelystad, Dordrecht, Alkmaar, Gouda, Delft, "
                "Leiden, Haarlem, Utrecht, Rotterdam, Amsterdam, Den Haag, Groningen, Eindhoven, Breda, "
                "Maastricht, Sittard, Roermond, Apeldoorn, Enschede, Hengelo, Sneek, Drachten, Assen, Purmerend, "
                "Vlaardingen, Spijkenisse, Zoetermeer, Oss, Kerkrade, Hoogeveen")
STREET_FIRST = _split("Linden, Eiken, Beuken, Kastanje, Wilgen, Berken, Meidoorn, Vlier, Akker, Molen, Kerk, Dorps, "
                      "School, Stations, Sleutelbloem, Klaproos, Zonnebloem, Lijster, Spreeuwen, Zwaluw, Reiger, "
                      "Goudvink, Ooievaar, Kievit, Hoge, Lange, Korte, Nieuwe, Oude, Weide, Polder, Dijk, "
                      "Haven, Markt, Bleek, Vijver, Populieren, Esdoorn, Hazelaar, Wingerd")
STREET_LAST = _split("laan, straat, weg, hof, plein, singel, kade, dreef, pad, erf, gracht, veld, park")
STREET_NAMED = _split("Prins Hendrikstraat, Koningin Julianalaan, Burgemeester Visserstraat, Van Goghstraat, "
                      "Rembrandtlaan, Beatrixstraat, Wilhelminasingel, Pieter de Hoochstraat, Tsjerkestrjitte, "
                      "Dr. Schaepmanstraat, Graaf Ottoweg, Vondellaan, Thorbeckeplein, Spinozastraat")

MONTHS = _split("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, "
                "december")
MONTH_ABBR = _split("jan, feb, mrt, apr, mei, jun, jul, aug, sep, okt, nov, dec")
WEEKDAYS = _split("maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag")
EMOJI = ["🙏", "😟", "👍", "😬", "🙈", "😢", "❤️", "👀", "✅", "😅", "🤞", "😳"]
CARS = ["grijze Opel Astra", "zwarte VW Golf", "witte Renault Kangoo", "blauwe Peugeot 208",
        "zwarte BMW 3-serie", "rode Toyota Yaris", "grijze Ford Transit", "witte Mercedes Vito"]
MAIL_DOMAINS = ["hotmail.com", "gmail.com", "live.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "icloud.com",
                "yahoo.com", "hotmail.nl"]


# --------------------------------------------------------------------------------------------
# Phrases that must survive. Clinical phrases per style (pronouns filled in per child);
# name-like words used as words, as sentences with the phrase in [brackets].

CLINICAL = {
    "school": _split(
        "komt regelmatig te laat, oogt vaak moe in de klas, trekt zich terug tijdens het buitenspelen, "
        "heeft moeite met concentreren, reageert schrikachtig op harde geluiden, "
        "heeft regelmatig geen lunch bij zich, huilt snel bij kleine tegenslagen, "
        "is achteruitgegaan met rekenen, vertelt over ruzie thuis, maakt weinig contact met klasgenoten, "
        "had een blauwe plek op de wang, wil na schooltijd niet naar huis, draagt vaak dezelfde kleding, "
        "heeft driftbuien in de klas, speelt opvallend agressief, zegt dat {hij} thuis bang is, "
        "kan zich slecht aan afspraken houden, valt in slaap tijdens de les"),
    "chat": _split(
        "was echt stil vandaag, had weer geen ontbijt gehad, zat te huilen in de gang, "
        "had een blauwe plek bij {zijn} oog, wilde niet mee naar huis, schrok heel erg van de deurbel, "
        "is al een week niet op school geweest, slaapt slecht door de ruzies, gooide met stoelen in de klas, "
        "zegt dat papa mama pijn heeft gedaan, plast weer in bed, eet bijna niks meer, "
        "was heel angstig bij het ophalen, had pijn aan {zijn} pols"),
    "S": _split(
        "slaapt slecht sinds enkele weken, heeft nachtmerries, plast weer in bed, klaagt over buikpijn, "
        "eet slecht, is snel geïrriteerd, durft niet alleen te slapen, huilt veel, heeft hoofdpijnklachten, "
        "is moe en lusteloos"),
    "O": _split(
        "geen koorts, buik soepel zonder drukpijn, hematoom linker bovenarm, "
        "blauwe plekken in verschillende stadia, stil en teruggetrokken, weinig oogcontact, "
        "verklaring past niet bij het letsel, striemen op de rug, vlak affect, angstige indruk, "
        "gewicht gedaald t.o.v. vorige meting, schaafwond op de knie"),
    "E": _split(
        "slaapproblemen, spanningsklachten, vermoeden van kindermishandeling, psychosociale problematiek, "
        "somatisatie, angststoornis, aanpassingsproblemen"),
    "P": _split(
        "psycho-educatie gegeven, controle over twee weken, overleg met POH-GGZ, zorgmelding overwogen, "
        "slaaphygiëne besproken, terugkomen bij verergering"),
    "politie": _split(
        "glas op de vloer in de woonkamer, voordeur geforceerd, betrokkene 2 rood in het gezicht, "
        "zwelling onder het linkeroog, kinderen wakker en angstig, betrokkene 1 onder invloed van alcohol, "
        "geen zichtbaar letsel bij de kinderen, woning rommelig en vervuild, eerdere meldingen op dit adres, "
        "betrokkene 2 zeer emotioneel, gat in de slaapkamerdeur"),
    "mail": _split(
        "{hij} slaapt heel slecht de laatste tijd, {hij} is heel boos de hele tijd, "
        "{hij} wil niet meer naar {ohem} toe, {hij} plast weer in bed, {hij} huilt als {hij} naar school moet, "
        "{hij} eet bijna niet meer, {hij} heeft nachtmerries, {hij} schrikt van alles, "
        "{hij} zegt dat {hij} buikpijn heeft, {hij} is heel stil geworden"),
}

WORDS = [
    "Toen [de zon scheen] wilde {hij} toch niet naar buiten.",
    "{Hij} kwam thuis [met een roos] van de markt.",
    "[Het was storm] die avond en {hij} sliep slecht.",
    "[In de winter] is {hij} vaak ziek.",
    "{Hij} haalt 's ochtends zelf brood [bij de bakker].",
    "{Hij} vertelde over [een vos in de tuin].",
    "{Hij} tekende [de visser op de kade] uit het prentenboek.",
    "Moeder [heeft hoop] dat het beter gaat.",
    "Er was [een hoop herrie] in het trappenhuis.",
    "{Hij} wees naar [een merel op het dak].",
    "[In de lente] verhuizen ze misschien.",
    "{Hij} gaf de juf [een bloem] uit de tuin.",
    "Het gezin krijgt voedselpakketten via [de koster van de kerk].",
    "Moeder zegt dat ze [sterk wil blijven] voor de kinderen.",
    "Het is [een groot gezin] met weinig ruimte.",
    "Ze wonen in [een klein huis] aan de rand van de wijk.",
    "{Hij} droeg [een ketting van jade] van oma.",
    "Op de kinderboerderij aaide {hij} [een lama].",
    "{Hij} keek naar [een mees op het voederhuisje].",
    "Ze speelden in [het bos achter de school].",
    "[De post] lag al weken ongeopend op de mat.",
    "[De kok van de kantine] gaf {hem} een extra boterham.",
    "{Hij} werd wakker toen [de haan kraaide].",
    "Ze fietsen elke dag [over de dijk] naar school.",
    "{Hij} is [nog heel jong] voor zoveel zorgen.",
    "Opa was vroeger [boer op het land].",
    "{Hij} wil later [bas spelen] in een band.",
    "Ze liepen [langs de beek] naar huis.",
    "Ze zaten samen [in de zon] op het bankje.",
    "Op het schoolplein viel {hij} van [een hoge berg] zand.",
    "{Hij} heeft [een prins] getekend met een zwaard.",
    "{Hij} bouwde [een hut van wilgentenen].",
    "[De storm] had de schutting omgeblazen.",
]


# --------------------------------------------------------------------------------------------
# Helpers


def ascii_fold(text: str) -> str:
    table = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"}
    text = "".join(table.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_words(text: str) -> list[str]:
    """The words of a written name that identify: particles and possessive endings dropped."""
    out = []
    for w in re.split(r"[\s\-]+", text):
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        w = w.strip("'’.,()")
        if w and w.lower() not in PARTICLES:
            out.append(w)
    return out


def possessive(name: str) -> str:
    return name + "'" if name[-1].lower() in "sxz" else name + "'s"


def initials(first: str, surname: str, style: int) -> str:
    letters = [w[0].upper() for w in re.split(r"[\s\-]+", first) if w]
    sur = []
    for w in re.split(r"[\s\-]+", surname):
        if not w:
            continue
        if w.lower() in ("van", "de", "der", "den"):
            sur.append(w[0].lower())
        elif w.lower() not in PARTICLES:
            sur.append(w[0].upper())
    if style == 0:
        return "".join(letters + sur)
    if style == 1:
        return "".join(x + "." for x in letters + sur)
    core = [x for x in sur if x.isupper()] or sur
    return "".join(letters + core[-1:])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _compact(text: str) -> str:
    return re.sub(r"[\s\-.\u00ad]", "", text).upper()


def hit(check: Check, text: str) -> bool:
    """The scorer's test of one check on a piece of text."""
    if check.how == "exact":
        return check.value in text
    if check.how == "ci":
        return check.value.lower() in text.lower()
    if check.how == "word":
        return word_in(fold(check.value), fold(text))
    if check.how == "digits":
        return check.value in _digits(text)
    if check.how == "compact":
        return check.value.upper() in _compact(text)
    raise ValueError(check.how)


# --------------------------------------------------------------------------------------------
# Identifier generators


def gen_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_valid(value: str) -> bool:
    d = [int(c) for c in value]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def gen_iban(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    compact = f"NL{check:02d}{bank}{acct}"
    if rng.random() < 0.45:
        text = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    else:
        text = compact
    return text, acct


def gen_phone(rng: random.Random, landline: bool = False) -> str:
    if not landline:
        rest = str(rng.randint(1, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        fmt = rng.randrange(7)
        if fmt == 0:
            return f"06-{rest}"
        if fmt == 1:
            return f"06 {rest}"
        if fmt == 2:
            return "06 " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
        if fmt == 3:
            return f"+31 6 {rest[:4]} {rest[4:]}"
        if fmt == 4:
            return f"+316{rest}"
        if fmt == 5:
            return f"0031 6 {rest}"
        return f"06{rest}"
    area = rng.choice(["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038",
                       "040", "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073",
                       "0111", "0161", "0172", "0180", "0224", "0229", "0251", "0313", "0413", "0475",
                       "0492", "0513", "0546", "0575", "0591"])
    n = 10 - len(area)
    rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    fmt = rng.randrange(3)
    if fmt == 0:
        return f"{area}-{rest}"
    if fmt == 1:
        return f"({area}) " + (f"{rest[:3]} {rest[3:5]} {rest[5:]}" if n == 7 else f"{rest[:2]} {rest[2:4]} {rest[4:]}")
    return f"{area} {rest}"


def gen_postcode(rng: random.Random) -> str:
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            break
    num = rng.randint(1000, 9999)
    return f"{num} {pair}" if rng.random() < 0.7 else f"{num}{pair}"


def gen_plate(rng: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def ls(k):
        return "".join(rng.choice(L) for _ in range(k))

    def ds(k):
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    groups = rng.choice([
        lambda: [ds(2), ls(2), ls(2)], lambda: [ds(2), ls(3), ds(1)], lambda: [ds(1), ls(3), ds(2)],
        lambda: [ls(2), ds(3), ls(1)], lambda: [ls(1), ds(3), ls(2)], lambda: [ls(3), ds(2), ls(1)],
        lambda: [ls(2), ls(2), ds(2)], lambda: [ds(1), ls(2), ds(3)],
    ])()
    return "-".join(groups) if rng.random() < 0.85 else "".join(groups)


def gen_street(rng: random.Random) -> tuple[str, str]:
    """An address and the street word that identifies it."""
    if rng.random() < 0.25:
        street = rng.choice(STREET_NAMED)
    else:
        street = rng.choice(STREET_FIRST) + rng.choice(STREET_LAST)
    word = street.split()[-1]
    number = str(rng.randint(1, 180))
    r = rng.random()
    if r < 0.15:
        number += rng.choice("abc")
    elif r < 0.22:
        number += "-" + rng.choice(["I", "II", "2", "3"])
    elif r < 0.27:
        number += " " + rng.choice("AB")
    return f"{street} {number}", word


# --------------------------------------------------------------------------------------------
# Cast: the family (vault roles, registered or not) and the people around it


@dataclass
class Human:
    role: str
    first: str
    surname: str
    female: bool
    origin: str
    registered: bool = False
    nick: str = ""
    surname_ok: bool = True          # may the surname be written (False: it is also a vault word)
    birth: tuple[int, int, int] | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}".strip()


def _surname(raw: str, female: bool) -> str:
    if "/" in raw:
        m, f = raw.split("/")
        return f if female else m
    return raw


def regender(surname: str, female: bool, origin: str) -> str:
    """The same surname in the form for a woman or a man ("Kowalski" <-> "Kowalska")."""
    for raw in ORIGINS[origin].s:
        if "/" in raw and surname in raw.split("/"):
            return _surname(raw, female)
    return surname


class CastMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _first(self, origin: str, female: bool, old: bool = False) -> str:
        o = ORIGINS[origin]
        old_pool = o.old_f if female else o.old_m
        pool = old_pool if old and old_pool else (o.f if female else o.m)
        return self.rng.choice(pool)

    def _sur(self, origin: str, female: bool) -> str:
        return _surname(self.rng.choice(ORIGINS[origin].s), female)

    def _two(self, origin: str, female: bool) -> str:
        a, b = self.rng.sample(ORIGINS[origin].s, 2)
        return f"{_surname(a, female)} {_surname(b, female)}"

    def family(self) -> dict[str, Human]:
        rng = self.rng
        origins = list(FAMILY_WEIGHTS)
        weights = [FAMILY_WEIGHTS[o] for o in origins]
        mo_origin = rng.choices(origins, weights)[0]
        fa_origin = mo_origin if rng.random() < 0.8 else rng.choices(origins, weights)[0]
        conv = ORIGINS[fa_origin].conv
        child_female = rng.random() < 0.5
        sib_female = rng.random() < 0.5

        def person(role, origin, female, first=None, surname=None, old=False):
            return Human(role, first or self._first(origin, female, old), surname if surname is not None
                         else self._sur(origin, female), female, origin)

        if conv == "spanish":
            father = person("vader", fa_origin, False, surname=self._two(fa_origin, False))
            mother = person("moeder", mo_origin, True,
                            surname=self._two(mo_origin, True) if ORIGINS[mo_origin].conv == "spanish"
                            else self._sur(mo_origin, True))
            child_sur = f"{father.surname.split()[0]} {mother.surname.split()[0]}"
        elif conv == "portuguese":
            father = person("vader", fa_origin, False,
                            surname=self._two(fa_origin, False) if rng.random() < 0.5 else None)
            mother = person("moeder", mo_origin, True)
            child_sur = f"{mother.surname.split()[-1]} {father.surname.split()[-1]}"
        elif conv == "patronymic":
            father = person("vader", fa_origin, False)
            mother = person("moeder", mo_origin, True)
            child_sur = father.first
        else:
            father = person("vader", fa_origin, False)
            mother = person("moeder", mo_origin, True)
            child_sur = father.surname
            if fa_origin in ("nederlands", "fries", "limburgs") and rng.random() < 0.15:
                child_sur = mother.surname
            if mo_origin in ("nederlands", "fries", "limburgs") and rng.random() < 0.2:
                mother.surname = f"{father.surname}-{mother.surname}"    # married name, hyphenated
        kid_origin = fa_origin if rng.random() < 0.6 else mo_origin
        line = fa_origin if child_sur == father.surname else mo_origin
        cast = {"moeder": mother, "vader": father,
                "kind": Human("kind", self._first(kid_origin, child_female),
                              regender(child_sur, child_female, line), child_female, kid_origin),
                "broer_zus": Human("broer_zus", self._first(kid_origin, sib_female),
                                   regender(child_sur, sib_female, line), sib_female, kid_origin)}
        p_origin = rng.choices(origins, weights)[0] if rng.random() < 0.5 else mo_origin
        cast["partner"] = person("partner", p_origin, False)
        mo_line = mother.surname.split("-")[-1]
        cast["oma"] = person("oma", mo_origin, True, old=True)
        opa_first = mo_line if ORIGINS[mo_origin].conv == "patronymic" else None
        cast["opa"] = person("opa", mo_origin, False, first=opa_first,
                             surname=regender(mo_line, False, mo_origin), old=True)
        cast["tante"] = person("tante", mo_origin, True, surname=mo_line)
        cast["oom"] = person("oom", fa_origin, False,
                             surname=father.surname if conv != "patronymic" else self._sur(fa_origin, False))
        # distinct first names within the family
        seen = set()
        for h in cast.values():
            while h.first in seen and h.role != "opa":
                h.first = self._first(h.origin, h.female, h.role in ("oma", "opa"))
            seen.add(h.first)
        for h in cast.values():
            if h.first in NICKNAMES and rng.random() < 0.8:
                h.nick = NICKNAMES[h.first]
        return cast

    def staff(self, role: str, avoid: set[str]) -> Human:
        rng = self.rng
        origins = list(STAFF_WEIGHTS)
        weights = [STAFF_WEIGHTS[o] for o in origins]
        while True:
            origin = rng.choices(origins, weights)[0]
            female = rng.random() < (0.75 if role in ("lk", "ib", "smw", "jgz", "poh", "c1", "c2", "c3", "c4")
                                     else 0.5)
            if role == "nieuw":
                female = True
            first = self._first(origin, female)
            if first in NICKNAMES and rng.random() < 0.3:
                first = NICKNAMES[first]
            h = Human(role, first, self._sur(origin, female), female, origin)
            if not {fold(w) for w in name_words(h.full)} & avoid:
                return h


def birth_of(h: Human, rng: random.Random) -> tuple[int, int, int]:
    if h.birth is None:
        lo, hi = {"kind": (2012, 2019), "broer_zus": (2010, 2021), "oma": (1950, 1970), "opa": (1948, 1968),
                  "vriend": (2012, 2019)}.get(h.role, (1975, 1999))
        h.birth = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi))
    return h.birth


# --------------------------------------------------------------------------------------------
# Templates. Placeholders:
#   {role.form}   a person: form first/full/sur/pos/any/nick; "!" after it: a cue word names the
#                 role ("juf {lk.first!}", "@{c2.first!}"); "^" after it: never lower case
#   {init:role} {geb:role} {email:role} {acct:role}
#   {school} {opvang} {zh} {zorg} {praktijk} {werk}, with .full or .ref
#   {tel} {vast} {bsn} {iban} {adres} {postcode} {kenteken}
#   {C} {C:pool} a clinical phrase; {W} a sentence with a name-like word used as a word
#   other {...}: plain text (pronouns, towns, times, ...)

P_LOWER = {"teams-chat": 0.55, "schoolverslag": 0.15, "huisartsjournaal": 0.3, "politie-mutatie": 0.05,
           "ouder-mail": 0.65}
P_LOWER_INST = {"teams-chat": 0.45, "schoolverslag": 0.03, "huisartsjournaal": 0.15, "politie-mutatie": 0.02,
                "ouder-mail": 0.6}

CHAT_OPEN = [
    "@{c2.first!} kun jij vandaag ff bellen met de moeder van {kind.first}? {moeder.any} belde vanochtend in paniek {emoji}",
    "hoi allen, nieuwe melding binnen over {kind.any} ({geb:kind}), zit op {school}. {kind.first} {C}. wie pakt m op? 🙏",
    "even een heads-up: {kind.first} is gister niet opgehaald bij {opvang}. moeder niet bereikbaar op {tel} {emoji}",
    "@{c2.first!} @{c3.first!} mss goed om {kind.pos} casus morgen in het MDO te bespreken? het gaat echt niet goed thuis",
    "Melding VT binnen: huiselijk geweld bij {moeder.full} en haar partner {partner.first!}. {kind.first} en {broer_zus.first} waren thuis 😟",
    "Wie heeft er contact met {school.ref}? {lkt} {lk.first!} belde mij over {kind.first}, {hij} {C}",
    "goedemorgen! korte vraag over {kind.full} (BSN {bsn}), staat {hij} al in ons systeem?",
    "zorgen over {kind.first} ({leeftijd}), school: {hij} {C}. @{c2.first!} jij kent het gezin toch?",
    "update over {kind.first}: {hij} {C}. {W} @{c2.first!} kun jij morgen mee naar het gesprek?",
]
CHAT_REPLY = [
    "idd, {hij} {C} {emoji}",
    "vnm bel ik met {school.ref}, ik vraag of {ib.first!} (ib) er meer van weet",
    "gwn doen! ik heb nog een nummer van oma {oma.first!}: {tel}",
    "@{c1.first!} heb je het adres? volgens mij {adres} maar niet zeker",
    "{moeder.any} heeft een nieuwe vriend, {partner.first!}, die werkt bij {werk}. vader is daar niet blij mee 😬",
    "check ff {zijn} snap: {acct:kind} daar stonden filmpjes op van de ruzie 🙈",
    "bsn is {bsn} als je t dossier aanmaakt 👍",
    "vader ({vader.full!}) heeft een contactverbod toch? mss navragen bij @{c3.first!}",
    "ik ken moeder nog van {zorg}, ze was daar in behandeling ivm depressie",
    "👍 zet het in het dossier. gr {A.first!}",
    "mail van moeder kwam binnen via {email:moeder}, stuur ik je door",
    "buurvrouw zag de auto van vader weer staan, kenteken {kenteken} 👀",
    "volgens {lkt} {lk.first!}: {hij} {C}, en dat al weken",
    "overleg met {c4.full} van {zorg.ref} staat op do 10u ✅",
    "{kind.first} is gister gezien op de SEH van {zh.ref}, {hij} {C}",
    "{W} 😅 maar serieus, {hij} {C}",
    "oma woont op {adres}, {postcode}. kinderen slapen daar vnm",
    "wrs goed om ook {tante.first!} (tante) te bellen, zij haalt {kind.first} soms op",
    "ik heb {moeder.any} gesproken, ze wil gwn dat het stopt. {W}",
    "heb je het nummer van vader? {vader.any} zou {tel} hebben",
    "{broer_zus.first} zit ook op {school.ref}, groep {groep}. mss ook ff bij de juf checken",
    "tiktok van de nieuwe vriend: {acct:partner} staat vol met filmpjes van messen 😳",
    "{c3.first} en ik gaan morgen op huisbezoek. @{c1.first!} wil jij mee?",
    "ff checken: {kind.pos} moeder is {moeder.full}, geb {geb:moeder}? dan heb ik de goede 👍",
    "school meldt: {hij} {C} 😟",
    "werkgever van vader is {werk.full}, hij rijdt daar op een busje",
    "moeder vraagt of de toeslag op {iban} kan, dat is haar eigen rekening",
    "huisarts is {praktijk.full}, dokter {ha.sur!}",
    "mss is {kind.first} vandaag bij {vriend.first!} ({vriendt} uit de klas), moeder weet het niet zeker",
    "heb {lkt} {lk.first!} gemaild op {email:lk} 👍",
    "thuis noemen ze {hem} {kind.nick}, ff voor als je moeder spreekt. {hij} {C}",
    "{moeder.nick} (zo noemt iedereen haar) wil vnm ff bellen 👍",
    "mw {moeder.sur} belde net terug, ze komt morgen langs 👍",
    "{kind.pos} opvang is {opvang.full}, daar is {hij} ma/wo/vr",
    "{broer_zus.pos} juf zegt hetzelfde trouwens. {W}",
    "insta van moeder: {acct:moeder} daar post ze veel over de ruzies 😬",
    "{vader.any} stond gister weer bij {opvang.ref} te schreeuwen, vnm bel ik de locatiemanager",
    "{moeder.any} vroeg of wij de huur kunnen voorschieten, rekening {iban}. gwn nee toch?",
    "{W} dat vertelde {kind.first} vanochtend aan mij, {hij} {C}",
]
CHAT_CLOSE = ["top, dank jullie! 🙏", "ik pak het op 👍", "dank! zet een afspraak in de agenda voor do.", "👍",
              "oke, ik hou jullie op de hoogte"]
CHAT_TITLE = ["", "", "Thread in kanaal Zorgteam {stad}\n\n", "Chat: casus {kind.first} – sociaal team\n\n",
              "Teams – Jeugd & Gezin {stad}\n\n"]
CHAT_HEAD = ["{A.full^}  {time}\n", "[{time}] {A.first^}: ", "{A.first^} {time}\n"]

SCHOOL = [
    ("head", 1, 1, [
        "Verslag zorgoverleg {school.full}\nDatum: {datum}\n",
        "ZORGOVERLEG {school.full} – {datum}\n",
        "Notulen leerlingbespreking groep {groep}, {datum}\n",
    ]),
    ("present", 1, 1, [
        "Aanwezig: {ib.full!} (IB), {lk.full!} (leerkracht), {smw.full!} (SMW)\n",
        "Aanwezig: {ib.full!} (ib), {lkt} {lk.first!}\n",
        "Aanwezig: {ib.full!} (intern begeleider), {lk.full!} (groepsleerkracht), {c1.full!} ({zorg.full}), moeder (mw. {moeder.sur})\n",
        "Aanwezig: {ib.full!} (IB), {lk.full!} (lk), {dir.full!} (directeur), {jgz.full!} (jeugdverpleegkundige)\nAfwezig: {smw.full!} (SMW), m.k.\n",
        "Aanwezig: {init:ib} (IB), {init:lk} (lk), {smw.first!} (SMW)\n",
        "Aanwezig: IB, leerkracht ({lk.first!}), moeder ({moeder.full})\n",
    ]),
    ("pupil", 1, 1, [
        "Leerling: {kind.full}, groep {groep}, geb. {geb:kind}\n",
        "Betreft: {kind.full} (gr. {groep})\n",
        "Leerling: {kind.first} uit groep {groep}\n",
    ]),
    ("signals", 1, 1, [
        "\n1. Signalen\n{Lkt} {lk.first!} geeft aan: {kind.first} {C:school}. Verder: {hij} {C:school}.\n",
        "\n1. Signalen\nSinds de herfstvakantie: {kind.first} {C:school}. {Hij} {C:school}.\n",
        "\n1. Signalen\n{kind.first} {C:school} en {C:school}. {W}\n",
        "\n1. Stand van zaken\nDe leerkracht merkt op: {hij} {C:school}. {W}\n",
        "\n1. Signalen\n{kind.pos} werkhouding is wisselend en {hij} {C:school}.\n",
    ]),
    ("home", 0, 2, [
        "\n2. Thuissituatie\nOuders zijn sinds de zomer uit elkaar. {kind.first} woont bij moeder; vader ({vader.first!}) ziet {hem} om het weekend. Moeder heeft een nieuwe partner, {partner.full!}.\n",
        "\n2. Thuissituatie\nMoeder ({moeder.full}) vertelde bij het ophalen dat er thuis veel spanning is. {kind.pos} {bz} {broer_zus.first} zit in groep {groep2}.\n",
        "\n2. Thuissituatie\nEr is een melding gedaan bij Veilig Thuis. Oma ({oma.full!}) haalt {kind.first} nu vaak op. {W}\n",
        "\nNaschoolse opvang\n{kind.first} gaat na schooltijd naar {opvang}. De pedagogisch medewerker, {c2.first!}, herkent de signalen.\n",
        "\n2. Thuissituatie\nVolgens moeder is vader sinds kort werkloos; hij werkte bij {werk}. {W}\n",
        "\nGegevens\nNieuw adres van moeder en kinderen: {adres}, {postcode} {stad}. Telefoon moeder: {tel}.\n",
        "\nGegevens\nMoeder vraagt of de ouderbijdrage wordt teruggestort op {iban}; vader ({vader.any!}) heeft dubbel betaald.\n",
    ]),
    ("care", 0, 1, [
        "\n3. Hulpverlening\nHet gezin is bekend bij {zorg}; contactpersoon is {c1.full!} ({email:c1}).\n",
        "\n3. Hulpverlening\n{kind.first} is eerder gezien in {zh} na een val. {W}\n",
        "\n3. Hulpverlening\nMoeder is in behandeling bij {zorg.ref}. {W}\n",
        "\n3. Hulpverlening\nMw. {moeder.sur} staat open voor hulp. {W}\n",
    ]),
    ("actions", 1, 3, [
        "Actie: {init:ib} belt moeder voor vrijdag.\n",
        "Actie: {init:lk} houdt een observatielijst bij.\n",
        "Actie: {init:smw} overlegt met {opvang} over het ophalen.\n",
        "Actie: {init:ib} doet een zorgmelding bij VT.\n",
        "Actie: {init:lk} plant een gesprek met vader ({vader.full!}, {tel}).\n",
        "Actie: {init:smw} vraagt toestemming om info te delen met {zorg.ref}.\n",
    ]),
    ("footer", 0, 1, [
        "\nVolgend overleg over zes weken. Verslag: {init:lk}\n",
        "\nVolgend overleg: {datum2}.\n",
    ]),
]

GP = [
    ("head", 1, 1, [
        "Journaal {praktijk.full} – {datum}\n",
        "Consult {datum}, {init:ha}\n",
        "E-consult {datum}\n",
        "{datum} {time} – {ha.full!^} (HA)\n",
    ]),
    ("patient", 1, 1, [
        "Pt: {pt.full^}, geb. {geb:pt}\n",
        "Pt: {pt.full^}, geb. {geb:pt}, BSN {bsn}\n",
        "Patiënt: {pt.first^} ({leeftijd_pt} jr)\n",
    ]),
    ("S", 1, 1, "S_LINES"),
    ("O", 1, 1, [
        "O: {C:O}. {C:O}. pols 88/min, RR 118/76.\n",
        "O: {C:O}; {C:O}. foto's gemaakt met toestemming.\n",
        "O: {C:O}. Brief SEH {zh}: {pte} gezien dd {datum_kort} ivm val van de trap.\n",
    ]),
    ("E", 1, 1, [
        "E: {C:E} dd spanningen thuis.\n",
        "E: {C:E}; {C:E} niet uitgesloten.\n",
        "E: {C:E}, mogelijk ivm huiselijk geweld.\n",
    ]),
    ("P", 1, 2, [
        "P: {C:P}. verwijzing {zorg}. zo nodig overleg VT. terugbellen {mo} op {tel}.\n",
        "P: {C:P}; overleg met POH-GGZ ({poh.full!}). mail {mo}: {email:moeder}.\n",
        "P: tel. contact met {jgz.full!} (JGZ) mbt zorgen over {kind.first}. {C:P}.\n",
        "P: {C:P}. info opgevraagd bij {school.full} ivm verzuim.\n",
    ]),
    ("extra", 0, 2, [
        "Adres: {adres}, {postcode} {stad}. Tel: {tel}.\n",
        "Nb: va ({vader.full!}, geb {geb:vader}) is ook ingeschreven in de praktijk.\n",
        "Nb: {W}\n",
        "Nb: tante ({tante.full!}) is contactpersoon, tel {tel}.\n",
        "Nb: mw. {moeder.sur} belt zelf terug. {W}\n",
        "Nb: {pte} gaat na school naar {opvang.full}.\n",
        "Nb: {kind.pos} {bz} ({broer_zus.first}) ook bekend met slaapproblemen.\n",
        "Nb: mo wordt {moeder.nick} genoemd, staat zo in de telefoon van {pte}.\n",
    ]),
    ("sign", 0, 1, ["– {init:ha}\n", "{ha.full!^}, huisarts\n"]),
]
GP_S_KIND = [
    "S: mo ({moeder.first!}) komt mee. {pte} {C:S}. vg: eczeem. ivm scheiding woont {pte} sinds {maand} bij mo; va ({vader.first!}) ziet {pte} om het weekend.\n",
    "S: op verzoek van {school.ref} ({lkt} {lk.first!}). {pte} {C:S} en {C:S}. mo vertelt over ruzies thuis mbt nieuwe partner ({partner.first!}).\n",
    "S: oma ({oma.full!}) komt met {pte}. {pte} {C:S}. mo werkt veel, va woont in {stad}. {W}\n",
    "S: mo belt, {pte} {C:S}. vg: astma. mo noemt spanningen met ex.\n",
    "S: mw. {moeder.sur} komt met {pte}. {pte} {C:S}. {W}\n",
]
GP_S_MOTHER = [
    "S: {pte} komt ivm hoofdpijn en slecht slapen. vertelt dat partner ({partner.first!}) haar vorige week heeft geduwd. kinderen {kind.first} en {broer_zus.first} waren thuis.\n",
    "S: {pte} {C:S}. ex ({vader.full!}) staat regelmatig voor de deur. werkt bij {werk}, veel stress. dochter/zoon {kind.first} ({leeftijd}) slaapt slecht.\n",
    "S: {pte} {C:S}. vg: depressie, eerder behandeld bij {zorg.ref}.\n",
]

POLICE = [
    ("head", 1, 1, [
        "Mutatie {mutnr} – Huiselijk geweld\n",
        "MUTATIE {mutnr} | Zorgmelding minderjarige\n",
        "Mutatie {mutnr}\nSoort: Huiselijk geweld / ruzie\n",
    ]),
    ("place", 1, 1, [
        "Pleeglocatie: {adres}, {postcode} {stad}\nDatum/tijd: {datum} {time}\n",
        "Locatie: {adres} te {stad}\n",
        "Datum/tijd: {datum} {time}\n",
    ]),
    ("call", 1, 1, [
        "\nOp {dag} omstreeks {time} uur kregen wij via de meldkamer een melding van een hoog oplopende ruzie. Melder: {buur.full!}, {buurt}, tel. {tel}.\n",
        "\nMelder ({buur.first!}, {buurt} op nr. {huisnr}) hoorde geschreeuw en een kind huilen.\n",
        "\nMelding via 112 door een kind van het gezin, {kind.first}, dat huilend belde.\n",
        "\nMelder is betrokkene 2 zelf; zij belde vanaf een ander nummer ({tel}).\n",
    ]),
    ("persons", 1, 3, [
        "Betrokkene 1: {dader.full}, geb. {geb:dader}, BSN {bsn}, werkzaam bij {werk}.\n",
        "Betrokkene 1: {dader.full}, geb. {geb:dader}.\n",
        "Betrokkene 2: {moeder.full}, geb. {geb:moeder}, tel. {tel}.\n",
        "Betrokkene 2: {moeder.full} (partner van betrokkene 1).\n",
        "Kinderen in de woning: {kind.first} ({leeftijd} jr) en {broer_zus.first}.\n",
        "Kind: {kind.full}, geb. {geb:kind}, leerling van {school.full}.\n",
    ]),
    ("findings", 1, 1, [
        "Bevindingen: {C:politie}; {C:politie}.\n",
        "Ter plaatse waargenomen: {C:politie}. {C:politie}.\n",
        "Bevindingen: {C:politie}. Melder zei: {W}\n",
    ]),
    ("more", 0, 3, [
        "Voertuig betrokkene 1: {auto}, kenteken {kenteken}.\n",
        "Betrokkene 1 vertrok voor onze komst in een {auto} met kenteken {kenteken}.\n",
        "Kinderen zijn tijdelijk ondergebracht bij {oma.full!} (oma), {adres}.\n",
        "Tante {tante.first!} ({tel}) is gebeld en kwam ter plaatse.\n",
        "Volgens melder heeft betrokkene 1 een vriendin, {nieuw.first!}, en zijn er vaker ruzies.\n",
        "Betrokkene 1 plaatste na het incident dreigende berichten via {acct:dader}.\n",
        "Betrokkene 2 is ter controle naar de SEH van {zh} gebracht.\n",
        "Betrokkene 2 is bekend bij {zorg}.\n",
        "Volgens betrokkene 2: {W}\n",
        "Rekeningnummer waarop betrokkene 2 geld moest overmaken: {iban}.\n",
        "Dhr. {dader.sur} was agressief naar verbalisanten en weigerde mee te werken.\n",
        "Mw. {moeder.sur} verklaarde dat het niet de eerste keer was. {W}\n",
        "Het jongste kind gaat overdag naar {opvang}.\n",
        "Betrokkene 1 heeft een Instagram-account ({acct:dader}) waarop foto's van de woning staan.\n",
    ]),
    ("end", 1, 1, [
        "Afhandeling: zorgmelding VT opgemaakt, casus besproken met wijkagent {wijk.sur!}. Verbalisanten: {init:agent1} / {init:agent2}\n",
        "Afhandeling: betrokkene 1 aangehouden en overgebracht naar het bureau. Huisverbod wordt overwogen. Verbalisant: {agent1.full!}.\n",
        "Afhandeling: zorgmelding minderjarige doorgezet naar VT. {init:agent1}\n",
        "Afhandeling: partijen gescheiden, betrokkene 1 slaapt elders.\n",
    ]),
]

MAIL = [
    ("head", 1, 1, [
        "Van: {email:writer}\nAan: {email:lk}\nOnderwerp: {kind.first}\n\n",
        "Van: {writer.full^}\nOnderwerp: over {kind.first}\n\n",
        "Onderwerp: Re: gesprek\n\n",
        "",
    ]),
    ("greet", 1, 1, [
        "hoi {lkt} {lk.first!},\n\n",
        "Beste {lktf} {lk.sur!},\n\n",
        "Beste {lk.full!},\n\n",
        "hallo,\n\n",
        "Beste mevrouw/meneer,\n\n",
    ]),
    ("body", 1, 4, [
        "ik wil even laten weten dat {kind.any} deze week bij oma slaapt ({oma.first!}). het gaat niet goed thuis en ik weet niet wat ik moet doen\n\n",
        "{other.any} is gister weer langs gewest en {ohij} was echt boos. {kind.first} heeft alles gezien en {C:mail}.\n\n",
        "{ohij} heeft nu een nieuwe {onieuwt}, {onieuw.first!} ofzo, en die zet {kind.first} gwoon op tiktok ({acct:onieuw}). dat wil ik niet!!\n\n",
        "{kind.pos} oom {oom.first!} heeft {ohem} toen van het schoolplein af gehaalt want {ohij} stond te schreeuwen\n\n",
        "ik heb een nieuw nummer: {tel} wilt u dat aanpasen in het systeem. mijn oude nummer werkt niet meer\n\n",
        "we wonen nu op {adres} {postcode} {stad}, dat is bij mijn zus in huis\n\n",
        "{broer_zus.first} gaat nu naar {opvang}, daar weten ze er ook van\n\n",
        "ik ben zelf ook in behandeling bij {zorg} want ik slaap ook slecht. {W}\n\n",
        "{ohij} werkt bij {werk} dus overdag is {ohij} er niet maar s'avonds wel\n\n",
        "ps. {ozijn} auto is een zwarte golf {kenteken}, als u die bij school ziet wilt u dan de politie bellen\n\n",
        "ik heb het geld voor het schoolreisje overgemaakt van {iban}, klopt dat?\n\n",
        "{kind.pos} bsn is {bsn} dat vroeg de jeugdarts\n\n",
        "{other.full} mag {kind.first} niet meer ophalen van school, dat heeft de rechter gezegt\n\n",
        "kan {lkt} {lk.first!} mij bellen? of {ib.first!} van de zorg. {C:mail}\n\n",
        "sorry voor de lange mail. {C:mail} en ik maak me echt zorgen. {W}\n\n",
        "{other.first} is geboren op {geb:other}, voor als de politie dat vraagt\n\n",
        "{omaref} {oma.full!} wil ook wel een keer komen praten. {W}\n\n",
        "de instagram van {onieuw.first!} is {acct:onieuw} daar kunt u het zelf zien\n\n",
        "mijn rekening is {iban} voor de ouderbijdrage, {other.any} betaalt niks meer\n\n",
        "{kind.first} zit nu ook bij {opvang.ref} op woensdag. {W}\n\n",
        "{broer_zus.pos} juf weet het ook al. {W}\n\n",
        "{other.nick} (zo noemt iedereen {ohem}) heeft {kind.first} zonder te vragen meegenomen\n\n",
        "{W} maar verder gaat het echt niet goed\n\n",
        "{kind.nick} (zo noemen we {hem} thuis) wil niet meer naar school, {C:mail}\n\n",
    ]),
    ("close", 1, 1, [
        "groetjes {writer.any}",
        "mvg {writer.full}",
        "{writer.first} ({wrol} van {kind.first})",
        "gr. {writer.first}\n\nVerzonden vanaf mijn iPhone",
        "groetjes",
    ]),
]

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
PERSON_RE = re.compile(r"^(\w+)\.(first|full|sur|pos|any|nick)([!^]*)$")
INST_RE = re.compile(r"^(school|opvang|zh|zorg|praktijk|werk)(?:\.(full|ref))?$")
INST_KIND = {"school": "instelling:school", "opvang": "instelling:opvang", "zh": "instelling:ziekenhuis",
             "zorg": "instelling:zorg", "praktijk": "instelling:zorg", "werk": "instelling:werkgever"}
IDENT_KEYS = {"tel", "vast", "bsn", "iban", "adres", "postcode", "kenteken"}
PREFIX_RE = re.compile(r"^(init|geb|email|acct):(\w+)$")


def count_items(template: str) -> int:
    n = 0
    for m in PLACEHOLDER.finditer(template):
        key = m.group(1)
        if PERSON_RE.match(key) or INST_RE.match(key) or key in IDENT_KEYS or PREFIX_RE.match(key):
            n += 1
    return n


# --------------------------------------------------------------------------------------------


class Reject(Exception):
    pass


class NoteMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cast_maker = CastMaker(self.rng)

    # ---- case set-up

    def _setup(self, style: str) -> None:
        rng = self.rng
        self.style = style
        cast = self.cast_maker.family()
        # Registration; an unregistered relative whose first name is also a vault word is registered.
        for role in VAULT_ROLES:
            cast[role].registered = rng.random() < REGISTER_P[role]
        while True:
            vault_words = self._vault_words(cast)
            changed = False
            for role in VAULT_ROLES:
                h = cast[role]
                if h.registered:
                    continue
                firsts = {fold(w) for w in name_words(h.first)} | ({fold(h.nick)} if h.nick else set())
                if firsts & vault_words:
                    h.registered = True
                    changed = True
                h.surname_ok = not ({fold(w) for w in name_words(h.surname)} & vault_words)
            if not changed:
                break
        used = self._vault_words(cast)
        for role in VAULT_ROLES:
            used |= {fold(w) for w in name_words(cast[role].full)}
        for role in OTHER_ROLES:
            h = self.cast_maker.staff(role, used)
            used |= {fold(w) for w in name_words(h.full)}
            cast[role] = h
        self.cast = cast
        self.vault_words = self._vault_words(cast)
        # Institutions, disjoint in words from the names.
        self.inst: dict[str, Inst] = {}
        for key in ("school", "opvang", "zh", "zorg", "praktijk", "werk"):
            for _ in range(50):
                inst = self._institution(key)
                words = {fold(w) for w in inst.words}
                if not words & used:
                    used |= words
                    self.inst[key] = inst
                    break
            else:
                raise Reject("institution")
        self.banned = used
        # Aliases per style
        self.alias = {}
        if style == "ouder-mail":
            writer = "moeder" if rng.random() < 0.7 else "vader"
            other = "vader" if writer == "moeder" else "moeder"
            self.alias = {"writer": writer, "other": other, "onieuw": "nieuw" if writer == "moeder" else "partner"}
        elif style == "politie-mutatie":
            self.alias = {"dader": "vader" if rng.random() < 0.6 else "partner"}
        elif style == "huisartsjournaal":
            self.alias = {"pt": "kind" if rng.random() < 0.7 else "moeder"}
        if style == "ouder-mail" and self.alias["onieuw"] == "nieuw":
            cast["nieuw"].female = True
        self.literals = self._literals()

    @staticmethod
    def _vault_words(cast: dict[str, Human]) -> set[str]:
        words = set()
        for role in VAULT_ROLES:
            h = cast[role]
            if h.registered:
                words |= {fold(w) for w in name_words(h.full)}
                if h.nick:
                    words.add(fold(h.nick))
        return words

    def _institution(self, key: str) -> Inst:
        rng = self.rng
        if key == "school":
            core, art = rng.choice(SCHOOL_CORES)
            return Inst("school", rng.choice(SCHOOL_PREFIXES), core, art, art.lower())
        if key == "opvang":
            prefix, core, art, ref = rng.choice(OPVANG)
            return Inst("opvang", prefix, core, art, ref)
        if key == "zh":
            prefix, core, ref, suffix = rng.choice(HOSPITALS)
            return Inst("zh", prefix, core, "", ref, suffix)
        if key == "zorg":
            prefix, core, art, ref = rng.choice(CARE)
            return Inst("zorg", prefix, core, art, ref)
        if key == "praktijk":
            prefix, core = rng.choice(PRACTICES)
            return Inst("praktijk", prefix, core, "", "")
        prefix, core = rng.choice(EMPLOYERS)
        if core.startswith("De "):
            return Inst("werk", prefix, core[3:], "De", "de")
        return Inst("werk", prefix, core, "", "")

    def _literals(self) -> dict[str, str]:
        rng, c = self.rng, self.cast
        kid = c["kind"]
        other = c.get(self.alias.get("other", "vader"))
        onieuw = c[self.alias.get("onieuw", "nieuw")]
        pt = c[self.alias.get("pt", "kind")]
        year = birth_of(kid, rng)[2]
        pt_year = birth_of(pt, rng)[2]
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        return {
            "hij": "ze" if kid.female else "hij", "Hij": "Ze" if kid.female else "Hij",
            "zijn": "haar" if kid.female else "zijn", "Zijn": "Haar" if kid.female else "Zijn",
            "hem": "haar" if kid.female else "hem",
            "ohij": "ze" if other.female else "hij", "ozijn": "haar" if other.female else "zijn",
            "ohem": "haar" if other.female else "hem",
            "onieuwt": "vriendin" if onieuw.female else "vriend",
            "lkt": "juf" if c["lk"].female else "meester",
            "lktf": "mevrouw" if c["lk"].female else "meneer", "Lkt": "Juf" if c["lk"].female else "Meester",
            "vriendt": "vriendinnetje" if c["vriend"].female else "vriendje",
            "omaref": "mijn moeder" if self.alias.get("writer") == "moeder" else "mijn ex-schoonmoeder",
            "datum2": f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2024",
            "buurt": "buurvrouw" if c["buur"].female else "buurman",
            "bz": "zus" if c["broer_zus"].female else "broer",
            "wrol": self.alias.get("writer", "moeder"),
            "pte": "pte" if pt.female else "pt",
            "mo": "mo" if pt is kid else "pte",
            "stad": rng.choice(CITIES), "groep": str(max(1, min(8, 2024 - year - 4))),
            "groep2": str(rng.randint(1, 8)), "leeftijd": str(2024 - year), "leeftijd_pt": str(2024 - pt_year),
            "datum": rng.choice([f"{day}-{month}-2024", f"{day} {MONTHS[month - 1]} 2024", f"{day}/{month}"]),
            "datum_kort": f"{rng.randint(1, 28)}-{rng.randint(1, 12)}", "maand": rng.choice(MONTHS),
            "dag": rng.choice(WEEKDAYS), "auto": rng.choice(CARS), "huisnr": str(rng.randint(2, 90)),
            "mutnr": f"PL{rng.randint(1000, 9999)}-2024{rng.randint(100000, 999999)}",
        }

    # ---- rendering

    def _lit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _add(self, kind: str, text: str, checks: list[Check], attrs: dict[str, str] | None = None) -> None:
        self.items.append(Item(kind, text, self.pos, self.pos + len(text), checks, attrs or {}))
        self._lit(text)

    def _render(self, template: str) -> None:
        last = 0
        for m in PLACEHOLDER.finditer(template):
            self._lit(template[last:m.start()])
            self._placeholder(m.group(1))
            last = m.end()
        self._lit(template[last:])

    def _role(self, role: str) -> Human:
        return self.cast[self.alias.get(role, role)]

    def _placeholder(self, key: str) -> None:
        rng = self.rng
        m = INST_RE.match(key)
        if m:
            self._inst(m.group(1), m.group(2))
            return
        m = PERSON_RE.match(key)
        if m:
            self._person(self._role(m.group(1)), m.group(2), "!" in m.group(3), "^" in m.group(3))
            return
        m = PREFIX_RE.match(key)
        if m:
            getattr(self, "_" + m.group(1))(self._role(m.group(2)))
            return
        if key in IDENT_KEYS:
            getattr(self, "_id_" + key)()
            return
        if key == "C" or key.startswith("C:"):
            pool = key[2:] if key.startswith("C:") else {"teams-chat": "chat", "schoolverslag": "school",
                                                       "politie-mutatie": "politie", "ouder-mail": "mail"}.get(
                self.style, "S")
            self._phrase(CLINICAL[pool], self.clinical)
            return
        if key == "W":
            self._words()
            return
        if key == "time":
            self.clock = min(self.clock + rng.randint(1, 50), 23 * 60 + 59)
            self._lit(f"{self.clock // 60:02d}:{self.clock % 60:02d}")
            return
        if key == "emoji":
            self._lit(rng.choice(EMOJI))
            return
        if key in self.literals:
            self._lit(self.literals[key])
            return
        raise KeyError(key)

    def _fill(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.literals[m.group(1)], text)

    def _phrase_ok(self, phrase: str) -> bool:
        f = fold(phrase)
        return not any(word_in(w, f) for w in self.banned)

    def _phrase(self, pool: list[str], into: list[str]) -> None:
        options = [p for p in (self._fill(x) for x in pool) if p not in into and self._phrase_ok(p)]
        if not options:
            raise Reject("phrase")
        phrase = self.rng.choice(options)
        into.append(phrase)
        self._lit(phrase)

    def _words(self) -> None:
        options = []
        for sentence in WORDS:
            s = self._fill(sentence)
            phrase = s[s.index("[") + 1:s.index("]")]
            if phrase not in self.words and self._phrase_ok(phrase):
                options.append((s, phrase))
        if not options:
            raise Reject("words")
        s, phrase = self.rng.choice(options)
        if self.style in ("teams-chat", "ouder-mail"):
            s = s[0].lower() + s[1:]
            if s.startswith("[") :
                s = "[" + s[1].lower() + s[2:]
            phrase = s[s.index("[") + 1:s.index("]")]
        before, rest = s.split("[", 1)
        inside, after = rest.split("]", 1)
        self.words.append(inside)
        self._lit(before + inside + after)

    # persons

    def _person(self, h: Human, form: str, cue: bool, keep_case: bool) -> None:
        rng = self.rng
        if form == "any":
            r = rng.random()
            form = "nick" if (h.nick and r < 0.5) else "full" if r < 0.7 else "first"
        if form == "first" and h.nick and self.style in ("teams-chat", "ouder-mail") and rng.random() < 0.3:
            form = "nick"
        if form == "nick" and not h.nick:
            form = "first"
        if not h.registered and form in ("full", "sur") and not h.surname_ok:
            form = "first"
        if form == "sur" and not h.surname:
            form = "first"
        text = {"first": h.first, "full": h.full, "sur": h.surname, "nick": h.nick,
                "pos": possessive(h.first)}[form]
        lower = not keep_case and form != "sur" and rng.random() < P_LOWER[self.style]
        if not h.registered and form == "sur" and not keep_case and rng.random() < P_LOWER[self.style] / 2:
            lower = True
        if lower:
            text = text.lower()
        checks = [Check("word", w) for w in name_words(text)]
        if h.registered:
            spelling = {"first": "voornaam", "full": "volledig", "sur": "achternaam", "nick": "bijnaam",
                        "pos": "bezittelijk"}[form]
            if lower and form not in ("pos", "nick"):
                spelling = "kleine-letters"
            self._add(f"vault:{spelling}", text, checks)
        else:
            self._add("unregistered", text, checks,
                      {"case": "kleine letters" if text == text.lower() else "hoofdletter",
                       "cue": "met aanwijzing" if cue else "zonder aanwijzing"})

    def _init(self, h: Human) -> None:
        text = initials(h.first, h.surname, self.rng.randrange(3))
        self._add("initialen", text, [Check("exact", text)])

    def _geb(self, h: Human) -> None:
        rng = self.rng
        d, mth, y = birth_of(h, rng)
        fmt = rng.randrange(7)
        text = [f"{d:02d}-{mth:02d}-{y}", f"{d}-{mth}-{y}", f"{d:02d}/{mth:02d}/{y}", f"{d} {MONTHS[mth - 1]} {y}",
                f"{d} {MONTH_ABBR[mth - 1]} {y}", f"{y}-{mth:02d}-{d:02d}", f"{d:02d}.{mth:02d}.{y}"][fmt]
        checks = [Check("exact", text)]
        if fmt in (3, 4):
            checks.append(Check("exact", text.rsplit(" ", 1)[0]))
        self._add("geboortedatum", text, checks)

    def _name_parts(self, h: Human) -> tuple[str, str]:
        first = slug(h.first)
        sur = slug(" ".join(name_words(h.surname))) if h.surname else ""
        return first, sur

    def _email(self, h: Human) -> None:
        rng = self.rng
        f, s = self._name_parts(h)
        yy = f"{birth_of(h, rng)[2] % 100:02d}"
        if h.role in OTHER_ROLES and h.role not in ("buur", "nieuw", "vriend"):
            key = {"lk": "school", "ib": "school", "smw": "school", "dir": "school", "c1": "zorg",
                   "ha": "praktijk", "poh": "praktijk"}.get(h.role, "zorg")
            local = rng.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f}{s[:1]}"])
            domain = slug(self.inst[key].core) + rng.choice([".nl", "-zorg.nl" if key == "zorg" else ".nl"])
        else:
            options = [f"{f}.{s}", f"{f}{s}{yy}", f"{f[0]}.{s}", f"{f}_{yy}", f"{f}{yy}", f"{s}.{f}"]
            if h.role == "moeder":
                options.append(f"mama.van.{slug(self.cast['kind'].first)}")
            local = rng.choice(options)
            domain = rng.choice(MAIL_DOMAINS)
        text = f"{local}@{domain}"
        self._add("email", text, [Check("ci", local)])

    def _acct(self, h: Human) -> None:
        rng = self.rng
        f, s = self._name_parts(h)
        yy = f"{birth_of(h, rng)[2] % 100:02d}"
        s = s or "nl"
        handle = rng.choice([f"{f}{yy}", f"{f}.{s}", f"{f}_{s[:1]}{yy}", f"xx{f}xx", f"{f}{s}_", f"its.{f}",
                             f"{f}.{yy}.{s[:3]}", f"{s}.{f}", f"{f}_official", f"{f}x{s}",
                             f"prinsesje{yy}" if h.female else f"dj_{f}", f"real.{f}", f"{f}_vlogt"])
        form = rng.randrange(6)
        text = [f"@{handle}", f"@{handle}", handle, f"instagram.com/{handle}",
                f"https://www.tiktok.com/@{handle}", f"snapchat.com/add/{handle}"][form]
        checks = [Check("ci", handle)]
        for part in (f, s):
            if len(part) >= 4 and part in handle:
                checks.append(Check("ci", part))
        self._add("account", text, checks)

    # institutions

    def _inst(self, key: str, form: str | None) -> None:
        rng = self.rng
        inst = self.inst[key]
        if form is None:
            form = "full" if rng.random() < 0.5 else "ref"
        lower = rng.random() < P_LOWER_INST[self.style]
        if form == "full":
            text = inst.full
        else:
            if inst.ref_art:
                self._lit(inst.ref_art + " ")
            text = inst.core
        if lower:
            text = text.lower()
        self._add(INST_KIND[key], text, [Check("word", w) for w in inst.words])

    # identifiers

    def _id_tel(self, landline: bool = False) -> None:
        text = gen_phone(self.rng, landline or self.rng.random() < 0.15)
        self._add("telefoon", text, [Check("digits", _digits(text)[-7:])])

    def _id_vast(self) -> None:
        self._id_tel(True)

    def _id_bsn(self) -> None:
        value = gen_bsn(self.rng)
        fmt = self.rng.randrange(4)
        text = [value, value, f"{value[:4]}.{value[4:6]}.{value[6:]}", f"{value[:3]} {value[3:6]} {value[6:]}"][fmt]
        self._add("bsn", text, [Check("digits", value)])

    def _id_iban(self) -> None:
        text, acct = gen_iban(self.rng)
        if self.style == "ouder-mail" and self.rng.random() < 0.4:
            text = text.lower()
        self._add("iban", text, [Check("digits", acct)])

    def _id_adres(self) -> None:
        text, word = gen_street(self.rng)
        if self.style in ("ouder-mail", "teams-chat") and self.rng.random() < 0.3:
            text = text.lower()
            word = word.lower()
        self._add("adres", text, [Check("word", word)])

    def _id_postcode(self) -> None:
        text = gen_postcode(self.rng)
        if self.style == "ouder-mail" and self.rng.random() < 0.3:
            text = text.lower()
        self._add("postcode", text, [Check("compact", _compact(text))])

    def _id_kenteken(self) -> None:
        text = gen_plate(self.rng)
        if self.style in ("ouder-mail", "teams-chat") and self.rng.random() < 0.3:
            text = text.lower()
        self._add("kenteken", text, [Check("compact", _compact(text))])

    # ---- composing a note

    def _choose(self, spec, length: str) -> list[str]:
        """Templates from each section of a style, in order, until the identifiers fit the length.

        A section is (name, fewest, most, alternatives); "S_LINES" stands for the S lines of the
        GP journal, which depend on who the patient is."""
        rng = self.rng
        lo, hi = LENGTHS[length]
        for _ in range(400):
            chosen = []
            for _name, kmin, kmax, alts in spec:
                if alts == "S_LINES":
                    alts = GP_S_KIND if self.alias["pt"] == "kind" else GP_S_MOTHER
                alts = [t for t in alts if self._usable(t)]
                if length == "kort":
                    k = rng.randint(kmin, min(kmax, max(kmin, 1)))
                else:
                    k = rng.randint(max(kmin, (kmax + 1) // 2), kmax)
                chosen += rng.sample(alts, k) if len(alts) >= k else list(alts)
            total = sum(count_items(t) for t in chosen)
            if lo <= total <= hi and any("{C" in t for t in chosen):
                return chosen
        raise Reject("length")

    def _usable(self, template: str) -> bool:
        """A template that asks for a nickname only where the person has one."""
        return all(self._role(m.group(1)).nick for m in re.finditer(r"\{(\w+)\.nick", template))

    def _chat_templates(self, length: str) -> list[str]:
        rng = self.rng
        lo, hi = LENGTHS[length]
        head = rng.choice(CHAT_HEAD)
        colleagues = ["c1", "c2", "c3", "c4"]
        for _ in range(400):
            title = rng.choice(CHAT_TITLE)
            k = rng.randint(1, 2) if length == "kort" else rng.randint(3, 7)
            bodies = [rng.choice(CHAT_OPEN)] + rng.sample([t for t in CHAT_REPLY if self._usable(t)], k)
            if rng.random() < 0.4:
                bodies.append(rng.choice(CHAT_CLOSE))
            out = [title]
            prev = None
            for i, body in enumerate(bodies):
                if i == 0:
                    author = "c1"
                else:
                    free = [c for c in colleagues if "{" + c + "." not in body and c != prev]
                    author = rng.choice(free)
                prev = author
                out.append((head + body).replace("{A.", "{" + author + ".") + "\n")
            total = sum(count_items(t) for t in out)
            if lo <= total <= hi and any("{C" in t for t in out):
                return out
        raise Reject("length")

    def make(self) -> Note:
        rng = self.rng
        while True:
            style = rng.choice(STYLES)
            length = rng.choice(["kort", "lang"])
            try:
                self._setup(style)
                if style == "teams-chat":
                    templates = self._chat_templates(length)
                else:
                    spec = {"schoolverslag": SCHOOL, "huisartsjournaal": GP, "politie-mutatie": POLICE,
                            "ouder-mail": MAIL}[style]
                    templates = self._choose(spec, length)
                self.parts, self.pos, self.items, self.clinical, self.words = [], 0, [], [], []
                self.clock = rng.randint(7 * 60, 20 * 60)
                for t in templates:
                    self._render(t)
                text = "".join(self.parts).rstrip() + "\n"
                persons = [Person(self.cast[r].full, r) for r in VAULT_ROLES if self.cast[r].registered]
                note = Note(style, length, text, persons, self.items, self.clinical, self.words)
                self._validate(note)
                return note
            except Reject:
                continue

    def _validate(self, note: Note) -> None:
        text = note.text
        lo, hi = LENGTHS[note.length]
        if not lo <= len(note.items) <= hi:
            raise Reject("count")
        if not any(i.kind.startswith("vault:") for i in note.items):
            raise Reject("no vault person")
        outside = list(text)
        prev_end = -1
        for item in sorted(note.items, key=lambda i: i.start):
            assert text[item.start:item.end] == item.text
            if item.start < prev_end:
                raise Reject("overlap")
            prev_end = item.end
            if not any(hit(c, item.text) for c in item.checks):
                raise Reject("check not in item")
            for k in range(item.start, item.end):
                outside[k] = " "
        outside_f = fold("".join(outside))
        name_vals, other_vals = set(), set()
        vault_vals, unreg_vals = set(), set()
        for item in note.items:
            for c in item.checks:
                if c.how == "word":
                    if word_in(fold(c.value), outside_f):
                        raise Reject("name word elsewhere")
                    v = fold(c.value)
                    if item.kind.startswith("vault:"):
                        vault_vals.add(v)
                        name_vals.add(v)
                    elif item.kind == "unregistered":
                        unreg_vals.add(v)
                        name_vals.add(v)
                    else:
                        other_vals.add(v)
            for phrase in note.clinical + note.words:
                if any(hit(c, phrase) for c in item.checks):
                    raise Reject("phrase holds an identifier")
        if vault_vals & unreg_vals or name_vals & other_vals:
            raise Reject("shared words")


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


if __name__ == "__main__":
    import collections

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    made = make_notes(count, seed)
    kinds = collections.Counter(i.kind for note in made for i in note.items)
    print(collections.Counter(note.style for note in made))
    for kind, k in sorted(kinds.items()):
        print(f"{kind:28s} {k}")
