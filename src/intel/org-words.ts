// Word lists the organisation recogniser leans on. Hand-written from general
// knowledge of company names and news English; none is derived from evaluation data.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that end a company name and mark it as one ("Acme Group", "Harbor Health"). */
export const ORG_WORDS = set(`
  group holdings holding bank bancorp banc bankshares partners capital ventures venture technologies technology tech
  systems industries industrial motors motor airlines airways aviation pharmaceuticals pharma pharmaceutical therapeutics
  bio biosciences bioscience biotech biotherapeutics biopharma biologics genomics diagnostics medical health healthcare
  labs laboratories associates enterprises international financial finance energy power resources petroleum oil gas
  communications telecom networks network software securities investments investment electronics foods food beverages
  brewing brewery mining mines minerals metals steel chemicals chemical materials logistics shipping marine rail
  railways robotics analytics payments pay insurance assurance realty properties reit semiconductor semiconductors
  microsystems devices automotive aerospace defense defence media entertainment studios games gaming interactive pictures
  broadcasting publishing solutions services consulting management advisors advisers fund funds trust equity growth
  infrastructure utilities utility wind solar renewables lithium copper gold mobility cloud data ai labs motorsports
  apparel brands retail stores restaurants hotels resorts airlines cruises wireless mobile digital dynamics instruments
  manufacturing engineering construction homes builders development developers exchange platforms platform
  health system markets
`);

/** Generic tails that do not change which company is meant ("Sony" = "Sony Group", "Cisco" = "Cisco Systems"). */
export const GENERIC_TAILS = set(`
  group holdings holding inc incorporated corp corporation co company ltd limited llc plc ag sa nv se spa asa ab oyj
  gmbh bv kk pte pty bhd lp llp technologies technology systems international motor motors platforms com
`);

/** Legal-form suffixes dropped from a displayed name ("Tapestry Inc." is shown as "Tapestry"). */
export const LEGAL_SUFFIXES = set(`
  inc incorporated corp co ltd llc plc ag sa s.a nv n.v se spa s.p.a asa ab oyj gmbh bv kk pte pty bhd lp llp sarl sas srl
`);

/** Nationality and region adjectives: never an organisation on their own ("Australian", "Japanese"). */
export const DEMONYMS = set(`
  american australian austrian belgian brazilian british canadian chilean chinese czech danish dutch egyptian emirati
  english european finnish french german greek hungarian indian indonesian irish israeli italian japanese korean
  malaysian mexican nigerian norwegian pakistani peruvian philippine polish portuguese qatari romanian russian saudi
  scottish singaporean spanish swedish swiss taiwanese thai turkish ukrainian vietnamese welsh african asian latin
  nordic arab western eastern southern northern south north east west
`);

/** Places that are capitalised like names but are not organisations. */
export const PLACES = set(`
  africa america americas asia europe oceania antarctica arctic baltic caribbean pacific atlantic mediterranean gulf
  afghanistan algeria argentina australia austria bangladesh belgium brazil britain bulgaria cambodia canada chile china
  colombia croatia cuba czechia denmark egypt england estonia ethiopia finland france germany ghana greece hungary iceland
  india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kuwait latvia lebanon lithuania
  luxembourg malaysia mexico morocco netherlands nigeria norway oman pakistan peru philippines poland portugal qatar
  romania russia scotland serbia singapore slovakia slovenia spain sweden switzerland syria taiwan thailand turkey uae
  uganda ukraine uruguay venezuela vietnam wales yemen zambia zimbabwe
  honduras bolivia guatemala ecuador paraguay panama nicaragua salvador jamaica haiti cuba lanka nepal myanmar burma laos
  mongolia tunisia libya sudan angola mozambique tanzania senegal cameroon zaire congo madagascar botswana namibia
  zealand fiji cyprus malta bahrain brunei belarus moldova georgia armenia azerbaijan uzbekistan turkmenistan kyrgyzstan
  tajikistan albania bosnia macedonia montenegro kosovo gabon guinea liberia sierra mali niger chad somalia rwanda
  burundi malawi mauritius seychelles bhutan maldives trinidad tobago barbados bahamas suriname guyana belize
  dominica grenada antigua samoa tonga
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
  ontario quebec alberta bavaria catalonia gujarat maharashtra karnataka bavaria
  london paris berlin frankfurt munich madrid rome milan zurich geneva amsterdam brussels dublin stockholm oslo
  copenhagen helsinki vienna prague warsaw moscow istanbul dubai riyadh doha tokyo osaka beijing shanghai shenzhen
  hangzhou hong kong seoul taipei singapore mumbai delhi bangalore bengaluru sydney melbourne toronto vancouver montreal
  calgary chicago boston houston dallas austin seattle denver atlanta miami phoenix detroit pittsburgh philadelphia
  brooklyn manhattan silicon valley wall street city county state province region new york san francisco los angeles
  diego jose abu dhabi arabia hong kong united states kingdom zhejiang jiangsu guangdong fujian sichuan hubei
  hunan shandong anhui henan hebei shanxi shaanxi yunnan liaoning jilin heilongjiang hainan guangxi tianjin chongqing
`);

/** Common given names: a capitalised run starting with one is a person ("Elon Musk"), who may be a party. */
export const FIRST_NAMES = set(`
  adam alan albert alex alexander alice amy andrew andy angela ann anna anne anthony barbara ben benjamin bernard bill
  bob brad brian bruce carl carlos carol catherine charles charlie chris christian christine christopher craig dan daniel
  david deborah dennis diane donald doug douglas edward elizabeth elon emily emma eric evan frank gary george gina greg
  harry helen henry ian jack jackie james jamie jane janet jason jeff jeffrey jennifer jensen jeremy jerome jessica jim
  joe john jonathan joseph josh julia julie justin karen kate katherine keith kelly ken kevin larry laura lee linda lisa
  marc marco maria mark martin mary matt matthew michael michelle mike nancy nick nicole noam paul peter philip rachel
  ralph richard rick robert roger ryan sam samuel sarah satya scott sean sergey sheryl shari stephen steve steven sundar
  susan thomas tim timothy tom tony victoria walter warren william mukesh gautam masayoshi jack jamie larry reed marissa
  ilya dario mustafa demis jony travis brian dara ursula narendra xi vladimir rishi keir emmanuel olaf joe kamala
  donald boris angela justin anil ratan jared ivanka marc reid brian sam greg kevin lina gary andy safra
`);

/** Words that make a government body out of a country or demonym ("U.S. Army", "Australian government"). */
export const GOVERNMENT_WORDS = set(`
  government army navy force forces military ministry department agency administration treasury pentagon commission
  authority council parliament congress senate prefecture municipality state nhs
`);

/** Capitalised words that never start or make up an organisation's name on their own. */
export const NOT_NAMES = set(`
  the a an in on for with this that these those it its he she they we i you our your their his her mr mrs ms dr biggest largest
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  reuters reuter but and or as at by from to of after under while when where why how what which who whom whose is are
  was were be been has have had do does did will would can could should shall must may might u.s us u.k uk eu un ceo
  cfo coo cto chairman president chief executive according earlier also just indeed however both series ipo inc corp
  co ltd ai ev tv gdp pct here there if then than so not no yes all any every each some more most other such
  about above before over into out up down off
`);

/** Words that end a headline name run: deal nouns and other heads that are never part of a company's name. */
export const NAME_STOPS = set(`
  deal deals acquisition acquisitions takeover merger mergers stake stakes bid bids offer offers sale sales purchase
  ipo ipos listing debut contract contracts order orders partnership partnerships alliance venture jv round rounds
  funding financing investment investments talks stock stocks shares share unit units business businesses division
  arm assets plan plans program programme report reports rumors rumours news price prices deal-making shareholders
  investors analysts analyst ceo cfo chief boss founder earnings profit profits revenue results forecast outlook
  guidance dividend buyback buybacks split valuation review probe lawsuit suit fine settlement strike union
  program programme partner network ecosystem initiative award awards index summit conference event webinar
  offering offerings pricing
`);

// Used by the organisation recogniser (orgs.ts).
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'chf',
  'cad',
  'aud',
  'cny',
  'inr',
  'nok',
  'sek',
  'dkk',
  'hkd',
  'sgd',
  'rs',
  'krw',
  'brl',
  'rmb',
]);
// Acronyms that are everyday words in business news, not organisations.
export const ACRONYMS: ReadonlySet<string> = new Set([
  'ceo',
  'cfo',
  'coo',
  'cto',
  'ipo',
  'ai',
  'ev',
  'evs',
  'gdp',
  'pct',
  'etf',
  'esg',
  'eps',
  'm&a',
  'llm',
  'api',
  'gpu',
  'cpu',
  'usa',
  'uk',
  'us',
  'eu',
  'un',
  'ot',
  'it',
  'hr',
  'vc',
  'pe',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  'fy',
  'tv',
  'pc',
  'ar',
  'vr',
]);

// Suffixes that make a name even in an all-capitals headline.
export const CAPS_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'co', 'nv', 'ag']);
// Nouns that describe a company before its name in a headline ("Truck Startup Rivian").
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'startup',
  'start-up',
  'maker',
  'firm',
  'owner',
  'parent',
  'rival',
  'giant',
  'developer',
  'operator',
  'retailer',
  'lender',
  'insurer',
  'carrier',
  'chipmaker',
  'automaker',
  'carmaker',
  'designer',
  'producer',
  'supplier',
  'provider',
  'publisher',
]);
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'plant',
  'plants',
  'factory',
  'factories',
  'facility',
  'facilities',
  'mill',
  'refinery',
  'campus',
  'warehouse',
  'fab',
  'site',
  'hub',
]);
// With places, words that make a region ("Middle East", "Southeast Asia", "Latin America"); "Southwest" stays out, an airline.
export const REGION_WORDS: ReadonlySet<string> = new Set(
  'coast midwest mainland region peninsula middle east west north south southeast northeast northwest latin western eastern northern southern pacific'.split(
    ' ',
  ),
);
export const SITE_NOUNS =
  /^(mine|mines|project|deposit|deposits|oilfield|field|fields|refinery|smelter|pipeline|reactor|terminal|plant|asset|assets|property)$/;
export const COMMODITIES = /^(gold|copper|lithium|nickel|zinc|iron|ore|coal|silver|uranium|oil|gas|lng|potash|cobalt|rare|solar|wind|nuclear|power)$/;

// Capitalised things that are no organisation: filing forms, diseases, units of measure.
export const NOT_ORGS: ReadonlySet<string> = new Set([
  '8-k',
  '10-k',
  '10-q',
  '6-k',
  '20-f',
  '40-f',
  's-1',
  's-4',
  'f-1',
  'f-4',
  '13d',
  '13g',
  '13f',
  'sc 13d',
  'def 14a',
  'covid',
  'covid-19',
  'coronavirus',
  'sars-cov-2',
  'cts',
  'dlrs',
  'shr',
  'mln',
  'bln',
  'mw',
  'gw',
  'kw',
  'mwh',
  'gwh',
  'twh',
  'kwh',
  'bcf',
  'mmbtu',
  // Desk labels for a kind of piece ("Factbox: ...", "Breakingviews - ...").
  'factbox',
  'breakingviews',
  'explainer',
]);

export const EXCHANGE_WORDS: ReadonlySet<string> = new Set([
  'nasdaq',
  'nyse',
  'amex',
  'lse',
  'tsx',
  'asx',
  'otc',
  'otcqx',
  'xetra',
  'hkex',
  'tse',
  'nse',
  'bse',
  'arca',
  'euronext',
  'six',
  'sgx',
  'krx',
]);

// Nouns that follow a possessive name and describe what it owns, not another company ("Intel's Smartphone Modem Business").
export const ASSET_NOUNS: ReadonlySet<string> = new Set([
  'business',
  'businesses',
  'unit',
  'units',
  'division',
  'operations',
  'assets',
  'arm',
  'stake',
  'portfolio',
  'brand',
  'brands',
  'network',
  'segment',
]);

// Words before or after a single ordinary word that show a company is meant ("Shell said", "rival Target").
export const NAME_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'said',
  'says',
  'shares',
  'stock',
  'agreed',
  'agrees',
  'announced',
  'reported',
  'ceo',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'executives',
  'unit',
  'subsidiary',
  'inc',
  'corp',
  'declined',
  'confirmed',
  'acquired',
  'bought',
  'sold',
  'buys',
  'sells',
  'acquires',
  'invests',
  'raises',
  'partners',
  'teams',
  'signs',
  'wins',
  'lands',
  'closes',
  'completes',
  'nears',
  'eyes',
  'explores',
  'weighs',
  'files',
  'prices',
  'merges',
  'takes',
  'leads',
  'backs',
  'picks',
  'taps',
]);

/** Nouns that describe a company, right before its name: "rival Target", "retailer Gap". */
export const COMPANY_DESCRIPTORS: readonly string[] = ['rival', 'rivals', 'retailer', 'company', 'firm', 'giant', 'maker'];

export const NAME_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  ...COMPANY_DESCRIPTORS,
  'startup',
  'group',
  'lender',
  'insurer',
  'carrier',
  'operator',
  'owner',
  'parent',
]);

// Nouns that describe a company right before its name: "app Texture", "startup Brightwire", "rival Target".
export const NAME_DESCRIBERS: ReadonlySet<string> = new Set(
  'app startup start-up maker company firm rival retailer platform service brand chain site developer operator provider publisher studio lender insurer'.split(
    ' ',
  ),
);
