/** Builds a list URL from filter values, leaving out empty ones, so filtered views can be linked. */
export function filterHref(
	path: string,
	values: Record<string, string | number | undefined | null>
): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(values)) {
		if (
			value !== undefined &&
			value !== null &&
			value !== '' &&
			!(key === 'offset' && value === 0)
		) {
			params.set(key, String(value));
		}
	}
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}
