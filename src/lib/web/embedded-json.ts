/**
 * JSON written into a page inside `<script type="application/json">` (data for
 * the quiz, 我的学习, 今日一学 and the CMS). The HTML parser ends that element at
 * the first `</script` whatever JSON thinks, and `<!--` can hide the end tag, so
 * member or editor text holding either would end the data early and turn the
 * rest into live page markup. Every `<`, `>` and `&` is written as a JSON escape,
 * as are U+2028 and U+2029 (line terminators to older JavaScript parsers): the
 * text stays data, and JSON.parse gives back exactly what went in.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `value` as JSON that is safe as the text of a `<script type="application/json">` element. */
export function embeddedJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('embeddedJson: the value has no JSON form (undefined or a function)');
  return json.replace(UNSAFE, unicodeEscape);
}
