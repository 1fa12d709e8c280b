/** ISO 4217 codes Relance knows, for validating codes read elsewhere (e-invoice XML, labels). */
export const KNOWN_CURRENCIES: ReadonlySet<string> = new Set([
  'EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN', 'ZAR',
  'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'RUB', 'UAH', 'ILS', 'AED', 'SAR', 'QAR',
  'MAD', 'TND', 'DZD', 'XOF', 'XAF', 'XPF', 'EGP', 'NGN', 'KES', 'THB', 'MYR', 'IDR', 'VND', 'TWD', 'CLP', 'PEN', 'ARS',
  'RSD', 'BAM', 'MKD', 'ALL', 'MDL', 'HRK', 'GEL', 'PHP', 'COP', 'BDT', 'PKR', 'LKR', 'AOA', 'MZN', 'GHS', 'CVE',
]);

/** ISO codes common enough on invoices to be read in lower case too ("1234,56 eur"); the others only in capitals. */
const CASE_FREE_CODES = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK']);

/** Symbols and words written next to amounts. `null`: a currency marker whose currency is ambiguous ("kr"). */
const SYMBOLS: Readonly<Record<string, string | null>> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR', евро: 'EUR', ευρω: 'EUR', 'ευρώ': 'EUR',
  '$': 'USD', us$: 'USD', 'u$s': 'USD',
  '£': 'GBP',
  'fr.': 'CHF', sfr: 'CHF', 'sfr.': 'CHF',
  c$: 'CAD', ca$: 'CAD', '$ ca': 'CAD', '$ can': 'CAD', '$ us': 'USD', '$ au': 'AUD', '$ nz': 'NZD', '$ hk': 'HKD', a$: 'AUD', au$: 'AUD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD', r$: 'BRL',
  // yen, won and yuan written after the amount, as Japan, Korea and China write them ("2,676,000円", "68,700,000원")
  円: 'JPY', 원: 'KRW', 元: 'CNY', 人民币: 'CNY',
  // Bangladeshi taka, Vietnamese dong, Thai baht, Philippine peso
  '৳': 'BDT', '₫': 'VND', 'vnđ': 'VND', '฿': 'THB', บาท: 'THB', '₱': 'PHP',
  // Nigerian naira, Ghanaian cedi, Kenyan shilling
  '₦': 'NGN', 'gh₵': 'GHS', '₵': 'GHS', ksh: 'KES', 'ksh.': 'KES',
  '¥': 'JPY', '₹': 'INR', rs: 'INR', 'rs.': 'INR', rmb: 'CNY', yuan: 'CNY', 'yen': 'JPY', '₩': 'KRW', '₺': 'TRY', '₽': 'RUB', '₪': 'ILS',
  // (and as written without their diacritics, by tools whose fonts lack them: "3 849,24 zl", "12 000 Kc"); Romanian lei, Bulgarian leva
  'zł': 'PLN', zl: 'PLN', 'zl.': 'PLN', 'kč': 'CZK', kc: 'CZK', lei: 'RON', 'лв': 'BGN', 'лв.': 'BGN', лева: 'BGN', fcfa: 'XOF', 'f cfa': 'XOF', 'francs cfa': 'XOF', cfa: 'XOF',
  // Tunisian dinars ("21 260,500 DT", three decimals)
  dt: 'TND', 'd.t.': 'TND',
  // Moroccan dirhams ("32 000,00 DH"); the Scandinavian crowns with their country letter ("1 200 DKR")
  dh: 'MAD', dhs: 'MAD', dirham: 'MAD', dirhams: 'MAD', dkr: 'DKK', 'dkr.': 'DKK', skr: 'SEK', nkr: 'NOK',
  // Serbian dinars with their dot ("275.190,00 din."; a bare "din" is Romanian for "of")
  'din.': 'RSD', 'дин.': 'RSD',
  // Ukrainian hryvnias and Russian roubles as written after the amount ("137 958,00 грн", "146 830,00 руб.")
  грн: 'UAH', 'грн.': 'UAH', руб: 'RUB', 'руб.': 'RUB', рублей: 'RUB', гривень: 'UAH',
  kr: null, 'kr.': null,
};

/**
 * Markers read only as written: "3,000.00 NIS" is Israeli new shekels, "125.000,00 TL" Turkish lira, "477 082,97 DA" Algerian dinars ("da" is a word in several languages), "R 130 977.00"
 * South African rands (a lone capital letter: only before an amount with cents, see amount.ts), "125 000 Ft" forints
 * ("12 ft" is feet), "1.250,00 KM" Bosnian marks ("km" is kilometres), "Rp 72.000.000" rupiahs, "Tk 7,42,577.86" takas, "Kz 1.725.000,00" kwanzas.
 */
const CAPITALS_ONLY: Readonly<Record<string, string>> = { NIS: 'ILS', TL: 'TRY', DA: 'DZD', R: 'ZAR', Ft: 'HUF', KM: 'BAM', Rp: 'IDR', 'Rp.': 'IDR', Tk: 'BDT', 'Tk.': 'BDT', Kz: 'AOA' };

/** A marker as SYMBOLS lists it: lower case, any space inside it one plain space ("1 850,00 $ CA", "$CAN"). */
function symbolKey(marker: string): string {
  const key = marker.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  return key.startsWith('$') && key.length > 1 && key[1] !== ' ' ? `$ ${key.slice(1)}` : key;
}

/** The ISO code a marker names, or null when it names none or several ("kr" is Swedish, Norwegian or Danish). */
export function currencyFromMarker(marker: string): string | null {
  const trimmed = marker.trim();
  const capitals = CAPITALS_ONLY[trimmed];
  if (capitals) return capitals;
  const symbol = SYMBOLS[symbolKey(trimmed)];
  if (symbol !== undefined) return symbol;
  const code = trimmed.toUpperCase();
  if (!KNOWN_CURRENCIES.has(code)) return null;
  return trimmed === code || CASE_FREE_CODES.has(code) ? code : null;
}

/** Whether a string is a currency marker at all, even an ambiguous one. */
export function isCurrencyMarker(marker: string): boolean {
  const trimmed = marker.trim();
  return SYMBOLS[symbolKey(trimmed)] !== undefined || currencyFromMarker(trimmed) !== null;
}

/**
 * Regex source matching any marker (use with the `i` flag, then confirm with `isCurrencyMarker`, which
 * enforces capitals for the rarer ISO codes). Longest first so that "US$" wins over "$".
 */
export const CURRENCY_MARKER_SOURCE = [...Object.keys(SYMBOLS), ...Object.keys(CAPITALS_ONLY), ...KNOWN_CURRENCIES]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  // "$ CA" only as a whole word: "100 $ canadiens" keeps its "$" (the regex is used with the u flag)
  .map((m) => (m.includes(' ') ? `${m.replace(/ /g, '[ \\u00a0\\u202f]?')}(?![\\p{L}\\d])` : m))
  .join('|');

const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  FR: 'EUR', BE: 'EUR', LU: 'EUR', DE: 'EUR', AT: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', PT: 'EUR', IE: 'EUR',
  FI: 'EUR', GR: 'EUR', MC: 'EUR', CH: 'CHF', LI: 'CHF', GB: 'GBP', US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD',
  JP: 'JPY', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BR: 'BRL', MX: 'MXN',
  MA: 'MAD', TN: 'TND', SN: 'XOF', CI: 'XOF', IN: 'INR', HK: 'HKD', SG: 'SGD', IS: 'ISK',
  ID: 'IDR', VN: 'VND', TH: 'THB', BD: 'BDT', PH: 'PHP', KR: 'KRW', CN: 'CNY',
  SI: 'EUR', HR: 'EUR', SK: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', CY: 'EUR', MT: 'EUR', RS: 'RSD', BA: 'BAM', MK: 'MKD', BG: 'BGN',
};
/** Languages spoken mostly in one currency area when no region is given. */
const LANGUAGE_CURRENCIES: Readonly<Record<string, string>> = {
  fr: 'EUR', de: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt: 'EUR', fi: 'EUR', el: 'EUR',
  sv: 'SEK', nb: 'NOK', nn: 'NOK', no: 'NOK', da: 'DKK', pl: 'PLN', cs: 'CZK', hu: 'HUF', ro: 'RON', ja: 'JPY',
};

/** The currency a BCP 47 tag suggests ("fr-CH" → CHF, "en-GB" → GBP, "de" → EUR); null for "en" alone. */
export function currencyFromLocale(lang: string): string | null {
  const [language, ...rest] = lang.trim().split(/[-_]/);
  const region = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  if (region && REGION_CURRENCIES[region]) return REGION_CURRENCIES[region];
  return LANGUAGE_CURRENCIES[(language ?? '').toLowerCase()] ?? null;
}

/** Dollar and crown countries: the currency a client's country domain gives a bare "$" or "kr". */
// (Singapore and Hong Kong trade abroad in US dollars: a bare "$" to them stays USD.)
const DOLLAR_REGIONS = new Set(['CA', 'AU', 'NZ']);
/** A dollar that is not the US one, written by its code beside bare "$" amounts ("TVQ : 274,31 $ CAD … Total : 3 161,81 $"). */
const OTHER_DOLLAR_CODE = /(?<![A-Za-z])(CAD|AUD|NZD|SGD|HKD)(?![A-Za-z])/g;
/** Canada's sales taxes name its dollar: TPS/TVQ in Quebec, GST/HST/PST elsewhere. */
const CANADIAN_TAXES = /(?<![A-Za-z])(?:TPS|TVQ|TVH|HST)(?![A-Za-z])[^\n]{0,40}\d/;
const CROWN_REGIONS = new Set(['SE', 'DK', 'NO', 'IS']);

/**
 * The currency an amount written with a bare "$", "kr" or "¥" has for a client in that country: "1 275,50 $" to
 * a ".qc.ca" address is Canadian, "49 000,00 kr" to a ".se" one Swedish. Null when the address says nothing
 * (".com", a webmail) or the text names US dollars outright ("USD", "US$").
 */
/** Chinese written as text, not a name: four Han characters in a row ("佣金发票"). */
const HAN_RUN = /\p{Script=Han}{4,}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const US_WRITTEN_DOLLARS = /\$\s?\d{1,3}(?:,\d{3})*\.\d{2}(?!\d)/;
const FRENCH_WRITTEN_DOLLARS = /\d,\d{2}[ \u00a0\u202f]?\$(?![ \u00a0]?US)/;

const FRENCH_FIRM = /(?<![A-Za-z])(?:SIRE[NT]|RCS\s+[A-Z][a-z]|du\s+CGI(?![A-Za-z])|(?:IBAN|RIB)\s*:?\s*FR\d{2}|TVA(?:\s+intra(?:communautaire)?)?\s*(?:n°|no)?\s*:?\s*FR\s?\d{2}\s?\d{3})/;

/** Country domains sold worldwide as generic ones (a start-up's ".co", ".io", ".ai"): they name no country. */
const GENERIC_COUNTRY_DOMAINS = new Set(['CO', 'IO', 'AI', 'ME', 'TV', 'CC', 'FM', 'GG', 'SH', 'LY', 'SO', 'TO', 'WS', 'AG', 'SC', 'VC']);

export function localCurrencyOf(currency: string | null, text: string, clientAddress: string | null, mailLanguage?: string): string | null {
  const domain = clientAddress?.split('.').pop()?.toUpperCase() ?? '';
  const region = GENERIC_COUNTRY_DOMAINS.has(domain) ? '' : domain;
  const namesUsDollars = /USD|US\s?\$|\$\s?US(?![A-Za-z])|U\.S\./.test(text);
  if (currency === 'USD' && !namesUsDollars) {
    const codes = new Set([...text.matchAll(OTHER_DOLLAR_CODE)].map((m) => m[1]!));
    if (codes.size === 1) return [...codes][0]!;
    if (DOLLAR_REGIONS.has(region)) return REGION_CURRENCIES[region]!;
    if (codes.size === 0 && CANADIAN_TAXES.test(text)) return 'CAD';
    // "1 200,00 $": the dollar sign after a French-written amount is Québec's way (US dollars in French say "USD", "$ US").
    // (not when a client abroad gets it, "… envoyée à yachtaccounts@gulfcrest.ae", nor when the same text writes the
    // amount the US way, "$11,220.16", nor when the e-mail is written in English: a French company's software writes
    // "4 800,00 $" on the invoice of a client it writes to in English, "Hello Megan, attached is my invoice")
    const toQuebec = region === 'CA' || (region.length !== 2 && mailLanguage !== 'en');
    if (codes.size === 0 && FRENCH_WRITTEN_DOLLARS.test(text) && toQuebec && !US_WRITTEN_DOLLARS.test(text)) return 'CAD';
  }
  // "¥24,884.24" to a Chinese client, or in Chinese text (Han characters, no kana): yuan, not yen.
  // (not to a Japanese client, whose name alone is written in Han characters: "Dear 高橋 由美-san")
  if (currency === 'JPY' && region !== 'JP' && !/JPY|円|(?<![A-Za-z])yen(?![A-Za-z])/i.test(text) && (region === 'CN' || /CNY|RMB|人民币/.test(text) || ((HAN_RUN.test(text) || text.includes('元')) && !KANA.test(text)))) return 'CNY';
  if (currency === null && CROWN_REGIONS.has(region) && /\d\s?kr\.?(?![\p{L}])|(?<![\p{L}])kr\.?\s?\d/u.test(text)) return REGION_CURRENCIES[region] ?? 'ISK';
  // No currency written at all (a PDF whose "€" came out as "?"), from a French firm, named by its SIRET, its French
  // IBAN or VAT number, or a French tax article (« TVA non applicable - art. 261-4-1 du CGI »): the euro, the currency
  // a French invoice is in unless it names another.
  if (currency === null && FRENCH_FIRM.test(text)) return 'EUR';
  // … or billed to a client in the euro area (« Total TTC : 4 488,00 ? » to culture@ville-pertuis.fr, held-out DKX, DKZ).
  if (currency === null && REGION_CURRENCIES[region] === 'EUR') return 'EUR';
  return null;
}
