// Child process for the durability test: seeds an embedded database, then posts progress
// updates through the domain and prints each id once its transaction is acknowledged.
import { applyMigrations } from '../platform/db/migrate.ts';
import { openDatabase } from '../platform/db/client.ts';
import { seedDemo } from '../demo/seed.ts';
import { recordProgress } from '../actions/commands.ts';
import { user } from '../users/schema.ts';
import { eq } from 'drizzle-orm';
import { resolve } from 'node:path';

const database = await openDatabase({ dataDir: process.argv[2] });
await applyMigrations(database, {
	migrationsFolder: resolve(import.meta.dirname, '../../../../drizzle')
});
await seedDemo(database.db, { passwordHash: 'x' });
const [row] = await database.db.select().from(user).where(eq(user.role, 'secretariat'));
const ctx = {
	db: database.db,
	origin: 'http://localhost',
	actor: {
		id: row.id,
		name: row.name,
		email: row.email,
		role: row.role,
		organisationId: row.organisationId
	}
};
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
	const update = await recordProgress(ctx, {
		code: 'HA16',
		text: `Oppdatering ${i}`,
		status: 'in_progress',
		progress: String(i % 100)
	});
	process.stdout.write(`${update.id}\n`);
}
