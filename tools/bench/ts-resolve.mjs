/**
 * Lets plain Node load the project's TypeScript modules, whose relative imports
 * leave out the extension (`./seeded-random`) as Astro and Vitest allow: a
 * failed relative resolve is retried with `.ts`. Node strips the types itself.
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
