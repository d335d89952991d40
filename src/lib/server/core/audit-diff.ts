/** The fields that differ between an audit event's before and after, for a readable trail. */
export function changedFields(
	before: unknown,
	after: unknown
): { field: string; from: string; to: string }[] {
	const a = (before ?? {}) as Record<string, unknown>;
	const b = (after ?? {}) as Record<string, unknown>;
	const ignore = new Set(['version', 'updatedAt', 'createdAt', 'lastProgressAt', 'id']);
	const show = (v: unknown) =>
		v === null || v === undefined ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v);
	return [...new Set([...Object.keys(a), ...Object.keys(b)])]
		.filter((key) => !ignore.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
		.map((field) => ({ field, from: show(a[field]), to: show(b[field]) }));
}
