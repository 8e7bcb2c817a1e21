/** The build's Giscus settings: `giscus` in src/settings.yml, overridden by GISCUS_* environment variables. */
import { resolveGiscus, type GiscusSettings } from '../lib/discussion/giscus';
import { loadSettings, type Settings } from './settings';

/** Of the settings given (the build's own when none are): a caller holding settings passes them, nothing loads them twice. */
export function giscusSettings(settings: Settings = loadSettings()): GiscusSettings | undefined {
  return resolveGiscus(settings.giscus, process.env);
}
