/**
 * What readers may see: drafts and entries dated after today (Beijing time)
 * are hidden from production builds, and shown while editing locally.
 */
export interface Publishable {
  draft?: boolean;
  /** YYYY-MM-DD */
  date: string;
}

export function isPublished(entry: Publishable, today: string, production: boolean): boolean {
  if (!production) return true;
  return !entry.draft && entry.date <= today;
}
