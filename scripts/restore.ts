// Restores the embedded database folder from a backup made by `npm run backup`:
// `npm run restore -- <file>`. The app must be stopped. The backup is unpacked beside the folder
// first and swapped in only when it is complete; the folder it replaces is kept beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoringDirOf } from '../src/lib/server/platform/db/data-dir.ts';
import { dataDirCommand, stop } from './lib/data-dir-command.ts';

const { dir, file } = dataDirCommand(
	'pg_restore',
	'Name the backup file: npm run restore -- <file>'
);
if (!existsSync(file)) stop(`${file} does not exist.`);

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
