/**
 * npx tsx bench/tools/replica-pair.ts
 *
 * Starts a PostgreSQL 15 primary and a streaming standby taken from it with `pg_basebackup -R`
 * (the same pair the replica test starts: Debian's binaries, free ports, a temporary directory),
 * prints their addresses and keeps them up until Ctrl-C, then removes them. For the mixed-load
 * benchmark with and without DATABASE_READ_URL: generate into the primary (`createdb` there, then
 * `npm run bench:data`), and the standby replays it. Both share this machine's cores, so the run
 * shows that the replica path holds under load, not that it is faster (bench/README.md).
 */
import { replicationUnavailable, startReplicatedPostgres } from "../../test/replicatedPostgres";

const why = replicationUnavailable();
if (why) {
  console.error(`cannot start a primary and a standby here: ${why}`);
  process.exit(1);
}
const pair = await startReplicatedPostgres();
console.log(
  `primary ${pair.primaryUrl}\nstandby ${pair.standbyUrl}\nCtrl-C stops both and removes their files.`,
);
const stop = async () => {
  await pair.destroy();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
