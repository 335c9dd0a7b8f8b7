/** The path of a usable redis-server, or undefined. Honours REDIS_SERVER. */
export function findRedis(): string | undefined;
/** As findRedis(), installing Debian's redis-server first where possible; throws with install instructions otherwise. */
export function ensureRedis(): string;
/** Install instructions for redis-server, per system. */
export const HOW_TO_INSTALL: string;
