/**
 * Validates settings and every content file before Astro loads anything, so a
 * bad entry stops the build (and `astro dev` start-up) with a message naming the
 * file, the field and the fix, and nothing half-built reaches dist/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../model/check-content';

export function contentGuard(): AstroIntegration {
  return {
    name: 'site:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.stack = error.message; // the stack of this hook would only hide the message
          throw error;
        }
        logger.info('内容校验通过 / content checked');
      },
    },
  };
}
