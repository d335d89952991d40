// The one test command: unit and integration tests on the embedded database, again on a
// PostgreSQL server when DATABASE_URL is set, then a build and the browser tests.
import { spawnSync } from 'node:child_process';

function run(
	label: string,
	command: string,
	args: string[],
	env: Record<string, string | undefined> = {}
) {
	console.log(`\n=== ${label} ===`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n${label} failed.`);
		process.exit(result.status ?? 1);
	}
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
run('Compile messages', npx, [
	'paraglide-js',
	'compile',
	'--project',
	'./project.inlang',
	'--outdir',
	'./src/lib/paraglide'
]);
run('Unit and integration tests (embedded PGlite)', npx, ['vitest', 'run'], { DATABASE_URL: '' });
if (process.env.DATABASE_URL) {
	run('Integration tests (PostgreSQL server)', npx, ['vitest', 'run'], {});
} else {
	console.log(
		'\nDATABASE_URL is not set: the server-mode run of the integration tests is left out.'
	);
}
run('Build', npx, ['vite', 'build', '--logLevel', 'warn']);
run('Browser tests', process.execPath, ['scripts/e2e.ts']);
