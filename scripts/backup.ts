// Backs up the embedded database folder into a .tgz file: `npm run backup -- <file>`. The app
// must be stopped, since a copy of a folder in use may not open.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IN_USE_FILE, processUsing } from '../src/lib/server/platform/db/data-dir.ts';
import { readSettings } from '../src/lib/server/platform/runtime.ts';

const settings = readSettings();
const file = process.argv[2];
function stop(message: string): never {
	console.error(message);
	process.exit(1);
}
if (settings.databaseUrl)
	stop('DATABASE_URL is set: back up the PostgreSQL server with pg_dump (docs/operations.md).');
if (!file) stop('Name the backup file: npm run backup -- samstemt-2026-12-01.tgz');
if (!existsSync(resolve(settings.dataDir, 'PG_VERSION')))
	stop(`${settings.dataDir} holds no database to back up.`);
const pid = processUsing(settings.dataDir);
if (pid !== null) stop(`Stop the app first: process ${pid} has ${settings.dataDir} open.`);
const tar = spawnSync(
	'tar',
	['czf', resolve(file), '-C', settings.dataDir, `--exclude=./${IN_USE_FILE}`, '.'],
	{ stdio: 'inherit' }
);
if (tar.status !== 0) stop('tar failed; the backup is not complete.');
console.log(`Backed up ${settings.dataDir} to ${resolve(file)}.`);
