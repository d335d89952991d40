// Restores the embedded database folder from a backup made by `npm run backup`:
// `npm run restore -- <file>`. The app must be stopped. The backup is unpacked beside the folder
// first and swapped in only when it is complete; the folder it replaces is kept beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { processUsing, restoringDirOf } from '../src/lib/server/platform/db/data-dir.ts';
import { readSettings } from '../src/lib/server/platform/runtime.ts';

const settings = readSettings();
const dir = settings.dataDir;
const file = process.argv[2];
function stop(message: string): never {
	console.error(message);
	process.exit(1);
}
if (settings.databaseUrl)
	stop('DATABASE_URL is set: restore the PostgreSQL server with pg_restore (docs/operations.md).');
if (!file || !existsSync(file)) stop('Name an existing backup file: npm run restore -- <file>');
const pid = processUsing(dir);
if (pid !== null) stop(`Stop the app first: process ${pid} has ${dir} open.`);

const staging = restoringDirOf(dir);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const tar = spawnSync('tar', ['xzf', resolve(file), '-C', staging], { stdio: 'inherit' });
if (tar.status !== 0 || !existsSync(resolve(staging, 'PG_VERSION')))
	stop(`${file} did not unpack into a complete database; ${dir} is unchanged.`);
let kept = '';
if (existsSync(dir)) {
	kept = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
	renameSync(dir, kept);
}
renameSync(staging, dir);
console.log(
	`Restored ${dir} from ${resolve(file)}.${kept ? ` The folder it replaced is in ${kept}.` : ''}`
);
