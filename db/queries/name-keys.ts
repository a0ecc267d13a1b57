/**
 * Keys stored beside names so that SQL can search and sort them the Vietnamese way. Pure. The
 * search key is the app's one folding rule (electron/contract/text.ts, which db/ may import).
 */
import { foldVietnamese } from "../../electron/contract/text";

/** Lower case, tone and vowel marks removed, đ → d, spaces collapsed. */
export const foldKey = foldVietnamese;

const toNfc = (text: string) => text.normalize("NFC");

/** Letters in Vietnamese alphabet order: ă, â after a; đ after d; ê after e; ô, ơ after o; ư after u. */
const MODIFIER_RANK: Record<string, number> = { "\u0306": 1, "\u0302": 2, "\u031b": 3 };
/** Tones in dictionary order: ngang, huyền, sắc, hỏi, ngã, nặng. */
const TONE_RANK: Record<string, number> = {
  "\u0300": 1,
  "\u0301": 2,
  "\u0309": 3,
  "\u0303": 4,
  "\u0323": 5,
};

function wordKey(word: string): { primary: string; tones: string } {
  let primary = "";
  let tones = "";
  for (const ch of word.toLowerCase()) {
    const parts = [...ch.normalize("NFD")];
    let base = parts[0] ?? "";
    let modifier = 0;
    let tone = 0;
    if (base === "đ") {
      base = "d";
      modifier = 1;
    }
    for (const mark of parts.slice(1)) {
      if (MODIFIER_RANK[mark] !== undefined) modifier = Math.max(modifier, MODIFIER_RANK[mark]);
      else if (TONE_RANK[mark] !== undefined) tone = TONE_RANK[mark];
    }
    // "ô" (circumflex) sorts before "ơ" (horn): ranks 2 and 3 keep that order.
    primary += base + String(modifier);
    tones += String(tone);
  }
  return { primary, tones };
}

/**
 * A binary-comparable key that orders names as compareVietnameseNames does: by given name (the
 * last word), then by the rest, letters in Vietnamese order, tones deciding only between names
 * that are otherwise equal.
 */
export function vietnameseSortKey(name: string): string {
  const words = toNfc(name).trim().split(/\s+/).filter(Boolean);
  const ordered = words.length ? [words[words.length - 1]!, ...words.slice(0, -1)] : [];
  const keys = ordered.map(wordKey);
  const given = keys[0]?.primary ?? "";
  const rest = keys
    .slice(1)
    .map((k) => k.primary)
    .join(" ");
  return `${given}\u0001${rest}\u0002${keys.map((k) => k.tones).join(" ")}`;
}

/** A plain-text key for titles and unit names: Vietnamese letter order, word by word. */
export function vietnameseTitleKey(text: string): string {
  const keys = toNfc(text).trim().split(/\s+/).filter(Boolean).map(wordKey);
  return `${keys.map((k) => k.primary).join(" ")}\u0002${keys.map((k) => k.tones).join(" ")}`;
}
