import { ClassicLevel } from 'classic-level';
import * as fs from 'node:fs';
import { StoreError } from './errors';
import type { LevelDB } from './iavl/node-db';

/** Marker written at creation; a database without it (or with another) is not ours to touch. */
export const SCHEMA_KEY = Buffer.from('m/schema');
export const SCHEMA = 'settle-store/1';

/**
 * Opens (or creates) the LevelDB at `path`. A database that LevelDB cannot open (corruption, lock
 * held by another process) or that was written by something else is refused with a clear error;
 * it is never repaired or reset here.
 */
export async function openDatabase(path: string): Promise<LevelDB> {
  const existed = fs.existsSync(path) && fs.readdirSync(path).length > 0;
  const db = new ClassicLevel<Uint8Array, Uint8Array>(path, {
    keyEncoding: 'view',
    valueEncoding: 'view',
    createIfMissing: !existed,
  });
  try {
    await db.open();
  } catch (err) {
    const cause = (err as { cause?: Error }).cause ?? (err as Error);
    const code = (err as { code?: string }).code;
    if (code === 'LEVEL_LOCKED' || /lock/i.test(cause.message)) {
      throw new StoreError('CORRUPT_DATABASE', `database at ${path} is locked: is another settled process using this home folder? (${cause.message})`);
    }
    throw new StoreError(
      'CORRUPT_DATABASE',
      `database at ${path} cannot be opened: ${cause.message}. It was left untouched; restore it from a backup or a snapshot, or start over with a new home folder.`,
    );
  }
  const schema = await db.get(SCHEMA_KEY);
  if (schema === undefined) {
    let empty = true;
    for await (const _ of db.keys({ limit: 1 })) empty = false;
    if (!empty) {
      await db.close();
      throw new StoreError('FOREIGN_DATABASE', `database at ${path} holds data that settle did not write (no schema marker); refusing to use it`);
    }
    await db.put(SCHEMA_KEY, Buffer.from(SCHEMA), { sync: true });
  } else if (Buffer.from(schema).toString() !== SCHEMA) {
    await db.close();
    throw new StoreError('FOREIGN_DATABASE', `database at ${path} has schema "${Buffer.from(schema).toString()}", expected "${SCHEMA}"`);
  }
  return db;
}
