/**
 * The Node arguments of an npm script as package.json writes them
 * (`node --import ./scripts/ts-resolve.ts scripts/x.ts` → everything after
 * `node`), so a test runs a command exactly as the secretary or a workflow
 * does, on this Node (npm's PATH puts the project's Node 24 first).
 */
import packageJson from '../../package.json' with { type: 'json' };

export type ScriptName = keyof typeof packageJson.scripts;

export function npmScriptArgs(name: ScriptName): string[] {
  const [node, ...args] = packageJson.scripts[name].split(' ');
  if (node !== 'node') throw new Error(`npm script ${name} does not start with node: ${packageJson.scripts[name]}`);
  return args;
}
