/**
 * The title of a referenced entry (a lesson's course, a blog post's author):
 * Decap's relation widget hands the chosen entry's data to the preview as
 * "fields metadata"; until it has loaded, the id stands in.
 */
import type { Props } from './markup';
import { text } from './markup';

export function relatedName(props: Props, field: string, collection: string, display: string): string {
  const id = text(props, field);
  const name = props.fieldsMetaData?.getIn?.([field, collection, id, display]) as unknown;
  return typeof name === 'string' && name !== '' ? name : id;
}
