// Seeds the demo into the configured database if it is empty (the start command does this too).
import { getDatabase } from '../src/lib/server/platform/runtime.ts';
import { seedDemoOnce } from '../src/lib/server/demo/seed.ts';

const database = await getDatabase();
const logins = await seedDemoOnce(database.db);
console.log(
	logins
		? `Seeded the demo with ${logins.length} users.`
		: 'The database already has data; nothing seeded.'
);
await database.close();
