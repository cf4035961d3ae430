/**
 * The grammar of a `%%prose` cell as the editor marks it: which cell is one, where its placeholders are, and
 * where a number is typed where a placeholder belongs. The kernel and the build decide (nevreport.story.blocks);
 * this module only shows the same thing while the writer types, so it uses the same patterns.
 */

// The prose grammar and the typed-number rule of nevreport.story.blocks (PLACEHOLDER, _NUMBER_TOKEN,
// _ALLOWED_NUMBER), the same patterns: a test holds the two in step.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\}/g;
const NUMBER_TOKEN = /[0-9][0-9A-Za-z.,]*/g;
const ALLOWED_NUMBER = /^(?:19|20)\d\d$|^\d+(?:st|nd|rd|th)$/;
const CODE_SPAN = /`[^`]*`/g;

/** Whether a cell's source is a `%%prose` cell (its first line is the magic, as IPython reads it). */
export function isProse(source: string): boolean {
  return /^%%prose(\s|$)/.test(source.trimStart());
}

/** Where a prose cell's text holds placeholders and typed numbers (its first line, the magic's, aside). */
export function proseMarks(text: string): { from: number; to: number; typed: boolean }[] {
  const start = text.indexOf('\n') + 1;
  if (start === 0) {
    return [];
  }
  const body = text.slice(start);
  const blank = (m: string): string => ' '.repeat(m.length);
  const marks: { from: number; to: number; typed: boolean }[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    marks.push({ from: start + m.index!, to: start + m.index! + m[0].length, typed: false });
  }
  const bare = body.replace(PLACEHOLDER, blank).replace(CODE_SPAN, blank);
  for (const m of bare.matchAll(NUMBER_TOKEN)) {
    const before = m.index! > 0 ? bare[m.index! - 1] : ' ';
    if (/\p{L}/u.test(before) || before === '_' || before === '/') {
      continue; // part of a word or a path, e.g. "H1"
    }
    const word = m[0].replace(/[.,]+$/, '');
    if (!ALLOWED_NUMBER.test(word)) {
      marks.push({ from: start + m.index!, to: start + m.index! + word.length, typed: true });
    }
  }
  return marks.sort((a, b) => a.from - b.from);
}

