/** The parts of a statement as a failed form sent them back, to show them again. */
export function sectionsFromValues(values: Record<string, unknown>) {
	const list = (v: unknown) =>
		Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)];
	const keys = list(values.sectionKey);
	const headings = list(values.sectionHeading);
	return list(values.sectionBody)
		.map((body, i) => ({ key: keys[i] ?? '', heading: headings[i] ?? '', body }))
		.filter((s) => s.heading || s.body);
}
