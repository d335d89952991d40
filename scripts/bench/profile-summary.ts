// Sums a V8 CPU profile (`node --cpu-prof`, or `BENCH_PROFILE=dir npm run bench`) by where the
// time was spent: by file, and by function with its own time and its time including callees.
//   node scripts/bench/profile-summary.ts dir/CPU.….cpuprofile [rows]
// Load the same file into Chrome DevTools (Performance) or speedscope for a flame graph.
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
	console.error('Usage: node scripts/bench/profile-summary.ts <file.cpuprofile> [rows]');
	process.exit(1);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes)
	for (const child of node.children ?? []) parent.set(child, node.id);

// Time of each sample goes to its node (self), and once to each distinct function above it (total).
const self = new Map<number, number>();
profile.samples.forEach((id, i) => {
	self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});

const where = (node: ProfileNode) => {
	const { url, lineNumber } = node.callFrame;
	const short = url.replace(/^file:\/\/.*?\/(node_modules|build|src)\//, '$1/');
	return short ? `${short}:${lineNumber + 1}` : '(native)';
};
const nameOf = (node: ProfileNode) =>
	`${node.callFrame.functionName || '(anonymous)'} ${where(node)}`;
const fileOf = (node: ProfileNode) => {
	const url = node.callFrame.url;
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
	if (pkg) return pkg;
	if (url.startsWith('node:')) return url;
	return url ? url.replace(/^file:\/\/.*?\/(build|src)\//, '$1/') : node.callFrame.functionName;
};

const selfByName = new Map<string, number>();
const totalByName = new Map<string, number>();
const selfByFile = new Map<string, number>();
let sum = 0;
for (const [id, ms] of self) {
	const node = byId.get(id)!;
	sum += ms;
	const name = nameOf(node);
	selfByName.set(name, (selfByName.get(name) ?? 0) + ms);
	selfByFile.set(fileOf(node), (selfByFile.get(fileOf(node)) ?? 0) + ms);
	const seen = new Set<string>();
	for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
		const key = nameOf(byId.get(at)!);
		if (seen.has(key)) continue;
		seen.add(key);
		totalByName.set(key, (totalByName.get(key) ?? 0) + ms);
	}
}

const table = (title: string, map: Map<string, number>) => {
	console.log(`\n${title}\n| ms | share | where |\n| ---: | ---: | --- |`);
	for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
		console.log(`| ${ms.toFixed(0)} | ${((100 * ms) / sum).toFixed(1)} % | ${key} |`);
};
console.log(`${(sum / 1000).toFixed(1)} s sampled`);
table('Own time by file or package', selfByFile);
table('Own time by function', selfByName);
table('Time including callees, by function', totalByName);
