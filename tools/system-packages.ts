/**
 * The Debian packages the tests need (.ci/system-packages, one list for CI and
 * `npm test`), and what `npm test` does when some are missing: install them when
 * it can (root with apt-get, as `playwright install --with-deps` does), otherwise
 * stop before any build with the one command to run.
 */
export interface SystemPackage {
  name: string;
  /** A file that exists once the package is installed. */
  proof: string;
}

export function parseSystemPackages(text: string): SystemPackage[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [name, proof] = line.split(/\s+/);
      if (!name || !proof) throw new Error(`.ci/system-packages: "${line}" needs a package name and a file`);
      return { name, proof };
    });
}

export type ProvisionPlan =
  | { action: 'none' }
  | { action: 'install'; commands: string[][] }
  | { action: 'stop'; message: string };

export function provisionPlan(
  missing: readonly string[],
  { isRoot, hasApt }: { isRoot: boolean; hasApt: boolean },
): ProvisionPlan {
  if (missing.length === 0) return { action: 'none' };
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  if (isRoot && hasApt) return { action: 'install', commands: [['apt-get', 'update', '-qq'], install] };
  const command = hasApt
    ? `sudo apt-get update && sudo ${install.join(' ')}`
    : `（非 Debian/Ubuntu 系统 / not Debian or Ubuntu）请用本系统的软件包管理器安装 / install with your package manager: ${missing.join(' ')}`;
  return {
    action: 'stop',
    message: `测试需要的系统软件包没有安装 / system packages the tests need are missing: ${missing.join(', ')}\n请运行 / run:\n  ${command}\n然后再运行 / then run again: npm test`,
  };
}
