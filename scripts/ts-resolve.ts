/**
 * Lets the project's Node run its TypeScript: every npm script that runs a
 * `.ts` file preloads this hook (`node --import ./scripts/ts-resolve.ts …` in
 * package.json). The modules in src/ leave the extension out of relative
 * imports (`./seeded-random`) as Astro and Vitest allow; plain Node does not,
 * so a failed relative resolve is retried with `.ts`. Node strips the types itself.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
