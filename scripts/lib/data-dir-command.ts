// What the backup and restore commands share: the embedded folder, the file, and the checks that
// the app is not running on it.
import { processUsing } from '../../src/lib/server/platform/db/data-dir.ts';
import { readSettings } from '../../src/lib/server/platform/runtime.ts';

export function stop(message: string): never {
	console.error(message);
	process.exit(1);
}

/** The data folder and the named file, or a clear message and exit when either will not do. */
export function dataDirCommand(tool: 'pg_dump' | 'pg_restore', usage: string) {
	const settings = readSettings();
	const file = process.argv[2];
	if (settings.databaseUrl)
		stop(`DATABASE_URL is set: use ${tool} on the PostgreSQL server (docs/operations.md).`);
	if (!file) stop(usage);
	const pid = processUsing(settings.dataDir);
	if (pid !== null) stop(`Stop the app first: process ${pid} has ${settings.dataDir} open.`);
	return { dir: settings.dataDir, file };
}
