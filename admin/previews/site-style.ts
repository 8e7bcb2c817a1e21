/** The site's own stylesheet in the CMS preview pane, so previews look like the site. */
import type { CMS } from 'decap-cms-core';
import siteCss from '../../src/styles/global.css?url';

export function registerSiteStyle(cms: CMS): void {
  cms.registerPreviewStyle(siteCss);
}
