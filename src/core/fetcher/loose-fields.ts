import { describe, isObject, type Json } from './read-fields.js';

/*
 * Readers for fields a screen can do without. Where read-fields.ts throws,
 * these leave the field out: Mono omits fields while an account is
 * PROCESSING, and some banks never send some, so one odd field must not
 * hide the rest. A field that is present but of the wrong kind is also
 * written to `notes` (path and kind, never the value) for developers.
 */

export type Notes = string[];

export const note = (notes: Notes, path: string, expected: string, value: unknown): void => {
  notes.push(`${path} should be ${expected}, got ${describe(value)}`);
};

const absent = (value: unknown): boolean => value === undefined || value === null;

/** A non-empty string, trimmed; `undefined` for null, missing or blank. */
export function looseString(value: unknown, path: string, notes: Notes): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') {
    note(notes, path, 'a string', value);
    return undefined;
  }
  return value.trim() || undefined;
}

/** Like `looseString`, but numbers are taken too: ids and account numbers sometimes arrive as numbers. */
export function looseStringish(value: unknown, path: string, notes: Notes): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return looseString(value, path, notes);
}

/** A finite number; a numeric string is not guessed at (kobo or naira?). */
export function looseNumber(value: unknown, path: string, notes: Notes): number | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    note(notes, path, 'a number', value);
    return undefined;
  }
  return value;
}

/** A list of words, trimmed and lower-cased; items that are not strings are dropped. */
export function looseWords(value: unknown, path: string, notes: Notes): string[] | undefined {
  if (absent(value)) return undefined;
  if (!Array.isArray(value)) {
    note(notes, path, 'a list of strings', value);
    return undefined;
  }
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim().toLowerCase());
}

/** An object, or `undefined` (noted when something else is there). */
export function looseObject(value: unknown, path: string, notes: Notes): Json | undefined {
  if (absent(value)) return undefined;
  if (!isObject(value)) {
    note(notes, path, 'an object', value);
    return undefined;
  }
  return value;
}

/** A place a field may sit in, with its path for notes. */
export interface Holder {
  source: Json;
  path: string;
}

/** The first holder that has one of `names` set (not null), with the field's path. */
export function findField(holders: readonly Holder[], ...names: string[]): { value: unknown; path: string } | undefined {
  for (const { source, path } of holders) {
    for (const name of names) {
      if (Object.prototype.hasOwnProperty.call(source, name) && !absent(source[name])) {
        return { value: source[name], path: path ? `${path}.${name}` : name };
      }
    }
  }
  return undefined;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date a screen can show. Date.parse alone is not enough: engines roll
 * `2021-02-30` over to March, so a leading Y-M-D is checked against the
 * calendar too.
 */
export function isValidDate(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return false;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!ymd) return true;
  const year = Number(ymd[1]);
  const month = Number(ymd[2]);
  const day = Number(ymd[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !leap ? 28 : DAYS[month - 1]!);
}
