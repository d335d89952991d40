// The embedded database's folder: one process at a time, and never one that is half restored.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written into the folder while an app process has it open; holds that process's id. */
export const IN_USE_FILE = 'samstemt.pid';

export class DataDirError extends Error {}

/** A folder beside the data folder that `npm run restore` fills before it swaps it in. */
export const restoringDirOf = (dir: string) => `${dir}.restoring`;

function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
	// A process id can be reused after a crash: on Linux, count only a Node.js process.
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
	} catch {
		return true;
	}
}

/** The id of the live process that has the folder open, if any. */
export function processUsing(dir: string): number | null {
	try {
		const pid = Number(readFileSync(join(dir, IN_USE_FILE), 'utf8').trim());
		return pid !== process.pid && isAlive(pid) ? pid : null;
	} catch {
		return null;
	}
}

/**
 * Refuses a folder that PGlite would abort on or that another process has open, with a message
 * that says what to do: an unfinished restore, a folder copied only in part, a second instance.
 */
export function assertDataDirUsable(dir: string): void {
	if (existsSync(restoringDirOf(dir)))
		throw new DataDirError(
			`A restore of ${dir} is unfinished: ${restoringDirOf(dir)} exists. Run the restore again ` +
				'with the app stopped (npm run restore -- <backup file>), or remove that folder.'
		);
	const pid = processUsing(dir);
	if (pid !== null)
		throw new DataDirError(
			`${dir} is in use by process ${pid}. The embedded database is for one process at a time: ` +
				'stop that one first, or set DATABASE_URL to share a PostgreSQL server.'
		);
	const entries = existsSync(dir) ? readdirSync(dir).filter((name) => name !== IN_USE_FILE) : [];
	if (entries.length && !['PG_VERSION', 'global', 'base'].every((name) => entries.includes(name)))
		throw new DataDirError(
			`${dir} is not a complete database folder (PG_VERSION, global or base is missing): ` +
				'it may have been copied or restored only in part. Restore it from a backup with the ' +
				'app stopped (npm run restore -- <backup file>), or point DATA_DIR at another folder.'
		);
}

/** Marks the folder as open by this process until it exits. */
export function claimDataDir(dir: string): void {
	assertDataDirUsable(dir);
	const file = join(dir, IN_USE_FILE);
	writeFileSync(file, String(process.pid));
	process.once('exit', () => {
		try {
			if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
		} catch {
			// already gone
		}
	});
}
