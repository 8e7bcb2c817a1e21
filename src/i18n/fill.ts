/**
 * Fills `{name}` placeholders of a UI string. Client scripts receive their
 * strings as templates in data attributes and fill them here, so they never
 * import the whole strings module (src/i18n/zh.ts) into the browser.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * `t` for a client script: the templates come from the `data-strings` JSON of
 * the first `selector` element (written at build time with clientStrings()).
 */
export function clientTranslator(selector: string): (key: string, vars?: Record<string, string | number>) => string {
  const strings = JSON.parse(document.querySelector(selector)?.getAttribute('data-strings') ?? '{}') as Record<
    string,
    string
  >;
  return (key, vars) => fill(strings[key] ?? key, vars);
}
