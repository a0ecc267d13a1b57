/**
 * Text typed with the legacy Vietnamese font encodings TCVN3 (ABC, .VnTime fonts) and VNI Windows
 * (VNI-Times) reaches a spreadsheet as Windows-1252 characters: "Nguyễn Văn Đức" reads
 * "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc" (VNI). These functions detect and convert such
 * text to Unicode NFC. Pure, no I/O.
 */

/** TCVN3 (TCVN 5712:1993, VN3) byte → Unicode. Upper-case toned letters use a separate font and share the lower-case codes. */
const TCVN3_BYTES: [number, string][] = [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
  [0xb5, "à"],
  [0xb6, "ả"],
  [0xb7, "ã"],
  [0xb8, "á"],
  [0xb9, "ạ"],
  [0xbb, "ằ"],
  [0xbc, "ẳ"],
  [0xbd, "ẵ"],
  [0xbe, "ắ"],
  [0xc6, "ặ"],
  [0xc7, "ầ"],
  [0xc8, "ẩ"],
  [0xc9, "ẫ"],
  [0xca, "ấ"],
  [0xcb, "ậ"],
  [0xcc, "è"],
  [0xce, "ẻ"],
  [0xcf, "ẽ"],
  [0xd0, "é"],
  [0xd1, "ẹ"],
  [0xd2, "ề"],
  [0xd3, "ể"],
  [0xd4, "ễ"],
  [0xd5, "ế"],
  [0xd6, "ệ"],
  [0xd7, "ì"],
  [0xd8, "ỉ"],
  [0xdc, "ĩ"],
  [0xdd, "í"],
  [0xde, "ị"],
  [0xdf, "ò"],
  [0xe1, "ỏ"],
  [0xe2, "õ"],
  [0xe3, "ó"],
  [0xe4, "ọ"],
  [0xe5, "ồ"],
  [0xe6, "ổ"],
  [0xe7, "ỗ"],
  [0xe8, "ố"],
  [0xe9, "ộ"],
  [0xea, "ờ"],
  [0xeb, "ở"],
  [0xec, "ỡ"],
  [0xed, "ớ"],
  [0xee, "ợ"],
  [0xef, "ù"],
  [0xf1, "ủ"],
  [0xf2, "ũ"],
  [0xf3, "ú"],
  [0xf4, "ụ"],
  [0xf5, "ừ"],
  [0xf6, "ử"],
  [0xf7, "ữ"],
  [0xf8, "ứ"],
  [0xf9, "ự"],
  [0xfa, "ỳ"],
  [0xfb, "ỷ"],
  [0xfc, "ỹ"],
  [0xfd, "ý"],
  [0xfe, "ỵ"],
];
const TCVN3 = new Map(TCVN3_BYTES.map(([b, u]) => [String.fromCharCode(b), u]));

/** VNI Windows: a vowel followed by a mark character. Keys are the mark characters (either case). */
const VNI_MARKS: Record<string, { modifier?: string; tone?: string; after: string }> = {};
function vniMark(chars: string, after: string, modifier?: string, tone?: string) {
  for (const c of [chars, chars.toUpperCase()]) VNI_MARKS[c] = { after, modifier, tone };
}
const BREVE = "\u0306";
const CIRC = "\u0302";
const [GRAVE, ACUTE, HOOK, TILDE, DOT] = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
// After "a" only: breve with its tones.
vniMark("ê", "a", BREVE);
vniMark("è", "a", BREVE, GRAVE);
vniMark("é", "a", BREVE, ACUTE);
vniMark("ú", "a", BREVE, HOOK);
vniMark("ü", "a", BREVE, TILDE);
vniMark("ë", "a", BREVE, DOT);
// After "a", "e", "o": circumflex with its tones.
vniMark("â", "aeo", CIRC);
vniMark("à", "aeo", CIRC, GRAVE);
vniMark("á", "aeo", CIRC, ACUTE);
vniMark("å", "aeo", CIRC, HOOK);
vniMark("ã", "aeo", CIRC, TILDE);
vniMark("ä", "aeo", CIRC, DOT);
// After any vowel (including ơ, ư written ô, ö): tone alone.
vniMark("ø", "aeouyơư", undefined, GRAVE);
vniMark("ù", "aeouyơư", undefined, ACUTE);
vniMark("û", "aeouyơư", undefined, HOOK);
vniMark("õ", "aeouyơư", undefined, TILDE);
vniMark("ï", "aeouyơư", undefined, DOT);

/** VNI single characters. */
const VNI_SINGLE: Record<string, string> = {
  ñ: "đ",
  Ñ: "Đ",
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  æ: "ỉ",
  Æ: "Ỉ",
  ó: "ĩ",
  Ó: "Ĩ",
  ò: "ị",
  Ò: "Ị",
  î: "ỵ",
  Î: "Ỵ",
};

export function tcvn3ToUnicode(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize("NFC");
}

export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const base = VNI_SINGLE[ch] ?? ch;
    const mark = chars[i + 1] !== undefined ? VNI_MARKS[chars[i + 1]!] : undefined;
    const lowerBase = base.toLowerCase();
    if (mark && /^[aeouyơư]$/.test(lowerBase) && mark.after.includes(lowerBase)) {
      out += (base + (mark.modifier ?? "") + (mark.tone ?? "")).normalize("NFC");
      i++;
      continue;
    }
    out += base;
  }
  return out.normalize("NFC");
}

const VIETNAMESE_LETTER =
  /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]$/;
const LATIN1_UPPER = /^[\u00c0-\u00de]$/;

/**
 * How unlike Vietnamese a text looks: letters that are not in the Vietnamese alphabet, upper-case
 * accented letters inside a lower-case word, and two marked vowels in a row.
 */
export function oddity(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s,.;:()/-]+/)) {
    const chars = [...word];
    chars.forEach((c, i) => {
      if (/[\u00a0-\u00ff]/.test(c) && !VIETNAMESE_LETTER.test(c)) score += 2;
      else if (i > 0 && LATIN1_UPPER.test(c) && /[a-z]/.test(chars[i - 1]!)) score += 1;
    });
    const marked = chars.filter((c) => c.charCodeAt(0) > 0x7f).length;
    if (marked > 1) score += marked - 1;
  }
  return score;
}

const NUCLEI = new Set(
  (
    "a ai ao au ay ă â âu ây e eo ê êu i ia iu iê iêu o oa oai oao oay oă oe oeo oi oo ô ôi ơ ơi " +
    "u ua uâ uây uê ui uô uôi uơ uy uya uyê uyu ư ưa ưi ưu ươ ươi ươu y yê yêu"
  ).split(" "),
);
const SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/;

/** Words that cannot be a Vietnamese syllable (more than one tone, impossible vowel groups). */
export function invalidSyllables(text: string): number {
  let bad = 0;
  for (const raw of text
    .toLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}]+/u)) {
    if (!raw || /^[a-z]+$/.test(raw)) continue;
    const decomposed = raw.normalize("NFD");
    const tones = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
    const toneless = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
    // An abbreviation without vowels (QĐ, TĐKT, ĐVT) is not a syllable to judge.
    if (!/[aăâeêioôơuưy]/.test(toneless)) continue;
    const m = SYLLABLE.exec(toneless);
    let nucleus = m?.[2] ?? "";
    if (m?.[1] === "gi" && nucleus === "") nucleus = "i";
    if (tones > 1 || !m || !NUCLEI.has(nucleus)) bad++;
  }
  return bad;
}

export type LegacyEncoding = "tcvn3" | "vni";

/** Converts text that looks TCVN3- or VNI-encoded; returns it unchanged (encoding null) otherwise. */
export function fixLegacyEncoding(text: string): { text: string; encoding: LegacyEncoding | null } {
  const nfc = text.normalize("NFC");
  if (!/[\u00a0-\u00ff]/.test(nfc) || /[\u0100-\u024f\u1ea0-\u1ef9]/.test(nfc))
    return { text: nfc, encoding: null };
  const score = (t: string) => oddity(t) + 3 * invalidSyllables(t);
  const before = score(nfc);
  if (before === 0) return { text: nfc, encoding: null };
  const candidates = [
    { encoding: "tcvn3" as const, text: tcvn3ToUnicode(nfc) },
    { encoding: "vni" as const, text: vniToUnicode(nfc) },
  ]
    .map((c) => ({ ...c, score: score(c.text) }))
    .filter((c) => c.score < before)
    .sort((a, b) => a.score - b.score);
  const best = candidates[0];
  return best ? { text: best.text, encoding: best.encoding } : { text: nfc, encoding: null };
}

/** The encoding a cell's font says its text is in: .VnTime and the like are TCVN3, VNI-* VNI. */
export function encodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  if (/^\.?vn/i.test(font) && !/^vni/i.test(font)) return "tcvn3";
  if (/^vni[-\s]/i.test(font)) return "vni";
  return null;
}

const UNICODE_VIETNAMESE = /[\u0100-\u024f\u1ea0-\u1ef9]/;
const convert = { tcvn3: tcvn3ToUnicode, vni: vniToUnicode };

/**
 * Decodes one column of a sheet as a whole. A short cell says too little on its own (TCVN3 "Có" is
 * "Cã", a real Vietnamese-looking word; VNI "Không" reads "Khoâng"), but a column is typed in one
 * font: the encoding that makes the whole column read best is used for every cell. A cell whose
 * font names the encoding (.VnTime, VNI-Times) follows its font. Only a column that holds both
 * Unicode Vietnamese and legacy text is decoded cell by cell.
 */
export function decodeColumn(cells: { text: string; font?: string }[]): {
  texts: string[];
  converted: number;
} {
  let converted = 0;
  const texts = cells.map((c) => c.text.normalize("NFC"));
  const out = [...texts];
  const open: number[] = [];
  texts.forEach((t, i) => {
    const byFont = encodingOfFont(cells[i]!.font);
    if (byFont && /[\u00a0-\u00ff]/.test(t) && !UNICODE_VIETNAMESE.test(t)) {
      out[i] = convert[byFont](t);
      if (out[i] !== t) converted++;
    } else if (/[\u00a0-\u00ff]/.test(t) && !UNICODE_VIETNAMESE.test(t)) open.push(i);
  });
  if (!open.length) return { texts: out, converted };
  const mixed = texts.some((t) => UNICODE_VIETNAMESE.test(t));
  if (mixed) {
    for (const i of open) {
      const fixed = fixLegacyEncoding(texts[i]!);
      if (fixed.encoding) converted++;
      out[i] = fixed.text;
    }
    return { texts: out, converted };
  }
  const score = (t: string) => oddity(t) + 3 * invalidSyllables(t);
  const total = (f: (t: string) => string) => open.reduce((s, i) => s + score(f(texts[i]!)), 0);
  const keep = total((t) => t);
  const best = (["tcvn3", "vni"] as const)
    .map((e) => ({ e, score: total(convert[e]) }))
    .sort((a, b) => a.score - b.score)[0]!;
  if (best.score >= keep) return { texts: out, converted };
  for (const i of open) {
    const t = convert[best.e](texts[i]!);
    if (t !== texts[i]) converted++;
    out[i] = t;
  }
  return { texts: out, converted };
}
