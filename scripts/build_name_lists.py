#!/usr/bin/env python3
"""Build the redactor's word and name lists in ``assistant/privacy/data/``.

A development-time script: neither the product nor the tests run it. It needs, in a separate
virtual environment (the sources are large and are not dependencies of the product)::

    python3.11 -m venv /tmp/nv
    /tmp/nv/bin/pip install names-dataset==3.3.1 wordfreq==3.1.1
    apt-get install -y wdutch            # OpenTaal word list -> /usr/share/dict/dutch
    /tmp/nv/bin/python scripts/build_name_lists.py

It also reads deduce's own name lists from the project's ``.venv`` (or ``--deduce DIR``).

Output (UTF-8, NFC, lower case, one entry per line, sorted, no blank lines, no header, no
final newline: ``set(path.read_text("utf-8").split("\n"))`` loads one):

* ``first_names.txt``      first names common among people living in the Netherlands
* ``surnames.txt``         surnames, multi-word ones as written ("el amrani", "de jong")
                           plus their core word ("amrani", "jong")
* ``dutch_words.txt``      ordinary lower-case Dutch words
* ``name_words.txt``       names that are ordinary Dutch words too ("roos", "storm", "bakker")
* ``common_words.txt``     the most frequent Dutch words ("boos", "bang", "thuis"): a name that
                           is one of these is no name after a weak cue ("papa boos"); adjectives
                           ("triest", "wild") are told at run time (lexicon.Lexicon.adjective)
* ``capitalised_words.txt`` capitalised words that are not person names (nationalities,
                           languages, countries, religions, feasts, care organisations)

The build is deterministic for given versions of the sources.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import pickle
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assistant" / "privacy" / "data"
DEDUCE_NAMES = (
    ROOT / ".venv/lib/python3.11/site-packages/deduce/data/lookup/src/names"
)
WDUTCH = Path("/usr/share/dict/dutch")
DUTCH_TOP_N = 200_000
ENGLISH_TOP_N = 25_000
ENGLISH_ALWAYS = 1_500
DUTCH_COMMON_N = 2_500

# --------------------------------------------------------------------------------------------
# Which countries of names-dataset to take, and how deep (number of accepted Latin-script names
# per country, by that country's rank). The Dutch list itself goes deepest: it is Facebook users
# living in the Netherlands, so it already holds names of every origin.
# --------------------------------------------------------------------------------------------
COUNTRIES_FIRST = {
    "NL": 3000, "BE": 1500,                       # Dutch, Flemish (and everyone living there)
    "MA": 1500, "DZ": 500, "TN": 500,             # Moroccan, Maghreb (Arabic, Amazigh)
    "TR": 1500,                                   # Turkish, Kurdish
    "SY": 500, "IQ": 500, "EG": 400, "JO": 300, "LB": 300, "PS": 300, "YE": 200,
    "SA": 400, "AE": 300, "KW": 200,              # Arabic (Gulf lists hold many Pakistanis)
    "SD": 500, "ET": 700,                         # Sudanese, Ethiopian, Eritrean (Habesha)
    "DJ": 700,                                    # Somali
    "AF": 700, "IR": 800,                         # Afghan (Dari/Pashto), Iranian
    "GH": 1000, "NG": 1000, "CM": 200,            # Ghanaian, Nigerian, West African
    "ID": 800, "MY": 200,                         # Indonesian, Moluccan, Javanese
    "CN": 600, "HK": 300, "TW": 300, "SG": 200,   # Chinese
    "IN": 1000, "BD": 300,                        # Indian, Hindostani, Pakistani/Bengali
    "PL": 1000, "BG": 600, "MD": 600, "HU": 600, "RU": 800,  # Central and Eastern Europe
    "RS": 300, "HR": 300, "AL": 300, "GR": 300, "CZ": 200, "LT": 200,
    "PT": 800, "BR": 800, "AO": 500,              # Portuguese, Brazilian, Cape Verdean
    "ES": 800, "IT": 800, "DE": 1000, "FR": 1000, "GB": 1000, "IE": 200, "US": 800,
    "JM": 300, "HT": 200,                         # Caribbean (Afro-Surinamese, Antillean)
    "PH": 300,
}
COUNTRIES_LAST = dict(COUNTRIES_FIRST, NL=5000, BE=2000, MA=2000, TR=2000, DE=1200, FR=1200)
DUTCH_LANGUAGE = {"NL", "BE"}

# Names from countries where names-dataset has (mostly) Cyrillic: transliterated here.
CYRILLIC = {"RU": 700, "BG": 500, "MD": 300}

# --------------------------------------------------------------------------------------------
# Curated additions for communities names-dataset lacks (no Eritrea, Somalia, Suriname,
# Curaçao/Aruba, Ukraine, Romania, Vietnam, Pakistan, Cape Verde) or covers thinly.
# --------------------------------------------------------------------------------------------
CURATED_FIRST = """
dawit yonas yohannes yohanna semhar tesfay tesfaye mebrat selam selamawit filmon saba helen
biniam biniyam senait senayt mehari tekle berhane berhe kidane habtom ghebre gebremedhin tedros
teklay aman amanuel robel yosief yosef luwam lidya ruta hiwet feven freweyni mihret tsega tsegay
abrehet elsa almaz tigist meron nahom natnael henok mussie eyob kibrom awet efrem yemane desta
goitom haben merhawi medhanie segen winta rahwa yordanos hagos weldu tesfom zerai mulugeta alem
tsehaye senai samrawit simret semira danait abeba genet haile ermias kiflom asmerom isaias fikre
fitsum milkias sirak tewelde tekeste teame yared yirga zekarias adhanom okbay welday gebrehiwet
bereket berekti meseret mebrahtu ghirmay girmay habtemariam samson tsion bethlehem kidist mahlet
hirut meskerem tirhas tsegereda nardos mekdes hanna abel dagmawi eden yohanes kaleab michael
abdi abdirahman abdullahi ayan asha amina faduma fadumo hodan hawa ifrah ilhan khadra sahra sagal
nimco nasra hibaaq hamdi ubah warsame mahad mohamud xasan cabdi maryan farhiya deeqa ikran idil
najma muna hanad liban abdiaziz abdiqani abdikarim abdirashid abdiwali abdishakur bashir guled
jama farah cali shukri sumaya hamse abdifatah istahil ladan sucaad
ravi rakesh sunil anand radjesh rajesh sanjay anita sunita shanti savitri kiran priya nisha
sharmila roshni shakuntala indra kamla devika ashwin vishal navin sandjai radj kishan soenil
roshan reshma sita shivani dewika ramesh soenita sharda soerin rishi ryan shiva radha narsingh
ashna anjali kavita rubia shaniel
romano romeo ricardo clarence orlando rudi humphrey wendell errol glenn marlon sherida sharon
cheryl jurgen lucien ruben rinaldo romario gregory roel virgil quincy winston clyde ivanildo
soekarno soeparman wagiman sarmi soekidjo ponirah samidin sarmo joeliawan soewarni soemini
sitie sartini soetinah boedi
shurendy shurmy jurich sharlon jaimy jairzinho giandro gino ruthmila nurielle shanaya jeandro
jurensley xiomara jeanine yoselin dayenne jeremaine rigino kemy urvin
kwame kwaku kofi kwabena kwadwo kojo kwasi kwesi yaw akwasi akosua adwoa abena akua yaa afua afia
ama efua esi adjoa araba ekua aba akos gifty comfort mercy patience prince ebenezer richmond nana
maame kobina kweku kwamena yaaba
adebayo oluwaseun olumide ayodele babatunde bolaji folake funmilayo kemi tope tunde yetunde
damilola temitope adewale segun femi bisi olu taiwo kehinde abiodun adeola ifeoluwa bukola
chinedu chioma chukwuemeka emeka ngozi nkechi obinna ifeanyi uchenna chiamaka adaeze nnamdi
ikenna chidi obiageli amaka ebuka kelechi chinonso chinwe uche nneka ezinne blessing
adilson edson nelson elton djany ivanilda jandira elisangela anilton dany jailson
rojda rojin berfin zilan dilan şirin hêvî jiyan azad baran berxwedan dildar rêber serhat welat
zana heval kawa rizgar diyar soran shivan karwan hawre aram bahoz rojhat delal helin bêrîvan
zerdeşt şêrko ciwan dilşad hejar arjen evin narin nesrin nazdar shilan sozdar avan dara rebaz
idir tilelli tiziri dihya thiziri tafat yuba juba aksil amayas anir aylal ayyur yidir ziri
numidia tinhinan tasadit izza itto mimount mimoun hadou fadma tlaytmas hammou moha amar lahcen
lhoussaine mohand driss yamna zoulikha rahma massinissa tamimount thamimount anouar
anh minh linh huong hương lan mai nga hoa hung hùng tuan tuấn duc đức dung dũng thanh trang thao
thảo phuong phương quang long nam hai hải khanh khánh thuy thủy ngoc ngọc hieu hiếu trung vinh
tam tâm binh bình cuong cường hanh hạnh hien hiền hoang hoàng huy loan nhung phuc phúc quynh
quỳnh thu tien tiến vy yen yến bao bảo dat đạt khoa nhi uyen uyên viet việt hang hằng
muhammad imran asif kashif bilal usman faisal tariq shahid zeeshan waqas adnan naveed sajid
shazia ayesha sana saima nadia rabia amna hira mehwish bushra uzma noreen junaid kamran
oleksandr oleksii oleksiy mykola mykhailo volodymyr andrii serhii yurii dmytro taras bohdan
vasyl petro oksana olena tetiana nataliia iryna yuliia kateryna anastasiia viktoriia halyna
liudmyla svitlana olha mariia daryna sofiia yaroslav vitalii oleh ihor maksym artem denys yevhen
vadym khrystyna solomiia ostap nazar vladyslav inna larysa nadiia valentyna
andrei ionuț ionut mihai florin cristian alexandru ioana elena andreea mihaela gabriela daniela
bogdan cătălin catalin răzvan razvan marius adrian alina roxana cristina iulia ștefan stefan
georgiana raluca vlad sorin dorin costel gheorghița nicoleta loredana ionela
wei fang jing min yan hui lei yang jun ying hong xin yu hao jie lin ming qing xiao yi zhen chen
dan fei gang hua juan kai lan lu mei na ning peng qiang rui shan tao ting xia xue yun zhi jian
xiaoming xiaoli xiaoyan yiming zihan yuxuan haoran zixuan yutong xinyi jiahao junjie wenjie
yufei liang yong ping jia
dewi putri sri ayu wulan intan yohanes agus budi eko
"""

CURATED_SURNAMES = """
tesfaye haile tesfamariam gebremariam ghebremedhin gebremedhin tekle kidane berhane mehari habte
woldemariam gebreyesus ghebreyesus tsegay asfaha hagos yemane abraha gebru kahsay teklehaimanot
weldemichael negash andemariam mengistu girma bekele alemu tadesse kebede abebe desta tewolde
ghebrehiwet gebrehiwet zerai okbamichael berhe weldu ghebremichael habtemichael tekeste asmelash
goitom kiflom yohannes mebrahtu araya tesfai ghebru woldu mesfin haileselassie
warsame farah mohamud jama abdi hirsi duale egal aden abdullahi hussein osman yusuf nur hersi
ismail samatar omar shire elmi mire gedi dirie awale guled barre abdulle isse adan guleid
ramdin ramsaran mahabier ramdjan ramlal jagesar ramkhelawan sewdien bhagwandin ramautar soekhai
jadnanansing baldewsingh sardjoe autar ramnath chotkan girjasing biharie ramcharan kalloe jhinkoe
ramdhani mangroe sital ramsoekh jagroep ramkisoen lachman soerdjbalie badloe kalika baldew
bissessar gangaram panday ramsahai sewnath tewari mohan ramnarain harpal ramjiawan oemrawsingh
ganeshi ramdas kanhai sewtahal mathura raghoebier mahadew bhoendie ramlakhan sewpersad jagernath
dwarkasing doekhi jaggan bechan ramdhan ramkisoensing sewkaransing
pinas wijngaarde kerwijk vlijter doelwijt zeefuik eduards refos sabajo aloema sanches venetiaan
wijdenbosch brunings kruisland pengel leefland olmberg rozenblad gummels lont esajas emanuels
kolader stuger tuinfort blufpand amatmoekrim bendt sordam doest seedorf biekman nelom fernandes
linger koulen
kasanpawiro wongsodikromo amatdirdjo kartodikromo sarmo soemodihardjo setrowidjojo
pawirodinomo karijopawiro kromodimedjo karsowidjojo kasandikromo sastrodimedjo soekarjo moestadja
sadikin joemratie kartosen sidoel moeljono pawiro sowidjojo poeiri mangoenkarso somohardjo
tjon tjong lie chin chong tjin tsang tjoe tjen akon loe kwie
tjon-a-joe tjon-a-fong lie-a-kwie chin-a-foeng tjin-a-djie a-tjak tjon-a-tsien
martina maduro rosaria isenia statia martis pieternella koeiman croes tromp kock geerman arends
winklaar leito cijntje janga daal sambo josephia girigorie wernet wawoe doran thodé eustatia
mercera bernabela rojer dania florentina constancia rafaela juliana pietersz eisden balentien
lourens francisca clemencia merkies silberie felida martinus zimmerman
mensah owusu boateng asante osei appiah agyeman agyemang ofori darko opoku amponsah acheampong
antwi asamoah frimpong gyamfi nkrumah ansah danso sarpong yeboah adjei amoako bonsu donkor kusi
quaye tetteh annan badu manu
okafor okonkwo okeke eze nwosu adeyemi adebayo ogunleye olawale okoro balogun bello afolabi ojo
obi nwankwo chukwu oladipo ogunbiyi akinola adeleke okoye onyeka uzoma ezeh anyanwu abubakar
fortes lopes tavares andrade monteiro varela semedo moreira pina gomes rodrigues barros delgado
brito évora evora fonseca spencer correia duarte furtado veiga livramento mendes soares
barzani talabani
aarab azzouzi boukhari bouzidi khattabi ouali amezian ahrouch akhiat aboutaleb bouchtaoui
bouzerda azarkan achahbar amghar belhaj benali bouali chaouch kaddouri yassini essafi haddouchi
marzouki ouchan tahiri yachou zaari idrissi hamdaoui bouazza boulahrouz afellay ziyech amrabat
el-khattabi el-ouali ait-ali el-kaddouri el-yassini el-idrissi el-hamdaoui el-amrani
el-bouzidi el-haddouchi el-boukhari ben-ali
nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui
bùi ho hồ ngo ngô duong dương ly lý trinh trịnh dinh đinh lam truong trương luong lương mai cao
ha ta doan đoàn vuong vương quach quách tieu
khan malik hussain ahmed butt chaudhry qureshi shah raza iqbal akhtar mirza siddiqui sheikh
bhatti awan javed rana abbasi baig cheema rehman anwar aslam mahmood zafar
ahmadzai popal rahimi hashimi sultani noorzai stanekzai wardak safi zazai mohammadi haidari
sadat nazari qaderi hakimi rasuli hamidi azizi amini samadi sharifi yusufzai
al-hassan al-ahmad al-ali al-khatib al-hussein al-obaidi al-jabouri al-rashid al-masri al-shami
al-halabi al-zoubi al-saadi al-tamimi al-kurdi al-sayed al-abdullah al-mohammad al-khalil
al-hamwi al-najjar al-haddad al-homsi al-hariri al-bayati al-dulaimi al-musawi al-janabi
al-rubaie al-taie al-shammari al-khafaji al-azzawi al-hamdan al-saleh al-omar al-hamoud
latuheru manuputty tahapary pattipeilohy sahetapy wattimena lewerissa nanlohy leatemia
pattinama tuhumury soumokil latumahina sopacua pattiasina ririmasse matulessy huwae tutuarima
lesnussa kakisina tomasoa nikijuluw pelupessy sahertian siahaya wairata sapulette pesulima
tuanakotta lawalata hehanussa leuwol uneputty noya parinussa patty rehatta sinay tamaela
tanasale lelapary pattiradjawane metekohy kastanya
shevchenko kovalenko bondarenko tkachenko kravchenko boyko boiko melnyk kovalchuk oliynyk
oliinyk lysenko moroz marchenko savchenko rudenko petrenko klymenko pavlenko kozak koval
shevchuk polishchuk tkachuk kravchuk ponomarenko karpenko vlasenko levchenko savchuk hrytsenko
yurchenko martyniuk kuzmenko romanenko tymoshenko sydorenko kostenko
popescu ionescu popa pop radu dumitru stan stoica gheorghe matei ciobanu constantin munteanu
ilie mihai marin tudor florea rusu dinu ene barbu nistor lazăr lazar moldovan diaconu dobre
oprea cristea anghel neagu voicu enache toma sandu lungu dumitrescu georgescu stanciu
"""

# Surname particles: a multi-word surname is kept only when it starts with one of these (the
# rest of names-dataset's multi-word "surnames" are mostly junk: "Led Display", "La Brune").
PARTICLES = {
    "de", "den", "der", "van", "vande", "vanden", "vander", "het", "'t", "te", "ter", "ten", "op",
    "in", "aan", "uit", "bij", "onder", "over", "voor", "el", "al", "ben", "bin", "ibn", "abu",
    "abou", "bou", "ait", "aït", "ou", "ould", "da", "das", "do", "dos", "di", "du", "des", "del",
    "della", "la", "le", "lo", "von", "vom", "zu", "mac", "mc", "st", "saint", "san", "santa",
    "dela", "a",
}
# Particles that alone are no surname core ("a" as in "tjon a joe").
CORE_SKIP = PARTICLES

# Words that are never taken as a name: function words, cue and role words, greetings, junk
# seen in names-dataset (Facebook profile "names").
FUNCTION_WORDS = set("""
de het een en of maar dat die dit deze wat wie waar hoe als dan toen want omdat dus ook nog niet
geen wel al zo er hier daar nu ik je jij u hij zij ze wij we jullie hen hun hem haar mijn jouw
zijn ons onze uw me mij zich van in op aan met voor door bij naar uit over onder tegen tot om te
na sinds zonder tussen binnen buiten achter naast boven is bent was waren wordt worden werd heb
hebt heeft had hadden kan kun kunt kunnen kon moet moeten mag mogen willen zal zullen zou zouden
ja nee hoi hallo doei dag oké ok oke heel veel meer erg zeer alle alles iets niets niks toch
even weer pas nooit altijd vaak soms echt gewoon zelf elkaar ieder iedereen niemand mee af
the and of to a an is in it you that was for on are with as his they at be this have from or by
one had not but what all were when we there can your which their said if will each about how
up out them then she many some so these would other into has more her two like him see could
no make than been its who now my over did down only way get come made may
mr mrs ms miss dr drs ir ing sir md sk sh gh kh dz ch mca tlm med mhd je suis ma vie
baby love boss queen king lady angel official page shop store online team group info
hello hey hi
""".split())
ROLE_WORDS = set("""
oma opa mama papa mam pap moeder vader moeders vaders ouder ouders zoon zonen dochter dochters
kind kinderen broer broers zus zussen zusje zusjes broertje broertjes tante oom neef nicht
nichtje neefje baby meester juf juffrouw dokter arts mevrouw meneer heer vrouw man jongen meisje
buurman buurvrouw vriend vriendin partner stiefvader stiefmoeder pleegvader pleegmoeder
pleegouder gezin familie cliënt client moeke vadertje moedertje vriendje vriendinnetje
""".split())
JUNK = set("""
verwijderd madrid milano oran mosta formosa afghan habeshawit unruly kxng
""".split())

# Words wdutch lists in lower case but that in everyday Dutch text are given names far more
# often than words (removed from dutch_words, kept as names). Reviewed by hand from the list of
# the ~1500 most common first names in the Netherlands that are also lower-case OpenTaal words.
NAME_DOMINANT = set("""
jan peter hans wim robert kees ria kim nick anita piet thomas chris ellen marc maarten bram
wouter jaap els koen dirk joop eva marjolein klaas pascal geert rik kelly nel demi merel joep
ger margriet sjaak sem eddy hendrik robbert aad daisy lex erna mart mia wout cas rico erica
willie grietje jasmijn geertje aart maxime arend rowan puck trees beau bente kris mila wies
mats jantje serge gemma mara ank donna jade riek bobby miep pietje linde maxim dolf steef dries
tjerk babs barend peet lammert rietje trijntje krijn mies aaltje sten noël nol franca madelief
liane joke mark frank rob bas mees
""".split()) - {"mees"}   # mees: the bird (koolmees, pimpelmees) is an everyday word
# Expected in dutch_words although also popular names (printed among the checks).
WORD_TOO = set("""
roos fleur mees storm hoop iris jack riet lies leen ernst rein jet ferry taco nanny kas berber
ben wil elke lieve rijk lot max job boy toon bob peer flip hub mat koos amber eren adem gul
dien dik wiel valentijn marien hellen
""".split())

# --------------------------------------------------------------------------------------------
# Capitalised non-names.
# --------------------------------------------------------------------------------------------
CURATED_CAPITALISED = """
nederlands nederlandse nederlander nederlanders hollands hollandse vlaams vlaamse belg belgen
belgisch belgische marokkaan marokkanen marokkaans marokkaanse turk turken turks turkse
koerd koerden koerdisch koerdische pool polen pools poolse surinamer surinamers surinaams
surinaamse antilliaan antillianen antilliaans antilliaanse arubaan arubaans arubaanse
curaçaos curaçaose curacaos eritreeër eritreeërs eritrees eritrese ethiopiër ethiopiërs
ethiopisch ethiopische somaliër somaliërs somalisch somalische syriër syriërs syrisch syrische
irakees irakezen iraaks iraakse afghaan afghanen afghaans afghaanse iraniër iraniërs iraans
iraanse perzisch perzische ghanees ghanezen ghanese nigeriaan nigerianen nigeriaans
nigeriaanse kaapverdiaan kaapverdianen kaapverdisch kaapverdische indonesiër indonesiërs
indonesisch indonesische moluks molukse molukker molukkers chinees chinezen chinese vietnamees
vietnamezen vietnamese indiër indiërs indiaas indiase pakistaan pakistanen pakistaans
pakistaanse hindostaan hindostanen hindostaans hindostaanse creool creolen creools creoolse
javaan javanen javaans javaanse portugees portugezen portugese spanjaard spanjaarden spaans
spaanse italiaan italianen italiaans italiaanse duitser duitsers duits duitse fransman fransen
frans franse engelsman engelsen engels engelse brit britten brits britse amerikaan amerikanen
amerikaans amerikaanse braziliaan brazilianen braziliaans braziliaanse roemeen roemenen roemeens
roemeense bulgaar bulgaren bulgaars bulgaarse hongaar hongaren hongaars hongaarse oekraïner
oekraïners oekraïens oekraïense oekrainer oekraiens oekraiense rus russen russisch russische
soedanees soedanezen soedanees soedanese arabier arabieren arabisch arabische berber berbers
berbers amazigh amazighs tamazight tarifit tarifiyt riffijns riffijnse rifijns tigrinya tigrinia
tigrinyaans amhaars amhaarse dari pasjtoe pashto poesjto farsi koerdisch kurmanci kurmanji
sorani somali somalisch papiaments papiamento papiamentu sranan sranantongo sarnami hindi urdu
punjabi bengaals tamil kantonees mandarijn europeaan europeanen europees europese afrikaan
afrikanen afrikaans afrikaanse aziaat aziaten aziatisch aziatische westers westerse oosters
oosterse fries friese friezen
europa afrika azië azie amerika noord-amerika zuid-amerika latijns-amerika oceanië antarctica
midden-oosten noord-afrika hoorn scandinavië balkan caribisch caribische caraïben
nederland holland vlaanderen wallonië suriname curaçao curacao aruba bonaire sint-maarten
eritrea ethiopië ethiopie somalië somalie syrië syrie irak iran afghanistan marokko turkije
koerdistan ghana nigeria kaapverdië indonesië molukken china vietnam india pakistan polen
roemenië bulgarije hongarije oekraïne oekraine rusland belarus wit-rusland soedan jemen egypte
algerije tunesië libië
islam islamitisch islamitische moslim moslims moslima christen christenen christelijk
christelijke christendom katholiek katholieke rooms-katholiek protestant protestants
protestantse hindoe hindoes hindoeïsme hindoeïstisch boeddhist boeddhisme boeddhistisch jood
joden joods joodse jodendom orthodox orthodoxe evangelisch evangelische pinkstergemeente
koran bijbel thora god allah christus profeet moskee kerk synagoge tempel
ramadan suikerfeest offerfeest eid iftar kerstmis kerst pasen pinksteren hemelvaart
sinterklaas pakjesavond oudejaarsavond nieuwjaar koningsdag bevrijdingsdag
divali diwali holi ketikoti ashura nowruz newroz
veilig thuis raad kinderbescherming wijkteam
jeugdbescherming jeugdzorg thuiszorg zorg ggd cjg wmo jgz ggz vng nji amk shg ssa
jeugdgezondheidszorg consultatiebureau
leerplicht leerplichtambtenaar zorgadviesteam zat huisarts huisartsenpost politie
openbaar ministerie kinderrechter rechtbank gemeente wijkagent meldcode
gecertificeerde instelling buurtteam jeugdteam gebiedsteam ouder-kindteam ouder-kind-team
csg jeugdpsychiatrie kjp kindertelefoon sensoor slachtofferhulp opvoedpoli
schrikker
"""


# --------------------------------------------------------------------------------------------

def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                       "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Without diacritics: 'Yılmaz' -> 'yilmaz', 'Nguyễn' -> 'nguyen'."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    return nfc("".join(c for c in decomposed if not unicodedata.combining(c)))


_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
_VOWELS = set("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿāăąēĕėęěīĭįıōŏőũūŭůűųơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹəœæø")


def latin(text: str) -> bool:
    return all(c in " -'’" or unicodedata.name(c, "").startswith("LATIN") for c in text)


def good_token(token: str) -> bool:
    """One word of a name: Latin letters (hyphen, apostrophe inside), 2+ letters, a vowel."""
    if len(token) < 2 or not _TOKEN.match(token) or not latin(token):
        return False
    if token in ("ng",):     # Cantonese surname without a vowel
        return True
    return any(c in _VOWELS for c in token)


# Passport-style transliteration (ICAO 9303-like) of Russian and Bulgarian names.
_CYR_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "-": "-",
}
_CYR_BG = dict(_CYR_RU, х="h", щ="sht", ъ="a", й="y")


def transliterate(name: str, country: str) -> str | None:
    table = _CYR_BG if country == "BG" else _CYR_RU
    out = []
    for char in name.lower():
        if char not in table:
            return None
        out.append(table[char])
    return "".join(out)


def read_lines(path: Path) -> list[str]:
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def write_list(path: Path, entries: set[str]) -> None:
    entries = {nfc(e.strip()) for e in entries if e and e.strip()}
    # No final newline, so that ``read().split("\n")`` gives exactly the entries.
    path.write_text("\n".join(sorted(entries)), encoding="utf-8")


# --------------------------------------------------------------------------------------------

def load_names_dataset():
    import names_dataset
    base = Path(names_dataset.__file__).parent / "v3"
    with gzip.open(base / "first_names.pkl.gz", "rb") as f:
        first = pickle.load(f)
    with gzip.open(base / "last_names.pkl.gz", "rb") as f:
        last = pickle.load(f)
    return first, last


def per_country(table: dict) -> dict[str, list[tuple[int, str]]]:
    ranked = defaultdict(list)
    for name, info in table.items():
        for country, rank in info["rank"].items():
            if rank is not None:
                ranked[country].append((rank, name))
    for entries in ranked.values():
        entries.sort()
    return ranked


def surname_forms(name: str) -> set[str]:
    """'el amrani' -> {'el amrani', 'el-amrani', 'amrani'}; 'al-hassan' -> also 'al hassan'."""
    forms = {name}
    words = name.split()
    if len(words) == 1 and "-" in name:
        head, _, rest = name.partition("-")
        if head in ("al", "el", "ben", "ait", "abu", "abou", "bou") and rest:
            forms |= {f"{head} {rest}", rest}
        elif head == "tjon" or "-a-" in name:     # tjon-a-joe -> tjon a joe
            forms.add(name.replace("-", " "))
    if len(words) > 1:
        core = [w for w in words if w not in CORE_SKIP]
        if core:
            forms.add(" ".join(core))
            forms.update(core)
        if words[0] in ("al", "el") and len(words) == 2:
            forms.add(f"{words[0]}-{words[1]}")
    return forms


def accept_name(name: str, *, surname: bool) -> str | None:
    """The lower-case form of a names-dataset entry, or None when it is not usable."""
    name = nfc(name.strip().lower().replace("’", "'"))
    words = name.split()
    if not words or not all(good_token(w) or (surname and w in PARTICLES) for w in words):
        return None
    if len(words) > 1:
        if not surname or words[0] not in PARTICLES or words[-1] in PARTICLES:
            return None
        if len(words) > 4:
            return None
    return name


def select(ranked, quotas, *, surname, counts):
    """country -> accepted names (top `quota` Latin-script names of that country)."""
    chosen: dict[str, dict[str, int]] = {}
    for country, quota in quotas.items():
        got: dict[str, int] = {}
        for rank, raw in ranked.get(country, []):
            if len(got) >= quota:
                break
            name = accept_name(raw, surname=surname)
            if name and name not in got:
                got[name] = rank
        chosen[country] = got
        counts[country] = len(got)
    return chosen


def select_cyrillic(ranked, quotas, *, surname):
    chosen = {}
    for country, quota in quotas.items():
        got = {}
        for rank, raw in ranked.get(country, []):
            if len(got) >= quota:
                break
            if " " in raw:
                continue
            name = transliterate(raw, country)
            if name and good_token(name) and name not in got:
                got[name] = rank
        chosen[country + "-cyr"] = got
    return chosen


# --------------------------------------------------------------------------------------------

def build_dutch_words(wdutch_lower: set[str]) -> tuple[set[str], set[str]]:
    from wordfreq import top_n_list
    top = top_n_list("nl", DUTCH_TOP_N)
    word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
    words = {nfc(w) for w in top if w in wdutch_lower and word.fullmatch(w)}
    removed = words & NAME_DOMINANT
    return words - NAME_DOMINANT, removed


def build_capitalised(wdutch_cap: set[str], names: set[str]) -> set[str]:
    """Curated terms, Dutch country and language names, and OpenTaal's adjectives derived from
    proper nouns; a derived word that is also a known name (Willems/Willemse, Louis/Louise) is
    left out, since OpenTaal lists patronymic surnames in the same pattern."""
    import pycountry
    out: set[str] = set()
    for line in CURATED_CAPITALISED.strip().splitlines():
        out.update(line.split())
    # multi-word terms, kept as written and in addition to their words
    out.update({
        "veilig thuis", "raad voor de kinderbescherming", "centrum voor jeugd en gezin",
        "jeugd en gezin", "openbaar ministerie", "william schrikker groep",
        "gecertificeerde instelling", "sociaal wijkteam", "centrum seksueel geweld",
        "keti koti", "oud en nieuw", "william schrikker groep",
        "kinder- en jeugdpsychiatrie", "chinees nieuwjaar", "sint maarten", "verenigde staten",
        "verenigd koninkrijk", "midden-oosten", "saoedi-arabië", "kaapverdië",
        "dominicaanse republiek", "democratische republiek congo",
    })
    out -= FUNCTION_WORDS
    # Countries and languages in Dutch (iso-codes translations shipped with pycountry).
    try:
        countries = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                if hasattr(country, attr):
                    out.add(countries.gettext(getattr(country, attr)).lower())
        languages = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["nl"])
        for language in pycountry.languages:
            if hasattr(language, "alpha_2"):
                dutch = languages.gettext(language.name)
                if dutch != language.name or language.name.lower() in out:
                    out.add(dutch.lower())
    except OSError as exc:   # pragma: no cover - pycountry without locales
        print("pycountry translations unavailable:", exc, file=sys.stderr)
    # Adjectives derived from proper nouns in OpenTaal: Marokkaans/Marokkaanse,
    # Syrisch/Syrische, Eritrees/Eritrese.
    derived: set[str] = set()
    for word in wdutch_cap:
        if not word[:1].isupper() or " " in word:
            continue
        if word.endswith("isch") and word + "e" in wdutch_cap:
            derived.update({word, word + "e"})
        elif word.endswith("ees") and word[:-2] + "se" in wdutch_cap:
            derived.update({word, word[:-2] + "se"})
        elif word.endswith("s") and not word.endswith("ss") and word[:-1] + "se" in wdutch_cap:
            derived.update({word, word[:-1] + "se"})
        elif word.endswith(("iër", "eeër")) and word + "s" in wdutch_cap:
            derived.update({word, word + "s"})
    derived = {nfc(w.lower()) for w in derived}
    out = {nfc(w.lower()) for w in out} | {w for w in derived if w not in names}
    return {w for w in out if w and not any(c in w for c in ",()")}


# --------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--deduce", type=Path, default=DEDUCE_NAMES)
    parser.add_argument("--wdutch", type=Path, default=WDUTCH)
    args = parser.parse_args()
    started = time.time()
    args.out.mkdir(parents=True, exist_ok=True)

    # --- OpenTaal / wdutch ----------------------------------------------------------------
    if not args.wdutch.exists():
        print(f"{args.wdutch} missing: apt-get install wdutch", file=sys.stderr)
        return 1
    wdutch = [nfc(w) for w in read_lines(args.wdutch)]
    wdutch_lower = {w for w in wdutch if w[:1].islower()}
    wdutch_cap = {w for w in wdutch if w[:1].isupper()}
    wdutch_cap_lower = {w.lower() for w in wdutch_cap}

    # --- Dutch words -----------------------------------------------------------------------
    dutch_words, name_dominant = build_dutch_words(wdutch_lower)
    print(f"dutch words: {len(dutch_words)} (removed as name-dominant: {len(name_dominant)})")

    # --- deduce ----------------------------------------------------------------------------
    def deduce_list(sub: str) -> set[str]:
        folder = args.deduce / sub
        items = {nfc(w.lower()) for w in read_lines(folder / "items.txt")}
        exceptions = folder / "exceptions.txt"
        if exceptions.exists():
            items -= {nfc(w.lower()) for w in read_lines(exceptions)}
        return items

    deduce_first = {w for w in deduce_list("lst_first_name") if accept_name(w, surname=False)}
    deduce_last = {w for w in deduce_list("lst_surname") if accept_name(w, surname=True)}
    deduce_last |= {w for w in deduce_list("lst_interfix_surname")
                    if accept_name(w, surname=True)}
    deduce_names = deduce_first | deduce_last

    # --- names-dataset ---------------------------------------------------------------------
    t = time.time()
    first_table, last_table = load_names_dataset()
    print(f"names-dataset loaded in {time.time() - t:.0f}s: {len(first_table)} first names, "
          f"{len(last_table)} surnames")
    counts_first: dict[str, int] = {}
    counts_last: dict[str, int] = {}
    ranked_first = per_country(first_table)
    ranked_last = per_country(last_table)
    first_by_country = select(ranked_first, COUNTRIES_FIRST, surname=False, counts=counts_first)
    last_by_country = select(ranked_last, COUNTRIES_LAST, surname=True, counts=counts_last)
    first_by_country |= select_cyrillic(ranked_first, CYRILLIC, surname=False)
    last_by_country |= select_cyrillic(ranked_last, CYRILLIC, surname=True)
    del first_table, last_table, ranked_first, ranked_last

    names_pool = deduce_names | set(CURATED_FIRST.split()) | set(CURATED_SURNAMES.split())
    for by_country in (first_by_country, last_by_country):
        for names in by_country.values():
            names_pool.update(names)
    names_pool |= {fold(n) for n in names_pool}
    capitalised = build_capitalised(wdutch_cap, names_pool)

    curated_first = set(CURATED_FIRST.split())
    curated_last = set(CURATED_SURNAMES.split())

    from wordfreq import zipf_frequency

    def english_common(name: str) -> bool:
        return " " not in name and zipf_frequency(name, "en") >= 4.5 \
            and zipf_frequency(name, "nl") < 4.5

    def assemble(by_country, curated, deduce_set, *, surname):
        origin: dict[str, set[str]] = defaultdict(set)
        for country, names in by_country.items():
            for name in names:
                origin[name].add(country)
        for name in curated:
            origin[name].add("curated")
        for name in deduce_set:
            origin[name].add("deduce")
        accepted: set[str] = set()
        dropped: dict[str, list[str]] = defaultdict(list)
        for name, sources in origin.items():
            words = name.split()
            if name in FUNCTION_WORDS or name in ROLE_WORDS or name in JUNK:
                dropped["function/role/junk"].append(name)
                continue
            if any(w in ROLE_WORDS or w in JUNK for w in words):
                dropped["function/role/junk"].append(name)
                continue
            supported = sources & {"curated", "deduce"}
            foreign = sources - DUTCH_LANGUAGE - {"curated", "deduce"}
            if len(name) == 2 and not supported and len(sources) < 2:
                dropped["two letters, one source"].append(name)
                continue
            if name in dutch_words and not supported and not foreign \
                    and name not in wdutch_cap_lower:
                # a Dutch word that only the Dutch/Belgian Facebook lists call a name
                dropped["dutch word, no support"].append(name)
                continue
            if not supported and len(foreign | (sources & DUTCH_LANGUAGE)) < 3 \
                    and english_common(name):
                # "believe", "market", "take": Facebook profile junk; real names that are
                # English words (Faith, Hope, Justice) are in many countries' lists
                dropped["common English word"].append(name)
                continue
            if name in capitalised and not supported:
                dropped["nationality/country/term"].append(name)
                continue
            accepted.add(name)
        result: set[str] = set()
        for name in accepted:
            forms = surname_forms(name) if surname else {name}
            for form in forms:
                if form in FUNCTION_WORDS or form in ROLE_WORDS or (
                        len(form) < 2) or (form != name and form in capitalised):
                    continue
                result.add(form)
                folded = fold(form)
                if folded != form and folded not in FUNCTION_WORDS:
                    result.add(folded)
        return result, dropped

    first_names, dropped_first = assemble(first_by_country, curated_first, deduce_first,
                                          surname=False)
    surnames, dropped_last = assemble(last_by_country, curated_last, deduce_last, surname=True)

    # Names that are ordinary words too: single words in dutch_words, and multi-word surnames
    # all of whose words are Dutch words ("de jong", "de bakker", "van dijk").
    all_names = first_names | surnames
    name_words = {n for n in all_names if n in dutch_words}
    name_words |= {n for n in all_names
                   if " " in n and all(w in dutch_words for w in n.split())}

    # Common English words (mixed Dutch/English notes: "Called", "Referral", "Daycare" at the start
    # of a sentence are no names), without the names: only the name rules that look for words
    # nobody knows use it.
    from wordfreq import top_n_list
    english = [nfc(w) for w in top_n_list("en", ENGLISH_TOP_N) if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w) and len(w) >= 3]
    # names left out ("anna", "maria" are names in a Dutch note), but not the commonest words ("new")
    english_words = set(english[:ENGLISH_ALWAYS]) | (set(english) - all_names)

    # --- write -----------------------------------------------------------------------------
    common_words = {nfc(w) for w in top_n_list("nl", DUTCH_COMMON_N)} & dutch_words

    files = {
        "common_words.txt": common_words,
        "english_words.txt": english_words,
        "first_names.txt": first_names,
        "surnames.txt": surnames,
        "dutch_words.txt": dutch_words,
        "name_words.txt": name_words,
        "capitalised_words.txt": capitalised,
    }
    for filename, entries in files.items():
        write_list(args.out / filename, entries)

    # --- report ----------------------------------------------------------------------------
    print("\nnames-dataset names taken per country (first / last):")
    print("  " + ", ".join(f"{c} {counts_first.get(c, 0)}/{counts_last.get(c, 0)}"
                           for c in COUNTRIES_FIRST))
    print("  transliterated from Cyrillic: " + ", ".join(
        f"{c} {len(first_by_country[c + '-cyr'])}/{len(last_by_country[c + '-cyr'])}"
        for c in CYRILLIC))
    for label, dropped in (("first names", dropped_first), ("surnames", dropped_last)):
        for reason, names in sorted(dropped.items()):
            names.sort()
            print(f"dropped {label} ({reason}, {len(names)}): {' '.join(names[:60])}"
                  + (" ..." if len(names) > 60 else ""))
    review = sorted(n for n in first_names & dutch_words
                    if n in wdutch_cap_lower and n not in WORD_TOO)[:150]
    print(f"\nfirst names that stay Dutch words (review; first 150): {' '.join(review)}")

    print("\nfiles:")
    for filename in files:
        path = args.out / filename
        lines = path.read_text(encoding="utf-8").split("\n")
        assert "" not in lines, filename
        print(f"  {filename:24} {path.stat().st_size:>9} bytes {len(lines):>7} entries")

    expect_in = ("hoop storm roos mees fleur bloem zorg kind school bed wang plek blauwe moeder "
                 "vader klein bakker de het zusje broertje plast slaapt huilt").split()
    expect_out = ("daan sanne bram fatima mohammed dawit kwame yilmaz kowalski tesfaye noah sem "
                  "lucas jansen amsterdam zwolle").split()
    failures = 0
    print("\nexpectations:")
    for word in expect_in:
        ok = word in dutch_words
        failures += not ok
        print(f"  {'ok ' if ok else 'FAIL'} {word!r} in dutch_words")
    for word in expect_out:
        ok = word not in dutch_words
        failures += not ok
        print(f"  {'ok ' if ok else 'FAIL'} {word!r} not in dutch_words")
    checks_names = {
        "first_names": ("daan sanne bram fatima mohammed dawit kwame noah sem lucas semhar "
                        "akosua abena yonas mebrat filmon kofi yaw oleksandr mehmet", first_names),
        "surnames": ("yilmaz kowalski kowalska nowak tesfaye haile mensah owusu boateng asante "
                     "jansen bakker hakimi al-hassan", surnames),
        "name_words": ("roos storm fleur bakker klein", name_words),
    }
    for label, (words, pool) in checks_names.items():
        for word in words.split():
            ok = word in pool
            failures += not ok
            print(f"  {'ok ' if ok else 'FAIL'} {word!r} in {label}")
    for phrase in ("el amrani", "amrani", "de jong"):
        ok = phrase in surnames
        failures += not ok
        print(f"  {'ok ' if ok else 'FAIL'} {phrase!r} in surnames")
    for word in ("marokkaanse", "eritrese", "veilig thuis", "ramadan", "suikerfeest"):
        ok = word in capitalised
        failures += not ok
        print(f"  {'ok ' if ok else 'FAIL'} {word!r} in capitalised_words")
    for word in ("de", "van", "het", "en", "is", "ik", "je", "op", "in", "al", "so", "moeder"):
        ok = word not in first_names and word not in surnames
        failures += not ok
        print(f"  {'ok ' if ok else 'FAIL'} {word!r} not a name")

    t = time.time()
    for filename in files:
        set((args.out / filename).read_text(encoding="utf-8").split("\n"))
    print(f"\nload time as sets: {(time.time() - t) * 1000:.0f} ms")
    print(f"{failures} expectation(s) failed; built in {time.time() - started:.0f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
