/**
 * Decap (3.16) checks the required fields inside an optional group — such as
 * 讨论区（Giscus） in the site settings — even when the whole group is left
 * empty, so a settings file without Giscus could never be saved again. The CMS
 * therefore lets those fields be empty and, before saving, checks what the build
 * checks: an optional group is either left empty or filled in completely.
 */
type Node = Record<string, unknown>;

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as Node).every(isEmpty));

const isOptionalGroup = (field: Node) => field.widget === 'object' && field.required === false && Array.isArray(field.fields);

/** The config with the required fields of optional groups made optional for Decap's form check. */
export function relaxOptionalGroups<C extends { collections: Node[] }>(config: C): C {
  const relax = (fields: unknown, inOptionalGroup: boolean): unknown =>
    Array.isArray(fields)
      ? fields.map((field: Node) => ({
          ...field,
          ...(inOptionalGroup ? { required: false } : {}),
          ...(Array.isArray(field.fields) && field.widget === 'object' ? { fields: relax(field.fields, inOptionalGroup || isOptionalGroup(field)) } : {}),
        }))
      : fields;
  return {
    ...config,
    collections: config.collections.map((collection) => ({
      ...collection,
      ...(collection.fields ? { fields: relax(collection.fields, false) } : {}),
      ...(Array.isArray(collection.files) ? { files: collection.files.map((file: Node) => ({ ...file, fields: relax(file.fields, false) })) } : {}),
    })),
  };
}

/**
 * Messages for the optional groups in `data` that are partly filled in, with the
 * labels of the required fields still empty (fields as in the unrelaxed config).
 */
export function incompleteGroups(fields: readonly Node[], data: Node): string[] {
  return fields.filter(isOptionalGroup).flatMap((group) => {
    const value = (data[group.name as string] ?? {}) as Node;
    if (isEmpty(value)) return [];
    const missing = (group.fields as Node[]).filter((field) => field.required !== false && field.default === undefined && isEmpty(value[field.name as string]));
    if (missing.length === 0) return [];
    const labels = missing.map((field) => `“${field.label as string}”`).join('、');
    return [`“${group.label as string}”只填了一部分，还缺少${labels}：请补全，或清空整组 / "${group.name as string}" is partly filled in: complete it or empty it`];
  });
}
