// A compact list of common English words. A watched name made only of these
// ("Target", "Gap", "Apple", "Meta", "Shell", "General Motors") is a
// "common-word name": in auto mode it needs capitals in running text and, at a
// sentence start or in a headline, company context before it counts.
// Hand-written from general frequency knowledge; it is not derived from any eval data.

const WORDS = `
a able about above accept access account across act action active activity actual add address admit adult advance
advice affect after again against age agency agent ago agree ahead aid aim air all allow almost alone along already
also always among amount and angle animal announce annual another answer any anyone anything appear apple apply approach
area argue arm army around arrive art article as ask assume at attack attempt attention audience author authority
available avoid away baby back bad bag balance ball bank bar base basic basis bay be beach bear beat beautiful because become bed
before begin behavior behind believe below benefit best better between beyond big bill billion bit black blade blind block blood
blow blue board boat body bond book border born both bottom box boy brain branch brand bread break bridge bright bring
broad brother brown budget build building burn bus business but buy by call camera camp campaign can cancer candidate
capital car card care career carry case cash cast cat catch cause cell center central century certain chain chair
challenge champion chance change channel chapter character charge cheap check chemical chest chief child choice choose church circle
citizen city civil claim class clean clear climb clock close cloud club coach coast code cold collection college color
come commercial common community company compare computer concern condition conference consider contain continue control cook cool
copy core corner cost could council count country county couple course court cover craft create credit crime crop cross crowd
crown culture cup current customer cut cycle daily damage dance dark data date daughter day dead deal dear death debate decade
decide deep defense degree deliver demand department describe design detail determine develop device die difference different
direct direction discover discuss disease do doctor dog door double down draw dream dress drink drive drop drug dry due during
duty each eagle early earth east easy eat economic economy edge education effect effort eight either elect electric element else
emerge employee end energy engine enjoy enough enter entire environment equal equity escape especially establish even evening event
ever every evidence exactly example exchange executive exist expect experience expert explain express extra eye face fact factor
fail fair fall family far farm fast father fear federal feel few field fight figure fill film final finance find fine finger finish
fire firm first fish fit five fix flag flat flight floor flow flower fly focus follow food foot for force foreign forest forget
form former forward found four frame free fresh friend from front fruit fuel full fun fund future gain game gap garden gas gate gather
general generation gift girl give glass global go goal gold golden good government grand great green ground group grow growth
guard guess gun guy hair half hall hand handle hang happen happy hard harbor harvest have he head health hear heart heat heavy help
her here high hill him his history hit hold hole holiday home hope horse hospital host hot hotel hour house how however huge human
hundred hunt idea if image imagine impact important improve in include income increase indeed independent index indicate industry
information inside instead institution interest international interview into investment issue it item its job join joint judge
jump just keep key kid kill kind king kitchen know knowledge labor lake land language large last late later laugh law lawyer lay
lead leader learn least leave left leg legal less let letter level liberty lie life light like limit line link list listen little
live local lock long look lose loss lot love low luck machine magazine main maintain major make male man manage manager many map
mark market marriage master match material matter may maybe me mean measure media medical meet meeting member memory mention message
meta metal method middle might military million mind minute miss mission model modern moment money month more morning most mother
motion motor mountain mouth move movie much music must my name nation national natural nature near nearly necessary need network
never new news newspaper next nice night nine no none nor north not note nothing notice now number object obtain occur of off offer
office officer official often oil ok old on once one only onto open operation opportunity option or orange order organization other
others our out outside over own owner page pain paint pair paper parent park part partner party pass past patient pattern pay peace
people per perform perhaps period person personal phone physical pick picture pie piece place plan plant play player point police
policy political poor popular population position positive possible post pound power practice prepare present president pressure
pretty prevent price prime private probably problem process produce product production professional program project property
protect prove provide public pull purpose push put quality question quick quickly quiet race radio raise range rate rather reach
read ready real reality realize really reason receive recent recently record red reduce reflect region relate remain remember remove
report represent require research resource respond rest result return reveal rich right rise risk river road rock role room root
round rule run safe sail sale same save say scene school science score sea season seat second secret section security see seed seek
seem sell send senior sense series serious serve service set seven several shake share shares shell shift ship shoe shoot shop short
shot should shoulder show side sign signal significant silver similar simple simply since sing single sister sit site situation six
size skill skin sky slow small smart smile snap snow so social society soft soldier solid solution some someone something sometimes
son song soon sort sound source south southern space speak special speech speed spend spirit sport spot spring square staff stage
stand standard star start state statement station stay steel step still stock stone stop store story strategy street strike strong
structure student study stuff style subject success successful such suddenly suffer suggest summer sun supply support sure surface
system table take talk target task tax teach teacher team technology television tell ten tend term test than thank that the their
them themselves then theory there these they thing think third this those though thought thousand threat three through throw thus
time title to today together tonight too top total touch toward town track trade traditional train travel treat tree trial trip
trouble true truth try turn twin two type under understand union unit until up upon us use usually valley value various very victory
view village visa visit voice volume vote wait walk wall want war warm watch water wave way we weapon wear weather week weight well
west western what whatever when where whether which while white who whole whom whose why wide wife will win wind window wine wing
winter wish with within without woman wonder word work worker world worry would write writer wrong yard yeah year yes yet you young
your yourself zone
ace alpha apex arch atlas beacon bell bridge cascade chase citizens coca compass crest crown delta discovery dollar eagle echo edge
element empire encore express fidelity first frontier fusion galaxy gateway genesis glacier globe granite harbor harmony heritage
horizon impact insight keystone landmark legacy liberty lumen magnet matrix mercury meridian momentum nexus noble oak ocean omega
orbit origin pacific paramount peak pilgrim pinnacle pioneer pivot planet premier prospect pulse quest radiant range rapid raven
regal reliance republic ridge river royal sage sierra signal spark spectrum sphere spirit sterling summit sunrise superior
titan trinity triumph ultra unity vector venture vertex vista vital wave willow zenith
american national united general western eastern northern southern pacific atlantic central global international universal
financial capital trust holdings group partners industries resources energy systems solutions technologies therapeutics bancorp
rivals narrow narrows hits hitting targets gaps blocks shells visas snaps squares apples metas
abandon ability absence absolute abuse academic accident accompany accurate achieve acid acquire adapt adequate adjust
administration admire adopt advantage adventure advertise affair afford afraid agenda aggressive agriculture alarm album
alert alien alike alive alliance allocate alter alternative amazing ambition amid analysis analyst ancient anger announce
anxiety apart apparent appeal appetite applause appoint appreciate approve arena arise arrange arrest arrival arrow aside
aspect assault assess asset assign assist associate assure atmosphere attach attend attitude attract auction aunt autumn
average award aware awful backing bake balloon ban band banner bare barely barrel barrier basket bath battery battle beam
bean beast beef beer beg behave belief belong belt bench bend beneath bet bias bike bind biology bird birth bite bitter
blame blank blast bless blend blossom board bold bolt bomb bone bonus boom boost boot borrow boss bother bottle bounce
bound bowl brake brave breach breakfast breath breed brick bride brief broadcast broken brush bubble bucket bug bulk bull
bullet bunch burden bureau burst bury butter button cabin cabinet cable cake calculate calm canal cancel candle candy
cap capable capacity captain capture carbon cargo carpet carriage cart carve castle casual catalog category cattle ceiling
celebrate cement census ceremony chamber chaos chapel charity charm chart charter cheer cheese chef cherry chess chicken
chip chocolate chorus chronic cigarette cinema circuit cite civic clay clerk click client cliff climate clinic clip closet
cloth clothes clue cluster coal coat cocktail coffee coin collapse colony column combat combine comfort command comment
commerce commission commit committee companion compete complain complex component compose concept concert conclude concrete
conduct confess confidence confirm conflict confront confuse congress connect conscious consensus consent conserve
constant construct consult consume contact contest context contract contrast contribute convert convince cookie copper
cord corn corporate correct cottage cotton couch counter courage cousin craft crash crazy cream crew crisis criteria
critic crucial cruel cruise crush crystal cube cultural curious currency curtain curve cushion custom dairy dam danger
dare database dawn deadline dealer debt debut deck declare decline decorate decrease dedicate deer defeat defend deficit
define delay delicate delight demonstrate dense deny depart depend deposit depression depth deputy derive desert deserve
desk despite dessert destroy detect devote diamond diet dig digital dignity dimension dinner diplomat disaster discipline
discount dish dismiss display dispute distance distinct district dive divide dock document domain domestic dominant
dominion donate dozen draft drama drift drill drum dust dynamic eager ease echo ecology edit editor effective efficient
elbow elderly electricity elegant elevator eliminate elite embrace emergency emission emotion emphasis empire employ empty
enable encounter encourage endless enemy enforce engage enhance enormous ensure enterprise entertain enthusiasm entry
envelope episode equipment era essay essence estate estimate ethic evaluate evolve exact examine excellent exception excess
excite exclude excuse exercise exhibit expand expense explode exploit explore export expose extend extent extreme fabric
facility faculty faith false fame familiar fan fancy fantasy fare fashion fat fate fault favor feast feature fee feed fellow
female fence festival fever fiber fiction fierce fifth finding fitness flame flash fleet flesh float flood flour fluid
folk fog fold forecast forever formal formula fortune forum foundation fountain fraction fragment franchise fraud freedom
freight frequency frequent frighten frontier frost frozen fulfill function funeral furniture gallery gang garage garbage
gear gender gene generous genius gentle genuine gesture ghost giant glad glance glimpse glory glove glow grab grace grade
grain grant grape grasp grass grave gravity greet grid grief grip gross guarantee guest guide guilt habit halt hammer
harsh hazard headline heaven hedge height hello herb hero hidden hide highlight highway hint hire hobby honest honey honor
hook horizon horn horror household humor hunger hurricane hurt ice icon ideal identify identity ignore illegal illness
illustrate immigrant immune implement imply import impose impress incentive incident incline indicator infant infection
inflation influence inform ingredient inherit initial initiative injury inner innocent input inquiry insect insist inspect
inspire install instance instinct institute instruct instrument insurance intact integrity intellectual intense intent
interior internal interpret interval intervention invent invest investigate invite iron island isolate ivory jacket jail
jar jaw jazz jeans jet jewel joke journal journey joy juice jungle junior jury justice keen kick kidney kit knee knife
knock label laboratory ladder lamp landscape lane laser launch laundry lawn layer lazy leaf league lean leap lease leather
lecture legend legislation lemon lend lens lesson lever liability liberal library license lid lift limb limestone linen
lion lip liquid literature loan lobby logic lonely loose lord lottery loud lounge loyal lunch luxury lyric magic magnitude
mail mall mandate manner manual manufacture marble margin marine marketing mask mass massive maximum meal mechanism medal
medium melody melt membership mental menu merchant mercy mere merit mess metaphor meter microwave mild mile milk mill
mine mineral minimum minister minor mirror missile mistake mix mobile mode moderate modest modify mold monitor monkey
monster mood moon moral mortgage mosquito motivate mount mud mule multiple municipal murder muscle museum mushroom mutual
myth nail naked narrative nasty native navy neat neck needle negative negotiate neighbor nerve nest net neutral nominee
noon normal notion novel nuclear nurse nut oak obey objective obligation observe obstacle obvious occasion ocean odd odds
offense offering olive opera opponent oppose optimism oracle orbit orchestra ordinary organ organic orient origin outcome
outfit outlet output oven overall overcome overlook owl oxygen pace pack package pad palace palm pan panel panic parade
parallel parking participate particle partly passage passenger passion patent path patience pause peak peanut pen
penalty pencil pension pepper percent perfect permanent permit persist pet phase phenomenon philosophy photo phrase piano
pile pill pilot pin pine pink pioneer pipe pit pitch pizza planet plastic plate platform plea plenty plot plug plus pocket
poem poet poetry poll pool pop portfolio portion portrait pose possess potato pour poverty powder praise pray precise
predict prefer pregnant premium presence preserve press prevail pride priest primary prince princess principal principle
print prior priority prison privacy prize probe proceed profession profile profit progress progressive prohibit promise
promote prompt proof proper proportion proposal prosecutor prospect prosper protein protest proud province provision
psychology pulse pump punch pupil purchase pure pursue puzzle qualify quantity quarter queen quest quote rabbit rack radar
rail rain rally ranch random rank rapid rare raw ray react reader realm rebel recall recipe recover recruit reform refuge
refuse regard regime register regret regular regulate reject relax release relevant relief religion rely remark remote
rent repair repeat replace reply reputation request rescue reserve resident resign resist resolve resort respect retail
retain retire retreat reverse review revolution reward rhythm rib ribbon rice ride ridge rifle ring riot ripe ritual rival
robot rocket romance roof rope rose rough route routine row royal rubber rude ruin rumor rural rush sacred sad saddle
salad salary salmon salt sample sanction sand satellite satisfy sauce scale scan scandal scatter schedule scheme scholar
scope scratch scream screen script sculpture seal search secure segment select seminar senate sequence settle setup
severe sew shade shadow shallow shame shape shark sharp sheep sheet shelf shelter shield shine shirt shock shore shortage
shout shrink shut shy sick sigh sight silence silk simulate sin sink sketch ski skirt skull slave sleep slice slide slight
slip slope slot smell smoke smooth snake soap soccer sock soil solar sole solve soul soup spare spatial species specific
spectrum spell sphere spice spider spin spine split spoon sponsor spread squad squeeze stable stack stadium stake stance
statue status steady steam steep stem stick stiff stir stomach storage storm straight strain strand strange stranger
straw stream strength stress stretch strict string strip stroke struggle studio stupid submit subsidy substance suburb
subway succeed sudden sugar suit suite sum summit super supreme surge surgeon surgery surplus surprise surround survey
survive suspect sustain swallow swear sweat sweep sweet swim swing switch sword symbol sympathy symptom tackle tactic tail
tale tank tap tape taste tax tea tear tech teen telephone telescope temple tempt tenant tender tennis tension tent terminal
terrible territory terror text texture theater theme therapy thick thin thread threshold thrive throat throne thumb
ticket tide tie tight tile timber tiny tip tire tissue toast tobacco toe toilet tolerate toll tomato tone tongue tool
tooth topic torch tornado tough tour tournament tower toy trace tradition traffic tragedy trail transfer transform transit
translate transport trap trash tray treasure treaty trend tribe trick troop trophy truck trunk tube tuition tunnel turkey
tutor twist typical uncle undergo underlying uniform unique universe university upper upset urban urge utility vacation
vacuum valid van vapor variable vast vegetable vehicle venture verdict version vessel veteran victim video vintage violent
virtual virus visible vision visual vitamin vocal volunteer vulnerable wage wagon waist wander warehouse warn warrior wash
waste wealth weapon weave wedding weed welfare wheat wheel whip whisper wild wildlife wire wisdom wise witness wolf wonderful
wood wool worm worth wound wrap wrist yield zero zoo
subscription subscriber shipment delivery upgrade downgrade consumer viewer quarter outlook guidance forecast layoff
recall fare premium streaming console headset smartphone laptop gadget chip semiconductor battery charger download
app apps user listener reader fee rebate discount coupon voucher outage shortage backlog inventory warranty refund
dividend buyback earnings revenue profit loss margin analyst upgrade rating reseller retailer wholesaler shopper
headline newsletter webinar podcast livestream workshop seminar expo
definitive strategic exclusive binding preliminary blockbuster
`;

/** COMMON_WORDS holds lower-case, accent-free common English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** isCommonWord tells whether a lower-case word is ordinary English. */
export function isCommonWord(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true;
  // Plurals and simple inflections of listed words are common too ("targets", "blocked").
  if (word.endsWith('s') && COMMON_WORDS.has(word.slice(0, -1))) return true;
  if (word.endsWith('es') && COMMON_WORDS.has(word.slice(0, -2))) return true;
  if (word.endsWith('ed') && (COMMON_WORDS.has(word.slice(0, -2)) || COMMON_WORDS.has(word.slice(0, -1)))) return true;
  return false;
}
