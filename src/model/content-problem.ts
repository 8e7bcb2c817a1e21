/** One thing wrong with a content file, as the build and the CMS report it: the file, the field and how to fix it. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}
