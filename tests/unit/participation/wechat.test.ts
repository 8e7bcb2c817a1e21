import { describe, expect, it } from 'vitest';
import { isWeChatBrowser } from '../../../src/lib/participation/report-channel';

describe('isWeChatBrowser (no dead mail button in WeChat)', () => {
  it("knows WeChat's browser by its user agent, and nothing else", () => {
    expect(
      isWeChatBrowser(
        'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.49(0x18003130) NetType/WIFI',
      ),
    ).toBe(true);
    expect(isWeChatBrowser('Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36')).toBe(false);
  });
});
