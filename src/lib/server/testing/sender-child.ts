// Child process for the stale-claim test: claims one notification and starts sending it to a mail
// server that never answers, then waits to be killed.
import { openDatabase } from '../platform/db/client.ts';
import { deliverNotification } from '../notifications/deliver.ts';

const [target, id] = process.argv.slice(2);
const database = await openDatabase(target.includes('://') ? { url: target } : { dataDir: target });
await deliverNotification(database.db, Number(id), {
	send: () => {
		process.stdout.write('sending\n');
		return new Promise<void>(() => {});
	},
	close: () => {}
});
