// What public verification shows of a holder's name: enough to match the person in front of you
// ("김*늘"), not enough to list who took which course.

/** Splits into user-perceived characters, so a decomposed "ễ" or an emoji counts as one. */
const characters = (text: string) =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/**
 * Keeps the first and the last character and masks the rest ("김하늘" → "김*늘", "남궁하늘" →
 * "남**늘", "John Smith" → "J********h"). Spaces are masked too, so the length of each word does
 * not show. A name of two characters keeps only the first ("김하" → "김*"), of one none.
 */
export function maskHolderName(name: string): string {
  const chars = characters(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
