// Runs a command with REDIS_SERVER pointing at a usable redis-server
// (installed with apt on a fresh Debian/Ubuntu root machine):
//   node scripts/with-redis.mjs node scripts/test-node.mjs
import { spawnSync } from 'node:child_process';
import { ensureRedis } from './find-redis.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-redis.mjs <command> [args…]');
  process.exit(2);
}
let redis;
try {
  redis = ensureRedis();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, REDIS_SERVER: redis }, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
