/**
 * Whether this build offers the branch service (docs/branch-service.md): the
 * settings' `branchService`, overridden at build time by BRANCH_SERVICE (tests,
 * `npm start` against a local service), like DISCUSSION_PROVIDER. The service
 * lives in the Waline process, so it needs Waline as the discussion provider;
 * asking for one without the other is a mistake the build names. Pure logic.
 */
import type { DiscussionSetup } from '../discussion/provider';
import type { WalineServer } from '../discussion/waline';

export const BRANCH_SERVICE_ENV = 'BRANCH_SERVICE';

/** `on` switches the service on, `off` off; empty or absent leaves the settings' choice. */
const ENV_VALUES = { on: true, off: false } as const;

/** The service when it is on (its address is the discussion service's), `undefined` when off. */
export type BranchService = { server: WalineServer } | undefined;

export function resolveBranchService(
  settings: { branchService?: boolean | undefined },
  discussion: DiscussionSetup,
  env: Record<string, string | undefined> = {},
  file = 'src/settings.yml',
): BranchService {
  const fromEnv = env[BRANCH_SERVICE_ENV] || undefined;
  if (fromEnv !== undefined && !(fromEnv in ENV_VALUES))
    throw new Error(`${BRANCH_SERVICE_ENV}: 只能是 on 或 off / must be on or off (got "${fromEnv}")`);
  const on = fromEnv !== undefined ? ENV_VALUES[fromEnv as keyof typeof ENV_VALUES] : settings.branchService === true;
  if (!on) return undefined;
  if (discussion.active?.provider !== 'waline') {
    throw new Error(
      `站点设置有误 / Invalid site settings in ${file}:\n  - branchService: 开启了支部服务，但“讨论区 → 讨论服务”不是 waline（当前为 ${discussion.provider}）。支部服务与 Waline 讨论服务是同一个服务：请把 discussion.provider 改为 waline 并填写 discussion.walineUrl（默认 /waline/），或者取消勾选 branchService / the branch service runs inside Waline: set discussion.provider to waline, or turn branchService off`,
    );
  }
  return { server: discussion.active.waline };
}
