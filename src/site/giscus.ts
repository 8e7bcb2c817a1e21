/** The build's Giscus settings: `giscus` in src/settings.yml, overridden by GISCUS_* environment variables. */
import { resolveGiscus, type GiscusSettings } from '../lib/giscus';
import { loadSettings } from './settings';

let cached: { value: GiscusSettings | undefined } | undefined;

export function giscusSettings(): GiscusSettings | undefined {
  cached ??= { value: resolveGiscus(loadSettings().giscus, process.env) };
  return cached.value;
}
