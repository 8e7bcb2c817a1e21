/**
 * A new entry's date fields start at today's date in Beijing, whatever the
 * editor's computer clock zone: an editor abroad late at night still files
 * the article under the branch's day.
 */
type Node = Record<string, unknown>;

function withDefaults(fields: unknown, today: string): unknown {
  if (!Array.isArray(fields)) return fields;
  return fields.map((field: Node) => {
    const next: Node = { ...field };
    if (
      field.widget === 'datetime' &&
      field.format === 'YYYY-MM-DD' &&
      field.required !== false &&
      field.default === undefined
    ) {
      next.default = today;
    }
    if (field.fields) next.fields = withDefaults(field.fields, today);
    if (field.field) next.field = (withDefaults([field.field], today) as Node[])[0];
    return next;
  });
}

export function applyDateDefaults<C extends { collections: Node[] }>(config: C, today: string): C {
  return {
    ...config,
    collections: config.collections.map((collection) => ({
      ...collection,
      ...(collection.fields ? { fields: withDefaults(collection.fields, today) } : {}),
      ...(Array.isArray(collection.files)
        ? { files: collection.files.map((file: Node) => ({ ...file, fields: withDefaults(file.fields, today) })) }
        : {}),
    })),
  };
}
