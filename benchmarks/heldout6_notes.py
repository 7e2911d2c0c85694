"""Held-out set 6: synthetic Dutch case notes for the redaction benchmark.

Written without sight of the redactor, its word lists or the other note sets. Five styles:

* ``ouderenmishandeling-wijkverpleging``: a district nurse on suspected elder abuse / financial exploitation,
* ``spoedeisende-hulp-seh``: an A&E record with SPUTOVAMO screening,
* ``leerplicht-verzuim``: a school attendance officer's file with quoted parent e-mails,
* ``opvang-dagrapport``: a women's shelter daily report,
* ``tolk-gesprek``: a conversation with a refugee family through an interpreter.

Every name, institution and number is invented here; the combinations are random, so no real person is
described. ``make_notes(n, seed)`` is deterministic for a seed.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.append(_ROOT)
from redaction_notes import Check, Item, Note, fold, word_in  # noqa: E402
from assistant.privacy.redact import Person  # noqa: E402

STYLES = [
    "ouderenmishandeling-wijkverpleging",
    "spoedeisende-hulp-seh",
    "leerplicht-verzuim",
    "opvang-dagrapport",
    "tolk-gesprek",
]
REF_YEAR = 2025

# ============================================================================================
# Names. "A|B|C" = spellings of one name (transliterations), "X/Y" = official name / call name,
# "m>f" = male and female form of a surname.

NAMES: dict[str, dict[str, str]] = {
    "nl": dict(
        F="Sanne;Lotte;Noa;Emma;Julia;Tess;Fenna;Saar;Roos;Iris;Jade;Amber;Fleur;Lieke;Femke;Anouk;Esmee;Nina;"
          "Maud;Isa;Evi;Lynn;Floor;Merel;Ilse;Marieke;Sandra;Monique;Petra;Ingrid;Marloes;Daphne;Manon;Yvonne;"
          "Wendy;Linda;Mirjam;Annelies;Hester;Jolien;Storm;Liv;Zomer",
        M="Daan;Sem;Bram;Lucas;Finn;Jesse;Thijs;Ruben;Stijn;Luuk;Milan;Levi;Julian;Gijs;Joep;Teun;Mees;Siem;Bas;"
          "Jeroen;Marco;Patrick;Dennis;Erik;Mark;Rob;Sander;Wouter;Maarten;Niels;Michiel;Ben;Kees;Storm;Olivier;Hidde",
        Fo="Hendrika/Riet;Geertruida/Truus;Johanna/Jo;Wilhelmina/Wil;Cornelia/Corrie;Maria/Rie;Grietje/Greet;"
           "Elisabeth/Bep;Antonia/Toos;Anna/Annie;Gerarda/Gerda;Jacoba/Coby;Aaltje/Aal;Dirkje/Dien;Hermina/Mien",
        Mo="Hendrik/Henk;Johannes/Hans;Cornelis/Kees;Gerrit;Jacobus/Koos;Pieter/Piet;Willem/Wim;Adrianus/Janus;"
           "Antonius/Toon;Theodorus/Theo;Bernardus/Ben;Gerardus/Gerard;Jan;Klaas;Dirk;Arie;Evert;Leendert/Leen",
        S="de Vries;Jansen;de Jong;Bakker;Visser;Smit;de Boer;Mulder;Meijer;de Groot;Bos;Vos;Peters;Hendriks;"
          "van Dijk;van den Berg;van der Meer;Dekker;Brouwer;de Wit;Kok;Koning;Storm;Bloem;de Hoop;Winter;Zomer;"
          "Roos;van Leeuwen;Schouten;Verhoeven;Post;Kramer;Schipper;Molenaar;'t Hart;van Beek;Verbeek;de Haan;"
          "Zwaan;de Bruijn;Timmermans;van Vliet;Koster;Prins;Mol;Boon;Blom;Vink;van Gelder;Wijnands;Stoffels"),
    "fries": dict(
        F="Sytske;Tjitske;Froukje;Baukje;Jeltje;Wytske;Fokje;Geertje;Janke;Ymkje;Marrit;Lysbet;Anke;Sjoukje",
        M="Sjoerd;Hylke;Wiebe;Jelle;Tjeerd;Sietse;Gerben;Douwe;Auke;Folkert;Jouke;Bauke;Ate;Oebele;Freark",
        Fo="Sjoukje;Trijntje;Geeske;Akke;Hiltje;Rinske;Aukje",
        Mo="Sjoerd;Wiebe;Douwe;Jelle;Tjalling;Hessel;Sybren",
        S="Hoekstra;Dijkstra;Postma;Wiersma;Bosma;Terpstra;Zijlstra;Haringsma;Faber;Jongsma;van der Veen;Algra;"
          "Hiemstra;Sikkema;Rienstra;Anema;Elzinga;de Haan"),
    "zeeuws": dict(
        F="Janna;Leuntje;Maatje;Kaatje;Lena;Corrie;Jacomina/Mina;Pieternella/Nel;Adriana/Jaantje",
        M="Adriaan/Jaan;Marinus/Rinus;Izaak/Ies;Leendert/Leen;Huib;Krijn;Kees;Jacob/Kobus;Pieter",
        S="de Kam;Geschiere;Dieleman;Verhage;Minderhoud;Kodde;Sinke;Brasser;Wisse;Polderman;Bimmel;Koole;"
          "Lievense;Hanse;Goedegebuure;Flipse;van de Velde;de Kok;Jobse"),
    "marokkaans": dict(
        F="Fatima|Fatiha;Khadija|Khadidja|Chadija;Nadia;Samira;Hanan;Malika;Naima;Yasmina/Yas;Ikram;Souad;Latifa;"
          "Zineb;Imane;Nora;Amira;Hafsa;Salma;Kawtar;Tiziri;Dunya;Lina;Nour;Itto;Dihya;Tifawt",
        M="Mohamed|Mohammed/Mo;Ahmed;Youssef|Yousef;Mustafa;Abdelkader;Hamid;Rachid;Karim;Bilal;Anas;Ilias;Ayoub;"
          "Hamza;Zakaria;Nordin;Soufiane;Adam;Amine;Idir;Massinissa/Massi;Yuba;Aksil;Mimoun;Driss;Brahim",
        S="El Amrani|Elamrani;Bouzid;Aït Ouali;El Idrissi;Benali;Azzouz;Tahiri;El Khattabi;Amziane;Aït Taleb;"
          "Belhaj;El Ouardi;Ziani;Haddouchi;Boutaher;Lamrini;Moussaoui;Bakkali;Mahjoubi;Aarab;El Morabit;Essafi"),
    "turks": dict(
        F="Ayşe;Fatma;Elif;Zeynep;Emine;Hatice;Merve;Büşra;Esra;Özlem;Derya;Sevgi;Gül;Nur;Ece;Hilal;Songül;Dilek;"
          "Yasemin;Sibel",
        M="Mehmet;Mustafa;Ahmet;Hüseyin;Ali;Emre;Burak;Yusuf;Murat;Hakan;Kemal;Osman;Serkan;Can;Efe;Kerem;Umut;"
          "Ömer;Selim;Barış",
        S="Yılmaz;Kaya;Demir;Şahin;Çelik;Yıldız;Öztürk;Aydın;Arslan;Doğan;Kılıç;Aslan;Çetin;Kara;Koç;Kurt;"
          "Özdemir;Polat;Erdem;Tekin"),
    "koerdisch": dict(
        F="Berfin;Rojda;Dilan;Hêvî|Hevi;Rojin;Zilan;Nazdar;Shirin|Şirin;Avesta;Berivan;Gulistan;Ronahî|Ronahi",
        M="Welat|Walat;Azad;Rêber|Reber;Şiyar|Shiyar;Baran;Diyar;Serhat;Rizgar;Kawa;Zagros;Hozan;Ciwan|Djiwan;Rojhat",
        S="Aktaş|Aktas;Ekinci;Doğru;Tunç;Kaplan;Amedî|Amedi;Zebari;Hawrami;Dosky|Doski;Mizuri;Sindi;Berwari;"
          "Rekani;Goyani"),
    "hindoestaans": dict(
        F="Anjali;Sunita|Soenita;Reshma;Shanti;Radha;Priya;Kavita;Indira;Devika;Sarita;Nirmala;Asha;Rani;Roshni;"
          "Sharmila",
        M="Ravi;Rakesh;Anil;Sunil|Soenil;Dinesh;Ramesh;Vikash;Ashwin;Rajesh;Suresh|Soeresh;Naresh;Krishna;Vishal;"
          "Amar;Deepak;Sanjay",
        S="Ramdin;Jagesar;Ramsaran;Baldewsingh;Ramlal;Mahabier;Sewnarain;Kalloe;Jhagroe;Bissumbhar;Ramautar;"
          "Soekhai;Jagroep;Gangapersad;Autar;Ramkisoen;Mangal;Soekhoe;Doekhie;Ganpat"),
    "creools": dict(
        F="Sharon;Rowena;Marlies;Jennifer;Shanice;Chanella;Denise;Ilona;Germaine;Ruth;Josephine;Esther;Jolanda;"
          "Melisa;Naomi;Nikita",
        M="Romano;Clarence;Winston;Quincy;Ricardo;Glenn;Marciano;Errol;Roy;Sylvano;Virgil;Ivano;Jerrel;Dwight;"
          "Orlando",
        S="Pinas;Wijngaarde;Esajas;Vreden;Sordam;Linger;Deekman;Haakmat;Tuinfort;Karg;Menig;Zaalman;Fer;Ceder;"
          "Held;Pengel;Wolff;Rozenblad"),
    "javaans": dict(
        F="Sriwati;Wati;Suminah|Soeminah;Paini;Sarmi;Ratna;Dewi;Lestari;Siti;Poniem;Sumirah|Soemirah",
        M="Sutrisno|Soetrisno;Joko|Djoko;Slamet;Karijo;Suparman|Soeparman;Bambang;Riyadi;Agus;Sugito|Soegito;Wagiman",
        S="Kromosoeto;Pawirodikromo;Sonoredjo;Soemodihardjo;Wongsodikromo;Kartosen;Setroredjo;Atmodikoro;Sarmo;"
          "Kasanmoesdiran;Moestadja;Soekardi"),
    "antilliaans": dict(
        F="Shirley;Giselle;Nathaly;Shuenella;Kimberly;Yoselin;Dianne;Roxanne;Jaïra;Zuleika;Milouska",
        M="Jurgen;Shurandy;Jurick;Dwayne;Giovanni;Ruthmilo;Sharlon;Jerzinho;Rignald;Ronchi;Curtley",
        S="Martina;Rosalia;Isenia;Statie;Maduro;Pieternella;Francisca;Mercelina;Goeloe;Winklaar;Croes;Tromp;Kock;"
          "Geerman;Koolman;Arends;Leito;Doran;Wernet"),
    "indo": dict(
        F="Ineke;Anneke;Yvonne;Sonja;Tineke;Joyce;Netty;Lies",
        M="Rudy;Frans;Eddy;Ronald;Ferry;Robby;Johnny;George",
        Fo="Wilhelmina/Mien;Elisabeth/Lies;Johanna/Netty;Louise/Wies;Bertha;Henriëtte/Jet",
        Mo="Rudolf/Rudy;Frans;Eduard/Eddy;Ferdinand/Ferry;George;Johan",
        S="Tielman;Rademaker;Lapré;Soesman;van Hoorn;Lauwerier;Wolters;Klaassen;Schneider;Dumas;Breukelaar;"
          "Overbeek;Ebbers;Pieters;van Rossum"),
    "moluks": dict(
        F="Josina;Neles;Mina;Lientje;Elsina;Carolina;Yohanna|Johanna;Debora;Priscilla",
        M="Johannes;Semuel;Jopie;Nus;Pieter;Jacob;Benny;Marthin;Izaak",
        Fo="Josina;Elsina;Carolina/Lien;Yohanna/Anna;Debora;Wilhelmina/Mina",
        Mo="Johannes/Jopie;Semuel/Sem;Pieter;Benjamin/Benny;Marthin",
        S="Manuhutu;Pattinama;Hehanussa;Latuheru;Tahapary;Sahetapy;Lekatompessy;Wattimena;Nanlohy;Tuhumury;"
          "Soplanit;Pelupessy;Leiwakabessy"),
    "pools": dict(
        F="Agnieszka/Aga;Katarzyna/Kasia;Małgorzata/Gosia;Joanna/Asia;Magdalena/Magda;Anna;Ewa;Zofia/Zosia;Natalia;"
          "Wiktoria;Aleksandra/Ola;Julia;Maja;Oliwia",
        M="Piotr;Tomasz/Tomek;Krzysztof;Paweł;Marcin;Łukasz;Michał;Jakub/Kuba;Kacper;Szymon;Mateusz;"
          "Wojciech/Wojtek;Bartosz/Bartek;Dawid",
        S="Kowalski>Kowalska;Nowak;Wiśniewski>Wiśniewska;Wójcik;Kamiński>Kamińska;Lewandowski>Lewandowska;"
          "Zieliński>Zielińska;Szymański>Szymańska;Woźniak;Dąbrowski>Dąbrowska;Kozłowski>Kozłowska;Mazur;"
          "Krawczyk;Jankowski>Jankowska;Pawlak"),
    "litouws": dict(
        F="Rūta;Jurgita;Eglė;Gintarė;Aušra;Vilma;Dalia;Laura;Ieva;Austėja;Gabija;Kotryna",
        M="Tomas;Mantas;Darius;Giedrius;Vytautas;Lukas;Jonas;Tadas;Arnas;Dovydas;Rokas;Mindaugas",
        S="Kazlauskas>Kazlauskienė;Petrauskas>Petrauskienė;Jankauskas>Jankauskienė;Stankevičius>Stankevičienė;"
          "Vasiliauskas>Vasiliauskienė;Žukauskas>Žukauskienė;Butkus>Butkienė;Paulauskas>Paulauskienė;"
          "Urbonas>Urbonienė;Navickas>Navickienė"),
    "roemeens": dict(
        F="Ioana;Andreea;Elena;Maria;Alexandra;Mihaela;Cristina;Roxana;Gabriela;Ana;Bianca;Daria",
        M="Andrei;Alexandru;Ionuț;Mihai;Florin;Cătălin;Gheorghe;Vasile;Adrian;Bogdan;Ștefan;Marius;Dumitru",
        S="Popescu;Ionescu;Popa;Dumitrescu;Stan;Stoica;Gheorghiu;Constantin;Munteanu;Lungu;Rusu;Moldovan;"
          "Ciobanu;Matei;Dragomir;Lazăr"),
    "hongaars": dict(
        F="Zsófia/Zsófi;Eszter;Katalin/Kati;Réka;Anna;Júlia;Noémi;Ildikó;Erzsébet/Erzsi;Krisztina",
        M="László/Laci;Zoltán;Gábor;Attila;Balázs;Dániel;Bence;Máté;István/Pista;Péter;Tamás;Levente",
        S="Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár;Németh;Farkas;Balogh;Papp;Lakatos;Oláh;Rostás"),
    "eritrees": dict(
        F="Semhar|Samhar;Helen;Mehret|Mihret|Meheret;Abrehet|Abrehit;Saba;Feven|Fiven;Luwam|Lwam;Selam;"
          "Yordanos|Yordanose;Senait|Senayt;Hiwet|Hiwot;Freweyni|Frewoini",
        M="Tesfay|Tesfaye|Tesfai;Filmon|Filimon;Merhawi|Merhawie;Habtom|Habtum;Dawit|Dawitt;Mebrahtu|Mebrahtom;"
          "Kibrom|Kbrom;Amanuel|Emanuel|Amaniel;Yonas|Jonas;Goitom|Goitum;Mussie|Musie",
        S="Tesfamariam|Tesfa-Mariam|Tesfamarjam;Gebremedhin|Ghebremedhin|Gebre Medhin;Haile|Hayle;"
          "Berhane|Berhani|Birhane;Kidane|Kidani;Tekle|Teklay;Woldu|Weldu;Ghebreyesus|Gebreyesus;"
          "Asmerom|Asmerum;Habte|Habtay;Mehari|Mehary;Tsegay|Tsegai|Tsegaye"),
    "somalisch": dict(
        F="Hodan|Hoodan|Xodan;Ayaan|Ayan;Faadumo|Fadumo|Fatuma;Hibaaq|Hibak;Sahra|Sahro;Ifrah|Ifraax;Nimco|Nimo;"
          "Asha|Aasha;Sagal;Deeqa|Deka;Hawo|Hawa;Ubah|Ubax",
        M="Abdi|Cabdi;Mohamed|Maxamed|Mohammed;Abdullahi|Cabdullaahi|Abdulahi;Ahmed|Axmed;Hassan|Xasan|Hasan;"
          "Ismail|Ismaaciil;Yusuf|Yuusuf;Omar|Cumar;Ali|Cali;Liban|Libaan;Farah|Faarax",
        S="Warsame|Warsama;Hirsi|Xirsi;Farah|Faarax;Jama|Jaamac;Abdi|Cabdi;Osman|Cismaan;Nur|Nuur;Egal|Cigaal;"
          "Mohamud|Maxamuud;Aden|Aadan;Yusuf|Yuusuf"),
    "syrisch": dict(
        F="Huda|Houda|Hoeda;Rasha|Racha;Lina;Nour|Noor|Nur;Hiba|Heba;Zainab|Zeinab|Zaynab;Aya|Aja;Rama;Reem|Rim;"
          "Ghalia|Ghaliya;Bayan;Yasmin|Jasmin|Yasmine;Dana;Sham;Aisha|Aicha|Ayesha",
        M="Mohammad|Mohammed|Muhammad|Mohamad;Ahmad|Ahmed|Achmad;Yousef|Youssef|Yusuf|Joesoef;"
          "Abdulrahman|Abdul Rahman|Abdelrahman|Abdurrahman;Omar|Umar;Khaled|Khalid|Chaled;Hussam|Housam|Husam;"
          "Karam;Tareq|Tarek|Tariq;Majd;Amjad;Rami;Fadi;Wassim|Wasim;Obada|Ubada",
        S="Al-Hassan|Alhassan|al-Hasan|El Hassan;Al-Khatib|Alkhatib|El Khatib|al-Chatib;Haddad|Hadad;"
          "Al-Ahmad|Alahmad|al Ahmad;Darwish|Derwisch|Darwiche;Kassem|Qasem|Qassem;Hamdan|Hamdaan;Al-Ali|Alali;"
          "Najjar|Al-Najjar|Nadjar;Sabbagh|Sabbag;Shaheen|Chahine|Shahin;Mansour|Mansur|Mansoer;"
          "Hijazi|Hegazi|Hidjazi;Al-Masri|Almasri;Jaber|Djaber|Jabr"),
    "afghaans": dict(
        F="Zahra|Sahra|Zara;Mahbooba|Mahbuba;Farzana|Farsana;Shabnam|Sjabnam;Nilofar|Nilufar|Niloufar;"
          "Marzia|Marziya;Freshta|Fereshta;Parwana|Parvana;Soraya|Suraya;Hamida;Nazia|Naziya;Gulalai|Gulalay",
        M="Ahmad|Ahmed;Mohammad|Mohammed|Muhammad;Farid|Fareed;Hamid|Hamed;Najib|Nadjib|Najeeb;Rahim|Raheem;"
          "Jawad|Djawad;Sayed|Sajed;Habib|Habeeb;Mustafa|Mostafa;Bilal;Samiullah|Sami Ullah;Zabihullah|Zabiullah",
        S="Haidari|Heydari|Haydari|Hajdari;Rahimi|Rahiemi|Raheemi;Ahmadzai|Ahmadzay|Ahmadsai;Noori|Nouri|Nuri;"
          "Sultani|Soltani;Popal|Popel;Hakimi|Hakiemi;Sadat|Sadaat;Amiri|Amieri;Stanikzai|Stanekzai;Wardak;"
          "Mohammadi|Mohamadi;Safi|Saafi;Karimi|Kariemi;Jalali|Djalali"),
    "iraans": dict(
        F="Fatemeh|Fatima|Fateme;Maryam|Mariam|Marjam;Zahra|Sahra;Shirin|Sjirin;Parisa|Pariesa;Leila|Leyla|Laila;"
          "Mahsa;Niloufar|Nilufar;Sara|Sarah;Roya|Roja;Azadeh|Azade;Nasrin|Nasrien",
        M="Reza|Resa;Hossein|Hussein|Hosein|Hoessein;Mehdi|Mahdi;Ali;Amir|Ameer;Dariush|Darioush|Daryush;"
          "Kaveh|Kave;Babak;Arash;Saeed|Saïd;Behnam|Bechnam;Farhad|Farhaad",
        S="Hosseini|Husseini|Hosseyni;Mohammadi|Mohamadi;Rezaei|Rezai|Rezaee;Karimi|Kariemi;Ahmadi|Achmadi;"
          "Jafari|Djafari|Jaafari;Rahmani|Rachmani;Moradi|Morady;Sadeghi|Sadeqi|Sadegi;Ghorbani|Qorbani|Gorbani;"
          "Tehrani|Teherani;Mousavi|Musavi|Moussavi"),
    "oekraiens": dict(
        F="Olena|Jelena|Elena;Yulia|Julia|Joelia|Iuliia;Kateryna|Katerina;Iryna|Irina;Oksana|Oxana;"
          "Nataliia|Natalja|Natalia;Tetiana|Tatjana|Tatiana;Anastasiia|Anastasia/Nastja;Svitlana|Svetlana;"
          "Daryna|Darina;Sofiia|Sofia|Sofija;Viktoriia|Viktoria",
        M="Oleksandr|Aleksandr|Oleksander|Olexandr;Serhiy|Serhii|Sergei|Sergij;Dmytro|Dmitri|Dmitro;"
          "Andriy|Andrii|Andrej;Mykola|Nikolai|Mikola;Volodymyr|Wolodymyr|Vladimir;Bohdan|Bogdan;"
          "Yaroslav|Jaroslav|Iaroslav;Maksym|Maxim|Maksim;Taras;Artem|Artjom|Artyom",
        S="Kovalenko|Kowalenko;Shevchenko|Sjevtsjenko|Shevtchenko;Bondarenko|Bondarenco;"
          "Tkachenko|Tkatsjenko|Tkatchenko;Melnyk|Melnik;Kravchenko|Kravtsjenko;Boyko|Bojko;Moroz;"
          "Lysenko|Lisenko;Marchenko|Martsjenko;Savchenko|Savtsjenko;Rudenko|Roedenko;"
          "Polishchuk|Polisjtsjoek;Hrytsenko|Gritsenko"),
    "ghanees": dict(
        F="Akosua;Ama;Abena;Efua;Adwoa;Yaa;Afua;Akua;Esi;Gifty;Comfort;Patience;Mercy;Grace;Priscilla",
        M="Kwame;Kofi;Kwabena;Kwaku;Yaw;Kojo;Kwasi;Ebo;Emmanuel;Samuel;Isaac;Prince;Godfred",
        S="Mensah;Owusu;Boateng;Asante;Osei;Agyeman;Appiah;Darko;Acheampong;Ofori;Amponsah;Badu;Antwi;Quaye;"
          "Addo;Amoah"),
    "chinees": dict(
        F="Mei;Xiaoling;Yan;Jing;Hui;Lian;Wen;Ying;Xin;Lingling;Qian;Fang;Vivian;Cindy;Jenny",
        M="Wei;Jun;Hao;Ming;Jian;Lei;Zhen;Tao;Hong;Kevin;Jason;Eric;Tony",
        S="Chen;Wang;Zhang;Liu;Lin;Huang;Zhou;Chan;Cheung;Wong;Lam;Tang;Yip;Kwok;Tsang;Leung"),
    "indiaas": dict(
        F="Priya;Ananya;Aishwarya;Deepika;Kavya;Shreya;Pooja;Lakshmi;Divya;Meera;Nisha;Sneha;Aditi",
        M="Arjun;Rohan;Vikram;Aditya;Rahul;Karthik;Siddharth/Sid;Nikhil;Pranav;Varun;Suresh;Venkatesh;Arvind",
        S="Sharma;Patel;Iyer;Reddy;Nair;Gupta;Rao;Menon;Kulkarni;Joshi;Krishnan;Pillai;Desai;Banerjee;Chatterjee"),
    "filipijns": dict(
        F="Maricel;Rowena;Jocelyn;Mary Grace;Lorna;Rosalie;Jenalyn;Analyn;Cristina;Marites;Joy;Liezl;Precious",
        M="Jomar;Rodel;Arnel;Jerome;Mark Anthony;Ramil;Rey;Ariel;Romeo;Rogelio;Dindo",
        S="Santos;Reyes;Bautista;dela Cruz;Mendoza;Villanueva;Aquino;Ramos;Castillo;Flores;Dimaculangan;"
          "Macaraeg;Pangilinan"),
    "grieks": dict(
        F="Eleni;Maria;Katerina;Georgia;Sofia;Dimitra;Ioanna;Despina;Vasiliki/Vaso;Anastasia;Chrysa;Angeliki",
        M="Georgios/Giorgos;Dimitris;Konstantinos/Kostas;Nikos;Ioannis/Giannis;Panagiotis/Panos;Christos;Vasilis;"
          "Spyros;Stavros;Thanasis",
        S="Papadopoulos>Papadopoulou;Georgiou;Nikolaidis>Nikolaidou;Papadakis>Papadaki;"
          "Konstantinidis>Konstantinidou;Dimitriou;Vlachos>Vlachou;Karagiannis>Karagianni;Oikonomou;"
          "Pappas>Pappa;Antoniou;Makris>Makri"),
    "italiaans": dict(
        F="Giulia;Francesca;Chiara;Sofia;Alessia;Martina;Giovanna;Rosa;Lucia;Carla;Antonella;Paola;Serena",
        M="Marco;Luca;Giuseppe/Peppe;Giovanni/Gianni;Francesco;Antonio;Salvatore/Totò;Alessandro;Matteo;Lorenzo;"
          "Vincenzo/Enzo;Pietro;Roberto",
        S="Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;De Luca;"
          "Mancini;Costa;Lombardi;Moretti;Barbieri;Fontana"),
}

ANY_WEIGHTS = {
    "nl": 38, "fries": 4, "zeeuws": 3, "marokkaans": 8, "turks": 8, "koerdisch": 2, "hindoestaans": 4,
    "creools": 4, "javaans": 1.5, "antilliaans": 3, "indo": 3, "moluks": 1.5, "pools": 4, "litouws": 1,
    "roemeens": 2, "hongaars": 1, "eritrees": 1.5, "somalisch": 1.5, "syrisch": 3, "afghaans": 1.5,
    "iraans": 1.5, "oekraiens": 2.5, "ghanees": 1.5, "chinees": 2, "indiaas": 2, "filipijns": 1, "grieks": 1,
    "italiaans": 1.5,
}
PROF_WEIGHTS = {k: (v * 2.2 if k == "nl" else v) for k, v in ANY_WEIGHTS.items()}
STYLE_FAMILY = {
    "ouderenmishandeling-wijkverpleging": {
        "nl": 30, "fries": 6, "zeeuws": 6, "indo": 7, "moluks": 5, "hindoestaans": 6, "creools": 5, "javaans": 3,
        "turks": 6, "marokkaans": 6, "chinees": 3, "italiaans": 3, "grieks": 2, "antilliaans": 3, "hongaars": 2,
        "pools": 2, "koerdisch": 1},
    "spoedeisende-hulp-seh": ANY_WEIGHTS,
    "leerplicht-verzuim": ANY_WEIGHTS,
    "opvang-dagrapport": ANY_WEIGHTS,
    "tolk-gesprek": {
        "syrisch": 20, "afghaans": 15, "iraans": 10, "eritrees": 15, "somalisch": 10, "oekraiens": 15,
        "koerdisch": 8, "turks": 3, "ghanees": 2, "marokkaans": 2},
}

ABROAD = {
    "syrisch": ("Syrië", "Arabisch", ["Aleppo", "Damascus", "Homs", "Idlib"], "+963", "9## ### ###"),
    "afghaans": ("Afghanistan", "Dari", ["Kabul", "Herat", "Mazar-e Sharif", "Kandahar"], "+93", "7# ### ####"),
    "iraans": ("Iran", "Farsi", ["Teheran", "Shiraz", "Mashhad", "Tabriz"], "+98", "9## ### ####"),
    "eritrees": ("Eritrea", "Tigrinya", ["Asmara", "Keren", "Massawa"], "+291", "7 ### ###"),
    "somalisch": ("Somalië", "Somali", ["Mogadishu", "Hargeisa", "Kismayo"], "+252", "6# ### ####"),
    "oekraiens": ("Oekraïne", "Oekraïens", ["Kharkiv", "Dnipro", "Odesa", "Zaporizja"], "+380", "## ### ## ##"),
    "koerdisch": ("Irak", "Koerdisch (Sorani)", ["Erbil", "Duhok", "Sulaymaniyah"], "+964", "750 ### ####"),
    "turks": ("Turkije", "Turks", ["Istanbul", "Ankara", "Kayseri", "Konya"], "+90", "5## ### ## ##"),
    "marokkaans": ("Marokko", "Tarifit", ["Nador", "Tanger", "Casablanca", "Berkane"], "+212", "6## ## ## ##"),
    "ghanees": ("Ghana", "Twi", ["Accra", "Kumasi", "Tamale"], "+233", "2# ### ####"),
    "pools": ("Polen", "Pools", ["Warschau", "Krakau", "Lublin"], "+48", "### ### ###"),
    "litouws": ("Litouwen", "Litouws", ["Vilnius", "Kaunas"], "+370", "6## #####"),
    "roemeens": ("Roemenië", "Roemeens", ["Boekarest", "Constanța", "Iași"], "+40", "7## ### ###"),
    "hongaars": ("Hongarije", "Hongaars", ["Boedapest", "Debrecen"], "+36", "20 ### ####"),
    "hindoestaans": ("Suriname", "Sarnami", ["Paramaribo", "Nickerie"], "+597", "8## ####"),
    "creools": ("Suriname", "Sranantongo", ["Paramaribo", "Moengo"], "+597", "8## ####"),
    "javaans": ("Suriname", "Javaans", ["Paramaribo", "Commewijne"], "+597", "8## ####"),
    "antilliaans": ("Curaçao", "Papiaments", ["Willemstad", "Oranjestad"], "+599", "9 ### ####"),
    "indo": ("Indonesië", "Indonesisch", ["Bandung", "Surabaya"], "+62", "8## #### ####"),
    "moluks": ("Indonesië", "Maleis", ["Ambon", "Saparua"], "+62", "8## #### ####"),
    "chinees": ("China", "Kantonees", ["Guangzhou", "Hongkong", "Wenzhou"], "+86", "1## #### ####"),
    "indiaas": ("India", "Hindi", ["Bangalore", "Pune", "Chennai"], "+91", "9#### #####"),
    "filipijns": ("de Filipijnen", "Tagalog", ["Manilla", "Cebu"], "+63", "9## ### ####"),
    "grieks": ("Griekenland", "Grieks", ["Athene", "Thessaloniki"], "+30", "69# ### ####"),
    "italiaans": ("Italië", "Italiaans", ["Napels", "Palermo", "Bari"], "+39", "3## ### ####"),
    "duits": ("Duitsland", "Duits", ["Keulen", "Essen"], "+49", "15# ########"),
}
_DEFAULT_ABROAD = ("België", "Frans", ["Antwerpen", "Luik"], "+32", "4## ## ## ##")

# Names that are also ordinary Dutch words (for the word_name attribute).
DUTCH_WORDS = set("""roos storm bloem visser kok hoop winter zomer vries iris jade amber fleur merel mees vos bos boer
koning hart wit mol haan zwaan berg dijk bakker schipper molenaar koster post kramer dekker jong groot prins
boon vink held ceder ben wil bas riet aal toon leen lies mei kam tromp menig beek meer vliet leeuwen rosa
grace joy mercy patience comfort prince ram kara rots""".split())

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "el", "al", "la", "le",
             "da", "di", "del", "dela", "dos", "du", "von", "aït", "ait", "bin", "ibn", "abu"}

DIM = {"Daan": "Daantje", "Sem": "Semmie", "Bram": "Brammetje", "Lotte": "Lotje", "Saar": "Saartje",
       "Roos": "Roosje", "Jan": "Jantje", "Kees": "Keesje", "Piet": "Pietje", "Teun": "Teuntje", "Joep": "Joepie",
       "Finn": "Finnie", "Mees": "Meesje", "Gijs": "Gijsje", "Thijs": "Thijsje", "Sanne": "Sannetje",
       "Anna": "Annetje", "Mohamed": "Mootje", "Femke": "Femmetje", "Isa": "Isaatje", "Siem": "Siempie",
       "Stijn": "Stijntje", "Luuk": "Luukje", "Noa": "Noaatje", "Tess": "Tesje", "Evi": "Eefje", "Fenna": "Fenneke",
       "Jelle": "Jelletje", "Douwe": "Douwtje", "Krijn": "Krijntje", "Bas": "Basje", "Julia": "Juultje",
       "Lieke": "Liekje", "Floor": "Floortje", "Jopie": "Joppie", "Esther": "Essie", "Quincy": "Quincetje"}

# ============================================================================================
# Institutions. "Full name|short form|short form".

INSTITUTIONS: dict[str, tuple[str, str]] = {
    "school_po": ("school", """OBS De Wilgenkorf|de Wilgenkorf;CBS Het Kompas|het Kompas;Basisschool De Vlinderhof|de Vlinderhof;
IKC De Tweemaster|de Tweemaster;RKBS Sint Bavo|de Bavo|de Bavoschool;Daltonschool Het Zonnedal|het Zonnedal;
Basisschool De Notenbalk|de Notenbalk;Islamitische basisschool Al Wafa|Al Wafa;Jenaplanschool De Boomgaard|de Boomgaard;
Kindcentrum Oostwijzer|Oostwijzer;OBS De Meidoorn|de Meidoorn;Basisschool 't Schrijvertje|'t Schrijvertje;
CBS De Fonkelster|de Fonkelster;Montessorischool Kastanjedal|Kastanjedal;Basisschool De Lisdodde|de Lisdodde;
OBS It Harspit|It Harspit;Basisschool De Zeehoeve|de Zeehoeve;IKC Het Spectrum|het Spectrum;
Koningin Julianaschool|de Julianaschool;CBS De Flierefluiter|de Flierefluiter;Kindcentrum De Waterlelie|de Waterlelie;
OBS De Horizon|de Horizon"""),
    "school_vo": ("school", """Scholengemeenschap Reigersdaal|Reigersdaal|het SG Reigersdaal;Het Dijkzicht College|het Dijkzicht|Dijkzicht;
Stedelijk Lyceum Kastanjehof|het Kastanjehof;Vakcollege De Meerpaal|de Meerpaal;Montessori College Oostpoort|Oostpoort|het MCO;
Noorderpoort Atheneum|het Noorderpoort;Christelijk Lyceum Eikenburg|het Eikenburg|het CLE;Praktijkschool De Brug|de Brug;
Het Waterland College|het Waterland|het WLC;Gymnasium Sint-Servaas|het Servaas;Sterrenwacht College|de Sterrenwacht;
Het Baken Lyceum|het Baken;Hofstede Mavo|de Hofstede"""),
    "isk": ("school", """ISK De Wereldboom|de Wereldboom;Internationale Schakelklas Noordkaap|de Noordkaap|ISK Noordkaap;
Taalschool De Windroos|de Windroos;Nieuwkomersschool Het Anker|het Anker;ISK Rivierenbuurt|Rivierenbuurt"""),
    "kdv": ("kinderopvang", """Kinderopvang Het Kikkerhuis|het Kikkerhuis;KDV De Boefjes|de Boefjes;Kinderdagverblijf Kiekeboe|Kiekeboe;
BSO Bolderburen|Bolderburen;Peuteropvang Ot en Sien|Ot en Sien;Kinderopvang Tante Pollewop|Tante Pollewop;
Partou Meerzicht|Partou;Smallsteps Het Ukkenhuis|het Ukkenhuis|Smallsteps;Kinderopvang Zonnestraal|de Zonnestraal;
Gastouderbureau Knuffelhuis|het Knuffelhuis"""),
    "zh": ("ziekenhuis", """Ziekenhuis Amstelzijde|het Amstelzijde|het ZAZ;Medisch Centrum Waalboog|het Waalboog|het MCW;
Streekziekenhuis Lingehof|het Lingehof;Rijnoever Ziekenhuis|het Rijnoever;Kennemerhof Gasthuis|het Kennemerhof;
IJsselgasthuis|het IJsselgasthuis;Zuiderlicht Ziekenhuis|het Zuiderlicht;Sint Lucas Gasthuis Oost|het Sint Lucas|het Lucas;
Beatrixziekenhuis|het Beatrix;Medisch Centrum De Heuvelrug|de Heuvelrug;Ommelander Ziekenhuis|het Ommelander|het OZG;
Zeeuws Medisch Centrum Scheldezoom|het Scheldezoom"""),
    "ha": ("huisarts", """Huisartsenpraktijk De Linde|praktijk De Linde;Huisartsenpraktijk Van Gils|praktijk Van Gils;
Gezondheidscentrum Oosterpark|gezondheidscentrum Oosterpark;Huisartsen Kastanjeplein|Kastanjeplein;
Praktijk Dokter Öztürk|de praktijk van Öztürk;Huisartsenpraktijk Meerwijk|Meerwijk;Gezondheidscentrum De Vaart|De Vaart;
Huisartsenpraktijk Bakker & Haddou|Bakker & Haddou"""),
    "hap": ("huisartsenpost", """Huisartsenpost Rivierenland|de HAP Rivierenland;Huisartsenpost Zuidrand|de HAP Zuidrand;
Huisartsenpost Kennemerland|de HAP Kennemerland"""),
    "apo": ("apotheek", """Apotheek De Vijzel|De Vijzel;Apotheek Zuidplein|apotheek Zuidplein;Service Apotheek Meerhoven|Meerhoven;
BENU Apotheek Kastanjelaan|de BENU;Apotheek Het Mortier|het Mortier;De Gaper Apotheek|de Gaper;Apotheek Vlietland|Vlietland"""),
    "tz": ("thuiszorg", """Thuiszorg Wilgenhof|Wilgenhof;Zorgteam Vlietzicht|Vlietzicht;Buurtzorg Lindenholt|team Lindenholt;
Thuiszorg Amaryllis|Amaryllis;Zorg aan Huis Meerstede|Meerstede;Thuiszorg De Zonnehof|de Zonnehof;
Thuiszorg Hart & Hand|Hart & Hand;Thuiszorg Mantelmeer|Mantelmeer"""),
    "vph": ("verpleeghuis", """Verpleeghuis Avondrood|Avondrood;Woonzorgcentrum De Lindehof|de Lindehof;Zorgcentrum Ter Weel|Ter Weel;
Verpleeghuis Sint Jacob|Sint Jacob;Woonzorgcentrum De Hooge Hoven|de Hooge Hoven;Zorgcentrum Rosarium|het Rosarium"""),
    "dag": ("dagbesteding", """Dagbesteding Het Koetshuis|het Koetshuis;Ontmoetingscentrum De Kiem|De Kiem;
Dagbesteding Boerderij Ekenstein|Ekenstein"""),
    "zorg": ("zorg", """Casemanagement Dementie Lindewaard|Lindewaard;Zorgnetwerk Ravenstein|Ravenstein;GGZ Rivierduin|Rivierduin;
Wijkteam Kanaleneiland|wijkteam Kanaleneiland;Geheugenpoli Zorgnetwerk Maasoever|Maasoever"""),
    "jz": ("jeugdzorg", """Jeugdzorg Waterweg|Waterweg;Stichting Perspectief Thuis|Perspectief;Sociaal Wijkteam De Schans|De Schans;
Ambulante Hulp Kompasroos|Kompasroos;Jeugd- en Gezinsteam Vlietland|het gezinsteam Vlietland"""),
    "bw": ("bewindvoering", """Bewindvoering Zeeland BV|Bewindvoering Zeeland;Bureau Budgetbeheer Lindeboom|Lindeboom;
Mentorschap & Bewind Kastanje|Kastanje Bewind;Bewindvoerderskantoor Ankerpunt|Ankerpunt;Schuldhulp & Bewind Noorderzon|Noorderzon"""),
    "werk": ("werkgever", """Bakkerij Van Roon|Van Roon;Schoonmaakbedrijf Glansrijk|Glansrijk;Transportbedrijf Verhoef & Zn|Verhoef;
Uitzendbureau Flexpoint|Flexpoint;Vleesverwerking De Rooij|De Rooij;Kwekerij Groenewoud|Groenewoud;Garagebedrijf Kaya|garage Kaya;
Distributiecentrum Bolwerk|DC Bolwerk;Albert Heijn Kerkplein|de Albert Heijn|de AH;PostNL Sorteercentrum|PostNL;
Restaurant De Gouden Karper|de Gouden Karper;Schoonmaakbedrijf Puurwit|Puurwit;Slagerij Aydın|slagerij Aydın;
Hotel Zeezicht|Zeezicht;Tuincentrum De Bosrand|de Bosrand"""),
    "club": ("vereniging", """VV Blauw-Wit '28|Blauw-Wit;SV Zwaluwen '30|de Zwaluwen;Turnvereniging Olympia|Olympia;
Zwemvereniging De Dolfijn|de Dolfijn;Kickboksschool Tiger Gym|Tiger Gym;Hockeyclub De Kieviten|de Kieviten;
Scoutinggroep Wolfsberg|Wolfsberg;FC Meerburg|Meerburg;Judovereniging Sakura|Sakura"""),
    "rel": ("religieus", """m~Moskee Al-Fath|Al-Fath;m~Mevlana Moskee|de Mevlana;m~Ayasofya Moskee|de Ayasofya;
m~Moskee En-Nour|En-Nour;c~Baptistengemeente Elim|Elim;c~Parochie Heilige Martinus|de Martinus;
ce~Pinkstergemeente Bethel|Bethel;e~Eritrees-orthodoxe kerk Medhane Alem|Medhane Alem;h~Shri Ram Mandir|Shri Ram;
c~Evangelische Gemeente De Rots|De Rots;k~Molukse Evangelische Kerk Bethesda|Bethesda;
s~Syrisch-Orthodoxe Kerk Mor Ephrem|Mor Ephrem;u~Oekraïens-Orthodoxe Parochie Sint Volodymyr|Sint Volodymyr;
g~Ghanese Methodistenkerk Ebenezer|Ebenezer"""),
    "coa": ("coa", """azc Heidehof|Heidehof|het azc Heidehof;COA-locatie Zandwijk|Zandwijk;azc De Wielewaal|de Wielewaal;
gezinslocatie Heidebloem|Heidebloem;noodopvang Sporthal De Meent|De Meent;azc Kazerne Oranjeburg|Oranjeburg"""),
    "rb": ("rechtbank", """rechtbank Gelderland;rechtbank Overijssel;rechtbank Limburg;rechtbank Oost-Brabant"""),
    "adv": ("advocaat", """Advocatenkantoor Brinkman & Oudhof|Brinkman & Oudhof;Van Leeuwen Advocaten|Van Leeuwen;
Advocatenpraktijk Kuipers|Kuipers;Sociale Advocatuur Ravelijn|Ravelijn;Advocaten Collectief Dijkstra & Amrani|Dijkstra & Amrani"""),
    "vrouw": ("opvang", """Vrouwenopvang De Vuurtoren|De Vuurtoren;Opvanghuis De Zwaluw|de Zwaluw;Stichting Vrouwenhuis Meerkoet|het Meerkoet;
Blijfhuis Noorderlicht|het Noorderlicht;Vrouwenopvang Kompaszorg|Kompaszorg;Vrouwenopvang Sterrenhof|het Sterrenhof"""),
    "ggd": ("ggd", """GGD Hollands Midden;GGD Twente;GGD Fryslân;GGD Hollands Noorden;GGD Brabant-Zuidoost;GGD Zeeland"""),
}
REL_TAGS = {"marokkaans": "m", "turks": "m", "koerdisch": "m", "syrisch": "ms", "afghaans": "m", "iraans": "m",
            "somalisch": "m", "javaans": "m", "eritrees": "e", "oekraiens": "u", "hindoestaans": "hm", "moluks": "k",
            "ghanees": "gc", "indiaas": "hc"}
INST_KEYS = {"tz": "tz", "apo": "apo", "ha": "ha", "hap": "hap", "zorg": "zorg", "bw": "bw", "vph": "vph",
             "dag": "dag", "rel": "rel", "jz": "jz", "zh": "zh", "zh2": "zh", "kdv": "kdv", "school": "school", "isk": "isk",
             "werk": "werk", "club": "club", "ggd": "ggd", "rb": "rb", "adv": "adv", "vrouw": "vrouw", "coa": "coa"}

GENERIC = set("""basisschool obs cbs rkbs ikc kindcentrum school college lyceum gymnasium atheneum mavo havo vwo vakcollege
scholengemeenschap sg praktijkschool isk internationale schakelklas nieuwkomersschool taalschool kinderopvang kdv bso
peuteropvang kinderdagverblijf gastouderbureau ziekenhuis medisch centrum mc streekziekenhuis gasthuis kliniek
huisartsenpraktijk huisartsen gezondheidscentrum praktijk dokter hap huisartsenpost apotheek service thuiszorg zorgteam
verpleeghuis woonzorgcentrum zorgcentrum dagbesteding ontmoetingscentrum boerderij bakkerij schoonmaakbedrijf
transportbedrijf uitzendbureau restaurant slagerij garagebedrijf garage kwekerij distributiecentrum dc sorteercentrum
hotel tuincentrum vleesverwerking vereniging vv sv fc turnvereniging zwemvereniging kickboksschool gym hockeyclub
scoutinggroep judovereniging moskee kerk parochie heilige gemeente baptistengemeente pinkstergemeente evangelische
molukse eritrees orthodoxe syrisch oekraiens ghanese methodistenkerk mandir azc coa locatie gezinslocatie noodopvang sporthal kazerne rechtbank
advocatenkantoor advocaten advocatenpraktijk advocatuur sociale collectief vrouwenopvang opvanghuis vrouwenhuis
blijfhuis stichting ggd ggz bewindvoering bureau budgetbeheer mentorschap bewind bewindvoerderskantoor schuldhulp bv zn
casemanagement dementie zorgnetwerk jeugdzorg wijkteam sociaal team zorg aan huis thuis islamitische daltonschool
jenaplanschool montessorischool montessori koningin stedelijk christelijk sint de het een en van it tante oost west
noord zuid""".split())
STREET_GENERIC = {"prinses", "koningin", "burgemeester", "2e", "1e", "3e", "nieuwe", "oude", "van", "de", "der",
                  "den", "het", "'t"}

STREETS = ("Lindelaan;Kastanjestraat;Molenweg;Prinses Beatrixlaan;Van der Helststraat;Dorpsstraat;Kerkstraat;"
           "Schoolstraat;Meidoornlaan;Rozengracht;Nieuwe Binnenweg;Burgemeester de Withstraat;2e Jan Steenstraat;"
           "Anjerstraat;Koningin Wilhelminaweg;Populierenlaan;Dijkgraafstraat;Havenkade;Zandpad;Boerhaavelaan;"
           "Goudsbloemstraat;Reigerstraat;Sportlaan;Kanaalweg;Scheldestraat;Terpstraat;Tsjerkestrjitte;Vredeslaan;"
           "Slotlaan;Esdoornhof;Heemraadssingel;Mozartlaan;Johan de Wittstraat;Tamboerijnstraat;Pruimengaarde;"
           "Klaverweide;Vlierbes;Zuiderzeestraat;Boekweitakker;Parelvissersplein").split(";")
CITIES = ("Rotterdam;Utrecht;Tilburg;Zwolle;Leeuwarden;Goes;Middelburg;Almere;Lelystad;Amersfoort;Dordrecht;"
          "Enschede;Arnhem;Nijmegen;Heerlen;Venlo;Emmen;Assen;Hoorn;Alkmaar;Zaandam;Schiedam;Vlaardingen;Delft;"
          "Leiden;Haarlem;Gouda;Deventer;Apeldoorn;Helmond;Eindhoven;Breda;Roosendaal;Vlissingen;Terneuzen;Sneek;"
          "Drachten;Heerenveen;Den Helder;Purmerend;Spijkenisse;Zoetermeer;Oss;Veenendaal;Ede;Harderwijk;Kampen").split(";")
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

# Words that give an unregistered name a cue.
RELATION_WORDS = set("""kleinzoon kleindochter zoon dochter schoonzoon schoondochter buurvrouw buurman broer zus broertje
zusje halfbroer halfzus stiefvader stiefmoeder oom tante neef nicht oma opa moeder vader vriend vriendin partner ex
ex-partner oppas klasgenoot vriendje vriendinnetje medebewoonster zwager schoonmoeder kleinkind echtgenoot echtgenote
schoonvader""".split())
FUNCTION_WORDS = set("""mentor zorgcoördinator casemanager bewindvoerder huisarts apotheker collega wijkagent kinderarts
arts seh-arts jeugdarts tolk advocaat advocate groepswerker trainer coach leerkracht docent directeur medewerker
medewerkster wijkverpleegkundige verpleegkundige hulpverlener begeleider contactpersoon gezinsvoogd imam pastor dominee
leidster werker gza-arts coa-medewerker leerplichtambtenaar apothekersassistente""".split())
TITLE_WORDS = {"mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "juf", "meester", "dr", "dokter", "mr",
               "zuster", "fam", "familie"}
VERB_WORDS = set("""belde zei vertelde appte mailde meldde zegt vertelt belt schreef stuurde gaf vroeg liet kwam stond
bracht haalde sprak ziet zag heeft had is was noemde noemt kwamen komt werd wordt hoorde""".split())
PREP_WORDS = set("met bij van door aan voor naar tegen over via om op zonder na namens tussen volgens".split())
TITLE_START = re.compile(r"(mevrouw|mevr\.|mw\.|meneer|mijnheer|dhr\.|de heer|juf|meester|dr\.|dokter|mr\.|zuster|"
                         r"fam\.|familie)\s", re.I)
NOT_INITIALS = {"ik", "je", "of", "en", "op", "al", "in", "is", "om", "na", "nu", "er", "ja", "zo", "te", "we", "ze",
                "me", "de", "da", "ok", "oh", "nee", "het", "ons", "mij", "dit", "dat", "hem", "zij", "wie", "hoe",
                "wat", "aan", "bij", "tot", "uit", "dag", "man", "van", "ad", "as", "am", "an", "el", "go", "ho", "hi",
                "mn", "zn", "ca", "nr"}


# ============================================================================================
# Small helpers


def _entries(spec: str) -> list[str]:
    return [e.strip() for e in spec.replace("\n", "").split(";") if e.strip()]


_PARSED: dict[tuple[str, str], list[tuple[list[str], str | None]]] = {}


def _names(origin: str, slot: str) -> list[tuple[list[str], str | None]]:
    key = (origin, slot)
    if key not in _PARSED:
        out = []
        for entry in _entries(NAMES[origin][slot]):
            nick = None
            if "/" in entry:
                entry, nick = entry.split("/", 1)
            out.append((entry.split("|"), nick))
        _PARSED[key] = out
    return _PARSED[key]


def _surname_variants(entry: str, gender: str) -> list[str]:
    out = []
    for v in entry.split("|"):
        if ">" in v:
            m, f = v.split(">", 1)
            out.append(f if gender == "F" else m)
        else:
            out.append(v)
    return out


_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})


def strip_marks(text: str) -> str:
    text = text.translate(_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def ascii_lower(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_marks(text).lower())


def split_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text) if w]


def core_words(surname: str) -> list[str]:
    words = split_words(surname)
    rest = [w for w in words if w.lower() not in PARTICLES and len(w) > 1]
    return rest or [w for w in words if len(w) > 1]


def cap_sur(surname: str) -> str:
    return surname[0].upper() + surname[1:] if surname and surname[0].islower() else surname


def distinct_words(text: str, generic: set[str] = GENERIC) -> list[str]:
    out = []
    for tok in re.split(r"[\s/&,]+", text):
        for w in tok.split("-"):
            w = w.strip(".,;:()'\"’")
            if len(w) < 2 or not any(c.isalpha() for c in w):
                continue
            if fold(w) in generic or fold(w) in PARTICLES:
                continue
            out.append(w)
    return out


def possessive(name: str) -> tuple[str, str]:
    """(written form, the word a leak check looks for)."""
    low = name.lower()
    if low.endswith(("s", "x", "z")):
        return name + "'", name
    if low[-1] in "aiouyé":
        return name + "'s", name
    return name + "s", name + "s"


def diminutive(name: str, origin: str) -> str | None:
    if name in DIM:
        return DIM[name]
    if origin not in ("nl", "fries", "zeeuws", "indo", "moluks", "creools", "antilliaans") or " " in name:
        return None
    low = name.lower()
    if low[-1] in "nlr" and len(low) > 2 and low[-2] in "aeiou" and low[-3] in "aeiou":
        return name + "tje"
    if low[-1] in "kpstfg":
        return name + "je"
    return None


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + word[-1]
    for _ in range(12):
        op = rng.randrange(5)
        i = rng.randrange(1, len(word) - 1)
        if op == 0:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 1 and len(word) >= 5:
            w = word[:i] + word[i + 1:]
        elif op == 2:
            w = word[:i] + word[i] + word[i:]
        elif op == 3:
            pairs = [("ij", "y"), ("y", "ij"), ("ou", "au"), ("ie", "i"), ("c", "k"), ("k", "c"), ("ei", "ij"),
                     ("s", "z"), ("ph", "f"), ("ee", "e"), ("oe", "u"), ("dt", "t")]
            a, b = rng.choice(pairs)
            w = word[0] + word[1:].replace(a, b, 1)
        else:
            w = word[:-1] + rng.choice("aeion")
        if w != word and w[0] == word[0] and len(w) >= 3:
            return w
    return word + word[-1]


def _bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def _iban_check(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return f"{98 - int(conv) % 97:02d}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _iban(rng: random.Random, origin: str) -> str:
    foreign = {"pools": ("PL", 24), "litouws": ("LT", 16), "hongaars": ("HU", 24), "roemeens": ("RO", 0),
               "turks": ("TR", 22), "italiaans": ("IT", 0), "grieks": ("GR", 23)}
    if origin in foreign and rng.random() < 0.3:
        country, n = foreign[origin]
        if country == "RO":
            bban = rng.choice(["BTRL", "RNCB", "BRDE"]) + _digits(rng, 16)
        elif country == "IT":
            bban = rng.choice("ABCX") + _digits(rng, 22)
        else:
            bban = _digits(rng, n)
    else:
        country = "NL"
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + _digits(rng, 10)
    iban = country + _iban_check(country, bban) + bban
    if rng.random() < 0.65:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban if rng.random() < 0.85 else iban.lower()


def _plate(rng: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    side = rng.choice(["LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "99-LL-LL",
                       "L-99-LLL", "9-LL-999", "999-LL-9"])
    out = "".join(rng.choice(L) if c == "L" else rng.choice("0123456789") if c == "9" else c for c in side)
    r = rng.random()
    if r < 0.15:
        return out.replace("-", "")
    if r < 0.22:
        return out.lower()
    return out


def _postcode(rng: random.Random) -> str:
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            break
    num = str(rng.randrange(1011, 9999))
    r = rng.random()
    if r < 0.6:
        return f"{num} {pair}"
    if r < 0.9:
        return num + pair
    return f"{num} {pair.lower()}"


def _nl_phone(rng: random.Random, landline: bool = False, service: bool = False) -> str:
    if service:
        sub = _digits(rng, 7)
        return rng.choice([f"088-{sub}", f"088 {sub[:3]} {sub[3:]}", f"088{sub}"])
    if landline:
        area = rng.choice(["10", "20", "30", "40", "50", "70", "71", "72", "73", "76", "58", "13", "24", "26",
                           "38", "43", "45", "53", "55", "111", "113", "118", "512", "513", "515", "591", "299",
                           "342", "172"])
        sub = _digits(rng, 9 - len(area))
        sub = str(rng.randrange(2, 9)) + sub[1:]
        r = rng.randrange(6)
        if r == 0:
            return f"0{area}-{sub}"
        if r == 1:
            return f"(0{area}) {sub[:-4]} {sub[-4:-2]} {sub[-2:]}"
        if r == 2:
            return f"0{area} {sub[:-4]} {sub[-4:]}"
        if r == 3:
            return f"+31 {area} {sub}"
        if r == 4:
            return f"0{area}{sub}"
        return f"0{area} - {sub[:2]} {sub[2:4]} {sub[4:]}"
    n = "6" + str(rng.randrange(1, 10)) + _digits(rng, 7)
    r = rng.randrange(11)
    return [f"0{n}", f"06-{n[1:]}", f"06 {n[1:5]} {n[5:]}", f"06 {n[1:]}", f"06-{n[1:4]} {n[4:7]} {n[7:]}",
            f"+31 6 {n[1:]}", f"+31{n}", f"+31 (0)6 {n[1:5]} {n[5:]}", f"0031 6 {n[1:]}", f"0031{n}",
            f"06.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"][r]


def _foreign_phone(rng: random.Random, origin: str) -> str:
    _, _, _, code, pattern = ABROAD.get(origin, _DEFAULT_ABROAD)
    num = "".join(rng.choice("0123456789") if c == "#" else c for c in pattern)
    r = rng.random()
    if r < 0.6:
        return f"{code} {num}"
    if r < 0.85:
        return code + num.replace(" ", "")
    return "00" + code[1:] + " " + num


# ============================================================================================
# Cast


@dataclass
class Role:
    label: str          # "zoon/dochter": by gender
    gender: str | None
    age: str            # kind, jong, volw, oud
    origin: str         # fam, any, prof, ex, cl
    surname: str        # fam, own, zd, ex, cl
    prof: str = ""      # "", formal, arts, mr, juf, first


ROLES: dict[str, Role] = {
    "cl": Role("cliënt", None, "oud", "fam", "fam"),
    "pt": Role("partner", None, "oud", "fam", "fam"),
    "zd": Role("zoon/dochter", None, "volw", "fam", "fam"),
    "kleinzoon": Role("kleinzoon", "M", "jong", "fam", "zd"),
    "kleindochter": Role("kleindochter", "F", "jong", "fam", "zd"),
    "schoonzoon": Role("schoonzoon", "M", "volw", "any", "own"),
    "buurvrouw": Role("buurvrouw", "F", "volw", "any", "own"),
    "buurman": Role("buurman", "M", "volw", "any", "own"),
    "casemanager": Role("casemanager dementie", None, "volw", "prof", "own", "formal"),
    "collega": Role("collega", None, "volw", "prof", "own", "first"),
    "huisarts": Role("huisarts", None, "volw", "prof", "own", "arts"),
    "bewindvoerder": Role("bewindvoerder", None, "volw", "prof", "own", "formal"),
    "apotheker": Role("apotheker", None, "volw", "prof", "own", "formal"),
    "vriend_zd": Role("nieuwe partner van zoon/dochter", None, "volw", "any", "own"),
    "auteur": Role("auteur", None, "volw", "prof", "own", "formal"),
    "k1": Role("kind", None, "kind", "fam", "fam"),
    "k2": Role("broer/zus", None, "kind", "fam", "fam"),
    "moeder": Role("moeder", "F", "volw", "fam", "own"),
    "vader": Role("vader", "M", "volw", "fam", "fam"),
    "bz": Role("broer/zus", None, "kind", "fam", "fam"),
    "stiefvader": Role("stiefvader", "M", "volw", "any", "own"),
    "oma": Role("oma", "F", "oud", "fam", "own"),
    "opa": Role("opa", "M", "oud", "fam", "fam"),
    "oppas": Role("oppas", "F", "jong", "any", "own"),
    "kinderarts": Role("kinderarts", None, "volw", "prof", "own", "arts"),
    "seh_arts": Role("SEH-arts", None, "volw", "prof", "own", "arts"),
    "vt": Role("Veilig Thuis-medewerker", None, "volw", "prof", "own", "formal"),
    "wijkagent": Role("wijkagent", None, "volw", "prof", "own", "formal"),
    "broertje": Role("broertje", "M", "kind", "fam", "fam"),
    "zusje": Role("zusje", "F", "kind", "fam", "fam"),
    "juf": Role("leerkracht", "F", "volw", "prof", "own", "juf"),
    "meester": Role("leerkracht", "M", "volw", "prof", "own", "juf"),
    "mentor": Role("mentor", None, "volw", "prof", "own", "formal"),
    "zoco": Role("zorgcoördinator", None, "volw", "prof", "own", "formal"),
    "jeugdarts": Role("jeugdarts", None, "volw", "prof", "own", "arts"),
    "smw": Role("schoolmaatschappelijk werker", None, "volw", "prof", "own", "formal"),
    "trainer": Role("trainer", "M", "volw", "any", "own", "first"),
    "klasgenoot": Role("klasgenoot", None, "kind", "any", "own"),
    "collega_lp": Role("collega", None, "volw", "prof", "own", "first"),
    "ex": Role("ex-partner", "M", "volw", "fam", "fam"),
    "vriendin": Role("nieuwe vriendin van ex", "F", "volw", "any", "own"),
    "broer_ex": Role("broer van ex", "M", "volw", "ex", "ex"),
    "moeder_cl": Role("moeder van cliënt", "F", "oud", "cl", "cl"),
    "zus_cl": Role("zus van cliënt", "F", "volw", "cl", "cl"),
    "advocaat": Role("advocaat", None, "volw", "prof", "own", "mr"),
    "groepswerker": Role("groepswerker", None, "volw", "prof", "own", "first"),
    "medebewoonster": Role("medebewoonster", "F", "volw", "any", "own"),
    "ambulant": Role("ambulant hulpverlener", None, "volw", "prof", "own", "formal"),
    "tolk": Role("tolk", None, "volw", "fam", "own", "first"),
    "coa_mw": Role("COA-medewerker", None, "volw", "prof", "own", "formal"),
    "oom": Role("oom", "M", "volw", "fam", "fam"),
    "tante": Role("tante", "F", "volw", "fam", "own"),
    "zoon_abroad": Role("oudste zoon", "M", "jong", "fam", "fam"),
    "gza_arts": Role("GZA-arts", None, "volw", "prof", "own", "arts"),
}
ABROAD_ROLES = {"zoon_abroad", "moeder_cl", "zus_cl", "tante"}
FAMILY_HOUSE = {"k1", "k2", "bz", "broertje", "zusje", "cl", "pt"}


@dataclass
class Member:
    key: str
    label: str
    gender: str
    age: str
    origin: str
    first: str
    first_alts: list[str]
    nick: str | None
    surname: str
    sur_alts: list[str]
    sur_entry: str
    prof: str
    dob: tuple[int, int, int]
    middle: str = ""
    maiden_entry: str = ""
    vault: bool = False
    vrole: str = ""
    household: str = ""
    ids: dict = field(default_factory=dict)
    used_alts: list = field(default_factory=list)
    mentions: int = 0

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass
class Inst:
    key: str
    type: str
    full: str
    shorts: list[str]
    domain: str
    mentions: int = 0
    phone: str = ""


# ============================================================================================
# Templates.
#   {key} {key:form}      a person (forms: vol vn ach titel bez trans reg inach)
#   {g:key:a:b}           a if key is male else b
#   {I:key} {I:key:vol}   an institution
#   {tel:key} {mail:key} {mail:key@inst} {tel:@inst} {adres:key} {pc:key} {iban:key} {bsn:key} {geb:key}
#   {kent:key} {acc:key[:platform]} {ini:key|-}  identifiers
#   {?a|b|c}              a choice; [[...]] a clinical phrase; <<...>> a word-name phrase
#   "@cond,cond " prefix  beg!key / beg=key / vault:key / novault:key

ELDER = dict(
    head=[
        "Rapportage wijkverpleging {I:tz:vol} – {date}\nCliënt: {cl:vol}, geb. {geb:cl}\nAdres: {adres:cl}, {pc:cl} {city}",
        "Zorgnotitie {date}, huisbezoek {time}\nBetreft: {cl:titel} ({geb:cl}), BSN {bsn:cl}",
        "MELDCODE – signalen ouderenmishandeling\nCliënt {cl:vol}, {adres:cl} te {city}\nWijkverpleging {I:tz:vol}, verslag van {date}",
        "Verslag huisbezoek bij {cl:titel}, {date}. Wijkverpleegkundige: {auteur}.",
        "Cliënt: {cl:vol} | geb. {geb:cl} | tel. {tel:cl}\nThuiszorg: {I:tz:vol}",
        "{date} – {cl:vol}, {pc:cl} {city}\nZorgen over mogelijke financiële uitbuiting.",
    ],
    groups=[
        ("Observaties", [
            "Bij binnenkomst lag {cl} nog in bed; [[het incontinentiemateriaal was niet verschoond]].",
            "{cl} oogt vermagerd, [[de koelkast was vrijwel leeg]] en er lag [[beschimmeld brood op het aanrecht]].",
            "Tijdens de ADL zag ik [[blauwe plekken op beide bovenarmen]]. {cl:vn} kon niet zeggen hoe dat kwam.",
            "[[De medicatie is al dagen niet ingenomen]]: de baxterrollen van {I:apo} lagen ongeopend in de la.",
            "{cl} [[schrikt als er iemand binnenkomt]] en [[kijkt steeds naar de deur]].",
            "[[Huid is droog en schilferig]], [[decubitus graad 2 op de stuit]].",
            "{cl:titel} [[draagt al dagen dezelfde kleding]] en [[ruikt sterk naar urine]].",
            "{cl} [[huilde tijdens de wondzorg]] en zei: 'Niet tegen {zd:vn} zeggen.'",
            "[[De verwarming stond uit]] terwijl het buiten koud was; {cl} [[had koude handen en voeten]].",
            "{cl} is [[verward en niet georiënteerd in tijd]].",
            "Op tafel lagen [[aanmaningen van de energieleverancier]] en een brief van de bank.",
            "[[Gewicht is in zes weken vier kilo gedaald]], zegt {cl:vn} zelf.",
            "[[Schaafwond op de onderarm]] en [[een blauwe plek bij het oog]]; volgens {zd} is {cl:vn} gevallen.",
            "{cl} [[eet slecht en drinkt te weinig]].",
            "[[Pinpas en bankpapieren zijn niet meer in huis]], {cl:vn} weet niet waar ze zijn.",
            "{pt} ({g:pt:echtgenoot:echtgenote}) is zelf slecht ter been en kan niet ingrijpen.",
            "{cl:titel} [[durft niet te zeggen wie het geld opneemt]].",
        ]),
        ("Financiën en netwerk", [
            "Volgens {cl:titel} regelt {g:zd:zoon:dochter} {zd:vol} 'alles met de bank'. {g:zd:Hij:Zij} heeft een pinpas van rekening {iban:cl}.",
            "{zd} neemt volgens de buurvrouw elke week geld op; [[er is geen geld voor boodschappen]].",
            "Buurvrouw {buurvrouw} belde om {time}: ze hoort {cl:titel} 's avonds roepen.",
            "{buurvrouw} (buurvrouw) vertelt dat {zd:vn} vaak met een onbekende man komt, in een auto met kenteken {kent:zd}.",
            "Kleinzoon {kleinzoon} woont sinds kort in en slaapt in de voorkamer. {cl} wordt stil als hij binnenkomt.",
            "{kleindochter} (kleindochter) doet de boodschappen, maar [[de bonnetjes kloppen niet]].",
            "{zd:vol} is bereikbaar op {tel:zd} en via {mail:zd}.",
            "Bij vragen over geld reageert {zd} boos: '{g:cl:Mijn vader:Mijn moeder} is in de war, dat weet u toch.'",
            "{cl} heeft sinds {year} een bewindvoerder, {bewindvoerder} van {I:bw}; die wist niet dat {zd:vn} nog een pinpas heeft.",
            "Schoonzoon {schoonzoon} heeft een sleutel en komt 's nachts, zegt {cl:vn}.",
            "{zd} wil dat {cl:vn} een volmacht tekent; {cl:vn} [[begrijpt niet wat er getekend moet worden]].",
            "De nieuwe partner van {zd:vn}, {vriend_zd}, zou geld hebben 'geleend'.",
            "Het pensioen komt binnen op {iban:cl}; er zijn grote opnames gedaan in {city}.",
            "{cl:titel} vertelt dat de auto van {zd:vn} ({kent:zd}) op {g:cl:zijn:haar} naam staat.",
            "Gisteren belde {kleinzoon} met de vraag of de zorg 'wat minder vaak' kan komen.",
            "{schoonzoon:vol} heeft {cl:vn} gevraagd een lening af te sluiten.",
            "Buurman {buurman} ziet {zd:vn} vaak met tassen de woning uit komen.",
            "{zd:bez} auto staat bijna elke dag voor de deur, ook als {cl:titel} slaapt.",
            "Afgelopen week kwam {kleinzoon} drie keer 's nachts binnen met een eigen sleutel.",
            "Volgens de buren zegt {vriend_zd} tegen iedereen dat het huis 'straks toch van hen' is.",
            "Ook {buurman} heeft {cl:titel} horen huilen.",
            "Kleinzoon {kleinzoon} verkoopt spullen uit het huis via Facebook ({acc:kleinzoon:facebook}).",
        ]),
        ("Afspraken", [
            "Overleg met casemanager dementie {casemanager} ({I:zorg}): {g:casemanager:hij:zij} herkent het beeld.",
            "Huisarts {huisarts} van {I:ha} gebeld; [[geen medische verklaring voor de blauwe plekken]].",
            "Apotheker {apotheker} ({I:apo}) meldt dat de medicatie al twee keer door {zd:vn} is opgehaald.",
            "Afspraak: MDO op {date} met {casemanager}, {huisarts} en collega {collega}.",
            "{collega} neemt morgen de ochtendzorg over en let op de blauwe plekken.",
            "Veilig Thuis geraadpleegd voor advies, stap 3 van de meldcode.",
            "Besproken: tijdelijke opname in {I:vph} of dagbesteding bij {I:dag}.",
            "{cl} gaat twee dagen per week naar {I:dag}; daar is [[een verandering in gedrag]] opgevallen.",
            "Rapportage gemaild naar {mail:casemanager@zorg}.",
            "Telefoonnummer van {zd:vn} ({tel:zd}) doorgegeven aan de huisarts.",
            "{cl:titel} gaat op zondag naar {I:rel}; daar zijn geen zorgen gemeld.",
            "Vervolgbezoek door {collega} op {date}, om {time}.",
        ]),
    ],
    words=[
        "<<De post>> ligt al weken ongeopend op tafel.",
        "Vanwege <<de storm>> was het bezoek een dag verschoven.",
        "{cl} vertelt trots dat {g:cl:hij:zij} vroeger werkte <<als kok>> op een vrachtschip.",
        "{cl} zegt: 'Ik <<hoop dat>> {g:zd:hij:zij} niet boos wordt.'",
        "Vroeger ging {cl:vn} elke ochtend langs <<bij de bakker>>.",
        "<<In de winter>> zit {cl:vn} vaak in de kou.",
        "Op de vensterbank staat <<een roos>> in een vaas; de rest van het huis is verwaarloosd.",
        "Er ligt <<een berg>> vuile was in de badkamer.",
        "{cl} woont <<om de hoek>> van de kerk.",
        "{cl} was vroeger <<de koster>> van de kerk in het dorp.",
        "<<Deze zomer>> is {cl:vn} twee keer gevallen.",
        "<<De toon>> van {zd:vn} aan de telefoon was dreigend.",
        "{cl} woont aan <<de dijk>>, ver van de bushalte.",
    ],
    sign=["— {ini:-}, wijkverpleegkundige", "Verslag: {auteur}, wijkverpleegkundige {I:tz}",
          "Gerapporteerd door {auteur} ({ini:auteur})", "Wijkverpleegkundige {auteur}"],
    clin=["blauwe plekken op de polsen", "ligt in een nat bed", "is sterk vermagerd", "vergeet te eten",
          "ruikt naar alcohol", "heeft een open wond aan het been", "is angstig en teruggetrokken",
          "wil niet alleen gelaten worden", "heeft geen schone kleding meer", "slaapt overdag veel",
          "de voordeur stond open", "de wc was vervuild", "steunkousen niet aangetrokken",
          "klaagt over pijn in de heup", "huilt als het over geld gaat", "het gehoorapparaat is kwijt",
          "zit de hele dag in de stoel", "is onrustig in de avond"],
    inst_fallback="Zorg wordt geleverd door {I:tz:vol}.",
)

SEH = dict(
    head=[
        "SEH {I:zh:vol}, {date} {time}\nPatiënt: {k1:vol}, geb. {geb:k1}, BSN {bsn:k1}\nTriage MTS: {mts}, door {ini:-}",
        "Spoedeisende hulp kinderen – {I:zh:vol}\nNaam: {k1:vol} ({geb:k1})\nAdres: {adres:k1}, {pc:k1} {city}\nBegeleider: {beg}",
        "SEH-verslag {date}. {k1:vol}, {leeftijd:k1}, komt om {time} binnen met {beg}.",
        "Verwezen door {I:hap} om {time}. Kind: {k1:vol}, geb. {geb:k1}.",
        "SEH {date}\n{k1:vol} | {geb:k1} | {adres:k1}, {pc:k1} {city}",
    ],
    groups=[
        ("Anamnese", [
            "@k1<2 Volgens {beg} is {k1} [[van de trap gevallen]], maar {g:k1:hij:zij} kan nog niet lopen.",
            "@k1>3 Volgens {beg} is {k1} [[van het klimrek gevallen]]; {k1:vn} zelf zegt niets.",
            "{beg} vertelt dat {k1:vn} [[tegen de verwarming is aangelopen]].",
            "Toedracht wisselt: eerst 'van de bank gerold', later 'door {broertje} geduwd'.",
            "Het ongeval zou gisteravond zijn gebeurd; [[pas vanochtend hulp gezocht]].",
            "{k1} zegt zelf: 'Papa was boos.'",
            "@beg!moeder Moeder was niet thuis; {k1:vn} was bij {stiefvader}, de nieuwe partner van moeder.",
            "Oppas {oppas} heeft {k1:vn} gebracht en belde moeder op {tel:moeder}.",
            "@beg!moeder {moeder:vol} komt later, {g:k1:haar zoon:haar dochter} was bij {beg}.",
            "Volgens oma {oma} gebeurt dit 'vaker als {g:stiefvader:hij:zij} gedronken heeft'.",
            "{beg} wil snel weer naar huis en beantwoordt vragen kortaf.",
        ]),
        ("Lichamelijk onderzoek", [
            "LO: [[blauwe plek op de wang]], [[vingerafdrukvormige hematomen op de bovenarm]].",
            "Bij onderzoek [[ronde brandwondjes op de handrug]], doorsnede circa acht millimeter.",
            "[[Bult op het achterhoofd]], {k1} [[huilt hoog en ontroostbaar]].",
            "Röntgen: [[spiraalfractuur van de linker onderarm]].",
            "[[Blauwe plekken in verschillende stadia]] op rug en billen.",
            "[[Gescheurd tongriempje]] en [[bloed in de mond]].",
            "@k1<3 [[Luierdermatitis met open huid]], gewicht onder de p3.",
            "[[Schaafwonden op beide knieën]], passend bij een val.",
            "[[Puntbloedinkjes rond de ogen]], [[striemen in de hals]].",
            "@k1<2 Fundoscopie door de oogarts: [[retinabloedingen aan beide kanten]].",
            "{k1} [[maakt weinig oogcontact]] en [[laat alles over zich heen komen]].",
        ]),
        (None, [
            "SPUTOVAMO-screening:\n- Anamnese passend bij letsel? {?Nee, [[letsel past niet bij de toedracht]].|Twijfel, verhaal wisselt.}\n"
            "- Onnodige vertraging? {?Ja, [[pas na een dag hulp gezocht]].|Nee.}\n"
            "- Past bij ontwikkelingsleeftijd? {?Nee, [[letsel past niet bij de leeftijd]].|Ja.}\n"
            "- Interactie ouder-kind: {?[[moeder reageert vlak en afwezig]]|[[kind zoekt geen troost bij begeleider]]|adequaat}.\n"
            "- Verwaarlozing: {?[[kleding vies en te klein]]|[[verzorging is matig]]|geen aanwijzingen}.\n"
            "- Eerdere SEH-bezoeken: {?twee keer in het afgelopen jaar, in {I:zh2}|niet bekend}.\n"
            "- Eindoordeel: {?positief, vervolgactie nodig|positief, overleg met kinderarts}.",
            "SPUTOVAMO positief op vragen 1, 2 en 4. {?[[Letsel past niet bij de toedracht]].|[[Verhaal van begeleider wisselt]].}",
        ]),
        ("Beleid", [
            "Kinderarts {kinderarts} in consult; skeletscan en stollingsonderzoek aangevraagd.",
            "Overleg met Veilig Thuis, medewerker {vt}, melding gedaan om {time}.",
            "Politie ingelicht; wijkagent {wijkagent} komt langs.",
            "Huisarts {huisarts} ({I:ha}) wordt morgen gebeld.",
            "{k1} blijft ter observatie op de kinderafdeling.",
            "@beg!moeder Moeder {moeder:vn} is gebeld op {tel:moeder} en is onderweg.",
            "@beg!vader {vader:titel} belde vanaf {tel:vader} en was agressief aan de telefoon.",
            "SEH-arts {seh_arts} heeft foto's van het letsel in het dossier gezet.",
            "Broertje {broertje} ({nrk} jr) zit op {I:kdv}; zusje {zusje} gaat naar {I:school}.",
            "Gezinssamenstelling: moeder {moeder:vol}, {stiefvader} (partner van moeder), {k1:vn} en {broertje}.",
            "{stiefvader} kwam met een bestelbus, kenteken {kent:stiefvader}, en werkt bij {I:werk}.",
            "Adres: {adres:k1}, {pc:k1} {city}. Huisarts: {I:ha}.",
            "{bz} was bij het incident aanwezig en heeft het gezien.",
            "{seh_arts} en {kinderarts} hebben de ouders samen gesproken.",
            "{k1:bez} broertje {broertje} was thuis toen het gebeurde, zegt {beg}.",
            "Later op de avond belde {oma} met de vraag of {k1:vn} mee naar huis mag.",
            "'{broertje} deed het,' zegt {k1:vn} steeds opnieuw.",
            "@k1>11 Volgens {k1:vn} staan er foto's van het letsel op Snapchat ({acc:k1:snapchat}).",
            "Contact moeder: {tel:moeder}, {mail:moeder}.",
        ]),
    ],
    words=[
        "Bij een eerder bezoek zat er <<een boon>> in de neus.",
        "Oma zegt: 'Ik <<hoop dat>> {g:k1:hij:zij} niet uit huis wordt geplaatst.'",
        "{k1} wil de knuffel, <<de beer>>, niet loslaten.",
        "Het gezin woont <<om de hoek>> van het ziekenhuis.",
        "Vader werkt <<als kok>> en was niet bereikbaar.",
        "<<In de winter>> was {k1:vn} ook al eens op de SEH.",
        "Kleine blauwe plek in <<de lies>>, verder geen letsel.",
        "{k1} vertelt over <<de storm>> van gisteren, niet over het letsel.",
        "Volgens {beg} is {k1:vn} van <<de dijk>> gefietst.",
    ],
    sign=["Triage: {ini:-}; SEH-arts {seh_arts}", "— {seh_arts}, SEH-arts", "Verslag {ini:-}"],
    clin=["zwelling van de pols", "kind is stil en teruggetrokken", "oude en nieuwe blauwe plekken",
          "schrikt bij aanraking", "blauwe plek achter het oor", "brandwond in de vorm van een strijkijzer",
          "geen verklaring voor het letsel", "bult op het voorhoofd", "gebroken sleutelbeen",
          "kind is bang voor de begeleider", "kneuzing van de ribben", "wond aan de bovenlip",
          "ernstige luieruitslag", "moeder huilt tijdens het gesprek", "kind vraagt om eten"],
    inst_fallback="Opname op de kinderafdeling van {I:zh:vol}.",
)

LEERPLICHT = dict(
    head=[
        "Dossier leerplicht {k1:vol} (geb. {geb:k1})\nSchool: {I:school:vol}, {klas}\nMentor: {mentor}\nZorgcoördinator: {zoco}",
        "Verzuimmelding {date} – leerling {k1:vol}, {I:school:vol}\nOuders: {moeder:vol} en {vader:vol}, {adres:k1}, {pc:k1} {city}",
        "Leerplicht – gespreksverslag {date}\nLeerling: {k1:vol}, BSN {bsn:k1}\nAanwezig: {moeder:titel}, {mentor}, {zoco} en ondergetekende",
        "Casus {k1:vn} ({I:school}), melding via DUO op {date}.",
        "LEERPLICHT {date}\n{k1:vol}, {klas}, {I:school:vol}",
    ],
    groups=[
        ("Verzuim", [
            "Ongeoorloofd afwezig op {date}, {date} en {date}; totaal {nr} lesuren.",
            "Sinds de herfstvakantie {nr} keer te laat, [[vooral op maandagochtend]].",
            "{k1} [[klaagt vaak over buikpijn]] en wordt dan door moeder opgehaald.",
            "Volgens mentor {mentor} is {k1:vn} [[vaak moe en afwezig in de les]].",
            "{k1} [[komt zonder ontbijt naar school]] en [[heeft geen gymspullen bij zich]].",
            "{k1} vertelt dat {g:k1:hij:zij} [[op de kleintjes moet passen]] als moeder werkt.",
            "[[Kleding is vaak vies]] en [[ruikt naar rook]].",
            "{k1} [[eet slecht sinds de verhuizing]] en [[slaapt slecht]].",
            "Op vrijdagen [[ontbreekt de leerling bijna altijd]].",
            "@k1<12 {k1} [[plast weer in bed]], vertelde moeder in het gesprek.",
            "Zorgcoördinator {zoco} meldt dat {k1:vn} [[na de pauze niet meer terugkomt]].",
            "{k1} [[trekt zich terug in de pauze]] en [[is snel boos op klasgenoten]].",
            "{zoco} zag [[een blauwe plek op de onderarm]] tijdens de gymles.",
            "{k1:bez} cijfers zijn sinds de zomervakantie sterk gedaald, meldt {mentor}.",
            "@k1<12 Vanochtend bracht {oma} {k1:vn} om half elf, zonder briefje.",
            "Volgens de conciërge stond {stiefvader} na schooltijd te schreeuwen op het plein.",
        ]),
        (None, [
            "Mail van moeder, {date}:\n> Van: {mail:moeder}\n> Onderwerp: ziekmelding {k1:vn}\n> Beste {g:mentor:meneer:mevrouw} {mentor:ach},\n"
            "> {k1:vn} is vandaag weer ziek, {g:k1:hij:zij} heeft de hele nacht overgegeven. Ik <<hoop dat>> {g:k1:hij:zij} morgen kan komen.\n"
            "> Met vriendelijke groet,\n> {moeder:vol}\n> {tel:moeder}",
            "Doorgestuurde mail van vader:\n> Van: {vader:vol} <{mail:vader}>\n> Aan: {mail:mentor@school}\n"
            "> Mijn {g:k1:zoon:dochter} komt niet meer zolang de school {g:k1:hem:haar} zo behandelt.\n> Groet, {vader:vn}\n> Tel. {tel:vader}",
            "Reactie van school op de ziekmelding:\n> Beste {moeder:titel},\n> Wij maken ons zorgen over het verzuim van {k1:vn}.\n"
            "> Met vriendelijke groet,\n> {zoco:inach}\n> Zorgcoördinator {I:school}\n> T {tel:@school} | {mail:zoco@school}",
            "Appje van moeder aan de mentor ({date}): '{k1:vn} blijft thuis, {g:k1:hij:zij} heeft koorts. Groetjes {moeder:vn}'",
        ]),
        ("Thuissituatie", [
            "Moeder werkt in ploegendienst bij {I:werk}; {k1:vn} past dan op {broertje}.",
            "De nieuwe partner van moeder, {stiefvader}, woont sinds kort in.",
            "Oma {oma} houdt {k1:vn} thuis als moeder nachtdienst heeft.",
            "{k1} voetbalt bij {I:club}; trainer {trainer} zegt dat {g:k1:hij:zij} daar wel elke week komt.",
            "Klasgenoot {klasgenoot} vertelde de mentor dat {k1:vn} thuis geslagen wordt.",
            "@k1>10 Op Instagram ({acc:k1:instagram}) staan filmpjes van een ruzie thuis, volgens {zoco}.",
            "@k1>10 {k1} is op TikTok actief als {acc:k1:tiktok}, ook onder schooltijd.",
            "@k1>11 {k1} stuurde {zoco} 's nachts berichten via Snapchat ({acc:k1:snapchat}).",
            "Zusje {zusje} zit op {I:kdv} en wordt vaak te laat opgehaald.",
            "Jeugdarts {jeugdarts} van {I:ggd} ziet {k1:vn} op {date}.",
            "Schoolmaatschappelijk werker {smw} deed een huisbezoek: [[het huis is erg rommelig]].",
            "Vader woont sinds de scheiding op {adres:vader} en ziet {k1:vn} om het weekend.",
            "{stiefvader} nam op school de telefoon op en zei dat {k1:vn} 'gewoon lui' is.",
            "{k1:bez} {g:broertje:broertje:zusje} {broertje} zit in groep 3 en verzuimt ook.",
            "Volgens {k1:vn} slaat {stiefvader} soms met de deur en schreeuwt dan.",
        ]),
        ("Vervolg", [
            "Gesprek gepland op {date} met {moeder:titel} en {zoco}.",
            "Waarschuwing gegeven; bij herhaling volgt een proces-verbaal.",
            "Doorverwijzing naar de jeugdarts en overleg met Veilig Thuis.",
            "Oproepbrief gestuurd naar {adres:k1}, {pc:k1} {city}.",
            "Moeder is bereikbaar op {tel:moeder}, vader niet.",
            "Contact met collega {collega_lp} van de gemeente over het gezin.",
            "{collega_lp} neemt het dossier over tijdens mijn verlof.",
        ]),
    ],
    words=[
        "{k1} helpt in het weekend <<bij de bakker>> op de markt.",
        "{k1} vertelt dat {g:k1:hij:zij} nu <<de baas>> is thuis, sinds vader weg is.",
        "Het verzuim begon na <<de storm>> in oktober, toen het dak lekte.",
        "<<Deze zomer>> is het gezin verhuisd naar een kleinere woning.",
        "{k1} wil later <<visser worden>>, net als opa.",
        "Moeder zei: '<<Ik ben>> het zat, {g:k1:hij:zij} luistert niet.'",
        "{k1} loopt elke dag door <<het bos>> naar school.",
        "{k1} speelt in de schoolmusical <<de koning>>.",
        "Volgens de mentor doet {k1:vn} met <<hart en ziel>> mee bij sport.",
    ],
    sign=["{auteur}, leerplichtambtenaar", "Paraaf: {ini:auteur}", "Leerplichtambtenaar {auteur} ({ini:auteur})",
          "— {ini:-}"],
    clin=["huiswerk wordt niet gemaakt", "is vaak te laat", "heeft geen jas bij zich", "zit alleen in de pauze",
          "wordt gepest om de kleding", "valt in slaap in de les", "heeft hoofdpijn op school",
          "wil niet naar huis na school", "vertelt weinig over thuis", "is erg afgevallen",
          "cijfers zijn sterk gedaald", "heeft een litteken op de hand", "huilt snel"],
    inst_fallback="Leerling staat ingeschreven bij {I:school:vol}.",
)

OPVANG = dict(
    head=[
        "Dagrapport {I:vrouw:vol} – {date}, {dienst}\nBewoonster: {cl:vol}, kamer {nr}\nKinderen: {k1:vn} en {k2:vn}",
        "DAGRAPPORT {date} ({dienst})\nBewoonster {cl:vn} met {k1} en {k2}",
        "Opvang, rapportage {dienst} {date}. Bewoonster: {cl:vol} (geb. {geb:cl}).",
        "{I:vrouw:vol}, groep 2 – {dienst} {date}\n{cl:vol}, in opvang sinds {date}",
    ],
    groups=[
        ("Veiligheid", [
            "LET OP: {ex:vol} mag het verblijfadres niet weten. Hij rijdt in een {car}, kenteken {kent:ex}.",
            "Vandaag belde een onbekend nummer ({tel:ex}) naar de groepstelefoon; vermoedelijk {ex}. Niet doorverbonden.",
            "{ex} heeft via Facebook ({acc:ex:facebook}) foto's van de kinderen gedeeld met de tekst 'ik vind jullie'.",
            "Zijn nieuwe vriendin {vriendin} stuurde {cl:vn} berichten via Instagram ({acc:vriendin:instagram}).",
            "Broer van {ex:vn}, {broer_ex}, stond gisteren bij het hek van {I:school}.",
            "{cl:vn} heeft haar oude nummer {tel:cl} opgezegd; het nieuwe nummer is alleen bekend bij het team.",
            "Adres na uitstroom: {adres:cl}, {pc:cl} {city}. NIET delen met {ex:vn} of zijn familie.",
            "Aangifte gedaan bij wijkagent {wijkagent}; {g:wijkagent:hij:zij} komt {date} langs.",
            "Het contactverbod voor {ex:ach} loopt tot {date}.",
            "{ex} volgt {cl:vn} via een nepaccount op Instagram: {acc:ex:instagram}.",
            "{ex:vol} is op {date} gezien in de straat; {kent:ex} door een collega genoteerd.",
        ]),
        ("Bewoonster", [
            "{cl:vn} heeft slecht geslapen en [[schrikt wakker van geluiden op de gang]].",
            "{cl} [[heeft pijn aan haar ribben]]; de verwondingen zijn gefotografeerd door huisarts {huisarts}.",
            "Medebewoonster {medebewoonster} zag [[blauwe plekken in haar nek]].",
            "{cl} [[eet weinig]] en [[durft niet alleen naar buiten]].",
            "{cl} [[is bang dat hij haar vindt]].",
            "{cl} [[huilt veel]] na het telefoongesprek met {g:moeder_cl:haar vader:haar moeder} {moeder_cl} in {abroad}.",
            "{cl:vn} belde met haar zus {zus_cl} in {abroad} ({tel:zus_cl}).",
            "{cl} heeft [[een litteken boven het oog]] van een eerder incident.",
            "{cl} werkte tot de vlucht bij {I:werk}; haar leidinggevende weet niet waar ze is.",
            "{cl:vn} [[heeft hoofdpijn en duizeligheid]] sinds de laatste mishandeling.",
        ]),
        ("Kinderen", [
            "@k1<12 {k1} [[plast weer in bed]] sinds de vlucht uit huis.",
            "{k2} [[tekent steeds een huis met een zwarte deur]].",
            "{k1} gaat sinds maandag naar {I:school}; juf {juf:vn} is geïnformeerd over de veiligheidssituatie.",
            "{k2} [[wil niet slapen zonder licht]] en [[klampt zich vast aan moeder]].",
            "Groepswerker {groepswerker} speelde met {k1:vn}; {g:k1:hij:zij} [[reageert schrikachtig op harde stemmen]].",
            "{k1:bez} verjaardag is op {date}; {ex:vn} weet dat en zal proberen contact te zoeken.",
            "Geboortedata: {k1:vn} {geb:k1}, {k2:vn} {geb:k2}.",
            "{k2} gaat naar {I:kdv}; alleen {cl:vn} mag {g:k2:hem:haar} ophalen.",
            "{k2:bez} knuffel is bij de vlucht thuis gebleven; {g:k2:hij:zij} vraagt er elke avond naar.",
            "Vanmiddag stond {broer_ex} bij de ingang en vroeg naar {cl:vn}.",
        ]),
        ("Juridisch en praktisch", [
            "Zitting bij de {I:rb} over de omgangsregeling op {date}; advocaat {advocaat} ({I:adv}) is op de hoogte.",
            "Mr. {advocaat:ach} belde: de voorlopige voorziening is toegewezen.",
            "Nieuwe bankrekening geopend op naam van {cl:vn}: {iban:cl}.",
            "Uitkering aangevraagd; BSN {bsn:cl} doorgegeven aan de gemeente.",
            "Ambulant hulpverlener {ambulant} van {I:jz} start volgende week.",
            "{advocaat:vol} ({I:adv}) is bereikbaar op {tel:@adv}.",
        ]),
    ],
    words=[
        "De kinderen hebben <<in het bos>> gewandeld met de groepswerker.",
        "{cl:vn} zegt: 'Ik <<hoop dat>> hij ons nooit vindt.'",
        "Tijdens <<de storm>> vannacht was {k1:vn} erg angstig.",
        "In de toilettas ontbraken <<de kam>> en een tandenborstel; aangevuld.",
        "{k2} tekende <<een roos>> voor oma.",
        "<<De toon>> van zijn berichten wordt dreigender.",
        "{cl} werkte vroeger <<als kok>> in een hotel.",
        "De auto van {ex:vn} is <<te leen>> van een vriend, zegt {cl:vn}.",
        "{k1} noemt zichzelf '<<een held>>' omdat {g:k1:hij:zij} mama heeft geholpen.",
    ],
    sign=["Rapportage: {groepswerker}", "— {ini:-}", "Dienst: {groepswerker} en {ini:-}"],
    clin=["slaapt slecht", "heeft nachtmerries", "kinderen zijn onrustig", "is angstig op straat",
          "durft haar telefoon niet aan te zetten", "zoontje wil niet van moeder weg", "heeft veel buikpijn",
          "eet nauwelijks", "is schrikachtig", "dochter huilt bij het slapengaan", "trilt als de bel gaat",
          "kan zich slecht concentreren"],
    inst_fallback="Verblijf in {I:vrouw:vol}.",
)

TOLK = dict(
    head=[
        "Gespreksverslag {date} via {?telefonische tolk|tolk ter plaatse} ({taal}), tolk {tolk}\nAanwezig: {moeder:vol}, {vader:vol}, {coa_mw} (COA)\nLocatie: {I:coa:vol}",
        "Gesprek met familie {vader:ach}, {date}, met tolk {taal} ({tolk:vn}).",
        "Verslag huisbezoek {I:coa:vol}, {date}. Tolk: {tolk} ({taal}).",
        "Intake via tolk {taal}\nGezin: {moeder:vol} ({geb:moeder}), kinderen {k1:vn} en {k2:vn}\nAdres: {adres:k1}, {pc:k1} {city}",
    ],
    groups=[
        (None, [
            "Let op spelling: in het COA-systeem staat {vader:reg}, op school schrijven ze {vader:trans}.",
            "{moeder:trans} (ook gespeld als {moeder:trans}) vertelt via de tolk dat het gezin {nr} maanden in {transit} heeft gewacht.",
            "{k1:trans} staat in het schoolsysteem als {k1:trans}; de tolk schrijft het als {k1:trans}.",
            "Naam van {g:k1:de zoon:de dochter} volgens de papieren: {k1:reg}. Thuis noemen ze {g:k1:hem:haar} {k1:trans}.",
        ]),
        ("Gesprek", [
            "{moeder} maakt zich zorgen om {k1:vn}: {g:k1:hij:zij} [[slaapt slecht door nachtmerries]] en [[schrikt van harde geluiden]].",
            "{k1} vertelde juf {juf:vn} dat vader [[slaat met een riem]] als {g:k1:hij:zij} niet luistert.",
            "Vader ontkent en zegt dat het 'een tik' was; de tolk vertaalde het woord eerst als 'straf'.",
            "De oudste zoon, {zoon_abroad}, is nog in {abroad}; contact via WhatsApp op {tel:zoon_abroad}.",
            "Oom {oom} woont in Duitsland en stuurt soms geld.",
            "{k2} [[praat niet over de reis]] en [[speelt weinig met andere kinderen]].",
            "{k1} zit in de nieuwkomersklas van {I:school}, bij juf {juf:vn}.",
            "GZA-arts {gza_arts} zag [[littekens op de rug]] van {k1:vn}.",
            "Moeder [[is somber en moe]] en [[heeft veel hoofdpijn]].",
            "{vader} [[heeft last van herbelevingen]] en [[slaapt maar een paar uur per nacht]].",
            "{k1} [[leert snel Nederlands]] en tolkt soms voor de ouders.",
            "Het gezin bezoekt {I:rel}; moeder heeft daar steun aan.",
            "Tante {tante} in {abroad} is ziek; moeder wil erheen maar heeft geen papieren.",
            "COA-medewerker {coa_mw} meldt dat er 's nachts geschreeuwd wordt in de unit.",
            "Buurvrouw {buurvrouw} uit de unit ernaast hoorde {k2:vn} huilen.",
            "Geboortedatum van {k1:vn} volgens de papieren {geb:k1}; volgens moeder klopt dat niet.",
            "BSN {k1:vn}: {bsn:k1}.",
            "Vader werkt sinds kort bij {I:werk} via een uitzendbureau.",
            "{vader:vn} zegt dat {moeder:vn} [[de kinderen te veel verwent]].",
            "{k1:bez} juf, {juf}, vertelt dat {g:k1:hij:zij} [[vaak in slaap valt in de klas]].",
            "Volgens de tolk noemde {moeder:vn} ook een zwager, {oom}, die 'alles beslist'.",
            "Gisteren belde {zoon_abroad} vanuit {abroad}; moeder was daarna erg van streek.",
            "@k1>11 {k1} heeft contact met onbekende volwassenen via TikTok ({acc:k1:tiktok}).",
        ]),
        ("Afspraken", [
            "Volgend gesprek op {date}, met dezelfde tolk ({tolk:vn}).",
            "Overleg met schoolmaatschappelijk werker {smw} en de mentor.",
            "Zorgen besproken met Veilig Thuis; advies gevraagd zonder namen.",
            "Contact: {moeder:vn} {tel:moeder}, e-mail {mail:moeder}.",
            "{smw} en {coa_mw} doen samen een huisbezoek op {date}.",
            "Aanwezig bij het volgende gesprek: {vader:vn}, {moeder:vn}, {coa_mw} en {tolk:vn}.",
        ]),
    ],
    words=[
        "Moeder vertelt over <<de storm>> op zee tijdens de overtocht.",
        "Vader: 'Ik <<hoop dat>> mijn kinderen hier veilig zijn.'",
        "Vader werkte in {abroad} <<als kok>> in een restaurant.",
        "Geboren <<in de winter>>, maar op papier staat 1 januari.",
        "Opa <<was visser>> in {abroad}.",
        "De kinderen spelen graag <<in het bos>> achter het azc.",
        "<<Deze zomer>> komt er misschien een woning vrij.",
        "{k2} noemt de grote broer '<<een held>>'.",
    ],
    sign=["Verslag: {smw}", "— {ini:-}", "Opgesteld door {smw}, schoolmaatschappelijk werk"],
    clin=["heeft heimwee", "is bang voor uitzetting", "kinderen spelen weinig", "heeft pijn in de rug",
          "praat zachtjes en kijkt weg", "eet weinig", "is snel geïrriteerd", "heeft geen winterkleding",
          "vader is vaak afwezig", "kind huilt veel 's nachts", "moeder is erg moe"],
    inst_fallback="Het gezin woont op {I:coa:vol}.",
)

SPECS = {
    "ouderenmishandeling-wijkverpleging": ELDER,
    "spoedeisende-hulp-seh": SEH,
    "leerplicht-verzuim": LEERPLICHT,
    "opvang-dagrapport": OPVANG,
    "tolk-gesprek": TOLK,
}
PERSON_FILLS = {"tel", "mail", "adres", "pc", "iban", "bsn", "geb", "kent", "acc", "ini", "leeftijd"}
PLAIN_FILLS = {"date", "time", "year", "nr", "nrk", "city", "abroad", "country", "taal", "transit", "car", "mts",
               "dienst", "klas"}


class Invalid(Exception):
    pass


def match_brace(text: str, i: int) -> int:
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unbalanced: {text}")


def split_top(text: str, sep: str = "|") -> list[str]:
    out, depth, cur = [], 0, []
    for c in text:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


INNER_SLOT = re.compile(r"\{([^{}]*)\}")


# ============================================================================================
# The note generator


class Gen:
    def __init__(self, rng: random.Random, style: str, length: str) -> None:
        self.rng = rng
        self.style = style
        self.spec = SPECS[style]
        self.length = length
        self.buf: list[str] = []
        self.pos = 0
        self.tail = ""
        self.items: list[Item] = []
        self.clinical: list[str] = []
        self.words: list[str] = []
        self.cast: dict[str, Member] = {}
        self.alias: dict[str, str] = {}
        self.insts: dict[str, Inst] = {}
        self.used_inst_entries: set[str] = set()
        self.named_unreg: set[str] = set()
        self.named_inst: set[str] = set()
        self.houses: dict[str, tuple] = {}
        self.fam_origin = self._weighted(STYLE_FAMILY[style])
        self.fam_entry = rng.choice(_entries(NAMES[self.fam_origin]["S"]))
        self.fam_idx: int | None = None
        self.city = rng.choice(CITIES)
        self.max_unreg = rng.choice({"short": [1, 2, 2, 3], "medium": [2, 3, 4, 4, 5], "long": [3, 4, 5, 5]}[length])
        self.max_inst = rng.choice({"short": [1, 2, 2], "medium": [2, 3, 3, 4], "long": [3, 4, 4]}[length])
        self.used_first: set[str] = set()

    # -- helpers ------------------------------------------------------------------------------
    def _weighted(self, weights: dict[str, float]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def emit(self, s: str) -> None:
        if s:
            self.buf.append(s)
            self.pos += len(s)
            self.tail = (self.tail + s)[-120:]

    def emit_item(self, kind: str, text: str, checks: list[Check], attrs: dict | None = None) -> None:
        assert text and checks, (kind, text)
        self.items.append(Item(kind, text, self.pos, self.pos + len(text), checks, attrs or {}))
        self.emit(text)

    @property
    def text(self) -> str:
        return "".join(self.buf)

    # -- members ------------------------------------------------------------------------------
    def resolve(self, key: str) -> str:
        return self.alias.get(key, key)

    def member(self, key: str) -> Member:
        key = self.resolve(key)
        if key not in self.cast:
            self.cast[key] = self.make_member(key)
        return self.cast[key]

    def _dob(self, age: str, key: str = "") -> tuple[int, int, int]:
        rng = self.rng
        if age == "volw" and self.style != "ouderenmishandeling-wijkverpleging":
            lo, hi = (1976, 1998) if key in ("moeder", "vader", "ex", "cl", "stiefvader", "oom", "tante") else (1962, 1998)
        elif age == "volw" and key in ("zd", "schoonzoon", "vriend_zd"):
            lo, hi = 1950, 1985
        elif age == "kind":
            lo, hi = {"spoedeisende-hulp-seh": (2013, 2024), "leerplicht-verzuim": (2008, 2019),
                      "opvang-dagrapport": (2011, 2023), "tolk-gesprek": (2009, 2021)}.get(self.style, (2008, 2022))
        elif age == "jong":
            lo, hi = 1994, 2006
        elif age == "volw":
            lo, hi = 1962, 1994
        else:
            lo, hi = 1926, 1952
        return rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)

    def _first(self, origin: str, gender: str, age: str) -> tuple[str, list[str], str | None]:
        slot = gender + ("o" if age == "oud" and gender + "o" in NAMES[origin] else "")
        options = _names(origin, slot)
        for _ in range(8):
            variants, nick = self.rng.choice(options)
            idx = self.rng.randrange(len(variants)) if self.style == "tolk-gesprek" else 0
            first = variants[idx]
            if variants[0] not in self.used_first:
                break
        self.used_first.add(variants[0])
        return first, [v for v in variants if v != first], nick

    def _surname(self, entry: str, gender: str, idx: int | None) -> tuple[str, list[str], int]:
        variants = _surname_variants(entry, gender)
        if idx is None or idx >= len(variants):
            idx = self.rng.randrange(len(variants)) if self.style == "tolk-gesprek" else 0
        return variants[idx], [v for v in variants if v != variants[idx]], idx

    def make_member(self, key: str, gender: str | None = None, age: str | None = None,
                    own_surname: bool = False) -> Member:
        rng = self.rng
        role = ROLES[key]
        gender = gender or role.gender
        age = age or role.age
        if key == "pt" and "cl" in self.cast:
            gender = "M" if self.cast["cl"].gender == "F" else "F"
        if key == "vriend_zd" and "zd" in self.cast:
            gender = "M" if self.cast["zd"].gender == "F" else "F"
        if gender is None:
            gender = rng.choice("MF")
        label = role.label
        if "/" in label:
            a, b = label.rsplit("/", 1)
            head, _, a = a.rpartition(" ")
            label = (head + " " if head else "") + (a if gender == "M" else b)
        # origin
        if role.origin == "fam":
            mix = 0.12 if key in ("moeder", "stiefvader") and self.style != "tolk-gesprek" else 0.0
            origin = self.fam_origin if rng.random() >= mix \
                else self._weighted(ANY_WEIGHTS)
        elif role.origin == "any":
            origin = self._weighted(ANY_WEIGHTS)
        elif role.origin == "prof":
            origin = self._weighted(PROF_WEIGHTS)
        elif role.origin == "ex":
            origin = self.member("ex").origin
        else:  # cl
            origin = self.member("cl").origin
        first, first_alts, nick = self._first(origin, gender, age)
        # surname
        entry, idx = None, None
        if role.surname == "fam" and origin == self.fam_origin and not own_surname:
            entry, idx = self.fam_entry, self.fam_idx
        elif role.surname == "zd" and "zd" in self.cast and self.cast["zd"].gender == "M":
            entry = self.cast["zd"].sur_entry
        elif role.surname == "ex":
            entry = self.member("ex").sur_entry
        elif role.surname == "cl":
            cl = self.member("cl")
            entry = cl.maiden_entry or cl.sur_entry
        if entry is None:
            entry = rng.choice(_entries(NAMES[origin]["S"]))
            if entry == self.fam_entry and role.surname == "own":
                entry = rng.choice(_entries(NAMES[origin]["S"]))
        surname, sur_alts, idx = self._surname(entry, gender, idx)
        if role.surname == "fam" and entry == self.fam_entry and self.fam_idx is None:
            self.fam_idx = idx
        maiden = ""
        if key == "cl" and gender == "F" and origin in ("nl", "fries", "zeeuws", "indo") and rng.random() < 0.5 \
                and self.style == "ouderenmishandeling-wijkverpleging":
            maiden = rng.choice(_entries(NAMES[origin]["S"]))
            if maiden != entry:
                surname = f"{surname}-{maiden}"
                sur_alts = []
        middle = ""
        if origin in ("nl", "fries", "zeeuws", "indo", "moluks", "antilliaans", "creools") and rng.random() < 0.5:
            middle = rng.choice("AJMHCEWPGLT")
        house = "fam" if key in FAMILY_HOUSE or (key in ("moeder",) and self.style != "opvang-dagrapport") \
            or (key == "vader" and self.style == "tolk-gesprek") else key
        if self.style == "opvang-dagrapport" and key in ("k1", "k2", "cl"):
            house = "fam"
        if self.style == "ouderenmishandeling-wijkverpleging" and key in ("k1", "k2", "bz"):
            house = key
        return Member(key=key, label=label, gender=gender, age=age, origin=origin, first=first,
                      first_alts=first_alts, nick=nick, surname=surname, sur_alts=sur_alts, sur_entry=entry,
                      prof=role.prof, dob=self._dob(age, key), middle=middle, maiden_entry=maiden, household=house)

    def register(self, key: str, vrole: str) -> None:
        m = self.member(key)
        m.vault = True
        m.vrole = vrole

    # -- institutions -------------------------------------------------------------------------
    def inst(self, key: str) -> Inst:
        if key in self.insts:
            return self.insts[key]
        pool = INST_KEYS[key]
        if pool == "school":
            age = REF_YEAR - self.member("k1").dob[2] if "k1" in self.cast else 8
            if self.style == "tolk-gesprek":
                pool = "isk" if age >= 12 else "school_po"
            else:
                pool = "school_vo" if age >= 12 else "school_po"
        typ, spec = INSTITUTIONS[pool]
        choices = [e for e in _entries(spec) if e not in self.used_inst_entries]
        if pool == "rel":
            origin = self.member("cl").origin if "cl" in self.cast else self.fam_origin
            tags = REL_TAGS.get(origin, "c")
            choices = [e.split("~", 1)[1] for e in choices if set(e.split("~", 1)[0]) & set(tags)]
        entry = self.rng.choice(choices)
        self.used_inst_entries.add(entry)
        if "~" in entry:
            entry = entry.split("~", 1)[1]
        parts = entry.split("|")
        core = "".join(ascii_lower(w) for w in distinct_words(parts[0]))
        prefix = ascii_lower(parts[0].split()[0]) if self.rng.random() < 0.4 else ""
        domain = (prefix + core if prefix != core else core) + self.rng.choice([".nl", ".nl", ".nl", "-zorg.nl"
                                                                               if typ in ("thuiszorg", "zorg")
                                                                               else ".nl"])
        inst = Inst(key=key, type=typ, full=parts[0], shorts=parts[1:], domain=domain)
        self.insts[key] = inst
        return inst

    def inst_mention(self, key: str, form: str | None) -> None:
        inst = self.inst(key)
        if form == "vol" or not inst.shorts:
            text, f = inst.full, "vol"
        elif form == "kort":
            text, f = self.rng.choice(inst.shorts), "kort"
        elif inst.mentions == 0:
            text, f = (inst.full, "vol") if self.rng.random() < 0.8 else (self.rng.choice(inst.shorts), "kort")
        else:
            text, f = (inst.full, "vol") if self.rng.random() < 0.35 else (self.rng.choice(inst.shorts), "kort")
        if self.tail.endswith("de ") and text[:3].lower() in ("de ", "het"):
            text = inst.full if not inst.full.lower().startswith(("de ", "het ")) else text
        words = distinct_words(text)
        assert words, text
        if text[0].islower() and self.at_start():
            text = text[0].upper() + text[1:]
        inst.mentions += 1
        self.named_inst.add(key)
        self.emit_item("instelling:" + inst.type, text, [Check("word", w) for w in words], {"form": f})

    # -- person names -------------------------------------------------------------------------
    def _title(self, m: Member) -> str:
        rng = self.rng
        if m.prof == "arts":
            return rng.choice(["dr.", "dokter", "dr."])
        if m.prof == "mr":
            return "mr."
        if m.prof == "juf":
            return "juf" if m.gender == "F" else "meester"
        if m.gender == "M":
            return rng.choice(["meneer", "dhr.", "de heer", "meneer", "mijnheer"])
        return rng.choice(["mevrouw", "mw.", "mevr.", "mevrouw"])

    def _initials(self, m: Member) -> str:
        letters = [w[0].upper() for w in split_words(m.first)] + ([m.middle] if m.middle else [])
        return "".join(c + "." for c in letters)

    def _pick_form(self, m: Member) -> str:
        rng = self.rng
        w: dict[str, float]
        if m.vault:
            if m.age == "kind":
                w = {"vn": 40, "vol": 14, "low": 9, "dim": 6, "typo": 5, "caps": 4, "vnini": 5, "trans": 7,
                     "diak": 4, "nick": 4}
            else:
                w = {"titel": 24, "vol": 18, "vn": 14, "low": 6, "ach": 6, "caps": 5, "inach": 8, "typo": 4,
                     "nick": 12 if m.age == "oud" else 6, "trans": 5, "diak": 4, "deel": 10}
            if self.style == "tolk-gesprek":
                w["trans"] = 18
            if m.mentions == 0 and rng.random() < 0.5:
                return "vol" if m.age == "kind" or rng.random() < 0.5 else "titel"
        elif m.prof == "juf":
            w = {"tvn": 50, "vn": 18, "vol": 12, "titel": 10, "low": 8, "typo": 2}
        elif m.prof == "arts":
            w = {"titel": 45, "vol": 25, "inach": 12, "ach": 5, "vn": 3, "low": 5, "typo": 3}
        elif m.prof == "mr":
            w = {"titel": 45, "vol": 25, "inach": 12, "ach": 8, "low": 5, "typo": 3}
        elif m.prof == "formal":
            w = {"titel": 32, "vol": 30, "vn": 12, "inach": 10, "low": 5, "ach": 5, "caps": 3, "typo": 3}
        elif m.prof == "first":
            w = {"vn": 55, "vol": 25, "low": 10, "titel": 4, "inach": 4, "typo": 2}
        else:
            w = {"vn": 55, "vol": 18, "low": 10, "lowvol": 3, "caps": 2, "vnini": 4, "typo": 3, "dim": 3, "nick": 2,
                 "trans": 2}
        # drop impossible forms
        if not m.nick:
            w.pop("nick", None)
        if not (m.first_alts or m.sur_alts):
            w.pop("trans", None)
        if strip_marks(m.full) == m.full:
            w.pop("diak", None)
        if m.age != "kind" or not diminutive(m.first, m.origin):
            w.pop("dim", None)
        if "-" not in m.surname or m.surname.startswith(("Al-", "al-")):
            w.pop("deel", None)
        return self._weighted(w)

    def name_parts(self, m: Member, form: str) -> tuple[str, str, list[str], list[Check]]:
        """(spelling label, text, words to check, extra checks)."""
        rng = self.rng
        fw = split_words(m.first)
        sw = core_words(m.surname)
        if form == "vol" or form == "reg":
            return "volledig", m.full, fw + sw, []
        if form == "vn":
            return "voornaam", m.first, fw, []
        if form == "ach":
            return "achternaam", cap_sur(m.surname), sw, []
        if form == "titel":
            return "titel+achternaam", f"{self._title(m)} {cap_sur(m.surname)}", sw, []
        if form == "tvn":
            return "titel+voornaam", f"{self._title(m)} {m.first}", fw, []
        if form == "bez":
            text, word = possessive(m.first)
            return "bezittelijk", text, [word], []
        if form == "dim":
            d = diminutive(m.first, m.origin) or m.first
            return "verkleinwoord", d, [d], []
        if form == "nick":
            return "roepnaam", m.nick, [m.nick], []
        if form == "inach":
            ini = self._initials(m)
            extra = [Check("word", ini)] if len(ini) >= 4 else []
            return "initialen+achternaam", f"{ini} {m.surname}", sw, extra
        if form == "vnini":
            return "voornaam+initiaal", f"{m.first} {sw[0][0].upper()}.", fw, []
        if form == "low":
            if rng.random() < 0.5 or m.prof in ("formal", "arts", "mr"):
                return "kleine-letters", m.full.lower(), [w.lower() for w in fw + sw], []
            return "kleine-letters", m.first.lower(), [w.lower() for w in fw], []
        if form == "low1":
            return "kleine-letters", m.first.lower(), [w.lower() for w in fw], []
        if form == "caps1":
            return "hoofdletters", m.first.upper(), [w.upper() for w in fw], []
        if form == "typo1":
            t = typo(m.first, rng)
            return "typfout", t, split_words(t), []
        if form == "trans1":
            opts = [a for a in m.first_alts if a not in m.used_alts] or m.first_alts
            t = rng.choice(opts)
            m.used_alts.append(t)
            return "transliteratie", t, split_words(t), []
        if form == "lowvol":
            return "kleine-letters", m.full.lower(), [w.lower() for w in fw + sw], []
        if form == "caps":
            r = rng.random()
            if r < 0.4 and m.age != "kind":
                return "hoofdletters", cap_sur(m.surname).upper(), [w.upper() for w in sw], []
            if r < 0.7:
                return "hoofdletters", m.first.upper(), [w.upper() for w in fw], []
            return "hoofdletters", m.full.upper(), [w.upper() for w in fw + sw], []
        if form == "typo":
            if m.age == "kind" or rng.random() < 0.5:
                t = typo(m.first, rng)
                if rng.random() < 0.5:
                    return "typfout", t, split_words(t), []
                return "typfout", f"{t} {m.surname}", split_words(t) + sw, []
            main = max(sw, key=len)
            t = typo(main, rng)
            surname = m.surname.replace(main, t, 1)
            if rng.random() < 0.5 and m.age != "kind":
                return "typfout", f"{self._title(m)} {cap_sur(surname)}", core_words(surname), []
            return "typfout", f"{m.first} {surname}", fw + core_words(surname), []
        if form == "diak":
            if rng.random() < 0.5:
                t = strip_marks(m.full)
                return "zonder-diakrieten", t, split_words(strip_marks(m.first)) + core_words(strip_marks(m.surname)), []
            t = strip_marks(m.first) if strip_marks(m.first) != m.first else strip_marks(cap_sur(m.surname))
            return "zonder-diakrieten", t, split_words(t) if t != strip_marks(cap_sur(m.surname)) else core_words(t), []
        if form == "deel":
            part = m.surname.split("-")[0] if rng.random() < 0.6 else m.surname.split("-", 1)[1]
            return "deel-achternaam", f"{self._title(m)} {cap_sur(part)}", core_words(part), []
        if form == "trans":
            if not (m.first_alts or m.sur_alts):
                return self.name_parts(m, "typo")
            combos = []
            for f in [m.first] + m.first_alts:
                for s in [m.surname] + m.sur_alts:
                    if (f, s) != (m.first, m.surname):
                        combos.append((f, s, f"{f} {s}"))
                if f != m.first:
                    combos.append((f, None, f))
            fresh = [c for c in combos if c[2] not in m.used_alts] or combos
            f, s, text = rng.choice(fresh)
            if s is not None and f == m.first and m.age != "kind" and rng.random() < 0.4:
                text = f"{self._title(m)} {cap_sur(s)}"
            m.used_alts.append(text)
            words = split_words(f) if s is None or text.startswith(f) else []
            return "transliteratie", text, words + (core_words(s) if s is not None else []), []
        raise ValueError(form)

    def name(self, key: str, form: str | None) -> None:
        m = self.member(key)
        if form is None:
            form = self._pick_form(m)
        elif form == "vn" and m.vault:
            r = self.rng.random()
            if m.age == "oud" and r < 0.45:
                form = "titel"
            elif r < 0.3:
                opts = {"low1": 5, "typo1": 3, "caps1": 1}
                if m.nick:
                    opts["nick"] = 4
                if m.first_alts:
                    opts["trans1"] = 5 if self.style == "tolk-gesprek" else 2
                if m.age == "kind" and diminutive(m.first, m.origin):
                    opts["dim"] = 3
                form = self._weighted(opts)
        label, text, words, extra = self.name_parts(m, form)
        if text[0].islower() and label != "kleine-letters" and self.at_start():
            text = text[0].upper() + text[1:]
        checks = [Check("word", w) for w in dict.fromkeys(words) if len(w) > 1] + extra
        if not checks:
            checks = [Check("word", text)]
        m.mentions += 1
        if m.vault:
            self.emit_item("vault:" + label, text, checks, {"role": m.vrole, "origin": m.origin})
            return
        case = "kleine-letters" if text == text.lower() else "hoofdletters" if text == text.upper() else "normaal"
        word_name = "ja" if any(fold(w) in DUTCH_WORDS for w in words) else "nee"
        attrs = {"cue": self.cue(text), "case": case, "word_name": word_name, "origin": m.origin, "role": m.label,
                 "spelling": label}
        self.named_unreg.add(m.key)
        self.emit_item("unregistered", text, checks, attrs)

    def at_start(self) -> bool:
        line = self.tail.rsplit("\n", 1)[-1]
        return line.strip() in ("", "-", ">") or bool(re.search(r"[.!?]\s+$", line))

    def cue(self, text: str) -> str:
        if TITLE_START.match(text + " "):
            return "titel"
        line = self.tail.rsplit("\n", 1)[-1]
        if line.strip() in ("", "-", "*", ">", "•", "- >", "> -"):
            return "regelbegin"
        if re.search(r"[.!?]['\"]?\s+$", line):
            return "zinsbegin"
        m = re.search(r"(\w[\w\-.]*)(\W*)$", line)
        lw = m.group(1).lower().rstrip(".") if m else ""
        sep = m.group(2) if m else line
        if lw in TITLE_WORDS and sep.strip() == "":
            return "titel"
        if ":" in sep:
            if lw in RELATION_WORDS:
                return "relatie"
            if lw in FUNCTION_WORDS:
                return "functie"
            return "label"
        if "(" in sep:
            return "haakje"
        if "," in sep:
            if lw in RELATION_WORDS:
                return "relatie"
            if lw in FUNCTION_WORDS:
                return "functie"
            return "lijst"
        if lw in ("en", "of", "&"):
            return "lijst"
        if lw in RELATION_WORDS:
            return "relatie"
        if lw in FUNCTION_WORDS:
            return "functie"
        if lw in VERB_WORDS:
            return "werkwoord"
        if lw in PREP_WORDS:
            return "voorzetsel"
        if "'" in sep or '"' in sep:
            return "citaat"
        return "geen"

    # -- identifiers --------------------------------------------------------------------------
    def house(self, m: Member) -> tuple[str, str, str]:
        key = m.household
        if key not in self.houses:
            rng = self.rng
            street = rng.choice(STREETS)
            num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180)]))
            add = rng.choice(["", "", "", "", "A", "B", "-2", "-3", " hs", " bis", "-II", " III", "a", " rd", "-A"])
            self.houses[key] = (street, num, add, _postcode(rng))
        return self.houses[key]

    def fill_person(self, head: str, arg: str) -> None:
        rng = self.rng
        if head == "tel" and arg.startswith("@"):
            inst = self.inst(arg[1:])
            if not inst.phone:
                inst.phone = _nl_phone(rng, service=rng.random() < 0.4, landline=True)
            return self._phone_item(inst.phone)
        if head == "mail" and "@" in arg:
            who, where = arg.split("@", 1)
            m, inst = self.member(who), self.inst(where)
            local = rng.choice([f"{ascii_lower(m.first[0])}.{ascii_lower(m.surname)}",
                                f"{ascii_lower(m.first)}.{ascii_lower(m.surname)}",
                                f"{ascii_lower(m.first)}{ascii_lower(m.surname)[:1]}"])
            addr = f"{local}@{inst.domain}"
            return self.emit_item("email", addr, [Check("ci", local), Check("ci", inst.domain)])
        m = self.member(arg)
        if head == "tel":
            if "tel" not in m.ids:
                if m.key in ABROAD_ROLES or (m.key == "oom" and self.style == "tolk-gesprek"):
                    m.ids["tel"] = _foreign_phone(rng, m.origin if m.key != "oom" else "duits")
                elif m.age == "oud" and rng.random() < 0.6:
                    m.ids["tel"] = _nl_phone(rng, landline=True)
                elif m.origin in ABROAD and rng.random() < 0.08:
                    m.ids["tel"] = _foreign_phone(rng, m.origin)
                else:
                    m.ids["tel"] = _nl_phone(rng)
            return self._phone_item(m.ids["tel"])
        if head == "mail":
            if "mail" not in m.ids:
                f, s = ascii_lower(m.first), ascii_lower(m.surname)
                yy = str(m.dob[2])[2:]
                local = rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{yy}", f"{f}_{s[:1]}{rng.randint(1, 99)}",
                                    f"{s}.{f}", f"fam.{s}", f"{f}{m.dob[0]:02d}", f"{f}.{s}{m.dob[2]}",
                                    f"mama.van.{ascii_lower(self.member('k1').first)}" if m.key == "moeder"
                                    else f"{f}{s[:3]}"])
                dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                                  "hotmail.nl", "icloud.com", "yahoo.com", "home.nl", "xs4all.nl", "planet.nl"])
                m.ids["mail"] = (local, dom)
            local, dom = m.ids["mail"]
            return self.emit_item("email", f"{local}@{dom}", [Check("ci", local)])
        if head in ("adres", "pc"):
            street, num, add, pc = self.house(m)
            if head == "pc":
                return self.emit_item("postcode", pc, [Check("compact", pc.replace(" ", "").upper())])
            words = distinct_words(street, STREET_GENERIC)
            return self.emit_item("adres", f"{street} {num}{add}", [Check("word", w) for w in words]
                                  + [Check("group", num)])
        if head == "iban":
            if "iban" not in m.ids:
                m.ids["iban"] = _iban(rng, m.origin)
            iban = m.ids["iban"]
            return self.emit_item("iban", iban, [Check("digits", "".join(c for c in iban if c.isdigit())[-10:])])
        if head == "bsn":
            if "bsn" not in m.ids:
                m.ids["bsn"] = _bsn(rng)
            b = m.ids["bsn"]
            r = rng.random()
            text = b if r < 0.45 else f"{b[:4]}.{b[4:6]}.{b[6:]}" if r < 0.8 else f"{b[:3]} {b[3:6]} {b[6:]}"
            return self.emit_item("bsn", text, [Check("digits", b)])
        if head == "geb":
            d, mo, y = m.dob
            if self.style == "tolk-gesprek" and m.age != "oud" and rng.random() < 0.35:
                d, mo = 1, 1
                m.dob = (d, mo, y)
            r = rng.randrange(7)
            if r == 0:
                text = f"{d:02d}-{mo:02d}-{y}"
            elif r == 1:
                text = f"{d}-{mo}-{y}"
            elif r == 2:
                text = f"{d:02d}/{mo:02d}/{y}"
            elif r == 3:
                text = f"{d:02d}.{mo:02d}.{y}"
            elif r == 4:
                text = f"{d:02d}-{mo:02d}-'{str(y)[2:]}"
            else:
                text = f"{d} {MONTHS[mo - 1]} {y}"
            if r >= 5:
                checks = [Check("ci", f"{d} {MONTHS[mo - 1]}")]
            else:
                checks = [Check("digits", "".join(c for c in text if c.isdigit()))]
            return self.emit_item("geboortedatum", text, checks)
        if head == "kent":
            if "kent" not in m.ids:
                m.ids["kent"] = _plate(rng)
            k = m.ids["kent"]
            return self.emit_item("kenteken", k, [Check("compact", k.replace("-", "").upper())])
        if head == "leeftijd":
            d, mo, y = m.dob
            age = REF_YEAR - y
            return self.emit(f"{age * 12 + 5 - mo} maanden" if age < 2 else f"{age} jaar")
        if head == "ini":
            return self._initials_item(m)
        raise ValueError(head)

    def _phone_item(self, phone: str) -> None:
        digits = "".join(c for c in phone if c.isdigit())
        self.emit_item("telefoon", phone, [Check("digits", digits[-7:])])

    def _initials_item(self, m: Member | None) -> None:
        rng = self.rng
        for _ in range(20):
            if m is None:
                a, b = rng.choice("ABCDEFGHIJKLMNPRSTVWZ"), rng.choice("ABCDEFGHIJKLMNPRSTVWZ")
                part = rng.choice(["", "", "v", "vd", "d"])
                letters = [a, b]
            else:
                letters = [w[0].upper() for w in split_words(m.first)] + ([m.middle] if m.middle else [])
                sw = core_words(m.surname)
                part = "".join(w[0].lower() for w in split_words(m.surname) if w.lower() in PARTICLES)
                if len(letters) == 1 or rng.random() < 0.5:
                    letters = letters[:2] if len(letters) > 1 else letters
                    b = sw[0][0].upper() if sw else "X"
                    letters = letters + [b] if len(letters) == 1 else letters
            r = rng.randrange(5)
            if r == 0:
                text = "".join(c + "." for c in letters)
            elif r == 1:
                text = "".join(letters)
            elif r == 2:
                text = "".join(letters).lower()
            elif r == 3:
                text = letters[0] + part + "".join(letters[1:])
            else:
                text = ".".join(letters) + "."
            if len(re.sub(r"[^A-Za-z]", "", text)) >= 2 and fold(text.replace(".", "")) not in NOT_INITIALS:
                return self.emit_item("initialen", text, [Check("word", text)])
        self.emit_item("initialen", "X.Y.", [Check("word", "X.Y.")])

    def account(self, m: Member, platform: str | None) -> None:
        rng = self.rng
        platform = platform or rng.choice(["instagram", "tiktok", "snapchat", "facebook"])
        f, s = ascii_lower(m.first), ascii_lower(m.surname)
        if platform == "facebook":
            h = m.ids.setdefault("fb", rng.choice([f"{f}.{s}.{rng.randint(1, 99)}", f"{f}{s}", f"{s}.{f}"]))
            r = rng.random()
            if r < 0.4:
                text, form = f"facebook.com/{h}", "url"
            elif r < 0.7:
                text, form = f"https://www.facebook.com/{h}", "url"
            else:
                pid = "1000" + _digits(rng, 11)
                return self.emit_item("account", f"facebook.com/profile.php?id={pid}", [Check("digits", pid)],
                                      {"form": "url-id", "platform": platform})
            return self.emit_item("account", text, [Check("ci", h)], {"form": form, "platform": platform})
        if "handle" not in m.ids:
            yy = str(m.dob[2])
            m.ids["handle"] = rng.choice([f"{f}.{s[:2]}{yy[2:]}", f"{f}_{s[:1]}", f"xx{f}xx", f"{f}{yy}",
                                          f"{f}.{rng.choice(['010', '020', '030', '040', '073'])}",
                                          f"the.real.{f}", f"{f}{s}_", f"{s}.{f}", f"{f}_{s}"])
        h = m.ids["handle"]
        r = rng.random()
        if r < 0.35:
            text, form = "@" + h, "handle"
        elif r < 0.55:
            text, form = h, "kaal"
        elif r < 0.85:
            text = {"instagram": f"instagram.com/{h}", "tiktok": f"tiktok.com/@{h}",
                    "snapchat": f"snapchat.com/add/{h}"}[platform]
            form = "url"
        else:
            text = {"instagram": f"https://www.instagram.com/{h}/", "tiktok": f"https://www.tiktok.com/@{h}",
                    "snapchat": f"https://snapchat.com/add/{h}"}[platform]
            form = "url"
        self.emit_item("account", text, [Check("ci", h)], {"form": form, "platform": platform})

    # -- plain fillers ------------------------------------------------------------------------
    def plain(self, head: str, args: list[str]) -> str:
        rng = self.rng
        ab = ABROAD.get(self.fam_origin, _DEFAULT_ABROAD)
        if head == "date":
            d, mo = rng.randint(1, 28), rng.randint(1, 12)
            r = rng.randrange(5)
            if r == 0:
                return f"{d} {MONTHS[mo - 1]}"
            if r == 1:
                return f"{d}-{mo}"
            if r == 2:
                return f"{d:02d}-{mo:02d}-{REF_YEAR}"
            if r == 3:
                return f"{rng.choice(WEEKDAYS)} {d} {MONTHS[mo - 1]}"
            return f"{d}/{mo}"
        if head == "time":
            h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
            return f"{h:02d}.{mi:02d} uur" if rng.random() < 0.5 else f"{h}:{mi:02d}"
        if head == "year":
            return str(rng.randint(2015, 2024))
        if head == "nr":
            return str(rng.randint(2, 30))
        if head == "nrk":
            return str(rng.randint(1, 6))
        if head == "city":
            return self.city
        if head == "abroad":
            return rng.choice(ab[2])
        if head == "country":
            return ab[0]
        if head == "taal":
            return ab[1]
        if head == "transit":
            return rng.choice(["Griekenland", "Turkije", "Libië", "Bulgarije", "Servië", "Italië"])
        if head == "car":
            return rng.choice(["grijze Opel Astra", "zwarte BMW", "witte bestelbus", "blauwe Volkswagen Golf",
                               "rode Peugeot", "donkere Audi"])
        if head == "mts":
            return rng.choice(["oranje", "geel", "rood", "groen"])
        if head == "dienst":
            return rng.choice(["vroege dienst", "late dienst", "nachtdienst", "dagdienst"])
        if head == "klas":
            age = REF_YEAR - self.member("k1").dob[2]
            if age < 12:
                return f"groep {max(1, min(8, age - 4))}"
            return rng.choice([f"klas {min(6, age - 11)}{rng.choice('ABCD')}", f"{min(4, age - 11)} vmbo-k",
                               f"{min(5, age - 11)} havo", f"{min(6, age - 11)} vwo"])
        raise ValueError(head)

    # -- rendering ----------------------------------------------------------------------------
    def render(self, tpl: str) -> None:
        i, n = 0, len(tpl)
        while i < n:
            if tpl[i] == "{":
                j = match_brace(tpl, i)
                self.slot(tpl[i + 1:j])
                i = j + 1
            elif tpl.startswith("[[", i):
                j = tpl.index("]]", i)
                self.emit(tpl[i + 2:j])
                self.add_phrase(self.clinical, tpl[i + 2:j])
                i = j + 2
            elif tpl.startswith("<<", i):
                j = tpl.index(">>", i)
                self.emit(tpl[i + 2:j])
                self.add_phrase(self.words, tpl[i + 2:j])
                i = j + 2
            else:
                j = i
                while j < n and tpl[j] != "{" and not tpl.startswith("[[", j) and not tpl.startswith("<<", j):
                    j += 1
                self.emit(tpl[i:j])
                i = j

    @staticmethod
    def add_phrase(target: list[str], phrase: str) -> None:
        if phrase not in target:
            target.append(phrase)

    def slot(self, s: str) -> None:
        if s.startswith("?"):
            self.render(self.rng.choice(split_top(s[1:])))
            return
        parts = s.split(":")
        head = parts[0]
        if head == "g":
            m = self.member(parts[1])
            self.emit(parts[2] if m.gender == "M" else parts[3])
        elif head == "I":
            self.inst_mention(parts[1], parts[2] if len(parts) > 2 else None)
        elif head == "clin":
            pool = [c for c in self.spec["clin"] if c not in self.clinical]
            phrase = self.rng.choice(pool)
            self.emit(phrase)
            self.add_phrase(self.clinical, phrase)
        elif head in PLAIN_FILLS:
            self.emit(self.plain(head, parts[1:]))
        elif head == "acc":
            self.account(self.member(parts[1]), parts[2] if len(parts) > 2 else None)
        elif head == "ini" and parts[1] == "-":
            self._initials_item(None)
        elif head in PERSON_FILLS:
            self.fill_person(head, parts[1])
        else:
            self.name(head, parts[1] if len(parts) > 1 else None)

    # -- template selection -------------------------------------------------------------------
    def needs(self, tpl: str) -> tuple[set[str], set[str]]:
        persons, insts = set(), set()
        for s in INNER_SLOT.findall(tpl):
            if s.startswith("?"):
                continue
            parts = s.split(":")
            head = parts[0]
            if head == "I":
                insts.add(parts[1])
            elif head in ("g", "clin") or head in PLAIN_FILLS or head in PERSON_FILLS:
                continue
            else:
                key = self.resolve(head)
                if not (key in self.cast and self.cast[key].vault):
                    persons.add(key)
        return persons - self.named_unreg, insts - self.named_inst

    def fits(self, tpl: str) -> bool:
        if tpl.startswith("@"):
            cond, _, tpl = tpl.partition(" ")
            for c in cond[1:].split(","):
                m = re.fullmatch(r"(\w+)([<>])(\d+)", c)
                if m:
                    age = REF_YEAR - self.member(m.group(1)).dob[2]
                    if (m.group(2) == "<" and not age < int(m.group(3))) or \
                            (m.group(2) == ">" and not age > int(m.group(3))):
                        return False
                elif "!" in c:
                    a, b = c.split("!")
                    if self.resolve(a) == b:
                        return False
                elif c.startswith("vault:"):
                    k = self.resolve(c[6:])
                    if not (k in self.cast and self.cast[k].vault):
                        return False
        persons, insts = self.needs(tpl)
        return (len(self.named_unreg) + len(persons) <= self.max_unreg
                and len(self.named_inst) + len(insts) <= self.max_inst)

    @staticmethod
    def body(tpl: str) -> str:
        return tpl.partition(" ")[2] if tpl.startswith("@") else tpl

    def choose(self, pool: list[str], used: set[str]) -> str | None:
        options = [t for t in pool if t not in used and self.fits(t)]
        if not options:
            return None
        t = self.rng.choice(options)
        used.add(t)
        return t


# ============================================================================================
# Styles: who is in the vault


def setup(g: Gen) -> None:
    rng = g.rng
    st = g.style
    if st == "ouderenmishandeling-wijkverpleging":
        g.cast["cl"] = g.make_member("cl", "F" if rng.random() < 0.7 else "M")
        g.register("cl", "client")
        if rng.random() < 0.4:
            g.register("zd", "overig")
        if rng.random() < 0.2:
            g.register("pt", "partner")
    elif st == "spoedeisende-hulp-seh":
        g.register("k1", "kind")
        n = 1
        if rng.random() < 0.7:
            g.register("moeder", "moeder")
            n += 1
        if rng.random() < 0.35:
            g.register("vader", "vader")
            n += 1
        if n < 3 and rng.random() < 0.15:
            g.register("bz", "broer_zus")
        g.alias["beg"] = g._weighted({"moeder": 35, "vader": 15, "stiefvader": 20, "oma": 12, "oppas": 8,
                                      "buurman": 5, "opa": 5})
    elif st == "leerplicht-verzuim":
        g.register("k1", "kind")
        if rng.random() < 0.75:
            g.register("moeder", "moeder")
        if rng.random() < 0.4:
            g.register("vader", "vader")
    elif st == "opvang-dagrapport":
        g.cast["cl"] = g.make_member("cl", "F", "volw", own_surname=rng.random() < 0.7)
        g.register("cl", "client")
        n = 1
        if rng.random() < 0.7:
            g.register("k1", "kind")
            n += 1
        if rng.random() < 0.6:
            g.register("ex", rng.choice(["partner", "vader"]))
            n += 1
        if n < 3 and rng.random() < 0.4:
            g.register("k2", "kind")
    else:
        g.register("k1", "kind")
        n = 1
        if rng.random() < 0.7:
            g.register("moeder", "moeder")
            n += 1
        if rng.random() < 0.5:
            g.register("vader", "vader")
            n += 1
        if n < 3 and rng.random() < 0.25:
            g.register("k2", "kind")


BODY_LINES = {"short": (3, 4), "medium": (6, 8), "long": (10, 14)}


def build(g: Gen) -> None:
    rng = g.rng
    spec = g.spec
    setup(g)
    used: set[str] = set()
    fmt = rng.choice(["regels", "regels", "bullets", "proza", "koppen"])
    head = g.choose(spec["head"], used) or spec["head"][0]
    g.render(g.body(head))
    g.emit("\n" if rng.random() < 0.6 else "\n\n")

    saved_unreg, saved_inst = set(g.named_unreg), set(g.named_inst)
    lo, hi = BODY_LINES[g.length]
    n_lines = rng.randint(lo, hi)
    groups = spec["groups"]
    n_words = {"short": 1, "medium": rng.randint(1, 2), "long": rng.randint(2, 3)}[g.length]
    # distribute lines across groups
    chosen: list[list[str]] = [[] for _ in groups]
    attempts = 0
    total = 0
    while total < n_lines and attempts < n_lines * 6:
        attempts += 1
        gi = rng.randrange(len(groups))
        if groups[gi][0] is None and len(chosen[gi]) >= (2 if g.style == "leerplicht-verzuim" else 1):
            continue
        t = g.choose(groups[gi][1], used)
        if t is not None:
            chosen[gi].append(t)
            total += 1
            # reserve the people/institutions of this line
            persons, insts = g.needs(g.body(t))
            g.named_unreg |= persons
            g.named_inst |= insts
    word_lines = []
    for _ in range(n_words):
        t = g.choose(spec["words"], used)
        if t:
            word_lines.append(t)
            persons, insts = g.needs(g.body(t))
            g.named_unreg |= persons
            g.named_inst |= insts
    for w in word_lines:
        gi = rng.randrange(len(groups))
        chosen[gi].insert(rng.randrange(len(chosen[gi]) + 1), w)
    # reservations were only for counting; the real sets fill while rendering
    g.named_unreg = saved_unreg
    g.named_inst = saved_inst

    for (heading, _), lines in zip(groups, chosen):
        if not lines:
            continue
        if fmt == "koppen" and heading:
            g.emit(f"{heading}:\n")
        para = fmt == "proza" and all("\n" not in g.body(t) for t in lines)
        for k, t in enumerate(lines):
            body = g.body(t)
            if para and k:
                g.emit(" ")
            elif fmt == "bullets" and "\n" not in body:
                g.emit("- ")
            g.render(body)
            if not para:
                g.emit("\n")
        if para:
            g.emit("\n")
        if fmt in ("proza", "koppen"):
            g.emit("\n")

    # guarantees
    target = rng.randint(*{"short": (3, 4), "medium": (3, 6), "long": (4, 8)}[g.length])
    if len(g.clinical) < target:
        need = target - len(g.clinical)
        g.emit(rng.choice(["Verder: ", "Observaties: ", "Opvallend: ", "Aandachtspunten: ", "Ook gezien: "]))
        for k in range(need):
            if k:
                g.emit("; ")
            g.slot("clin")
        g.emit(".\n")
    if not any(it.kind.startswith("instelling:") for it in g.items):
        g.max_inst = max(g.max_inst, 1)
        g.render(spec["inst_fallback"])
        g.emit("\n")
    others = [it for it in g.items if not it.kind.startswith(("vault:", "instelling:")) and it.kind != "unregistered"]
    if len(others) < 2:
        vault = [k for k, m in g.cast.items() if m.vault]
        main = next((k for k in vault if g.cast[k].age != "kind"), vault[0])
        g.render(f"Contact {{{main}:vn}}: {{tel:{main}}}, {{adres:{main}}}.")
        g.emit("\n")
    sign_pool = [s for s in spec["sign"] if g.fits(s)]
    if not g.named_unreg:
        sign_pool = [s for s in spec["sign"] if g.needs(s)[0]] or sign_pool
    if sign_pool and (not g.named_unreg or rng.random() < 0.7):
        g.emit("\n" if rng.random() < 0.5 else "")
        g.render(rng.choice(sign_pool))
        g.emit("\n")


# ============================================================================================
# Validation


def _folded(text: str) -> tuple[str, list[int]]:
    out, where = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def _word_hits(word: str, folded: str) -> list[int]:
    hits, start = [], 0
    while True:
        i = folded.find(word, start)
        if i < 0:
            return hits
        before = folded[i - 1] if i else " "
        after = folded[i + len(word)] if i + len(word) < len(folded) else " "
        if not before.isalpha() and not after.isalpha():
            hits.append(i)
        start = i + 1


def validate(note: Note, vault_words: list[str]) -> None:
    text = note.text
    last = 0
    for it in note.items:
        if text[it.start:it.end] != it.text:
            raise Invalid(f"offset {it}")
        if it.start < last:
            raise Invalid("overlap")
        last = it.end
        if not it.checks:
            raise Invalid("no checks")
    folded, where = _folded(text)
    spans = [(it.start, it.end) for it in note.items]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in spans)

    values = set()
    for it in note.items:
        for c in it.checks:
            if c.how == "word":
                values.add(fold(c.value))
    for v in vault_words:
        values.add(fold(v))
    for v in values:
        for i in _word_hits(v, folded):
            if not inside(where[i], where[i + len(v) - 1] + 1):
                raise Invalid(f"loose value {v!r}")
    raw_values = [it.text for it in note.items if not it.kind.startswith(("vault:", "instelling:", "unregistered"))]
    for phrase in note.clinical + note.words:
        if phrase not in text:
            raise Invalid(f"missing phrase {phrase!r}")
        ok = False
        start = 0
        while True:
            i = text.find(phrase, start)
            if i < 0:
                break
            if not any(s < i + len(phrase) and i < e for s, e in spans):
                ok = True
                break
            start = i + 1
        if not ok:
            raise Invalid(f"phrase overlaps {phrase!r}")
        fp = fold(phrase)
        for v in values:
            if word_in(v, fp):
                raise Invalid(f"phrase {phrase!r} holds {v!r}")
        for r in raw_values:
            if word_in(fold(r), fp):
                raise Invalid("phrase holds identifier")
    if not 3 <= len(note.clinical) <= 8:
        raise Invalid(f"clinical {len(note.clinical)}")
    if len(note.words) > 3:
        raise Invalid("words")
    n_vault = len(note.persons)
    if not 1 <= n_vault <= 3:
        raise Invalid("vault count")


def make_note(style: str, length: str, rng: random.Random) -> Note:
    g = Gen(rng, style, length)
    build(g)
    text = g.text
    text = text.rstrip("\n") + "\n"
    persons = [Person(m.full, m.vrole) for m in g.cast.values() if m.vault]
    unreg = {k for k in g.named_unreg}
    insts = {k for k in g.named_inst}
    if not 1 <= len(unreg) <= 5:
        raise Invalid(f"unregistered {len(unreg)}")
    if not 1 <= len(insts) <= 4:
        raise Invalid(f"institutions {len(insts)}")
    if not any(it.kind.startswith("vault:") for it in g.items):
        raise Invalid("no vault mention")
    clinical = g.clinical[:8]
    words = g.words[:3]
    vault_words = []
    for m in g.cast.values():
        if m.vault:
            vault_words += split_words(m.first) + core_words(m.surname)
    note = Note(style=style, length=length, text=text, persons=persons, items=list(g.items), clinical=clinical,
                words=words)
    validate(note, vault_words)
    return note


def make_notes(n: int, seed: int) -> list[Note]:
    notes: list[Note] = []
    seen: set[str] = set()
    order_rng = random.Random(f"heldout6-order-{seed}")
    styles = [STYLES[i % len(STYLES)] for i in range(n)]
    order_rng.shuffle(styles)
    for i in range(n):
        style = styles[i]
        length = order_rng.choices(["short", "medium", "long"], weights=[3, 4, 3])[0]
        for attempt in range(200):
            rng = random.Random(f"heldout6-{seed}-{i}-{attempt}")
            try:
                note = make_note(style, length, rng)
            except Invalid:
                continue
            if note.text in seen:
                continue
            seen.add(note.text)
            notes.append(note)
            break
        else:
            raise RuntimeError(f"could not make note {i} ({style}, {length})")
    return notes


# ============================================================================================


def _lint() -> None:
    """Every template names known keys; every institution form has a distinctive word."""
    for spec in SPECS.values():
        pools = [spec["head"], spec["words"], spec["sign"], [spec["inst_fallback"]]]
        pools += [lines for _, lines in spec["groups"]]
        for pool in pools:
            for tpl in pool:
                for s in INNER_SLOT.findall(tpl):
                    if s.startswith("?"):
                        continue
                    parts = s.split(":")
                    head = parts[0]
                    if head == "I":
                        assert parts[1] in INST_KEYS, tpl
                    elif head == "g":
                        assert parts[1] in ROLES or parts[1] == "beg", tpl
                    elif head in PERSON_FILLS or head == "acc":
                        key = parts[1].split("@")[0]
                        assert key in ROLES or key in ("-", "", "beg"), tpl
                    elif head in PLAIN_FILLS or head == "clin":
                        pass
                    else:
                        assert head in ROLES or head == "beg", (head, tpl)
    for pool, (_, spec) in INSTITUTIONS.items():
        for entry in _entries(spec):
            for form in entry.split("~")[-1].split("|"):
                assert distinct_words(form), (pool, form)


if __name__ == "__main__":
    import time
    from collections import Counter

    _lint()
    t0 = time.perf_counter()
    notes = make_notes(500, 20261201)
    dt = time.perf_counter() - t0
    for note in notes[:3]:
        print("=" * 100)
        print(f"[{note.style} / {note.length}]  persons: {note.persons}")
        print(note.text)
        for it in note.items:
            print(f"   {it.kind:32s} {it.text!r:42s} {[(c.how, c.value) for c in it.checks]} {it.attrs or ''}")
        print("   clinical:", note.clinical)
        print("   words:", note.words)
    if "--stats" in sys.argv:
        kinds = Counter(it.kind for n in notes for it in n.items)
        print(f"\n{len(notes)} notes in {dt:.2f}s")
        for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"{v:6d}  {k}")
        print(Counter(n.style for n in notes), Counter(n.length for n in notes))
        for attr in ("cue", "case", "word_name", "role", "origin"):
            print(attr, Counter(it.attrs.get(attr) for n in notes for it in n.items if it.kind == "unregistered"))
