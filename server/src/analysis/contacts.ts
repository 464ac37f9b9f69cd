/**
 * Linear scanners for e-mail addresses, URLs and phone numbers in normalised text, with the
 * placeholder and social-media filters that decide whether a contact can reach a person.
 * International numbers are checked against their country's numbering plan with libphonenumber-js.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import { placeholderHost } from './placeholderHost';

export type ContactKind = 'email' | 'url' | 'phone';

export interface Contact {
  kind: ContactKind;
  /** Offsets into the scanned (normalised) text. */
  start: number;
  end: number;
  value: string;
  /** Why it does not count, if it does not. */
  rejected?: string;
  /** For international phone numbers: the country (ISO 3166-1 alpha-2) of the calling code. */
  country?: string;
}

const SOCIAL = [
  'instagram.',
  'facebook.',
  'fb.com',
  'fb.me',
  'm.me',
  'tiktok.',
  'twitter.',
  'x.com',
  'youtube.',
  'youtu.be',
  'linkedin.',
  't.me',
  'pinterest.',
  'threads.net',
  'snapchat.',
];
/** Code hosting: an issue tracker reaches maintainers, not the business's customer service. */
const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net'];
/** A help site's root counts as a support page: `support.acme.com`, `ayuda.acme.es`, `help.acme.io`. */
const SUPPORT_HOST =
  /^(?:www\.)?(?:support|help|helpdesk|care|customercare|service|contact|ayuda|soporte|atencion|ajuda|suporte|atendimento|bantuan|hilfe|kundenservice|aide|assistenza|destek|yardim|hotro|kefu)\./;
const PLACEHOLDER_LOCALS = ['xxx', 'name', 'your', 'email', 'user', 'noreply', 'no-reply', 'donotreply'];
const LOCAL = /[a-z0-9._%+-]/;
const DOMAIN = /[a-z0-9.-]/;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 0x0660) return -1;
  for (const base of [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10]) if (c >= base && c <= base + 9) return c - base;
  return -1;
}

function emails(t: string, out: Contact[]): void {
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(t[s - 1])) s--;
    let e = at + 1;
    while (e < t.length && e - at < 255 && DOMAIN.test(t[e])) e++;
    while (e > at + 1 && (t[e - 1] === '.' || t[e - 1] === '-')) e--;
    const local = t.slice(s, at);
    const domain = t.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (!local || dot <= 0 || domain.length - dot - 1 < 2) continue;
    const c: Contact = { kind: 'email', start: s, end: e, value: t.slice(s, e) };
    if (placeholderHost(domain) || PLACEHOLDER_LOCALS.includes(local)) c.rejected = 'placeholder address';
    out.push(c);
  }
}

function urls(t: string, out: Contact[]): void {
  // `wa.me/<number>` is often written without its scheme: a click-to-chat link to that number all the same.
  for (const lead of ['https://', 'http://', 'www.', 'wa.me/']) {
    let e = 0;
    for (let i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, Math.max(i + 1, e))) {
      if (
        lead !== 'https://' &&
        lead !== 'http://' &&
        (t.slice(Math.max(0, i - 3), i) === '://' || /[a-z0-9./]/.test(t[i - 1] ?? ''))
      )
        continue;
      e = i;
      while (e < t.length && e - i < 2048 && !URL_END.test(t[e])) e++;
      while (e > i && /[.,;:!?]/.test(t[e - 1])) e--;
      const value = t.slice(i, e);
      const rest = value.replace(/^https?:\/\//, '');
      const slash = rest.indexOf('/');
      const host = slash < 0 ? rest : rest.slice(0, slash);
      const path = slash < 0 ? '' : rest.slice(slash + 1).replace(/[/#?]+$/, '');
      if (!host.includes('.')) continue;
      const c: Contact = { kind: 'url', start: i, end: e, value };
      if (SOCIAL.some((s) => host === s.replace(/\.$/, '') || host.includes(s))) c.rejected = 'social-media link';
      else if (placeholderHost(host)) c.rejected = 'placeholder link';
      else if (CODE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) c.rejected = 'code repository link';
      else if (!path && !host.startsWith('wa.me') && !SUPPORT_HOST.test(host)) c.rejected = 'home page only';
      else if (apiEndpoint(host, path)) c.rejected = 'API endpoint: a program calls it, no person answers there';
      else if (selfServicePath(path))
        c.rejected = 'self-service page (FAQ, menu, catalogue, documents): nobody answers there';
      else if (host === 'wa.me') c.rejected = waMeNumber(path);
      out.push(c);
    }
  }
}

/**
 * Path segments of pages people read rather than write to: FAQs, menus, catalogues, documents, terms, trackers. The
 * words are the slugs sites use, in the languages of the lexicons (accents dropped as slugs drop them).
 */
const SELF_SERVICE_SEGMENT =
  /^(?:faqs?|faq-.*|.*-faqs?|preguntas-frecuentes|perguntas-frequentes|duvidas|duvidas-frequentes|questions-frequentes|foire-aux-questions|haeufige-fragen|haufige-fragen|domande-frequenti|veelgestelde-vragen|sss|sikca-sorulan-sorular|pertanyaan-umum|soal-jawab|cau-hoi-thuong-gap|carte|menu|menus|cardapio|carta|speisekarte|catalog|catalogue|catalogo|katalog|katalogus|docs|documentation|documentos|download|downloads|terms|privacy|tracking|track|rastreio|rastreamento|seguimiento|sendungsverfolgung|status|blog|news)$/;

/** Machine endpoints: an `api.` host or a versioned API path (`/v1/estado`, `/api/orders`). */
const API_HOST = /^api[.-]/;
const API_PATH = /^(?:api\/|v\d+(?:\/|$)|rest\/|graphql)/;
/** Words of an endpoint that hands a chat to people (a helpdesk API): such a URL stays a way to a person. */
const PEOPLE_ENDPOINT = /handoff|human|agent|escalat|ticket|conversation|inbox|chatwoot|zendesk|freshdesk|intercom/;

/**
 * A URL a program calls (`https://api.shop.com/v1/orders`): a customer who opens it reaches no one. A helpdesk's API
 * (tickets, conversations, handoff) is left to the readers of handoff tools.
 */
function apiEndpoint(host: string, path: string): boolean {
  // WhatsApp's click-to-chat link (`api.whatsapp.com/send?phone=…`) opens a chat with that number.
  if (host === 'api.whatsapp.com') return false;
  return (API_HOST.test(host) || API_PATH.test(path)) && !PEOPLE_ENDPOINT.test(`${host}/${path}`);
}

/** A URL path one of whose segments (a file's name without its extension) is a self-service page. */
function selfServicePath(path: string): boolean {
  if (!path) return false;
  return path
    .split(/[?#]/)[0]
    .split('/')
    .some((seg) => SELF_SERVICE_SEGMENT.test(seg.replace(/\.[a-z0-9]{2,5}$/, '')));
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER_OR_UNDERSCORE = /[\p{L}_]/u;
/** Spaces, dashes and dots, and the invisible direction marks that right-to-left text puts around digits. */
const PHONE_SEPARATOR = /[ \-.\u00a0\u2011\u2013\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const URL_END = /[\s<>"'`)\]}|，。]/;

function phones(t: string, out: Contact[]): void {
  const n = t.length;
  const startRe = /[+0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g;
  let i = 0;
  while (i < n) {
    startRe.lastIndex = i;
    if (!startRe.test(t)) break;
    i = startRe.lastIndex - 1;
    const c = t.charCodeAt(i);
    const startsHere = c === 43 /* + */ || digitValue(c) >= 0;
    const prev = i > 0 ? t[i - 1] : ' ';
    if (!startsHere || WORD_CHAR.test(prev)) {
      i++;
      continue;
    }
    let e = i + 1;
    let digits = digitValue(c) >= 0 ? 1 : 0;
    const ds: number[] = digits ? [digitValue(c)] : [];
    // "(04598) 5-17-20", "(011) 4567-8901": an area code in parentheses opened just before the number.
    let areaOpen = prev === '(';
    while (e < n && e - i < 28) {
      const d = digitValue(t.charCodeAt(e));
      if (d >= 0) {
        digits++;
        ds.push(d);
      } else if (t[e] === ')' && areaOpen && digits <= 6) {
        areaOpen = false;
      } else if (t[e] === '(' || t[e] === ')') {
        if (digits >= 5) break; // "(24/7)" after a number, not an area code
      } else if (!PHONE_SEPARATOR.test(t[e])) break;
      e++;
    }
    while (e > i && digitValue(t.charCodeAt(e - 1)) < 0) e--;
    const next = t[e] ?? ' ';
    if (digits >= 7 && digits <= 15 && !LETTER_OR_UNDERSCORE.test(next) && !isAmountOrTaxId(t, i, t.slice(i, e))) {
      const value = t.slice(i, e);
      const contact: Contact = { kind: 'phone', start: i, end: e, value };
      const intl = international(value, ds);
      if (intl) contact.country = intl.country;
      const notPhone = notAPhone(t, i, e, value);
      if (notPhone) contact.rejected = notPhone;
      else if (/^\d{1,2}[.:]\d{2}\s*[-\u2011\u2013]\s*\d{1,2}[.:]\d{2}$/.test(value)) contact.rejected = 'time range';
      else if (isPlaceholderNumber(ds, t.slice(e, e + 6))) contact.rejected = 'placeholder number';
      else if (intl && !intl.possible) contact.rejected = 'not a possible number for its country code';
      else if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(value)) contact.rejected = 'date';
      else if (/^(?:1[89]|20)\d\d\s*[-/\u2011\u2013\u2014]\s*(?:(?:1[89]|20)\d\d|\d\d)$/.test(value))
        contact.rejected = 'year range';
      out.push(contact);
    }
    i = Math.max(e, i + 1);
  }
}

/** A click-to-chat link's number is a phone like any other: a fictional or impossible one reaches nobody. */
function waMeNumber(path: string): string | undefined {
  const digits = path.split(/[?#/]/)[0].replace(/\D/g, '');
  if (digits.length < 7) return undefined;
  const ds = [...digits].map(Number);
  if (isPlaceholderNumber(ds, '')) return 'placeholder number';
  const intl = international(`+${digits}`, ds);
  return intl && !intl.possible ? 'not a possible number for its country code' : undefined;
}

/** A dotted quad: an IP address (`192.168.0.1`), not a number anyone dials. */
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Letters and a hyphen glued before the digits: the prefix of a code (`AP-2604-11873`, `LN-55120…`), not a phone. */
const CODE_PREFIX = /[\p{L}\d]-$/u;
/** A currency or unit right after the number: an amount or a range of amounts ("1 000–1 300 Kč", "25 000 ₫"). */
const CURRENCY_AFTER =
  /^\s*(?:kč|kc|czk|zł|pln|ft|huf|kr|sek|nok|dkk|€|eur|₫|đ|vnd|dong|lei|ron|lv|руб|₽|₴|грн|tl|₺|₹|rs|rp|฿|บาท|円|元|원|₩|usd|mxn|cop|clp|ars|pen|brl|\$|£|chf|₱|php|rm|myr|sgd|aed|sar|egp|mad|ksh|kes|ugx|tzs|ngn|₦|zar|lkr|bdt|৳|pkr)(?![\p{L}])/u;
/** A unit of measure right after the number: a size or a range of sizes ("1150–1620 sft", "2 000–2 400 m²"). */
const UNIT_AFTER =
  /^\s*(?:sft|sq\.?\s?ft|sqft|ft²|m²|m2|sqm|km|kg|mm|cm|ml|mah|kwh|kw|gb|mb|tb|mbps|gbps|ha|acres?)(?![\p{L}])/iu;
/** A key that names an identifier right before the value (`"phone_number_id": "1087…"`, `account_id: 4471…`). */
const ID_KEY_BEFORE =
  /(?:^|[^\p{L}\d])(?:[\p{L}\d]+[_-])*(?:[\p{L}\d]*(?:number|account|user|phone|business|app|client|customer|page|tenant|sender))?(?:id|ids)["']?\s*[:=]\s*["']?$/u;
/**
 * A key that holds the bot's own WhatsApp line (`"whatsapp_number": "+82…"`, `wa_phone: …`, `bot_number`): the number
 * customers already write to, not a way to a person. Only key syntax (a quoted key or a compound with `_`/`-`), so
 * "WhatsApp: +34 600…" in a sentence stays a contact.
 */
const OWN_LINE_KEY_BEFORE =
  /(?:["'](?:whatsapp|wa|bot|sender|from)["']|(?:whatsapp|wa|bot|sender|from)[_-](?:business[_-])?(?:number|phone|no|line)["']?)\s*[:=]\s*["']?$/;
/**
 * Mobile wallets and payment rails whose numbers are payment handles: a number after their name in the same
 * clause is where money goes, not a line a person answers ("bKash merchant number 01886-220411", "GCash (0917…)").
 */
const WALLET_BEFORE =
  /(?:^|[^\p{L}])(?:bkash|nagad|gcash|paymaya|pix|upi|paytm|phonepe|gpay|gopay|ovo|shopeepay|linkaja|paynow|duitnow|promptpay|truemoney|momo|zalopay|vnpay|m-?pesa|airtel money|easypaisa|jazzcash|mobilepay|vipps|swish|twint|blik|bizum|venmo|zelle|cash ?app|orange money)(?![\p{L}])(?:[^.;!?\n。]{0,40})$/u;

/** Why a run of digits that looks like a phone is something else, if it is. */
function notAPhone(t: string, start: number, end: number, value: string): string | undefined {
  if (IP_ADDRESS.test(value)) return 'IP address';
  if (CODE_PREFIX.test(t.slice(Math.max(0, start - 2), start))) return 'part of a code or identifier';
  if (CURRENCY_AFTER.test(t.slice(end, end + 6))) return 'amount';
  if (UNIT_AFTER.test(t.slice(end, end + 8))) return 'measurement';
  const before = t.slice(Math.max(0, start - 48), start);
  if (ID_KEY_BEFORE.test(before)) return 'identifier';
  if (OWN_LINE_KEY_BEFORE.test(before)) return "the bot's own WhatsApp number";
  if (WALLET_BEFORE.test(before)) return 'payment handle';
  return undefined;
}

/**
 * A number written with `+` or `00` before its calling code: its country, and whether it can be a number
 * there. An unknown calling code or too few digits for the country's plan cannot; a digit too many can
 * (a typo or an extension is likelier than a number that is not a phone).
 */
function international(value: string, ds: number[]): { country?: string; possible: boolean } | undefined {
  const plus = value.startsWith('+');
  if (!plus && !/^00[1-9]/.test(value)) return undefined;
  const e164 = `+${ds.slice(plus ? 0 : 2).join('')}`;
  const length = validatePhoneNumberLength(e164);
  return {
    country: parsePhoneNumberFromString(e164)?.country,
    possible: length !== 'INVALID_COUNTRY' && length !== 'TOO_SHORT' && length !== 'NOT_A_NUMBER',
  };
}

const MONEY_OR_TAX_ID_BEFORE =
  /(?:^|[^\p{L}])(?:rp|r\$|\$|€|£|₹|¥|rs|usd|idr|brl|inr|eur|myr|rm|sar|aed|cnpj|cpf|nik|npwp|iban|gst|gstin|vat|nif|siret|siren)[\s.:#-]*$/iu;

/** Round thousands-grouped amounts (1.250.000, 12,500,000) and numbers after a currency or tax-id label. */
function isAmountOrTaxId(t: string, start: number, value: string): boolean {
  // 1.250.000 is an amount; 030.123.456 or 612.483.921 may be a phone.
  if (/^[1-9]\d{0,2}([.,]\d{3})+$/.test(value) && value.endsWith('00')) return true;
  return MONEY_OR_TAX_ID_BEFORE.test(t.slice(Math.max(0, start - 10), start));
}

function isPlaceholderNumber(ds: number[], after: string): boolean {
  if (/^[\s-]*x/i.test(after)) return true;
  if (ds.every((d) => d === ds[0])) return true;
  let zeros = 0;
  let run = 0;
  let maxRun = 0;
  for (const d of ds) {
    zeros += d === 0 ? 1 : 0;
    run = d === 0 ? run + 1 : 0;
    maxRun = Math.max(maxRun, run);
  }
  if (zeros / ds.length > 0.7 || maxRun >= 5) return true;
  // North America keeps 555-0100…555-0199 for fiction (films, examples, templates), written with an area code
  // before it or, loosely, as the area code and exchange (`+1 (555) 010-0199`): no one answers them.
  // (A North American area code never starts with 0 or 1: "031-555-0199" is a number in Surabaya.)
  const plusOne = ds.length === 11 && ds[0] === 1;
  const nanp = (plusOne ? ds.slice(1) : ds).join('');
  if (
    nanp.length === 10 &&
    /^[2-9]/.test(nanp) &&
    (nanp.slice(3, 8) === '55501' || (plusOne && nanp.startsWith('55501')))
  )
    return true;
  const seq = ds.map(String).join('');
  return '01234567890'.includes(seq) || '98765432109'.includes(seq);
}

const PLACEHOLDER_CHAR = /[0-9x +().-]/;

/**
 * Masked numbers: "+966 XX XXX XXXX", "95XXX", "XXXX-XXXX" (the text is lower-cased). Each run of
 * x's is widened once over digits, x's and separators, so the scan is linear.
 */
function maskedNumbers(t: string, out: Contact[]): void {
  let from = 0;
  for (let i = t.indexOf('xx', from); i >= 0; i = t.indexOf('xx', from)) {
    let s = i;
    while (s > 0 && i - s < 24 && PLACEHOLDER_CHAR.test(t[s - 1])) s--;
    let e = i;
    while (e < t.length && e - i < 24 && PLACEHOLDER_CHAR.test(t[e])) e++;
    while (s < e && /[ ().-]/.test(t[s])) s++;
    while (e > s && /[ ().-]/.test(t[e - 1])) e--;
    from = Math.max(e, i + 2);
    const body = t.slice(s, e);
    const xs = body.replace(/[^x]/g, '').length;
    const digits = body.replace(/[^0-9]/g, '').length;
    if (/\p{L}/u.test(t[s - 1] ?? ' ') || /\p{L}/u.test(t[e] ?? ' ')) continue;
    if (xs + digits < 5 || (digits === 0 && xs < 4)) continue;
    out.push({ kind: 'phone', start: s, end: e, value: body, rejected: 'placeholder number' });
  }
}

/**
 * Words that name a contact channel, as an unfilled template field writes them ("[NUMÉRO SERVICE CLIENT]",
 * "<support email>", "[số điện thoại tổng đài]"): compared without accents.
 */
const CHANNEL_WORD =
  /(?:^|[^\p{L}])(?:phone|telephone|tel|mobile|cell|whatsapp|number|hotline|helpline|e-?mail|mail|contact|address|link|url|numero|nummer|numer|numara|nomor|telefon|telefono|telefone|telepon|celular|movil|handy|correo|courriel|e-?posta|surel|kontak|contato|contacto|dien thoai|đien thoai|so đien|номер|телефон|почт|هاتف|رقم|بريد|फ़ोन|फोन|नंबर|ईमेल|โทร|เบอร์|อีเมล)|电话|電話|号码|號碼|邮箱|郵箱|邮件|郵件|メール|번호|전화|이메일/u;

/**
 * Template fields left unfilled where a contact belongs: a bracketed phrase of two or more words that names a
 * channel, with no digit, `@` or link inside ("call us at [PHONE NUMBER]"). A one-word bracket may be a keyword the
 * user types ("[AGENT]"), and a bracket before "(" is a Markdown link: neither is a field.
 */
function placeholderFields(t: string, out: Contact[]): void {
  const re = /[[<\u3010\uff1c]([^\]>\u3011\uff1e\n\d@/:]{3,60})[\]>\u3011\uff1e](?!\()/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const inner = m[1].trim();
    if (!/\s/.test(inner) || !/\p{L}/u.test(inner)) continue;
    if (!CHANNEL_WORD.test(inner.normalize('NFD').replace(/\p{M}/gu, ''))) continue;
    out.push({
      kind: 'phone',
      start: m.index,
      end: m.index + m[0].length,
      value: inner,
      rejected: 'placeholder field',
    });
  }
}

/** Every contact in `t` (normalised text), in text order. */
export function findContacts(t: string): Contact[] {
  const out: Contact[] = [];
  emails(t, out);
  urls(t, out);
  phones(t, out);
  placeholderFields(t, out);
  const masked: Contact[] = [];
  maskedNumbers(t, masked);
  for (const m of masked) if (!out.some((c) => c.start < m.end && m.start < c.end)) out.push(m);
  // A phone number inside a URL or e-mail is part of it.
  const big = out.filter((c) => c.kind !== 'phone');
  return out
    .filter((c) => c.kind !== 'phone' || !big.some((b) => c.start >= b.start && c.end <= b.end))
    .sort((a, b) => a.start - b.start);
}
