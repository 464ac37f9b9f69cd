/** The lexicon data model (validated at build time against schema.ts). No runtime dependency. */

/** What a lexicon entry means. */
export const CATEGORIES = [
  'grant', // explicit permission for open-domain use
  'task', // offering a general-purpose task (essays, code, homework)
  'leak', // opening up a scoped prompt (use your general knowledge, help anyway)
  'persona', // generic assistant / companion persona
  'personaBound', // words right after a persona that bind it to a business ("for", "at")
  'scope', // limiting statements (only help with, your tasks are)
  'business', // customer-journey topics and business nouns
  'refusal', // declining off-topic requests
  'offTopic', // "unrelated", "anything else": conditions about off-topic requests
  'negation', // cues before a phrase that negate it
  'negationAfter', // cues after a phrase that negate it (postposed negation)
  'contrast', // "but", "however": ends a negation's reach
  'qualifier', // "about", "related to" after "any question": domain qualification
  'qualifierBefore', // the same before the phrase (Chinese 关于…的任何问题, Hindi … ke baare mein)
  'broad', // words that keep a qualified phrase open ("anything", "any topic")
  'escalation', // hand the conversation to a person
  'noEscalation', // nobody reads this, no transfer possible
  'contactCue', // words that introduce a phone/e-mail/URL for human help
  'conditional', // "if", "when": a negation inside a finished condition does not reach the main clause
  'handoffToken', // substrings of tool names / tokens that hand over to a person (handoff_to_agent, [HUMAN])
  'userRole', // few-shot labels of the user turn ("User:", "Cliente:")
  'assistantRole', // few-shot labels of the bot turn
  'nonBot', // words of prompts that are not bots: evaluators, judges, classifiers, report summaries
  // Word classes, composed by constructions.ts into grants and leaks that no phrase entry spells out:
  'anyWord', // universal quantifiers: any, every, whatever, cualquier, 任何
  'topicWord', // what users bring: topic, subject, question, request, anything
  'limitWord', // limits on them: limit, restriction, off limits, forbidden, restrict
  'noneWord', // "there is none": no, without, there are no, sin, sem, aucun, kein, без
  'answerWord', // the consequence that serves the request: answer, help, reply, assist
  'selfWord', // the bot itself as the object of a limit: yourself, te, dich, ตัวเอง
  'additive', // "not only", "pas que", "no solo", "不仅": a negation word that adds instead of negating
  'freeWord', // free-choice relatives over a request: whatever, quoi que, apa sahaja (freeChoice.ts)
  'askWord', // what users do with a request: ask, want, need, demander, tanya
  'speechWord', // what the bot sends (greet, reply, send, greeting): a quotation it introduces is the bot's own speech
  'onlyWord', // restriction: only, solely, solo, hanya, 只, केवल — limits the "any" of its clause (qualification.ts)
  'placeWord', // a place where staff serve customers in person: branch, office, counter, 门店 (staffedPlace.ts)
  'settingWord', // nouns an "any" governs that are not topics: language, time, format, branch, channel, device (anyHead.ts)
  'tierWord', // customer tiers a handoff may be reserved for: VIP, premium, platinum, corporate (handoffSubset.ts)
  'knowWord', // what the bot knows or is versed in, said of it: knows, is familiar with, s'y connaît (constructions.ts)
  'soonWord', // a status that a path does not work yet: coming soon, próximamente, em breve (notYet.ts)
  'botWord', // a bot or AI as the target of a handoff: bot, chatbot, AI, IA, KI (botTarget.ts)
  'andWord', // "and (then)": a clause coordinated after a negated one is not negated ("do not argue and transfer") (clauseHead.ts)
  'channelWord', // a channel other than WhatsApp a section may be written for: website, widget, app, e-mail, Instagram (channelSections.ts)
  'sayWord', // verbs of saying that report a reply: say, tell, decir, dire, sagen ("don't tell them it's off topic": refusalPolarity.ts)
  'whatsappWord', // WhatsApp as its speakers spell it: вотсап, וואטסאפ, واتساب (channelSections.ts)
  'oneLine', // a reply bounded to one sentence or line: in one line, una sola frase, một câu, 一句 (oneLine.ts)
  'fullWord', // fullness of an answer: fully, in detail, vollständig, πλήρως, poora detail mein (fullAnswer.ts)
  'offstage', // the output goes to staff or a program, not to the customer: "the customer never sees your draft" (offstage.ts)
  'addresseeWord', // the person a bot's reply would reach, inflected: customer, user, sender, cliente, клиент*, müşteri* (offstage.ts)
  'audienceWord', // an audience other than the bot's users a path may be reserved for: staff, employees, internal, partners, wholesale (handoffAudience.ts)
  'launchWord', // a path being opened or launched: launch, open, start, go live, açılacak, شروع (launchSoon.ts)
  'thisWord', // a demonstrative that opens a sentence about what the one before named: this, that, it, یہ, यह, đây, este (contactPurpose.ts)
  'lookupToken', // parts of tool names that look something up (find_agent, track_transfer, cek_resi): such a tool hands over to nobody (lookupTools.ts)
  'switchKey', // configuration keys that switch a tool or setting on, in the config's language: habilitada, ativo, aktif (toolEntries.ts)
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One pattern, with a sentence written by hand (not derived from the pattern) that it must match. */
export interface LexiconEntry {
  pattern: string;
  example?: string;
  /**
   * For `task` entries that are a bare noun (recipes, homework, translation): the task domain. Alone it
   * is not an offer; three or more unrelated domains in one sentence or list make the bot general-purpose.
   */
  domain?: string;
}

export interface FixTexts {
  scope: string;
  refusal: string;
  escalation: string;
}

/** Label words of a program's prompt, in one language: each is matched whole, before a colon. */
export interface Labels {
  /** "Input", "Eingabe", "入力": what the program hands over. */
  input?: string[];
  /** "Output", "Ausgabe", "出力": what the program reads back. */
  output?: string[];
  /** "Expected", "Erwartet", "期待": the expected outcome of a test case. */
  expected?: string[];
  /** "Autor", "作者", "लेखक": who wrote the prompt file (a header comment's label); its contact is no path to a person. */
  author?: string[];
}

/**
 * Light stemming written as data, for a language whose inflection is affixes glued to the word and that has no
 * maintained stemmer on npm (Persian -ها/-های, Urdu -وں/-ات, Hebrew -ים/-ות, Swahili ni-/ta-/me- verb prefixes):
 * the longest listed prefix and then the longest listed suffix are cut once, keeping at least three letters.
 */
export interface LightStemming {
  prefixes?: string[];
  suffixes?: string[];
  /** `[word, other form]`: pairs that must get the same stem (a test checks them). */
  examples: [string, string][];
  /** `[word, other word]`: pairs that must not. */
  counterExamples?: [string, string][];
}

export interface Morphology {
  /**
   * A regular expression (source) for a whole normalised word that is a negated verb form: Turkish
   * "yapamazsın", "vermeyeceksin", "etmiyor". Such a word negates like a `negation`/`negationAfter` entry,
   * in prompts whose main languages include this one.
   */
  negatedVerb?: string;
  /**
   * A whole word that is a negative imperative only where it ends a sentence (Turkish "yazma." don't write;
   * inside a sentence it is the verbal noun "kod yazma"), or ends a clause of a sentence ending in one
   * ("Ödev yapma, şiir yazma."). It negates the phrases of its clause, like a `negation` entry.
   */
  negatedImperative?: string;
  /** Example words it must match, and words it must not (nouns that end alike). */
  examples: string[];
  counterExamples?: string[];
}

/**
 * A letter map from the script a lexicon is written in to a second script of the language: longest key first
 * ("lj" → "љ" before "l" → "л"); a key starting with `^` holds at the start of a word only (Uzbek "^e" → "э").
 */
export interface Transliteration {
  /** The second script's name (a Unicode script: Cyrillic). */
  script: string;
  map: Record<string, string>;
  /** Sample words and their spelling in the second script, checked by a test. */
  examples: [string, string][];
}

/** One informal spelling: `short` ("jwb|jwab") as a native writes it on WhatsApp, `word` the lexicon's form. */
export interface InformalWord {
  short: string;
  word: string;
  /** A chat message of your own that uses a short form. */
  example: string;
  /** false: the short forms do not vote for the language (a form that is also a word elsewhere). */
  hint?: boolean;
}

export interface LexiconData {
  /** BCP 47 code reported in signals and by detectLanguage. */
  lang: string;
  name: string;
  /** Unicode script that identifies the language alone (Han, Arabic, Devanagari…); Latin languages use hints. */
  script?: string;
  /** Frequent function words, used for language detection. */
  hints: string[];
  /** Named alternative lists (`HUMAN`: words for a person), as written; patterns have them expanded. */
  sets: Record<string, string>;
  /** Attached prefixes a token may carry (Arabic و، ب، ال). Stripped when a token does not match as is. */
  clitics?: string[];
  /** Single-character spelling variants folded during normalisation (Traditional→Simplified). */
  charMap?: Record<string, string>;
  entries: Partial<Record<Category, LexiconEntry[]>>;
  /** Sentence frames (`{x}` = a phrase) used by the quick-fix and negation tests. */
  frames: { plain: string; negated: string };
  /**
   * Informal spellings (chat abbreviations and slang) of words the patterns use: each short form is added to
   * every pattern position that holds its word ("jwb" wherever "jawab" or "jawab*" stands), and counts as a
   * function word for language detection (three letters or more, unless `hint: false`).
   */
  informal?: InformalWord[];
  /** Morphology written as rules rather than word lists (morphology.ts). */
  morphology?: Morphology;
  /** Affix stripping for a language without a maintained stemmer (stem.ts). */
  stemming?: LightStemming;
  /**
   * A second script the language is written in (Serbian, Uzbek: Latin and Cyrillic). The file is written in its
   * first script; at build time every hint and pattern word is also added in the second one (schema.ts).
   */
  transliterate?: Transliteration;
  /**
   * Letters that tell the language from a neighbour of its script whose function words it shares (Bulgarian ъ
   * inside a word, never ы or э, against Russian): where at least two words hold a mark and none a `never`
   * letter, the hint votes of `takesFrom` go to this language (language.ts).
   */
  letters?: { marks: string; never: string; takesFrom: string[] };
  /** Words a line is labelled with in a program's prompt (`Input:`, `Ausgabe:`, `期待：`), read by artefactCues.ts. */
  labels?: Labels;
  fix: FixTexts;
}
