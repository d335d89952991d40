// Seeds the demo into the configured database if it is empty (the start command does this too).
import { getDatabase } from '../src/lib/server/runtime.ts';
import { isSeeded, seedDemo } from '../src/lib/server/demo/seed.ts';

const database = await getDatabase();
if (await isSeeded(database.db)) {
	console.log('The database already has data; nothing seeded.');
} else {
	const logins = await seedDemo(database.db);
	console.log(`Seeded the demo with ${logins.length} users.`);
}
await database.close();
