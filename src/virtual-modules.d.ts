/** The address of the CMS script: admin/cms.ts in dev, its cached bundle in a build (admin/build/cms-bundle.ts). */
declare module 'virtual:cms-script' {
  const url: string;
  export default url;
}
