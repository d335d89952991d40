// The few parts of jsonstat-toolkit (which ships no types) that the indicator import uses.
declare module 'jsonstat-toolkit' {
	export interface JsonStatCategory {
		label: string;
	}
	export interface JsonStatDimension {
		id: string[];
		label: string | null;
		length: number;
		Category(id: string): JsonStatCategory | null;
	}
	export interface JsonStat {
		class: string | null;
		id: string[];
		size: number[];
		length: number;
		error?: unknown;
		label: string | null;
		source: string | null;
		updated: string | null;
		Dimension(id: string): JsonStatDimension | null;
		Unflatten<T>(
			each: (
				coordinates: Record<string, string>,
				point: { value: number | string | null; status: string | null }
			) => T | undefined
		): T[];
	}
	export default function JSONstat(input: object): JsonStat;
}
