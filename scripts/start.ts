// Starts the built app. On start the app applies pending migrations and, on an empty database,
// seeds the demo and prints its logins (SEED_DEMO=false leaves it empty).
import { assertDataDirUsable, DataDirError } from '../src/lib/server/platform/db/data-dir.ts';
import { readSettings } from '../src/lib/server/platform/runtime.ts';
import { SERVER_NODE_FLAGS } from './lib/node-flags.ts';

const settings = readSettings();
if (!settings.databaseUrl) {
	try {
		assertDataDirUsable(settings.dataDir);
	} catch (err) {
		if (!(err instanceof DataDirError)) throw err;
		console.error(`Samstemt cannot start: ${err.message}`);
		process.exit(1);
	}
}
const missing = SERVER_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
if (missing.length)
	console.warn(
		`Started without ${missing.join(' ')}: the server will use more memory (see docs/operations.md).`
	);
process.env.PORT ??= '3000';
// adapter-node assumes https without ORIGIN; the local default is plain http.
process.env.ORIGIN ??= settings.origin;
// Uploads (hearing documents) may be up to 25 MB; adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '26M';
console.log(
	`Samstemt starts on ${process.env.ORIGIN} (${settings.databaseUrl ? 'PostgreSQL server' : `embedded database in ${settings.dataDir}`})`
);
// A computed specifier keeps the type checker out of the generated bundle.
const entry = new URL('../build/index.js', import.meta.url).href;
await import(entry);
