// Installs the dependencies and builds the app for `npm start`, printing one line per step; the
// tools' own output is shown only when a step fails.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(label: string, command: string, args: string[]) {
	process.stdout.write(`${label} … `);
	const started = Date.now();
	const result = spawnSync(command, args, { encoding: 'utf8', env: process.env });
	if (result.status !== 0) {
		console.log('feilet.\n');
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		process.exit(result.status ?? 1);
	}
	console.log(`ferdig (${Math.round((Date.now() - started) / 1000)} s)`);
}

step('Installerer avhengigheter', npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
step('Bygger appen', npm, ['run', 'build', '--silent']);
