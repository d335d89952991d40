// Starts the built app: applies migrations, seeds the demo on an empty database, then serves.
import { getDatabase, readSettings } from '../src/lib/server/runtime.ts';
import { DEMO_PASSWORD, isSeeded, seedDemo } from '../src/lib/server/demo/seed.ts';

const settings = readSettings();
const database = await getDatabase(settings);
if (!(await isSeeded(database.db)) && process.env.SEED_DEMO !== 'false') {
	const logins = await seedDemo(database.db);
	console.log(
		'\nDemo data seeded. Log in with one of these (password for all: %s):',
		DEMO_PASSWORD
	);
	for (const login of logins) {
		console.log(`  ${login.email.padEnd(32)} ${login.role.padEnd(12)} ${login.organisation ?? ''}`);
	}
} else {
	console.log(
		`\nDemo logins: admin@…, sekretariat@…, steinkjer@… (see README), password ${DEMO_PASSWORD}`
	);
}
// The embedded database allows one process: close it before the server opens it again.
await database.close();
process.env.PORT ??= '3000';
// Uploads (the programme import) may be up to 5 MB; adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '6M';
// adapter-node assumes https without ORIGIN; the local default is plain http.
process.env.ORIGIN ??= settings.origin;
console.log(`\nSamstemt runs on ${settings.origin}\n`);
// A computed specifier keeps the type checker out of the generated bundle.
const entry = new URL('../build/index.js', import.meta.url).href;
await import(entry);
