// Person names, affiliations and keynote-speaker aliases; speaker lists
// ("Name (Aff), Name and Name") parsed from a piece of a line.

import type { Speaker } from '../types.js';
import { foldName, isPlaceholderSpeaker } from '../speakers.js';
import { memoizeString } from '../memo.js';
import { collapseWs, isCjkLetter, isCloseParen, isOpenParen, isWs, tidy, upperAt } from './strings.js';

// ---------------------------------------------------------------------------
// Word lists

/**
 * Well-known ML-hardware keynote speakers, by the short or lower-case forms a
 * journal uses ("jensen", "lisa su"). Keys are lower-case; matched on word
 * boundaries, case-insensitively. Kept deliberately small.
 */
export const KEYNOTE_SPEAKER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['jensen', 'Jensen Huang'],
  ['jensen huang', 'Jensen Huang'],
  ['lisa su', 'Lisa Su'],
  ['sam altman', 'Sam Altman'],
  ['satya nadella', 'Satya Nadella'],
  ['sundar pichai', 'Sundar Pichai'],
  ['yann lecun', 'Yann LeCun'],
  ['lecun', 'Yann LeCun'],
  ['pat gelsinger', 'Pat Gelsinger'],
  ['jim keller', 'Jim Keller'],
  ['demis hassabis', 'Demis Hassabis'],
  ['mark zuckerberg', 'Mark Zuckerberg'],
  ['bill dally', 'Bill Dally'],
]);

/** Lower-case particles allowed inside a name: "Ludwig van Beethoven", "Oscar de la Hoya". */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'van', 'von', 'du', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

/**
 * Words (folded) that never belong to a person's name: generic agenda words,
 * organisations, products, places, days, and words capitalised at the start
 * of a sentence. Names that are also common first names (Mark, Grace, Will,
 * May, June, Rubin, Claude) are deliberately absent.
 */
const NON_NAME_WORDS = new Set(
  (
    // function words and pronouns
    'the a an and or of for to in on at by with from into onto about over under via vs versus per as ' +
    'my our your his her their its this that these those what why how when where who which whose ' +
    // ("He", "Do", "So" are also surnames: Horace He, Kaiming He)
    'i we you she they it is are was were be been am does did has have had not no yes ' +
    // agenda and talk words
    'new intro introduction keynote keynotes talk talks lightning session sessions panel panels panelist panelists ' +
    'discussion discussions fireside chat chats qa ama break breaks coffee lunch dinner breakfast brunch snack snacks ' +
    'drinks cocktails cocktail food espresso espressos doors door open opening closing close remarks remark welcome ' +
    'registration checkin networking reception happy hour hours poster posters demo demos workshop workshops ' +
    'tutorial tutorials lecture lectures statement agenda schedule program programme day days week night morning ' +
    'afternoon evening track tracks room stage center centre conference summit meetup event events expo booth ' +
    'notes note thoughts summary recap takeaways takeaway highlights part chapter section update updates ' +
    'announcement announcements award awards speaker speakers guest guests host hosts moderator moderated ' +
    // talk words in other languages ("Vortrag von Zoë Ó Briain" is no name)
    'vortrag vortrage referat charla ponencia conferencia palestra intervento relazione expose lezing voordracht ' +
    'tba tbd team teams group groups lab labs university univ institute college school inc ltd llc corp ' +
    'corporation company foundation research capital ventures partners fund street ' +
    'state future age era road beyond towards toward building scaling making accelerating introducing inside ' +
    'understanding lessons learned overview deep dive wrap end start kickoff fun ' +
    // tech words
    'ai ml llm llms gpu gpus tpu tpus cpu cpus npu hardware software cloud data model models kernel kernels ' +
    'compute computing systems system learning machine intelligence network networks inference training ' +
    'performance benchmark benchmarks architecture architectures chip chips silicon memory compiler compilers ' +
    'stack source edition parallel programming generative agentic physical factory factories ' +
    // words before a letter that names a variant ("Series B Funding", "Plan B", "Type C Ports"), not an initial
    'series model type plan phase tier version ' +
    // words of talk titles that look like names when capitalised ("Cheap Distillation")
    'efficient fast faster robust practical rethinking serving distributed cheap scalable optimal optimizing ' +
    'distillation quantization sparse sparsity parallelism decoding speculative retrieval agent agents reasoning ' +
    'evaluation caching compression bandwidth latency throughput ' +
    // podcasts and shows named like people
    'latent gradient dissent priors acquired ' +
    // organisations, products, places, venues
    'nvidia amd intel google deepmind meta facebook microsoft openai anthropic apple amazon aws azure gcp ibm ' +
    'qualcomm broadcom tesla xai mistral cohere cerebras groq graphcore sambanova tenstorrent modular ' +
    'huggingface hugging pytorch tensorflow jax triton cuda rocm mojo gtc hotchips neurips icml iclr isca mlsys ' +
    'siggraph computex ces sap oracle salesforce samsung hynix micron tsmc nvlink infiniband ethernet ' +
    'stanford princeton berkeley mit cmu harvard yale oxford caltech eth epfl ' +
    'fair valley san santa convention podcast episode show youtube twitter substack blog github arxiv paper papers ' +
    'gpt chatgpt llama gemini transformer transformers attention mamba semianalysis ' +
    // days and months that are not first names
    'monday tuesday wednesday thursday friday saturday sunday january february march july september october ' +
    'november december ' +
    // words capitalised at the start of a sentence
    'yesterday today tomorrow tonight then also finally first second third next last later after before during ' +
    'while since until but yet still just even really very great good best nice amazing awesome thanks thank ' +
    'watched attended saw loved liked enjoyed missed skipped heard met caught listened read random some many ' +
    'most lots few all every each any ok okay idk lol quick more less other another same such both either ' +
    'neither here there now soon again ever never always maybe perhaps probably definitely super ' +
    // offices before a name (see HONORIFIC)
    'secretary senator minister president'
  )
    .split(/\s+/)
    .filter(Boolean),
);

// ---------------------------------------------------------------------------
// Names

// ("Shane O'Brien", "d'Artagnan", the Italian "Pietro dell'Acqua", "Dall'Oglio".)
const NAME_PART = /^(?:\p{Lu}['’]|[dl]['’]|[Dd][ae]ll['’])?\p{Lu}[\p{Ll}\p{M}]{1,30}(?:\p{Lu}[\p{Ll}\p{M}]{1,30})?$/u;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.){0,2}$/u;
/** One capital letter with no full stop: "Jane Q Public", the Irish "Zoë Ó Briain", the Vietnamese "Nguyễn Văn A". */
const BARE_LETTER = /^\p{Lu}\p{M}?$/u;
/** "A" and "I" are words before they are initials ("Plan A Rollout", "Then I Left"). */
const WORD_LETTERS = new Set(['A', 'I']);
// ("Prof. Dr. Matthias Müller": German titles stack.)
// (And offices written before a name: "Secretary Chris Wright", "President Lisa Su" is no name of three words.)
const HONORIFIC = /^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|secretary|senator|minister|president)\.?\s+){1,2}/i;

export const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;

function foldWord(w: string): string {
  const f = foldName(w);
  return f.includes('-') ? f.replace(/-/g, '') : f;
}

/** Han, Hangul and kana written as a name token ("Wei 李"). */
const CJK_NAME_TOKEN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;

function isNameToken(token: string): boolean {
  if (token.length > 40) return false;
  if (CJK_NAME_TOKEN.test(token)) return true;
  const parts = token.split('-');
  if (parts.length > 3) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // "al-Khwarizmi", "bin-Salman": a lower-case particle before a hyphen.
    if (i === 0 && parts.length > 1 && PARTICLES.has(p)) continue;
    if (!NAME_PART.test(p)) return false;
    if (NON_NAME_WORDS.has(foldWord(p))) return false;
  }
  return !NON_NAME_WORDS.has(foldWord(token));
}

/** One capitalised word that may be what a note calls a person ("Swyx", "Dwarkesh"): only where the
 *  sentence says a person did something ("… sat down with"), never as a speaker on its own. */
export function isOneWordName(token: string): boolean {
  return token.length >= 3 && NAME_PART.test(token) && !NON_NAME_WORDS.has(foldWord(token));
}

/**
 * A person's name as written in notes: 2–4 capitalised words (plus lower-case
 * particles and up to two initials), letters with accents, hyphens and
 * apostrophes only, none of them a generic, organisation or product word.
 * "José Martínez-Ruiz", "Łukasz Kaiser", "Yann LeCun", "Shane O'Brien",
 * "Ludwig van Beethoven" pass; "NVIDIA GTC", "Beyond CUDA", "SAP Center",
 * "The Keynote", "Opening Remarks" do not.
 */
export function isPersonName(name: string): boolean {
  return (mayBePersonName(name) && isPersonNameMemo(name)) || isCjkName(name.trim());
}

// Names written in Han, kana or Hangul only ("张伟", "山田太郎", "김민수", "김 민수"): one token with
// no letter case, so the Latin rules (two capitalised tokens) never accept them. Two to four
// characters, the length of nearly all such names; longer runs are more likely titles.
const CJK_NAME = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,4}|\p{Script=Hangul}{2,4}|\p{Script=Hangul}{1,2} \p{Script=Hangul}{1,3})$/u;

/**
 * Agenda and note words of two to four Han, kana or Hangul characters, which a
 * schedule puts where a name would be ("09:00 开场致辞 — 主办方", "时间：周六",
 * "12:00 昼食", "휴식"): the CJK counterpart of NON_NAME_WORDS. Kept small.
 */
const NON_NAME_CJK = new Set(
  (
    // Chinese: agenda items, roles, note fields
    '签到 开场 开幕 开幕式 致辞 开场致辞 欢迎致辞 主题演讲 演讲 报告 茶歇 午餐 午饭 晚餐 晚宴 休息 圆桌 圆桌讨论 ' +
    '讨论 问答 交流 自由交流 合影 闭幕 闭幕式 总结 主持 主持人 嘉宾 特邀嘉宾 讲者 讲师 时间 地点 日期 主题 议程 日程 ' +
    '简介 摘要 备注 笔记 链接 视频 回放 直播 报名 主办 主办方 协办 赞助 待定 ' +
    // Japanese
    '受付 開会 開場 挨拶 開会挨拶 基調講演 講演 休憩 昼食 懇親会 閉会 質疑応答 司会 登壇者 会場 日時 場所 未定 ' +
    // Korean
    '등록 개회사 환영사 기조연설 발표 휴식 점심 네트워킹 패널 토론 질의응답 폐회 사회 장소 일시 시간 연사 미정'
  ).split(' '),
);

export function isCjkName(s: string): boolean {
  return s.length >= 2 && s.length <= 6 && s.charCodeAt(0) >= 0x3000 && CJK_NAME.test(s) && !NON_NAME_CJK.has(s);
}

/** The CJK name starting at `from` (see isCjkName) when a separator follows it, else undefined. */
function cjkNameAt(input: string, from: number): string | undefined {
  if (!isCjkLetter(input.charCodeAt(from))) return undefined;
  let end = from;
  // Letters, and one space inside a Hangul name ("김 민수"); CJK punctuation ends the name.
  while (end < input.length && end - from <= 6 && (isCjkLetter(input.charCodeAt(end)) || (input.charCodeAt(end) === 32 && isCjkLetter(input.charCodeAt(end + 1))))) end++;
  const name = input.slice(from, end).trimEnd();
  const next = input.charCodeAt(from + name.length);
  // Whitespace (U+3000 included), parentheses, ',' '、' '，', ':' '：', '-', '–', '—'.
  const separated =
    Number.isNaN(next) || isWs(next) || next === 0x28 || next === 0xff08 || next === 0x2c || next === 0x3001 || next === 0xff0c || next === 0x3a || next === 0xff1a || next === 0x2d || next === 0x2014 || next === 0x2013;
  return separated && isCjkName(name) ? name : undefined;
}

const isPersonNameMemo: (name: string) => boolean = memoizeString(isPersonNameUncached);

/**
 * isPersonNameUncached's length and word-count limits, checked before the memo
 * so that sentences tried as names are neither hashed nor kept: the trimmed
 * name has 4–60 characters and at most 6 tokens (each run of spaces starts at
 * least one more token).
 */
function mayBePersonName(name: string): boolean {
  let a = 0;
  let b = name.length;
  while (a < b && isWs(name.charCodeAt(a))) a++;
  while (b > a && isWs(name.charCodeAt(b - 1))) b--;
  if (b - a < 4 || b - a > 60) return false;
  let runs = 0;
  for (let i = a + 1; i < b; i++) if (name.charCodeAt(i) === 32 && name.charCodeAt(i - 1) !== 32 && ++runs > 5) return false;
  return true;
}

const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function isPersonNameUncached(name: string): boolean {
  const n = name.trim();
  if (n.length < 4 || n.length > 60) return false;
  if (/[^\p{L}\p{M}'’. -]/u.test(n)) return false;
  const tokens = n.split(/ {1,3}/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  if (PARTICLES.has(tokens[0]!) || PARTICLES.has(tokens[tokens.length - 1]!)) return false;
  let full = 0;
  let initials = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (PARTICLES.has(t)) continue;
    if (INITIAL.test(t)) {
      if (i === tokens.length - 1) return false;
      initials++;
      continue;
    }
    if (BARE_LETTER.test(t)) {
      // Between two full name tokens ("Jane Q Public", "Zoë Ó Briain"), or last after a Vietnamese family and middle
      // name ("Nguyễn Văn A"); never first, where it reads as a word or a list's label.
      const last = i === tokens.length - 1;
      const between = !last && i >= 1 && !WORD_LETTERS.has(t) && !PARTICLES.has(tokens[i - 1]!) && !BARE_LETTER.test(tokens[i - 1]!) && !PARTICLES.has(tokens[i + 1]!) && !BARE_LETTER.test(tokens[i + 1]!);
      const vietnameseGiven = last && i >= 2 && VIETNAMESE_LETTER.test(n);
      if (!between && !vietnameseGiven) return false;
      if (between) initials++;
      else full++;
      continue;
    }
    if (!isNameToken(t) && !(tokens.length <= 3 && isCapitalisedFamilyName(t, tokens))) {
      // "Nguyễn Văn An": a given name that is an English word, after a family and middle name written with accents.
      if (!(i === tokens.length - 1 && i >= 2 && VIETNAMESE_LETTER.test(n) && NAME_PART.test(t))) return false;
    }
    full++;
  }
  // ("J. R. R. Smith": three initials, as the author of a certain trilogy wrote his.)
  return full >= 1 && full + initials >= 2 && full <= 4 && initials <= 3;
}

/** Capitals that are words or acronyms, not family names ("AI Infra", "HW Team"). */
// (And org-mode's task keywords: "** DONE Ironwood: Google's first inference TPU" names no "DONE Ironwood".)
const CAPS_WORDS = new Set('ai ml gpu gpus cpu tpu npu hbm llm llms api sdk ceo cto cfo coo vp pm qa hw sw dc io os ui ux ar vr moe kv rag sre ops dev faq tbd tba usa uk eu asia emea apac todo done next wait waiting hold started doing cancelled canceled someday'.split(' '));

/**
 * "YAMADA Taro", "Jean DUPONT", "Hanako SUZUKI": a family name in capitals, as Japanese and French programmes write it,
 * beside a given name written the usual way. Not an acronym: it has a vowel and no run of four consonants ("GTC",
 * "ISSCC"), and is no organisation or generic word ("NVIDIA Research").
 */
function isCapitalisedFamilyName(token: string, tokens: readonly string[]): boolean {
  // Exactly one such token, beside names written the usual way.
  return mayBeCapitalisedFamilyName(token) && tokens.filter((t) => ALL_CAPS.test(t)).length === 1 && tokens.some((t) => t !== token && isNameToken(t));
}

const ALL_CAPS = /^\p{Lu}{2,20}(?:-\p{Lu}{2,20})?$/u;

function mayBeCapitalisedFamilyName(token: string): boolean {
  if (!ALL_CAPS.test(token) || !/[AEIOUYÀ-ÖØ-Ý]/u.test(token) || /[^AEIOUYÀ-ÖØ-Ý-]{4}/u.test(token)) return false;
  const folded = foldWord(token);
  return !CAPS_WORDS.has(folded) && !NON_NAME_WORDS.has(folded);
}

function stripHonorific(s: string): string {
  return s.replace(HONORIFIC, '');
}

export function looksLikeAffiliation(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 80) return false;
  // ("(Jan 15)": a date, not an organisation.)
  if (PAREN_DATE.test(t)) return false;
  if (/["“”]/.test(t)) return false;
  if (!/^[\p{L}\p{N}@]/u.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 8;
}

export function aliasFor(s: string): string | undefined {
  return KEYNOTE_SPEAKER_ALIASES.get(s.trim().toLowerCase().replace(/\s+/g, ' '));
}

// ---------------------------------------------------------------------------
// Speakers and titles in a line

interface ParsedSpeakers {
  speakers: Speaker[];
  /** Some speaker had "(Affiliation)". */
  parenAffiliation: boolean;
}

const PAREN_AFFILIATION = /^(.{1,100}?)\s{0,4}\(([^()]{1,100})\)$/u;
/** PAREN_AFFILIATION with fullwidth parentheses: "张伟（清华）", "Wei Zhang（Tsinghua University）". */
const FULLWIDTH_PAREN_AFFILIATION = /^(.{1,100}?)\s{0,4}\uff08([^\uff08\uff09]{1,100})\uff09$/u;

/**
 * "Name (Affiliation)" or "Name（Affiliation）" split into [name, affiliation]
 * (untrimmed), else null. Only a string ending in a closing parenthesis is matched.
 */
export function splitParenAffiliation(s: string): [string, string] | null {
  const c = s.charCodeAt(s.length - 1);
  const m = c === 41 ? PAREN_AFFILIATION.exec(s) : c === 0xff09 ? FULLWIDTH_PAREN_AFFILIATION.exec(s) : null;
  if (!m) return null;
  // "张伟 (Zhang Wei, Alibaba)": a name in Han, kana or Hangul is often followed by its romanisation.
  const romanised = isCjkName(m[1]!.trim()) ? /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2},\s{0,3}(\S.{0,80})$/u.exec(m[2]!) : null;
  return [m[1]!, romanised ? romanised[1]! : m[2]!];
}
const AT_AFFILIATION = /^(.{1,100}?)\s{1,4}(?:@|from)\s{1,4}(.{1,80})$/u;

/**
 * `input.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '')`: after collapsing,
 * the only whitespace left is ' ', so trimming is a scan for ' ' (and ',;:' at the end).
 */
function normalizeSpeakerText(input: string): string {
  const s = collapseWs(input);
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (c === 32 || c === 44 || c === 59 || c === 58) b--;
    else break;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** `s.trim()` for a string whose only whitespace is ' '. */
function trimSpaces(s: string, from: number, to: number): string {
  while (from < to && s.charCodeAt(from) === 32) from++;
  while (to > from && s.charCodeAt(to - 1) === 32) to--;
  return s.slice(from, to);
}

const HONORIFIC_AT = /(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|secretary|senator|minister|president)\.?\s+){1,2}/iy;
const PLACEHOLDER_FIRST = new Set(['super', 'secret', 'mystery', 'surprise', 'special', 'guest', 'unannounced']);
const PLACEHOLDER_SECOND = new Set([...PLACEHOLDER_FIRST, 'speaker', 'presenter']);

/** Characters a name may contain, besides spaces (isPersonName). */
function isNameChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 46;
  return (c >= 0xd800 && c <= 0xdfff) || NAME_CHAR.test(s[i]!); // surrogates: decided by the whole token
}

/** Token verdicts for speakerStartOk, memoised: 1 = may be a first token, 2 = may be a second token. */
const tokenVerdict: (t: string) => number = memoizeString((t) => {
  const particle = PARTICLES.has(t);
  // ("YAMADA Taro", "Jean DUPONT": a family name in capitals; isPersonName decides the rest.)
  const token = INITIAL.test(t) || isNameToken(t) || mayBeCapitalisedFamilyName(t);
  // ("Jane Q Public", "Zoë Ó Briain": a bare capital as the second token; isPersonName decides the rest.)
  const bare = BARE_LETTER.test(t) && !WORD_LETTERS.has(t);
  const low = t.toLowerCase();
  let v = (!particle && token ? 1 : 0) | (particle || token || bare ? 2 : 0);
  if (PLACEHOLDER_FIRST.has(low)) v |= 4;
  if (PLACEHOLDER_SECOND.has(low)) v |= 8;
  return v;
});

/**
 * A cheap necessary condition for parseSpeakers: its first part must be a
 * person's name (or a placeholder), so the first two words of the input
 * (after an honorific) must be possible name tokens. Those words are the
 * first two tokens isPersonName would see: a part, and the name inside it,
 * end at whitespace or at a character that is not a name character.
 */
export function speakerStartOk(input: string, from: number, allowPlaceholder: boolean): boolean {
  if (cjkNameAt(input, from) !== undefined) return true;
  const n = input.length;
  // Honorifics start with d, p, m or s.
  const h = input.charCodeAt(from) | 0x20;
  HONORIFIC_AT.lastIndex = from;
  const w0 = (h === 0x64 || h === 0x70 || h === 0x6d || h === 0x73) && HONORIFIC_AT.test(input) ? HONORIFIC_AT.lastIndex : from;
  // ("Dr. 山田太郎 (Toshiba)": a Han, kana or Hangul name after the honorific.)
  if (w0 !== from && cjkNameAt(input, w0) !== undefined) return true;
  let w1 = w0;
  while (w1 < n && !isWs(input.charCodeAt(w1))) w1++;
  if (w1 === w0 || w1 === n) return false;
  let r0 = w1;
  while (r0 < n && isWs(input.charCodeAt(r0))) r0++;
  let r1 = r0;
  while (r1 < n && isNameChar(input, r1)) r1++;
  if (r1 === r0) return false;
  const second = maySecondToken(input, r0, r1);
  const placeholder = allowPlaceholder && mayBePlaceholderWord(input, w0, w1, false) && mayBePlaceholderWord(input, r0, r1, true);
  if (!second && !placeholder) return false;
  const first = tokenVerdict(input.slice(w0, w1));
  if (second && (first & 1) !== 0 && (tokenVerdict(input.slice(r0, r1)) & 2) !== 0) return true;
  return placeholder && (first & 4) !== 0 && (tokenVerdict(input.slice(r0, r1)) & 8) !== 0;
}

/**
 * False when s[a, b) is no word of PLACEHOLDER_FIRST (or, `second`,
 * PLACEHOLDER_SECOND) at a glance: by its length and first letter.
 */
function mayBePlaceholderWord(s: string, a: number, b: number, second: boolean): boolean {
  const len = b - a;
  if (len !== 5 && len !== 6 && len !== 7 && len !== 8 && len !== 11 && !(second && len === 9)) return false;
  const c = s.charCodeAt(a) | 0x20;
  return c === 0x73 || c === 0x6d || c === 0x67 || c === 0x75 || (second && c === 0x70); // s m g u (p)
}

/**
 * False when s[a, b) can be no second name token (tokenVerdict bit 2) at a
 * glance: a word starting with an ASCII lower-case letter is a particle ("van",
 * at most 5 letters), a particle before a hyphen ("al-Khwarizmi") or an
 * elided "d'"/"l'"/"dell'" ("d'Artagnan", "dell'Acqua"); initials and other name parts are capitalised.
 */
function maySecondToken(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a);
  if (c < 97 || c > 122 || b - a <= 5) return true;
  const c1 = s.charCodeAt(a + 1);
  if ((c === 100 || c === 108) && (c1 === 39 || c1 === 0x2019)) return true;
  // "dell'Acqua", "dall'Oglio"
  if (c === 100 && s.charCodeAt(a + 2) === 108 && s.charCodeAt(a + 3) === 108 && (s.charCodeAt(a + 4) === 39 || s.charCodeAt(a + 4) === 0x2019)) return true;
  for (let i = a + 1; i < b && i <= a + 5; i++) if (s.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * "Name (Aff)", "Name, Aff", "A & B (Aff)", "A, B and C", "Dr. Name @ Aff".
 * The whole string must be speakers (and their affiliations), else null.
 *
 * The string is split at depth-0 (outside parentheses, ASCII or fullwidth,
 * and brackets) chunk separators (' & ', ' and ', ' + ', ' / ', '; ') and,
 * inside chunks, at commas (',', the ideographic '、', the fullwidth '，').
 * Parts are read in one left-to-right scan and the first part that is
 * neither a speaker nor an affiliation ends it.
 */
const PAREN_DATE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,2}\d{4})?$|^\d{1,2}\.?\s{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?(?:\s{1,2}\d{4})?$/i;
const CITATION_YEAR = /^(?:[\p{L}&.,' ]{0,24}\s)?(?:1[89]|20)\d{2}[a-z]?$/u;

/**
 * "and" in other languages, as a word between names: "… (AWS) und Ann Lee (Meta)", "… et Amélie Lefèvre-Dubois",
 * "John Silva e Ana Costa", "김민준 및 이서연"; and between names written in Han or kana, "山田太郎と佐藤花子".
 * Every match of FOREIGN_AND_AT (at a space) has one of these (the cheap test).
 */
const FOREIGN_AND_HINT = / (?:und|et|y|e|en|och|og|i|및) |[と和]/;
const FOREIGN_AND_AT = / (?:und|et|y|e|en|och|og|i|및) /y;

export function parseSpeakers(input: string, allowPlaceholder: boolean, startChecked = false): ParsedSpeakers | null {
  // Names start with a capital (or an honorific, also capitalised); placeholders too.
  if (!startChecked) {
    let f = 0;
    while (f < input.length && isWs(input.charCodeAt(f))) f++;
    if (!upperAt(input, f) || !speakerStartOk(input, f, allowPlaceholder)) return null;
  }
  const s = normalizeSpeakerText(input);
  if (s.length === 0 || s.length > 240) return null;
  if (!upperAt(s, 0)) return null;
  // A list joined by a non-English "and" is read again with that word as a separator, only when the list fails
  // without it: "y" is also a particle ("Santiago Ramón y Cajal"), and "和" a character of names ("张和平").
  return scanSpeakers(s, allowPlaceholder, false) ?? (FOREIGN_AND_HINT.test(s) ? scanSpeakers(s, allowPlaceholder, true) : null);
}

/** parseSpeakers' scan of a normalised, non-empty s; `foreignAnd`: FOREIGN_AND_HINT's words separate speakers too. */
function scanSpeakers(s: string, allowPlaceholder: boolean, foreignAnd: boolean): ParsedSpeakers | null {
  const speakers: Speaker[] = [];
  let parenAffiliation = false;
  let prevInChunk: Speaker | null = null;
  const n = s.length;
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    let sepLen = 0;
    let chunkEnd = false;
    if (i < n) {
      const ch = s.charCodeAt(i);
      if (isOpenParen(ch) || ch === 91) {
        depth++;
        continue;
      }
      if ((isCloseParen(ch) || ch === 93) && depth > 0) {
        depth--;
        continue;
      }
      if (depth !== 0) continue;
      if (ch === 44 || ch === 0x3001 || ch === 0xff0c) sepLen = 1; // ',' '、' '，'
      else if (ch === 32) {
        const c1 = s.charCodeAt(i + 1);
        if ((c1 === 38 || c1 === 43 || c1 === 47) && s.charCodeAt(i + 2) === 32) sepLen = 3; // ' & ', ' + ', ' / '
        else if (c1 === 97 && s.charCodeAt(i + 2) === 110 && s.charCodeAt(i + 3) === 100 && s.charCodeAt(i + 4) === 32) sepLen = 5; // ' and '
        else if (foreignAnd && ((FOREIGN_AND_AT.lastIndex = i), FOREIGN_AND_AT.test(s))) sepLen = FOREIGN_AND_AT.lastIndex - i; // ' und '
        else continue;
        chunkEnd = true;
      } else if (foreignAnd && (ch === 0x3068 || ch === 0x548c) && i > 0 && isCjkLetter(s.charCodeAt(i + 1)) && (isCjkLetter(s.charCodeAt(i - 1)) || isCloseParen(s.charCodeAt(i - 1)))) {
        sepLen = 1; // 'と' '和' between names: "山田太郎と佐藤花子"
        chunkEnd = true;
      } else if (ch === 59 && s.charCodeAt(i + 1) === 32) {
        sepLen = 2; // '; '
        chunkEnd = true;
      } else continue;
    } else chunkEnd = true;
    const part = trimSpaces(s, from, i);
    const last = i === n;
    from = i + sepLen;
    i = from - 1;
    if (part !== '') {
      let name = part;
      let aff: string | null = null;
      // Both patterns need their literal: a closing parenthesis at the end, " @ " or " from ".
      const pm = splitParenAffiliation(part);
      if (pm) {
        name = pm[0];
        aff = pm[1].trim();
        // "Christopher Ré (2022)", "David Patterson (CACM 2009)": a reference's year, not an affiliation.
        if (CITATION_YEAR.test(aff)) return null;
        // "Dwarkesh Patel (Jan 15)": when it was, not where the speaker is from.
        if (PAREN_DATE.test(aff)) aff = null;
      } else if (part.includes(' @ ') || part.includes(' from ')) {
        const am = AT_AFFILIATION.exec(part);
        if (am && isPersonName(stripHonorific(am[1]!.trim()))) {
          name = am[1]!;
          aff = am[2]!.trim();
        }
      }
      name = stripHonorific(name.trim());
      if (isPersonName(name) || (allowPlaceholder && isPlaceholderSpeaker(name))) {
        const sp: Speaker = { name: tidy(name), affiliation: aff ? tidy(aff) : null };
        if (pm) parenAffiliation = true;
        speakers.push(sp);
        prevInChunk = sp;
      } else if (prevInChunk && prevInChunk.affiliation === null && !pm && looksLikeAffiliation(part)) {
        prevInChunk.affiliation = tidy(part);
        prevInChunk = null;
      } else {
        return null;
      }
    }
    if (last) break;
    if (chunkEnd) prevInChunk = null;
  }
  if (speakers.length === 0 || speakers.length > 8) return null;
  return { speakers, parenAffiliation };
}
