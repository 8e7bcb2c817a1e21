/** In WeChat's browser a mailto: link does nothing: the mail button goes, the address stays with a word on copying it. */
import { isWeChatBrowser } from '../../lib/participation/report-channel';

if (isWeChatBrowser(navigator.userAgent)) {
  for (const button of document.querySelectorAll<HTMLElement>('[data-mail-button]')) button.hidden = true;
  for (const hint of document.querySelectorAll<HTMLElement>('[data-wechat-mail]')) hint.hidden = false;
}
