"""Person names, offline: runs of capitalised words scored against a shipped lexicon of first and last
names (U.S. Census Bureau name files, see bench/data/build_names_lexicon.py, plus a short list of given
names and surnames from outside the U.S. census written into this module) and context rules, with a stop
list of capitalised words that are not names.

A run is scored by lexicon evidence (a known first name, a known last name), its shape (initials, name
particles such as "van der" or "bin", hyphens and apostrophes) and the words around it: a title ("Dr.",
"Judge", "Sgt.", kept out of the span) or a cue before it ("signed by", "cc:", "Regards,", "patient"), a
cue after it ("wrote:", "<address>", ", CEO", a verb), or a neighbour in a list of names; organisations,
places, eponyms and street names ("Goldman Sachs", "near Port Elizabeth", "Parkinson's disease",
"Baker Street") are turned away by the words next to them and a short list of well-known ones.

No model hub and no NLP model: the lexicon and the rules are all there is, so the detector runs in any
environment and gives the same answer everywhere."""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from modelward.data.pii.context import ascii_twin, word_set
from modelward.data.pii.entities import Entity, PiiMatch

# Latin-1 capitals, Latin Extended-A and -B and Latin Extended Additional (Vietnamese); capitals and small
# letters interleave in the extended blocks, which both classes take whole
_UP = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ"
# a capitalised word: "Smith", "O'Neill", "D'Angelo", "McAllister", "MacDonald", "Müller-Schmidt", "Min-jun"
_TOKEN = rf"(?:[ODL]['’])?(?:Mc|Mac|Fitz)?[{_UP}][{_LOW}]+(?:[-'’][{_UP}{_LOW}][{_LOW}]+)*"
# after the first word, also "al-Farsi", "el-Sayed", "bin-Salem"
_NEXT_TOKEN = rf"(?:(?:al|el|ad|ar|as|ash|az|abu|abd|ibn|bin|ul)-)?{_TOKEN}"
_PARTICLE = (r"(?:van der|van den|van de|van het|van 't|van 's|van|von und zu|von der|von|und|de la|de los|"
             r"de las|del|de|der|den|die|da|di|du|dos|das|do|della|delle|degli|dal|le|la|bin|binti|bint|ibn|"
             r"abu|ben|al|el|ten|ter|te|zu|'s|'t|Ó|Ní|Nic|Uí|Mac)")
_INITIALS = rf"(?:[{_UP}]\.(?: |(?=[{_UP}]\.))){{1,3}}"  # "J. R. ", "J.R. "
_NAME = re.compile(
    rf"(?P<name>(?:{_INITIALS})?{_TOKEN}(?: [{_UP}]\.){{0,2}}(?: (?:{_PARTICLE} )?{_NEXT_TOKEN}){{0,3}})"
    rf"(?![\w@]|\.[A-Za-z])"
)
_NAME_ASCII = ascii_twin(_NAME)
# What _CUE's greetings and _DETERMINER can end with: a text whose end (spaces aside) is none of these cannot
# match them, which most texts before a capitalised word show without running the patterns.
_CUE_ENDINGS = ("dear", "hi", "hello", "hey", "thanks", "thank you", "cheers", "regards", "sincerely", "signed",
                "spoke with", "talked to", "met with", "ask for")
_DETERMINER_ENDINGS = ("the", "a", "an", "this", "that", "our", "your", "their", "its", "these", "those")
_CUE = re.compile(r"(?:\b(?:" + "|".join(_CUE_ENDINGS) + r")\b[ \t]*,?\s*"
                  r"|\b(?:name|contact|attn|attention|from|to|cc|by|patient|client|customer|employee|applicant|"
                  r"author|tenant|guest|passenger|student|user|manager|signed|owner|holder)[ \t]*:[ \t]*)$",
                  re.IGNORECASE)

_SUBJECT_VERB = re.compile(
    r"(?: (?:will|would|is|was|has|had|have|said|says|called|calls|joined|joins|wrote|writes|asked|asks|can|"
    r"could|should|may|might|must|did|does|sent|sends|signed|agreed|reported|told|met|left|arrived|works|worked|"
    r"lives|lived|approved|reviewed|presented|testified|confirmed|declined|denied|stated|explained|added|noted|"
    r"replied|requested|submitted|attended|completed|received|emailed|filed|dismissed|ordered|argued|objected|"
    r"ruled|prescribed|diagnosed|recommended|suggested|mentioned|thinks|thought|believes|wants|needs|led|leads|"
    r"founded|recalled|admitted|claimed|described|accepted|rejected|resigned|retired|died|passed|won|lost|"
    r"answered|responded|apologised|apologized|promised|insisted|warned|shared|posted|commented|uploaded|"
    r"updated|pushed|merged|fixed|opened|closed|assigned|owns|owned|manages|managed|heads|headed|chairs|"
    r"chaired|visited|treated|examined|underwent|reports|reviews|approves|handles|handled|teaches|taught|"
    r"joins|represents|represented|is not|isn't|wasn't|hasn't|won't|doesn't|didn't|and (?:I|we|he|she)|"
    r"also|just|already|recently|never|always|finally|later|still|often|usually|kindly|personally|"
    r"immediately|currently|previously|[a-z]{3,}ed)\b"
    r"|:\n|['’]s [a-z])")
_DETERMINER = re.compile(r"\b(?:" + "|".join(_DETERMINER_ENDINGS) + r")\s+$", re.IGNORECASE)

# Capitalised words that are names in the census lists but far more often something else, or that
# start sentences, places and organisations.
STOPWORDS = word_set("""
the this that these those there then than they their them he she his her we our you your it its i a an and
or but nor so yet for with without from to in into on onto at by of off as if when where what who whom whose
why how all any each every some many most more less few other another such no not only own same very can will
just should now also please thanks thank dear hello hi hey regards best kind warm sincerely yours cheers
team customer customers support service services sales office department dept inc ltd llc plc corp corporation
company co group holdings bank university college school hospital clinic institute foundation association
street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place square park city county state
states province region district north south east west northern southern eastern western central new old
great grand little big upper lower saint san santa los las el la le fort mount mountain lake river bay beach
island islands valley united kingdom republic america american europe european asia asian africa african
pacific atlantic order invoice account version release model product project report data email mail phone
address name date birth number card total payment amount subject re fwd note notes meeting agenda summary
monday tuesday wednesday thursday friday saturday sunday january february march july
september october november december mon tue wed thu fri sat sun feb mar apr jun jul aug sep sept oct
nov dec mr mrs ms miss dr prof sir today tomorrow yesterday morning afternoon evening night christmas
easter ok yes no okay
ip server client host network admin user guest root system systems cloud web app api id key token
message reply sent received attached attachment file files document page section chapter table figure
welcome hope sorry good great happy nice glad sure let see call text ticket issue bug fix update updates
release notes news press media international national global general public private limited farms farm
industries solutions technologies partners labs
ventures studios consulting capital enterprises motors foods running part wire
ask email ping invite tell remind contact attn cc bcc via re fw fyi hiya congrats congratulations
again everyone everybody guys folks colleagues colleague world friends friend sirs madam sir all both
army navy government congress senate court ministry agency police embassy council committee board
commission parliament federal supreme district appeals tribunal authority office
microsoft google amazon apple oracle cisco intel adobe salesforce ibm meta netflix tesla toyota honda samsung
sony nike pfizer moderna novartis roche bayer siemens bosch deloitte kpmg accenture azure windows excel
teams slack zoom jira github gitlab docker linux python java kubernetes outlook gmail linkedin facebook
twitter instagram whatsapp youtube iphone android
lipitor metformin tylenol advil aspirin ozempic humira prozac xanax zoloft ibuprofen paracetamol insulin
warfarin amoxicillin atorvastatin lisinopril omeprazole
deutsche banco banca banque royal hotel trinity union visual studio telecom telekom express digital energy
power oil gas auto media times herald journal tribune daily radio credit citizens standard imperial metro
urban euro air airlines airline cargo logistics shipping assurance pharmacy software hardware cyber tech
technology analytics robotics investment trading markets exchange stock equity museum theatre theater
cinema restaurant cafe pub grill kitchen bakery motel resort spa club casino download install open click
select visit read check use try follow register sign log book buy get find go watch listen subscribe
lol yo thx ty btw omg yeah yep human resources hiring recruiting recruitment talent acquisition finance
legal operations marketing engineering procurement compliance accounting payroll facilities hr management
executive directors manager managers officers staff
""")


# Words that end organisations and places ("Acme Corporation", "Baker Street"), never a surname here.
TRAILING = word_set("""
street st avenue ave road rd boulevard blvd lane ln drive court ct way place square park inc ltd llc plc corp
corporation company co group holdings bank university college school hospital clinic institute foundation
association farms farm industries solutions technologies partners labs ventures studios consulting capital
enterprises motors foods city county state team office department report review
gmbh ag sa nv bv srl spa kg pty pte pvt llp lp oy ab asa centre center museum gallery library stadium arena
building airport station terminal cathedral circus crescent terrace mews parkway highway freeway expressway
hwy pkwy mall heights estates airlines airways railways systems networks software laboratories
pharmaceuticals pharma therapeutics biosciences bioscience healthcare insurance financial securities
investments advisors advisory associates bros enterprise edition platform suite
""")

# Words just after a run that make it an organisation, a place or an eponym ("Parkinson's disease",
# "Hodgkin lymphoma", "Martin Luther King Jr. Blvd", "Goldman Sachs Group")
EPONYMS = word_set("""
disease diseases syndrome disorder law laws theorem effect principle lymphoma sarcoma palsy reflex
equation constant distribution paradox conjecture hypothesis algorithm criteria procedure maneuver
manoeuvre ulcer tumor tumour fracture prize award awards medal amendment doctrine treaty scholarship
fellowship trophy cup whiskey whisky bourbon
""")
AFTER_NOT_NAME = TRAILING - {"report", "review", "team", "office", "way", "place", "park", "court", "lane",
                             "state", "plaza"} | EPONYMS | word_set("brothers sons trust fund funds mutual")


# Capitalised runs that read as "First Last" but are organisations, brands or places.
NOT_PEOPLE = frozenset(s.strip() for s in """
goldman sachs|morgan stanley|wells fargo|lehman brothers|merrill lynch|ernst young|
johnson johnson|procter gamble|jack daniel|jack daniels|
estee lauder|louis vuitton|hugo boss|harley davidson|rolls royce|aston martin|mercedes benz|marks spencer|
kaiser permanente|johns hopkins|warner bros|dow jones|baker mckenzie|jones day|allen overy|
clifford chance|morgan lewis|skadden arps|ben jerry|barnes noble|dolce gabbana|
dr pepper|tim hortons|
thomson reuters|dun bradstreet|smith wesson|black decker|ray ban|

port elizabeth|mount vernon|costa rica|puerto rico|buenos aires|santa monica|las vegas|los angeles|
sao paulo|são paulo|rio janeiro|hong kong|kuala lumpur|tel aviv|abu dhabi|sri lanka|saudi arabia|
cape town|addis ababa|palo alto|santa clara|salt lake|des moines|baton rouge|fort worth|beverly hills|
santa barbara|santa fe|san jose|san antonio|san francisco|san diego|new york|new jersey|new orleans|
costa mesa|corpus christi|el paso|la paz|monte carlo|buenos|sierra leone|el salvador|santo domingo|
port louis|port moresby|george town|georgetown|jersey city|carson city|kansas city|virginia beach|
charlotte amalie|elizabeth line|victoria falls|lake victoria|alice springs|st kilda|mont blanc|
piccadilly circus|oxford circus|abbey road|wall street|downing street|bond street|regent street|
martin luther king|
""".replace("\n", "").split("|") if s.strip())

_NOT_PEOPLE_HEADS = frozenset(s.split(" ")[0] for s in NOT_PEOPLE)

# Titles before a name: outside the span, and enough context for a name the lexicon does not know.
TITLES = word_set("""
Mr Mrs Ms Miss Mx Mstr Dr Prof Professor Sir Dame Lady Lord Rev Revd Reverend Fr Herr Frau Mme Mlle Sr Sra
Srta Sig Dott Mister Madame Monsieur Señor Señora Signor Signora Doctor Judge Justice Hon Sgt Sergeant Cpl
Pvt Lt Capt Cpt Col Maj Gen Brig Cmdr Cdr Adm Insp Inspector Det Detective Supt Superintendent Constable
Officer Nurse Sister Pastor Rabbi Imam Sheikh Shaykh Sen Senator Rep Gov Governor Mayor President Pres
Chancellor Ambassador Minister Coach Agent Bishop Cardinal Deacon Elder Dean Principal Esq Mag Ing Dipl
Frk Fru Hr Pan Pani Sayın Bay Bayan Mevrou Meneer Dhr Mevr Shri Smt Sri Kumari Tan Dato Datuk Encik Puan
""")
# Title words that are also plain words or given names: accepted only before a name the lexicon knows or
# with a period ("Dean Smith" is a name, "Dean Martin" too, "President Street" is not)
_WEAK_TITLES = frozenset({"Officer", "Nurse", "Sister", "Coach", "Agent", "Elder", "Dean", "Principal",
                          "President", "Minister", "Governor", "Mayor", "Pastor", "Bishop", "Cardinal", "Deacon",
                          "Chancellor", "Ambassador", "Constable", "Superintendent", "Pan", "Bay", "Tan", "Sri",
                          "Hon", "Mag", "Ing", "Rep", "Gen", "Sen", "Gov", "Pres"})

# Titles written short, whose period does not end a sentence ("Dr. Li", "Sgt. Kowalczyk")
_ABBREVIATED = frozenset(t for t in TITLES if len(t) <= 5) - word_set("""
Pan Bay Tan Sri Lady Lord Sir Miss Dame Herr Frau Dean Fru Frk Puan Dato Datuk Ing Mag Elder Coach Agent Nurse
Mayor Imam Rabbi
""")

# Words just before a run that introduce a person (lower case; "by" as in "signed by", "said" as in
# '"...", said X').
_CUE_WORDS = word_set("""
dear hi hello hey hiya thanks thank cheers regards sincerely signed cc bcc attn attention fyi
met meet meeting spoke speak speaking talked talk told tell asked ask called call calling contact
contacted email emailed mail ping pinged invite invited introduce introducing introduced welcome welcomed
congratulate congrats congratulations remind reminded thank thanked said says replied asked added wrote
according hired interviewed married thanked cc'd ccing loop looped forward forwarded
patient client customer employee applicant author authors tenant guest passenger student manager owner
holder witness witnesses defendant plaintiff claimant respondent petitioner appellant counsel attorney
lawyer solicitor barrister landlord buyer seller borrower lender guarantor beneficiary insured
policyholder member caller physician doctor nurse surgeon clinician therapist pharmacist midwife
dentist consultant mother father son daughter wife husband brother sister partner fiance fiancee fiancé
spouse colleague colleagues coworker boss supervisor assistant secretary intern recruiter candidate
interviewer reviewer approver assignee reporter requester requestor sender recipient addressee
signatory notary executor trustee deceased decedent victim suspect officer agent driver technician
engineer analyst director ceo cfo cto coo cio ciso founder cofounder chairman chairwoman chair vp
president mr mrs ms dr prof teacher professor instructor tutor coach pupil parent guardian child
neighbour neighbor friend uncle aunt nephew niece cousin grandson granddaughter grandmother grandfather
sir madam name names attendees participants prepared reviewed approved submitted
written authored sent led chaired hosted presented moderated organised organized assigned referred
treated examined seen diagnosed admitted discharged ok okay lol yo thx ty sorry yeah yep bye
""")
# "to" and "from" introduce a person after these ("according to", "assigned to", "email from")
_TO_FROM_BEFORE = word_set("""
according assigned referred spoke talk talked sent send reply replied report reports reported married
engaged introduced introduce forwarded forward delegated escalated addressed belongs belonged letter
message note email mail call calls text texts reply word news gift present thanks message greetings
regards invitation invite apology apologies complaint request requests feedback response
""")
_BY_BEFORE = word_set("""
signed prepared reviewed approved written authored sent led chaired hosted presented submitted issued made
taken completed filed drafted edited checked verified confirmed requested raised reported referred seen
examined treated assessed interviewed composed directed produced founded owned managed countersigned
witnessed notarised notarized endorsed recommended nominated supervised coordinated organised organized
moderated posted shared uploaded merged closed opened assigned called emailed
""")
_WITH_BEFORE = word_set("""
met meet meeting meetings spoke speak speaking talked talk talking chat chatted call calls worked working
work lunch dinner coffee appointment session interview consultation married engaged partnered collaborated
along together spoken met sync catch caught touch visit
""")
# Words before a run that make it a place or an organisation unless the lexicon knows its first word
_PLACE_BEFORE = word_set("""
in at near into onto towards toward via across around outside inside within along throughout
visit visited visiting fly flew flying flight flights drive drove driving moved relocated relocating based
headquartered located downtown uptown acquired bought sold use using used install installed deploy deployed
""")
# Words after a name that give it a role or a voice ("X, CEO of ...", "X (CFO)", "X wrote:")
_ROLES = (r"ceo|cfo|cto|coo|cmo|cio|ciso|vp|svp|evp|md|phd|rn|np|pa|esq|jr|sr|director|manager|head|chair|"
          r"chairman|chairwoman|president|founder|co-founder|cofounder|partner|counsel|attorney|lawyer|"
          r"solicitor|barrister|engineer|analyst|consultant|professor|lecturer|nurse|physician|doctor|surgeon|"
          r"editor|reporter|spokesperson|spokesman|spokeswoman|officer|secretary|treasurer|associate|intern|"
          r"assistant|lead|owner|member|trustee|executor|witness|defendant|plaintiff|claimant|age|aged|born|"
          r"who|whose|the (?:ceo|cfo|cto|coo|head|director|manager|chair|founder|"
          r"owner|patient|client|tenant|author|applicant|defendant|plaintiff|witness|claimant|lead|new)|"
          r"\d{1,3}\)|m\)|f\)|he\b|she\b|they\b")
_AFTER_CUE = re.compile(rf"[ \t]*(?:<[^<>\s@]+@|\[[^\[\]\s@]+@|\((?:{_ROLES})|,[ \t]+(?:{_ROLES})\b|"
                        r"(?:\(|,[ \t]+)(?-i:[A-Z][a-z]+ (?:of|at|for) )|[ \t]+wrote\b|:[ \t]*\"|"
                        r"(?:[-–:,][ \t]*)?[(<\[]?[\w.+-]+@[\w-]+\.|"  # an address: "X Y (x.y@example.com)"
                        r"(?:[-–:,(][ \t]*)?(?:\+\d|tel\b|phone\b|mobile\b|cell\b)|"  # a number
                        r",[ \t]+\d{1,3}(?:,|\)| years| y/?o\b))",  # an age: "X Y, 54, ..."
                        re.IGNORECASE)
_NEXT_WORD = re.compile(r"\.?(['’]s?)?,?[ \t]+(?:(?:Jr|Sr|II|III|IV)\.?,?[ \t]+)?&?[ \t]*([^\W\d_]+)")
_SURNAME_INITIALS = re.compile(rf", (?:[{_UP}]\.(?: ?(?=[{_UP}]\.))?){{1,3}}(?![\w@])")
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", "; ", " & ", " und ", " et ", " y ", " e ", " og ",
                        " och ", " en ", " i "})
_FUNCTION_WORDS = frozenset({"And", "Of", "For", "To", "In", "On", "With", "At", "By", "From", "Or",
                             "A", "An", "Is", "Are", "Our", "Your", "Not", "Vs", "Versus", "Into", "About"})
# Words inside a run of three or more that make it an institution ("Trinity College Dublin")
_INSTITUTION_WORDS = frozenset(w.capitalize() for w in word_set("""
university college bank hotel hospital institute school museum airport station street road avenue
cathedral company corporation inc ltd llc group holdings foundation association society club council
committee ministry department tribunal studio studios code mail airlines centre center clinic
universidad universidade université universität università universiteit
"""))
_PLACE_LEAD = frozenset({"san", "santa", "saint", "st", "fort", "mount", "lake", "port", "new", "north", "south",
                         "east", "west", "upper", "lower", "great", "little", "los", "las", "el", "la", "le",
                         "cape", "isle", "point", "sao", "são", "porto", "puerto", "costa", "rio", "bay"})
_ROLE_LEAD = word_set("""
nurse practitioner registered senior junior chief lead head associate assistant managing general deputy vice
acting interim executive attorney counsel solicitor barrister patient client defendant plaintiff witness
claimant applicant tenant landlord employee candidate student teacher professor doctor consultant surgeon
physician therapist pharmacist officer detective inspector sergeant constable agent director manager partner
""")
_ALWAYS_STRIP = word_set("""
monday tuesday wednesday thursday friday saturday sunday january february march july september october
november december
""")
_GREETINGS = frozenset({"dear", "hi", "hello", "hey", "hiya", "thanks", "thank", "cheers", "congrats",
                        "congratulations", "welcome", "morning", "evening", "regards", "bye", "night", "ok",
                        "okay", "lol", "yo", "thx", "ty", "sorry", "yeah", "yep", "sure", "great"})

# Given names and surnames from outside the U.S. census lists (South and East Asian, Arabic, Persian,
# Turkish, Hebrew, African, Slavic, Baltic, Hungarian, Romanian, Greek, Nordic, Gaelic, Portuguese and
# Dutch), folded to ASCII where their letters decompose, written from general knowledge.
WORLD_FIRST = word_set("""
aarav aarti abdallah abdelaziz abdullah abdulrahman abebe abena abhay abhishek abimbola abubakar achieng adaeze
adebayo adesola adewale adi aditi aditya adnan adwoa afua agnieszka agus ahmet aigerim aino aisling ajay akash
akhil akin akinwale akinyi akira akshay akua alasdair alastair aleksandra aleksei aleksi alemu alexei alexey
ali-reza aliya aliyu almaz ama amadou amaka amin aminat aminata aminu amir amit amita amrita anand ananya
anatoly anders andreea andrei andrey andriy andrzej angus anil anjali ankit ankita anneke antti anupam anushka
anwar aoi aoife arash arjun arkady arnav artem artyom arun aruna arvind ashok ashwin askar asma atieno attila
avi avraham axel ayanda aylin ayman ayodele ayse aysha ayu ayumi azadeh aziz babak babatunde balint bambang
bartosz bassam behnam bekele bello bhavna bilal bin birgitta bjorn bjørn bogdan bohdan bojan bola bolanle
bongani bozena bram branko budi burak busisiwe busra callum caoimhe cathal cem cheikh chen cheng chiamaka chidi
chinedu chinwe chioma christos chukwuemeka cian ciaran clodagh colm conor costel cristian daichi daisuke
damilola dariush dariusz darko darya dauren dawit deepa deepak dejan deniz derya devendra dewi dhruv diarmuid
dilek dimitrios dimitris dinesh divya dmitri dmitry dmytro do-yun donal dong-hyun dorin dorota dragan dragana
duarte duc dvora ebba ebere ebru efrat efua eilidh eimear eino eitan ekaterina eko ekua elif emad emeka emi
emine emir emre eoin eren erzsebet esi esra euan eun-ji evgeny ewan fabio fadi fahad faisal fang farhad farid
fatma fatou femi femke feng ferenc fergal fitri florin folake fraser freja funke funmilayo fyodor gabor garba
gaurav gennady georgios ghassan gheorghe giorgos girish girma gizem gokhan golnar goncalo goran grainne grzegorz
guang gul gulnara gunnar gustav guðrun ha-eun habib hadi hadiza haile hakim halima halyna hamid hamish hamza
hannele hao haoran hari harish harsha haruka haruna haruto hasan hatice heikki hendra henrik hiba hieu hina
hiroki hiroshi hirut hisham hossein hua huda husain huseyin hussein hye-jin ibrahim ibrahima ifeoma igor
ikechukwu ildiko ilkka ilya imad iman indah inna ioana ioannis ionut iryna ishaan ishita isla ismail issa istvan
itai jae-won jagdish jakub jaroslav jaroslaw jarosław jaya jelena jens jeroen ji-ho ji-hoon ji-woo ji-yeon
jiahui jian jiayi jie jihad jin-woo jing jiri joao johan joost juha jukka justyna jyoti kabir kacper kagiso
kaito kamal kamau kamran karim kasper katalin katarzyna katerina kateryna katrin kavita kavya kazuki kebede keir
kemal kemi kenji kenta kerem khadidiatou khadija khaled khalid khanh kipchoge kiran kirill kirsi kirsty
kittipong kofi kojo konstantin konstantinos kostas kourosh krzysztof ksenia kumar kumiko kunle kwabena kwaku
kwame kwesi lachlan lakshmi lanre lars laszlo lawal leonid lerato leyla libor lindiwe liv ludmila ludwig luiza
lukas lukasz lwazi lyudmila maarten madhu mads maeve magnus maher mahesh mahmood mahmoud mahsa maja majid malak
malee malgorzata mamadou mandla manish manoj marcin mariama marko marwan marzena mateusz mats matti maxim
maximilian mazen małgorzata meabh meena meenakshi meera megumi mehdi mehmet merve meseret michał mihaela mihai
mikael mikhail mikko milica milos min-jun min-seo mirjana miroslav miroslaw mirosław misaki miyu mohan morag
mostafa moussa muhammad mukesh munir murat musa mustafa mwangi mykhailo mykola nabil nadezhda nadim naledi
nalini nandi nandini naoki nasrin nasser nataliya nattaya naveen navid neha nenad ngozi niamh nikhil nikola
nikolai nikolaos nikolay nikos niloufar nils nilufer nizar njeri nnamdi nneka noa noam nokuthula nomvula noor
nour noura nuala nuno nur nursultan nyambura oana obiageli obinna odhiambo oguz oisin oksana olafur oleg
oleksandr oleksiy olena olof olumide olusegun oluwadamilare oluwaseun omid omondi ondrej onur oonagh ori orla
orly osama osman otieno ousmane ovidiu ozan ozlem padraig paivi palesa panagiotis pankaj parisa parvati pavel
pawel paweł payam pekka petr petro pieter piotr polina pooja pradeep prakash pranav prasad pratik predrag preeti
priya priyanka przemyslaw przemysław putri pyotr qasim qiang qing quang radek radoslaw radosław radu raed rahul
raj rajesh rajiv rakesh raluca ramesh rami ramin rani rania rasha rashid rasmus ravi ravindra reem reka rekha
reza riad riitta riku rizky rogerio rohan rohit roisin ronen rong roya ruairi rui ruslan ruud ryo saad sachin
saeed sakura salim salma sameer sami samir sandeep sani sanjana sanjay sanjeev sanna sanne santosh saoirse
satish satoshi seamus seda segun selam selim seo- jun seo-yeon sergei sergey serhiy serkan seun seydou shahram
shai shalini sharmila shinji shirin shiv shlomo shota shreya shweta siavash sibel sibusiso siddharth sigridur
sigriður sigurdur sigurður sinead sipho siriporn sita siti siyabonga slawomir sneha snezana sola solveig somchai
somsak soo-jin soren sorin sota souleymane spyros sri stanislav suda suha sukru sultan sung-min sunil sunita
suresh sven swati szymon søren sławomir tadesse tadeusz tadhg takashi takeshi takumi tali tamas tanvi taras
tarek tariq tarun tayo temitope tereza tesfaye tetsuya thabo thais thanasis thandiwe themba thiago thijs tiago
tigist tiina tijana timo timur ting tolga tolu tomasz torbjorn trung tshepo tugba tuncay tunde tuomas tuula
uchechi uchenna ulf umar urszula usman vaclav vandana varun vasilis vasily vasyl veikko venkat vesna vijay
vikram vinay vinh vinod vitor vivek vlad vladimir vladislav vojtech volkan volodymyr vuk vyacheslav wafa wahyu
wairimu wale waleed walid wambui wanjiru wei-ling weronika wieslaw wiesław witold wojciech wouter xia xiaoming
xiaoyu xin xiu yaa yakubu yannis yaroslav yasemin yash yasin yasir yasser yaw yekaterina yemi yerlan yetunde
yevgeny yichen yigit yogesh yohannes yonatan yosef yossi younes young-ho youssef yui yulia yumi yuriy yury yusuf
yusuke yuto zaid zainab zanele zayed zbigniew zdenek zdzisław zeinab zeynep zhen zhi zhiwei zhong ziad zihan
zoltan zoran zoya zsofia łukasz
abdi abdirahman abebech adaora adebola adeola ahmet-can aishwarya aissatou akosua aleksandar ana-marija arda
arumugam asif athanasios ayaan ayomide barasa berk bhavya bheki bhupendra boubacar bushra cansu chebet chidinma
chiyo deeqa dharmendra dineo donghyun dusan eunji evangelos farhan farhiya guled guoqiang habibur haiyan hamdi
haoyu harini haruki hideki hideo hira hodan hongmei hyejin hyunwoo idil ifeanyi ifrah ilkay imran irem iulia
jaewon jelagat jianguo jianhua jianjun jihoon jisoo jitendra jiwoo junaid junjie kaan kaori karthik karthikeyan
kashif kazuo keerthi kelechi khady kipkemboi kiprotich konstantina kwadwo lakshman lavanya liban lijun liudmyla
lungile mahendra makoto masahiro masato mehwish meiling meron minjun minoru mizanur mohamud mpho mulugeta
murugan nadeem naoko narendra nazia ndeye ngozika nivedita njambi nkechi nonhlanhla nusrat obiora oleksandra
oluwafemi oluwaseyi oluwatobi onyeka opeyemi osamu pallavi panagiota pinar rafiq raghav rahim rajendra refilwe
rika rizwan rubina ruoxi sadia saima sanjiv sayaka selvam senthil seojun seoyeon shabnam shahid shakil shigeru
shizuka shruti sibongile sizwe slobodan sohail somto soojin sorina srinivas sungmin surendra tadashi tahir
tahmina temitayo thulani toshiro tsegaye tugce tumelo ugochukwu upendra venkatesh vitalii wanjiku waqas warsame
weimin wieslawa xiaohong xiaoling xiaoyan xiuying yanling yaroslava yasuo yevhen yevhenia yogendra yongmei
yoshio yuna yutong yuxuan zeeshan zeljko zhihao zhiqiang zinaida zixuan zubair
""")
WORLD_LAST = word_set("""
abubakar adebayo adeleke adeola adewale adeyemi afolabi akinola al-farsi al-masri al-rashid al-sayed alfarsi
almasri ampofo aslan aydın babatunde bakare biton bondarenko brzeczyszczykiewicz cavalcanti celik cetin
chaiyaporn chebet chukwu cisse danjuma darko demir djordjevic dlamini dumitru dwivedi el-sayed erdogan eze
fashola fedorov gheorghe ghorbani girma gunes heo hidayat ibe ivanova kamau kariuki keita khumalo kilic kipchoge
kiprop konstantinou korkmaz kovalenko kozłowski kravchenko kuznetsov kuznetsova kılıc lindqvist mabaso mahlangu
markovic meijer mikhailov mittal mohammadi mokoena molefe moradi morozov mthembu mwangi ndiaye ndlovu ngcobo
nikolaou njoroge nkosi nnamdi nurlanovna ochieng odhiambo ogbu ogunbiyi ogunleye ojo okonjo okonkwo oladipo
olatunji olawale omondi onyekachi otieno oyelaran oyelowo ozdemir ozkan ozturk petrova polat popov popova
pratama raghavan ramachandran ramanathan rattanakorn rezaei rostami sadykov sadykova sahin salah santoso saputra
setiawan shevchenko simsek sithole smirnov smirnova sokolov srisuk susanto sæther tesfaye tiwari tkachenko
traore vasiliev venkataraman virtanen volkov volkova vries wanjiku wijaya wongsakul yadav yildirim yildiz yilmaz
yıldırım yıldız yılmaz zulu đorđevic łukasiewicz
adekunle adeniyi adesanya anyanwu cele chaudhary chiba ezeh gebremedhin haile-mariam hirsi ibekwe jama khoza
kimani kiprono mabuza maina mamani mohamud motaung mutua ngugi nikolaidis nnaji nwosu ogunbanjo ogundipe
olaniyan onyango onyeka owino oyebanji oyewole papadimitriou radebe raghunathan shabalala stanciu sugawara
takada tesfamariam ugwu uzor vlachos vlachou warsame woldemariam zielinska zwane
""")


# Family names written first in China, Korea and Vietnam ("Zhang Xiaoling", "Kim Min-jun", "Nguyen Van Minh"),
# less those that are also English words
FAMILY_FIRST = word_set("""
wang li zhang liu chen yang huang zhao zhou wu xu guo lin gao luo zheng liang xie tang feng deng cao peng
zeng xiao tian yuan cai jiang cheng wei su shen yao cui zhong kim lee choi jung jeong kang cho yoon jang lim
seo shin kwon hwang ahn yoo hong jeon bae baek heo nguyen tran pham hoang phan vu vo dang bui ngo duong truong
dinh
""")


@dataclass(frozen=True)
class NameLexicon:
    """First and last names (lower case) with their frequency rank (0 = most common)."""

    first: dict[str, int]
    last: dict[str, int]


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    """The shipped lexicon (loaded once), then the names of WORLD_FIRST and WORLD_LAST it lacks."""
    raw = resources.files("modelward.data.pii").joinpath("names.txt.gz").read_bytes()
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("ascii").splitlines():
        kind, _, name = line.partition(" ")
        table = first if kind == "F" else last
        table.setdefault(name, len(table))
    for table, extra in ((first, WORLD_FIRST), (last, WORLD_LAST)):
        for name in sorted(extra):
            table.setdefault(name, len(table))
    return NameLexicon(first, last)


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """Lower case without accents ("José" -> "jose"): the census lists are ASCII."""
    if token.isascii():
        return token.lower()  # NFKD leaves ASCII as it is, and no ASCII character is a combining mark
    folded = "".join(c for c in unicodedata.normalize("NFKD", token.lower()) if not unicodedata.combining(c))
    return folded.translate(_UNFOLDED) if not folded.isascii() else folded


# letters that NFKD does not split into a base letter and an accent
_UNFOLDED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th",
                           "ð": "d", "ħ": "h", "ŧ": "t", "ŀ": "l"})


_PARTS = re.compile(r"[-'’]")


@lru_cache(maxsize=65536)
def _known_in(token: str, first: bool) -> bool:
    lex = lexicon()
    table = lex.first if first else lex.last
    t = _fold(token)
    return t in table or any(part in table for part in _PARTS.split(t) if len(part) > 1)


def _known(token: str, table: dict[str, int]) -> bool:
    """True when `token` (or a part of a hyphenated one) is in `table`, one of the lexicon's two tables."""
    lex = lexicon()
    if table is lex.first or table is lex.last:
        return _known_in(token, table is lex.first)  # cached: the same words recur on every page
    t = _fold(token)
    return t in table or any(part in table for part in _PARTS.split(t) if len(part) > 1)




_MID_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _after_cue(text: str, start: int) -> bool:
    """`_CUE.search(text[max(0, start - 30):start]) is not None`: a greeting or a "name:" label before."""
    window = text[max(0, start - 30):start]
    tail = window.rstrip()
    if not tail:
        return False
    if tail[-1] not in ",:" and tail[-12:].isascii() and not tail.lower().endswith(_CUE_ENDINGS):
        return False  # (IGNORECASE also folds a few non-ASCII letters onto ASCII ones: those go to the pattern)
    return _CUE.search(window) is not None


def _after_determiner(text: str, start: int) -> bool:
    """`_DETERMINER.search(text, max(0, start - 8), start) is not None`: "the", "our"... just before."""
    lo = max(0, start - 8)
    tail = text[lo:start].rstrip()
    if len(tail) == start - lo or not tail:
        return False  # no whitespace before `start`, or nothing before it
    if tail[-6:].isascii() and not tail.lower().endswith(_DETERMINER_ENDINGS):
        return False
    return _DETERMINER.search(text, lo, start) is not None


def _mid_sentence(text: str, start: int) -> bool:
    """A small letter or a comma and a space before `start` (or before the newline just before it), within
    20 characters: what the pattern `[a-z,] $` found before (tests/data/pii/test_fast_paths.py)."""
    lo = max(0, start - 20)
    if start - 2 >= lo and text[start - 1] == " " and text[start - 2] in _MID_BEFORE:
        return True
    return start - 3 >= lo and text[start - 1] == "\n" and text[start - 2] == " " and text[start - 3] in _MID_BEFORE


_CAPITALISED = re.compile(rf"[{_UP}](?:[{_LOW}]|['’][{_UP}]|\. ?[{_UP}])")


@lru_cache(maxsize=65536)
def _lone_word_is_not_name(word: str) -> bool:
    """One untitled capitalised word that cannot be a name on its own: a stop word or not in the lexicon."""
    lex = lexicon()
    return word.lower() in STOPWORDS or not (_known(word, lex.first) or _known(word, lex.last))


# The alternatives of _PARTICLE: re.fullmatch(_PARTICLE, word) is membership in this set.
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))


_GIVEN = re.compile(rf", ([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w@]| [{_UP}][{_LOW}])")
_INITIAL_WORD = re.compile(rf"(?:[{_UP}]\.)+")


def _next_word(text: str, end: int) -> str:
    """The word just after `end` (past "'s", a comma, "Jr." and "&"), lower case; "" where none follows."""
    m = _NEXT_WORD.match(text, end)
    if m is None or (text.startswith(".", end) and text[end - 2:end] not in ("Jr", "Sr")):
        return ""  # a sentence ends there
    word = m.group(2)
    low = word.lower()
    if low in EPONYMS:
        return low  # "Parkinson's disease", "Hodgkin lymphoma"
    # "... Jr. Blvd", "Smith, Inc.": a capitalised suffix; "Ana's school", "Ana Silva insurance claim" are hers
    return low if m.group(1) is None and word[0].isupper() else ""


def _prev(text: str, start: int) -> tuple[str, str, str]:
    """The two words before `start` (nearest first, lower case) and the punctuation between: ("by",
    "signed", "") for "signed by X", ("regards", "", ",") for "Regards,\\nX"."""
    lo = max(0, start - 48)
    i = start
    while i > lo and text[i - 1] in " \t":
        i -= 1
    if i > lo and text[i - 1] == "\n":
        i -= 1
        while i > lo and text[i - 1] in " \t":
            i -= 1
    sep = ""
    if i > lo and text[i - 1] in ",:;!":
        sep = text[i - 1]
        i -= 1
    if i > lo and text[i - 1] == ".":
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    if j == i:
        return "", "", sep
    k = j
    while k > lo and text[k - 1] in " \t":
        k -= 1
    n = k
    while n > lo and text[n - 1].isalpha():
        n -= 1
    return text[j:i].lower(), (text[n:k].lower() if k < j else ""), sep


def _cue_before(prev: tuple[str, str, str]) -> bool:
    """A word before the run that introduces a person."""
    word, word2, sep = prev
    if word in ("to", "from", "for", "of"):
        return sep == ":" or word2 in _TO_FROM_BEFORE
    if word == "by":
        return sep == ":" or word2 in _BY_BEFORE  # "signed by", not "caused by"
    if word == "with":
        return word2 in _WITH_BEFORE  # "met with", not "merged with"
    return word in _CUE_WORDS


def _place_before(prev: tuple[str, str, str]) -> bool:
    return not prev[2] and prev[0] in _PLACE_BEFORE


_PARTICLES_BEFORE = ("van der ", "van den ", "van de ", "von der ", "de la ", "van ", "von ", "de ", "da ", "di ",
                     "dos ", "das ", "del ", "della ", "du ", "bin ", "ibn ", "ter ", "ten ")


_LONE_BEFORE = frozenset({"to", "for", "with", "from", "and", "or", "about", "ask", "tell", "told", "asked", "call",
                          "email", "ping", "met", "meet", "thank", "thanks", "remind", "invite", "cc"})


# Given names that are also months, places or common words: never a name on their own without a cue
_LONE_NOT = word_set("""
april june august may january virginia georgia carolina sydney florence paris austin dallas chelsea victoria
madison savannah charlotte adelaide jordan india israel kenya china orlando houston phoenix helena regina
augusta brooklyn dakota montana nevada santiago lima bill will mark grant rose joy hope faith chance summer
autumn winter spring sunny star angel king prince major rich sterling page chase hunter
""")


@lru_cache(maxsize=65536)
def _lone_given(token: str) -> bool:
    """A common given name that is rarely a surname or a word ("Jennifer", "Priya"), fit to stand alone as
    a subject ("Priya will send it") or after "to", "for", "with"."""
    t = _fold(token)
    lex = lexicon()
    rank = lex.first.get(t)
    if rank is None or t in _LONE_NOT or t in STOPWORDS:
        return False
    as_last = lex.last.get(t)
    return as_last is None or (as_last > 3000 and min(rank, 2000) * 10 < as_last)


_PARTICLE_TAILS = frozenset(p.rstrip()[-2:] for p in _PARTICLES_BEFORE)


def _particle_before(text: str, start: int) -> int:
    """The length of a name particle written just before `start` after a small word or punctuation ("said
    de Souza", "by van Gogh"), 0 where there is none; not after a capitalised word ("Universidad de Chile")."""
    if start < 3 or text[start - 1] != " " or text[start - 2] not in "nrelaisu" \
            or text[max(0, start - 4):start - 1].lstrip(" (\n\"'")[-2:] not in _PARTICLE_TAILS:
        return 0
    for p in _PARTICLES_BEFORE:
        if text.endswith(p, 0, start):
            i = start - len(p)
            if i == 0 or text[i - 1] in "\n(\"'":
                return len(p)
            if text[i - 1] == " ":
                j = i - 1
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                return len(p) if j < i - 1 and not text[j].isupper() else 0
            return 0
    return 0


def _given_after(text: str, start: int, end: int) -> int:
    """For "Garcia, Maria" after a label or a cue ("Patient: Garcia, Maria"), where the surname is known and
    the given name after the comma is a known first name: the end of the given name; otherwise 0."""
    m = _GIVEN.match(text, end)
    if m is None or not _known_in(m.group(1), True) or not _known_in(text[start:end], False):
        return 0
    word, _, sep = _prev(text, start)
    return m.end(1) if sep == ":" or word in _CUE_WORDS else 0


# The records' convention "OKAFOR, Chinwe" / "SMITH, JOHN": a surname in capitals, a comma, a given name. Found
# from the comma: a capitals run before ", " (commas are rarer than capitals, and Python tries a pattern that
# starts with a character class at every position).
_CAPS_BEFORE_COMMA = re.compile(rf"(?<![\w'’-])(?:[ODL]['’])?[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})?$")
_GIVEN_WORD = rf"[{_UP}][{_LOW}]+|[{_UP}]{{2,}}"
_GIVEN_AFTER_COMMA = re.compile(rf"[ \t]+({_GIVEN_WORD})(?:[ \t]+({_GIVEN_WORD}))?(?![\w@])")


def _caps_surname_first(text: str) -> list[tuple[int, int, float]]:
    """"OKAFOR, Chinwe (Adaeze)": a known surname in capitals, a comma and a known first name (the second given
    name too when it is one). Both must be known: "URGENT, Maria" and "NOTE, Please" are not names."""
    out = []
    at = text.find(",")
    while at >= 0:
        m = _CAPS_BEFORE_COMMA.search(text, max(0, at - 40), at) if at and text[at - 1].isupper() else None
        if m is not None and m.end() == at:
            surname = m.group()
            g = _GIVEN_AFTER_COMMA.match(text, at + 1)
            parts = [x for x in _PARTS.split(surname.title()) if len(x) > 1]  # "GARCIA-LOPEZ", not "ACME-CORP"
            if g is not None and surname.lower() not in STOPWORDS and all(_known_in(x, False) for x in parts) \
                    and _known_in(g.group(1).title(), True):
                end = g.end(2) if g.group(2) and _known_in(g.group(2).title(), True) else g.end(1)
                out.append((m.start(), end, 0.8))
        at = text.find(",", at + 1)
    return out


def _relative_subject(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """After "that", a run that a verb follows or the lexicon knows is the subject of a clause ("the
    laptop that Oluwaseun Adebayo reported"), not a thing ("that Machine Learning model")."""
    i = start - 1
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    if text[max(0, i - 4):i].lower() != "that" or (i > 4 and text[i - 5].isalpha()):
        return False
    return (_SUBJECT_VERB.match(text, end) is not None or _known_in(tokens[0], True)
            or _known_in(tokens[-1], False))


def _candidate(text: str, begin: int, end: int, tokens: list[str], titled: bool, cued: bool,
               initials: bool) -> float:
    """The score of the run text[begin:end] (its `tokens` without particles and initials), 0 for a run
    the words around it make a place, an organisation or an eponym, 0.3 for a pair with no evidence at all
    (a name only as a neighbour of names in a list)."""
    head = _fold(tokens[0])
    if head in _NOT_PEOPLE_HEADS and (head in NOT_PEOPLE or " ".join(_fold(t) for t in tokens) in NOT_PEOPLE):
        return 0.0
    single = len(tokens) == 1
    if single and (text.startswith(" &", end) or text.startswith("& ", max(0, begin - 2))):
        return 0.0  # "Johnson & Johnson", "Marks & Spencer"
    if titled:
        return 0.95
    first_known = _known_in(tokens[0], True) or (len(tokens) > 1 and _fold(tokens[0]) in FAMILY_FIRST)
    last_known = _known_in(tokens[-1], False)
    after = _next_word(text, end)
    if after in AFTER_NOT_NAME and not ((cued or text.startswith(("'s ", "’s "), end))
                                        and after in ("report", "review", "team", "office")):
        return 0.0  # "Parkinson's disease", "Martin Luther King Jr. Blvd", "Hodgkin lymphoma"
    if first_known and last_known and not single:
        return 0.9
    prev = _prev(text, begin)
    cued = cued or _after_cue(text, begin) or _cue_before(prev)
    voiced = _AFTER_CUE.match(text, end) is not None
    if single:
        t = tokens[0]
        if text.startswith(", ", end) and _SURNAME_INITIALS.match(text, end):
            return 0.8  # "Smith, J."
        if initials:
            if last_known or cued or voiced:
                return 0.75
            return 0.55 if _SUBJECT_VERB.match(text, end) or _mid_sentence(text, begin) else 0.0
        if not (cued or voiced):
            # a given name that is no surname, as a subject or after "to", "for", "with": "Priya will send it"
            if _lone_given(t):
                return 0.55 if prev[0] in _LONE_BEFORE or _SUBJECT_VERB.match(text, end) else 0.3
            return 0.0
        if first_known or _known_in(t, False):
            return 0.7
        # an unknown word after a greeting, then punctuation: "Hi Wojciech,", "thanks, Priya!"
        if prev[0] in _GREETINGS and (end == len(text) or text[end] in ",!.:;?\n)"):
            return 0.6
        return 0.6 if voiced and prev[0] in ("by", "from", "to", "cc", "name", "signed") else 0.0
    if _place_before(prev) and not first_known and not cued:
        return 0.0  # "near Port Elizabeth", "to Buenos Aires", "at Goldman Sachs"
    if first_known and last_known:
        return 0.9
    if first_known or (last_known and (cued or voiced or _known_in(tokens[0], False))):
        return 0.75 if cued or voiced else 0.65
    if initials:
        return 0.75 if cued or voiced else 0.55
    if cued or voiced:
        return 0.6
    if last_known:
        return 0.55
    if ((_mid_sentence(text, begin) or text[begin - 1:begin] == "(") and len(tokens) <= 3) \
            or _SUBJECT_VERB.match(text, end) is not None:
        return 0.5  # inside a sentence or in brackets ("the lead (Oluwaseun Adebayo)"), or a verb's subject
    return 0.3


def person_names(text: str, min_score: float = 0.5) -> Iterator[PiiMatch]:
    """Spans that read as person names: "Title Name", "First Last" (either in the lexicon; both known
    scores higher), initials and a surname, a run between cues ("signed by X Y", "X Y wrote:"), one
    name after a greeting or "name:", and the neighbours of names in a list."""
    lex = lexicon()
    search, match = _CAPITALISED.search, (_NAME_ASCII if text.isascii() else _NAME).match
    found: list[tuple[int, int, float]] = []
    pos = 0
    titled_at = -1  # where a run starts that follows a title and its period ("Dr. Li")
    # _NAME is tried only where a capitalised word (or an initial, or "O'") starts, in a loop kept inline:
    # it runs once per capitalised word of the text
    while (hit := search(text, pos)) is not None:
        at = hit.start()
        m = match(text, at)
        if m is None:
            pos = at + 2
            continue
        pos = m.end()
        if at and (text[at - 1].isalnum() or text[at - 1] in "@._"):
            if text[at + 1] in ".'’":
                pos = at + 2  # "KB. Lindsey Spencer": not an initial, but a name may follow
            continue
        name = m.group("name")
        if name in _ABBREVIATED and text.startswith(". ", pos) and pos + 2 < len(text) and text[pos + 2].isupper():
            titled_at = pos + 2  # "Dr. Li": the title's run ends at its period
            continue
        if min_score > 0 and at != titled_at and " " not in name and _lone_word_is_not_name(name) \
                and not _particle_before(text, at):
            continue  # one untitled word scores above 0 only when it is a known name (most are "The", "Order")
        words = name.split(" ")
        start = at
        titled = at == titled_at
        if len(words) > 1 and not TITLES.isdisjoint(words):
            last = words[-1]
            if last in _ABBREVIATED and text.startswith(". ", pos) and pos + 2 < len(text) \
                    and text[pos + 2].isupper():
                titled_at = pos + 2  # "Dear Dr. Rautenbach": the title's run ends at its period
                continue
            for i in range(len(words) - 2, -1, -1):  # "Dr Aisha Bello", "Thanks Dr Smith"
                w = words[i].rstrip(".")
                if w in TITLES and (w not in _WEAK_TITLES or _known_in(words[i + 1], True)
                                    or _known_in(words[i + 1], False) or words[i].endswith(".")):
                    start += sum(len(x) + 1 for x in words[:i + 1])
                    words = words[i + 1:]
                    titled = True
                    break
        if titled and words and (words[0].lower() in STOPWORDS or words[0].lower() in TRAILING):
            titled = False
        cued = False
        span_start = -1
        if words and words[0][-1] == "." and _INITIAL_WORD.fullmatch(words[0]):
            span_start = start
            while words and _INITIAL_WORD.fullmatch(words[0]):
                start += len(words[0]) + 1
                words = words[1:]
            if not words or words[0].lower() in STOPWORDS:
                continue  # "Plan B. Then", "U.S. Army"
        # "Dear", "The", "Thanks" ... are not names
        while span_start < 0 and words and words[0].lower().strip(".") in STOPWORDS:
            if words[0].lower() in _PLACE_LEAD and len(words) > 1:
                words = []  # "Santa Monica", "Port Elizabeth", "Mount Vernon": a place
                break
            cued = cued or words[0].lower() in _CUE_WORDS
            start += len(words[0]) + 1
            words = words[1:]
        while len(words) > 2 and words[0].lower() in _ROLE_LEAD:
            cued = True  # "Nurse Practitioner Grace Otieno", "Managing Partner Kwabena Asante"
            start += len(words[0]) + 1
            words = words[1:]
        while (len(words) > 2 and not _known_in(words[0], True) and not _known_in(words[0], False)
               and _known_in(words[1], True) and words[1] not in _PARTICLES):
            start += len(words[0]) + 1  # "Reach Maria Garcia": the name starts at its first name
            words = words[1:]
        if not words or words[-1].lower() in TRAILING or not _FUNCTION_WORDS.isdisjoint(words) \
                or (len(words) > 2 and not _INSTITUTION_WORDS.isdisjoint(words)):
            continue  # an organisation or a place ("Acme Corporation"), a heading ("Timeline And Scope")
        while words and words[-1].lower() in STOPWORDS and (words[-1].lower() not in lex.last
                                                             or words[-1].lower() in _ALWAYS_STRIP):
            words = words[:-1]
        if not words or words[-1].lower() in TRAILING:
            continue
        tokens = [w for w in words if not (len(w) <= 3 and w.endswith(".")) and w not in _PARTICLES]
        if not tokens or ("." in name and any(words[i].endswith(".") and words[i + 1].lower() in STOPWORDS
                                              for i in range(len(words) - 1))):
            continue  # "Plan B. Then we ship"
        end = start + len(" ".join(words))
        if span_start >= 0:
            start = span_start  # the initials belong to the span: "J. R. Smith", "A. Okafor"
        if not titled and _after_determiner(text, start) and not _relative_subject(text, start, end, tokens):
            continue  # "the Machine Learning team", "our Green Valley office": a thing, not a person
        if len(tokens) == 1 and not titled and span_start < 0:
            particle = _particle_before(text, start)
            if particle:
                found.append((start - particle, end, 0.6))  # "said de Souza", "a painting by van Gogh"
                continue
            if text.startswith(", ", end):
                given = _given_after(text, start, end)
                if given:
                    found.append((start, given, 0.8))  # "Patient: Garcia, Maria"
                    pos = max(pos, given)
                    continue
        score = _candidate(text, start, end, tokens, titled, cued, span_start >= 0)
        if score > 0 and len(tokens) == 1 and text.startswith(", ", end):
            sm = _SURNAME_INITIALS.match(text, end)
            if sm is not None:
                end = sm.end()  # "Smith, J."
        if score > 0:
            found.append((start, end, score))
    if "," in text:
        for s, e, sc in _caps_surname_first(text):
            found = [f for f in found if f[1] <= s or f[0] >= e] + [(s, e, sc)]
        found.sort()
    # neighbours in a list: "X Y, A B and C D" where one of them is a name
    if len(found) > 1:
        changed = True
        while changed:
            changed = False
            for i, (s, e, sc) in enumerate(found):
                if sc >= min_score or sc < 0.3:
                    continue
                near = [j for j in (i - 1, i + 1) if 0 <= j < len(found) and found[j][2] >= max(min_score, 0.5)]
                for j in near:
                    gap = text[found[j][1]:s] if j < i else text[e:found[j][0]]
                    if gap in _LIST_GAPS:
                        found[i] = (s, e, 0.6)
                        changed = changed or sc != 0.6  # (a min_score above 0.6 would loop for ever)
                        break
    for s, e, sc in found:
        if sc >= min_score:
            yield PiiMatch(s, e, Entity.PERSON, text[s:e], sc)
