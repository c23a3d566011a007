// Text that is valid UTF-8 but was typed in a TCVN3 (.VnTime) or VNI (VNI-Times) font: the spreadsheet kept the font's
// bytes as Latin-1 letters, so "Nguyễn Thanh Hà" reads "NguyÔn Thanh Hµ" (TCVN3) or "Nguyeãn Thanh Haø" (VNI).
// Told apart from real Vietnamese by letters no Vietnamese text uses (µ, ¸, ø, û, …) and by the words the decoding
// gives being Vietnamese syllables. TCVN3 is decoded (its table is the upper half of TCVN 5712:1993, VN1, as glibc's
// iconv has it); VNI is only recognised.

/** TCVN3 byte → Unicode, for bytes 0xA1–0xFF as Latin-1 letters; '_' where the byte is not a letter (0xB0–0xB4). */
const TCVN3_FROM_A1 = 'ĂÂÊÔƠƯĐăâêôơưđẰ_____àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

function tcvn3Char(c: number): string | undefined {
  if (c < 0xa1 || c > 0xff) return undefined;
  const ch = TCVN3_FROM_A1[c - 0xa1];
  return ch === '_' ? undefined : ch;
}

/** The Latin-1 letters that Vietnamese written in Unicode uses (the others only appear in legacy-font text). */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

/** A Latin-1 character that Vietnamese Unicode text never holds: the mark of a legacy font. */
const foreignLatin1 = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;

/** Letters of Vietnamese beyond ASCII and Latin-1: their presence means the text is Unicode. */
const vietnameseBeyondLatin1 = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

// A Vietnamese syllable without its tone: onset, vowel cluster, final consonant.
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?';
const VOWELS =
  '(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const syllable = new RegExp(`^${ONSET}${VOWELS}${CODA}$`, 'u');

/** Lower case, without the five tone marks (keeping ă â ê ô ơ ư đ). */
function toneless(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}

export function isVietnameseSyllable(word: string): boolean {
  return syllable.test(toneless(word));
}

const wordPattern = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;

export interface LegacyText {
  encoding: 'TCVN3' | 'VNI';
  /** The text as it was meant (TCVN3 only). */
  decoded?: string;
}

function decodeTcvn3(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    out += (c >= 0xa1 && c <= 0xff && tcvn3Char(c)) || ch;
  }
  return out;
}

// VNI writes a base letter then a Latin-1 letter for its marks; these marks are never Vietnamese letters themselves.
const vniMark = /[aeiouyAEIOUYôÔöÖ][øûïäåëüæ]|[ñÑ][aeiouyAEIOUY]/u;

/**
 * Whether a text is really TCVN3 or VNI typed into a Unicode cell. Undefined for ordinary text, Vietnamese Unicode
 * included: the text must hold a letter Vietnamese never uses, no letter only Unicode Vietnamese has, and each word the
 * legacy letters touch must decode to a Vietnamese syllable.
 */
/** foreignLatin1 as a table over U+00A1–U+00FF, for the scan every text value goes through. */
const FOREIGN = new Uint8Array(0x100);
for (let c = 0xa1; c <= 0xff; c++) if (foreignLatin1.test(String.fromCharCode(c))) FOREIGN[c] = 1;

function hasForeignLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff && FOREIGN[c] === 1) return true;
  }
  return false;
}

export function detectLegacyText(text: string): LegacyText | undefined {
  if (!hasForeignLatin1(text)) return undefined;
  const value = text.normalize('NFC');
  if (vietnameseBeyondLatin1.test(value)) return undefined;
  // An opening « and a closing » are taken for the quotes Vietnamese typography uses, not for TCVN3's ô and ằ (a word
  // ending in «, as in Ng« for Ngô, stays a TCVN3 word).
  const words = (value.match(wordPattern) ?? []).map((w) => w.replace(/^«+|»+$/g, '')).filter(Boolean);
  const touched = words.filter((w) => /[\u00a1-\u00ff]/.test(w));
  if (touched.length === 0) return undefined;
  // TCVN3: every touched word decodes to a syllable; a word already Vietnamese (Hà, Tú) stays as it is.
  const tcvn3 = touched.every((w) => {
    for (const ch of w) {
      const c = ch.charCodeAt(0);
      if (c >= 0xa1 && c <= 0xff && !tcvn3Char(c) && !VIETNAMESE_LATIN1.has(ch)) return false;
    }
    return isVietnameseSyllable(decodeTcvn3(w)) || (!foreignLatin1.test(w) && isVietnameseSyllable(w));
  });
  // A telling word: a legacy letter inside a word of ASCII letters (NguyÔn), not a lone sign (© 2026).
  const telling = touched.some((w) => foreignLatin1.test(w) && /[A-Za-z]/.test(w));
  if (!telling) return undefined;
  if (tcvn3) return { encoding: 'TCVN3', decoded: decodeTcvn3(value) };
  if (vniMark.test(value)) return { encoding: 'VNI' };
  return undefined;
}
