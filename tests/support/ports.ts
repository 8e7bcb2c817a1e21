/** Ports of the servers the end-to-end tests start. */
export const PREVIEW_PORT = 4400;
/** Decap's local backend: the CMS looks for it on 8081 by default. */
export const CMS_PROXY_PORT = 8081;
/** A second preview, for a rebuilt copy of the site. */
export const REBUILD_PORT = 4401;
/** `astro dev`, as `npm start` runs it. */
export const DEV_PORT = 4410;
