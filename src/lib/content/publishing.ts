/**
 * What readers may see: drafts and entries dated after today (Beijing time)
 * are hidden from production builds, and shown while editing locally.
 */
export interface Publishable {
  draft?: boolean;
  /** YYYY-MM-DD */
  date: string;
}

/** The environment variable holding a production build's day (YYYY-MM-DD in Beijing), set once as the build starts (src/integrations/incremental-build.ts). */
export const BUILD_DAY_ENV = 'DANGJIAN_BUILD_DAY';

/** Why readers of the production site would not see an entry yet: a draft, or dated after today. */
export type Unpublished = 'draft' | 'scheduled';

export function unpublishedReason(entry: Publishable, today: string): Unpublished | undefined {
  if (entry.draft) return 'draft';
  return entry.date > today ? 'scheduled' : undefined;
}

export function isPublished(entry: Publishable, today: string, production: boolean): boolean {
  return !production || unpublishedReason(entry, today) === undefined;
}
