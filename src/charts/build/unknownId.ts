/**
 * Checks the ids a step state names, field by field, against a chart's records: null when all exist,
 * else what to fix, naming the field and the ids there are
 * (`focus "nope" is not a bar in content/data/population.json; use one of: …`).
 */
export function unknownId(
  fields: Record<string, string | readonly string[] | undefined>,
  records: readonly { id: string }[],
  what: string,
): string | null {
  const ids = records.map((record) => record.id);
  for (const [field, value] of Object.entries(fields)) {
    const unknown = [value ?? []].flat().find((id) => !ids.includes(id));
    if (unknown !== undefined) return `${field} "${unknown}" is not ${what}; use one of: ${ids.join(", ")}`;
  }
  return null;
}
