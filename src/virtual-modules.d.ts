/** The address of the CMS script: admin/cms.ts in dev, its cached bundle in a build (src/integrations/cms-bundle.ts). */
declare module 'virtual:cms-script' {
  const url: string;
  export default url;
}
