/**
 * Filling a message: its placeholders, plural forms and numbers, in the message's language.
 *
 * The syntax is a small part of ICU MessageFormat, so a translator can write every form in place:
 * - `{name}`: the value of `name`; a number is written as the language writes it ("6,5" in
 *   Swedish), a list is joined with the language's separator ("2, 5" or "2、5");
 * - `{name, plural, =0 {…} zero {…} one {…} other {…}}`: the branch `Intl.PluralRules` picks for
 *   the number `name` in that language (an exact `=N` first); `#` inside it is that number.
 *   Latvian needs zero/one/other (21 and 31 are "one"), Chinese only other: translations.test.ts
 *   holds every translation's plurals to its language's forms.
 * Intl is built into V8 (Apps Script, browsers): no bytes added for the rules of six languages.
 */
import { LANGUAGE_TAGS, type Locale } from "./locale";

export type MessageValue = string | number | readonly (string | number)[];
export type MessageParams = Record<string, MessageValue>;

/** A parsed message: text, and placeholders with their plural branches if any. */
export type MessagePart = string | { arg: string; plural?: Record<string, MessagePart[]> };

const PLACEHOLDER = /^\{(\w+)(\}|\s*,\s*plural\s*,)/;
const BRANCH = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;

/** The parts of `text` from `start` up to the end, or up to the `}` closing a plural branch. */
function parseFrom(text: string, start: number, inBranch: boolean): [MessagePart[], number] {
  const parts: MessagePart[] = [];
  let plain = "";
  let i = start;
  while (i < text.length && !(inBranch && text[i] === "}")) {
    const match = text[i] === "{" ? PLACEHOLDER.exec(text.slice(i)) : null;
    if (!match) {
      plain += text[i++];
      continue;
    }
    if (plain) parts.push(plain);
    plain = "";
    i += match[0].length;
    if (match[2] === "}") {
      parts.push({ arg: match[1] });
      continue;
    }
    const plural: Record<string, MessagePart[]> = {};
    for (let branch = BRANCH.exec(text.slice(i)); branch; branch = BRANCH.exec(text.slice(i))) {
      const [body, end] = parseFrom(text, i + branch[0].length, true);
      plural[branch[1]] = body;
      i = end + 1;
    }
    i = text.indexOf("}", i) + 1 || text.length;
    parts.push({ arg: match[1], plural });
  }
  if (plain) parts.push(plain);
  return [parts, i];
}

/** The parts of a message (the tests read its placeholders and plural branches from them). */
export function parseMessage(text: string): MessagePart[] {
  return parseFrom(text, 0, false)[0];
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** `n` as `locale` writes it: its decimal comma and digit groups ("5.123" rows in German). */
export function formatNumber(n: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

/** The plural category `locale` puts `n` in ("one", "other", Latvian's "zero"). */
export function pluralCategory(n: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGE_TAGS[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/** Lists of rows or tabs: Chinese enumerates with "、", the others with a comma. */
const LIST_SEPARATOR: Partial<Record<Locale, string>> = { zh: "、" };

/** Rows or tab names listed the way `locale` lists them: "2, 5, 9" or "2、5、9". */
export function formatList(items: readonly (string | number)[], locale: Locale | null): string {
  return items.map((item) => show(item, locale)).join((locale && LIST_SEPARATOR[locale]) ?? ", ");
}

function show(value: MessageValue, locale: Locale | null): string {
  if (typeof value === "number") return locale ? formatNumber(value, locale) : String(value);
  return typeof value === "string" ? value : formatList(value, locale);
}

function render(parts: MessagePart[], params: MessageParams, locale: Locale | null, count: string): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += count ? part.replace(/#/g, count) : part;
      continue;
    }
    const value = params[part.arg];
    if (!part.plural) {
      out += value === undefined ? `{${part.arg}}` : show(value, locale);
      continue;
    }
    const n = typeof value === "number" ? value : Number.NaN;
    const branch =
      part.plural[`=${n}`] ?? (Number.isNaN(n) ? undefined : part.plural[pluralCategory(n, locale ?? "en")]);
    out += render(
      branch ?? part.plural.other ?? [],
      params,
      locale,
      value === undefined ? `{${part.arg}}` : show(value, locale),
    );
  }
  return out;
}

/**
 * `template` filled from `params` in `locale`'s words and numbers; unknown names stay as written.
 * Without a locale (formulas typed into cells), numbers stay as JavaScript writes them.
 */
export function fill(template: string, params: MessageParams | undefined, locale: Locale | null): string {
  if (!params || !template.includes("{")) return template;
  return render(parseMessage(template), params, locale, "");
}
