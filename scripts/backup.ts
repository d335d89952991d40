// Backs up the embedded database folder into a .tgz file: `npm run backup -- <file>`. The app
// must be stopped, since a copy of a folder in use may not open.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IN_USE_FILE } from '../src/lib/server/platform/db/data-dir.ts';
import { dataDirCommand, stop } from './lib/data-dir-command.ts';

const { dir, file } = dataDirCommand(
	'pg_dump',
	'Name the backup file: npm run backup -- samstemt-2026-12-01.tgz'
);
if (!existsSync(resolve(dir, 'PG_VERSION'))) stop(`${dir} holds no database to back up.`);
const tar = spawnSync('tar', ['czf', resolve(file), '-C', dir, `--exclude=./${IN_USE_FILE}`, '.'], {
	stdio: 'inherit'
});
if (tar.status !== 0) stop('tar failed; the backup is not complete.');
console.log(`Backed up ${dir} to ${resolve(file)}.`);
