/**
 * The reader's display modes (适老化): a colour scheme (follow the system, light,
 * dark or high contrast) and, independently, large text. They are stored in
 * localStorage and shown as attributes on <html>, which switch the design tokens
 * in src/styles/global.css:
 *   data-theme="light|dark|contrast"  absent: follow prefers-color-scheme
 *   data-text="large"                 absent: standard size
 * `data-theme` is the contract that src/lib/discussion/giscus.ts reads too.
 *
 * The same rules run twice: here, for the switch in the header, and as the tiny
 * inline script of `modeBootScript()`, which sets the attributes in <head> before
 * the first paint (no flash of the wrong mode). Its CSP hash is added at build
 * time (src/site/csp.ts); a unit test proves both agree.
 */

export const COLOUR_SCHEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];

export interface DisplayModes {
  scheme: ColourScheme;
  largeText: boolean;
}

export const DEFAULT_MODES: DisplayModes = { scheme: 'system', largeText: false };

/** localStorage keys; a missing or unknown value means the default. */
export const MODE_KEYS = { scheme: 'dangjian.theme', text: 'dangjian.text' } as const;
const LARGE = 'large';

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

const isStoredScheme = (value: string | null): value is Exclude<ColourScheme, 'system'> =>
  value === 'light' || value === 'dark' || value === 'contrast';

/** The stored modes; storage that is missing or throws (private browsing) gives the defaults. */
export function readModes(storage: ReadableStorage | undefined): DisplayModes {
  try {
    const scheme = storage?.getItem(MODE_KEYS.scheme) ?? null;
    return {
      scheme: isStoredScheme(scheme) ? scheme : 'system',
      largeText: storage?.getItem(MODE_KEYS.text) === LARGE,
    };
  } catch {
    return { ...DEFAULT_MODES };
  }
}

/** Remembers the modes; false when the browser refuses (the modes then last for this page only). */
export function saveModes(storage: WritableStorage | undefined, modes: DisplayModes): boolean {
  if (!storage) return false;
  try {
    if (modes.scheme === 'system') storage.removeItem(MODE_KEYS.scheme);
    else storage.setItem(MODE_KEYS.scheme, modes.scheme);
    if (modes.largeText) storage.setItem(MODE_KEYS.text, LARGE);
    else storage.removeItem(MODE_KEYS.text);
    return true;
  } catch {
    return false;
  }
}

/** The attributes of <html> (its dataset) for the modes. */
export function applyModes(dataset: DOMStringMap, modes: DisplayModes): void {
  if (modes.scheme === 'system') delete dataset.theme;
  else dataset.theme = modes.scheme;
  if (modes.largeText) dataset.text = LARGE;
  else delete dataset.text;
}

/** The modes the attributes of <html> show (what the boot script applied). */
export function modesOf(dataset: DOMStringMap): DisplayModes {
  const theme = dataset.theme ?? null;
  return { scheme: isStoredScheme(theme) ? theme : 'system', largeText: dataset.text === LARGE };
}

/**
 * The classic inline script for <head>: readModes + applyModes in a few bytes of
 * plain ES5, wrapped in try because touching localStorage throws in some browsers.
 */
export function modeBootScript(): string {
  return (
    `try{var s=localStorage,d=document.documentElement.dataset,` +
    `t=s.getItem(${JSON.stringify(MODE_KEYS.scheme)});` +
    `if(t==='light'||t==='dark'||t==='contrast')d.theme=t;` +
    `if(s.getItem(${JSON.stringify(MODE_KEYS.text)})===${JSON.stringify(LARGE)})d.text=${JSON.stringify(LARGE)}}catch(e){}`
  );
}
