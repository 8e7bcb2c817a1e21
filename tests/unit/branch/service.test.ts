import { describe, expect, it } from 'vitest';
import { resolveBranchService } from '../../../src/lib/branch/service';
import { resolveDiscussion } from '../../../src/lib/discussion/provider';

const waline = resolveDiscussion({ discussion: { provider: 'waline' } });
const giscus = resolveDiscussion({ discussion: { provider: 'giscus' } });

describe('resolveBranchService', () => {
  it('is off unless the settings or BRANCH_SERVICE switch it on', () => {
    expect(resolveBranchService({}, waline)).toBeUndefined();
    expect(resolveBranchService({ branchService: false }, waline)).toBeUndefined();
    expect(resolveBranchService({ branchService: true }, waline)).toEqual({ server: { url: '/waline/' } });
  });

  it('lets BRANCH_SERVICE override the settings either way; empty means unset', () => {
    expect(resolveBranchService({}, waline, { BRANCH_SERVICE: 'on' })).toEqual({ server: { url: '/waline/' } });
    expect(resolveBranchService({ branchService: true }, waline, { BRANCH_SERVICE: 'off' })).toBeUndefined();
    expect(resolveBranchService({ branchService: true }, waline, { BRANCH_SERVICE: '' })).toBeDefined();
    expect(() => resolveBranchService({}, waline, { BRANCH_SERVICE: 'yes' })).toThrow(
      'BRANCH_SERVICE: 只能是 on 或 off',
    );
  });

  it('uses the discussion service address, a remote one too', () => {
    const remote = resolveDiscussion({ discussion: { provider: 'waline', walineUrl: 'https://talk.example.cn/' } });
    expect(resolveBranchService({ branchService: true }, remote)).toEqual({
      server: { url: 'https://talk.example.cn/', origin: 'https://talk.example.cn' },
    });
  });

  it('fails the build, naming the file, the field and the fix, when the discussion service is not Waline', () => {
    for (const setup of [giscus, resolveDiscussion({ discussion: { provider: 'none' } })]) {
      expect(() => resolveBranchService({ branchService: true }, setup)).toThrow(
        /src\/settings\.yml:\n {2}- branchService: 开启了支部服务，但“讨论区 → 讨论服务”不是 waline.*discussion\.provider 改为 waline.*取消勾选 branchService/s,
      );
    }
  });
});
