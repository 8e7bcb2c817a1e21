/**
 * The title of a referenced entry (a lesson's course, a blog post's author):
 * Decap's relation widget hands the chosen entry's data to the preview as
 * "fields metadata"; until it has loaded, the id stands in.
 */
import type { Props } from './markup';
import { text } from './markup';

export function relatedName(props: Props, field: string, collection: string, display: string): string {
  return relatedField(props, field, collection, display) ?? text(props, field);
}

/** Another field of the referenced entry (a lesson's media duration), once Decap has loaded it. */
export function relatedField(props: Props, field: string, collection: string, name: string): string | undefined {
  const value = props.fieldsMetaData?.getIn?.([field, collection, text(props, field), name]) as unknown;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
