// mono-connect-elements/server/redis: the bus for several server instances.
// Its own entry, so only hosts that import it need ioredis (an optional peer dependency).
export { createRedisBus } from './bus/redis.js';
export type { RedisBus, RedisBusOptions } from './bus/redis.js';
export type { BusEvent, BusState, MonoBus } from './bus/types.js';
