/** One message: text, or a function of its arguments (counts, names) that returns text. */
// `any` in the parameters: each table narrows them; this is only the upper bound.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);

/** An element's messages in one language, by key. */
export type Messages = Record<string, Message>;

/**
 * Every element's English table, by tag. Each element's `<name>.messages.ts`
 * adds itself here (declaration merging), so overrides are typed for exactly
 * the elements a program imports.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MonoElementMessages {}

/** Messages to use instead of the built-in ones, by element tag; any subset. */
export type MessageOverrides = {
  [Tag in keyof MonoElementMessages]?: Partial<MonoElementMessages[Tag]>;
};

/**
 * Host overrides by language tag (`en`, `fr`, `fr-CI`, or a language the
 * package does not ship, such as `yo`), as `configure({ messages })` and
 * `<mono-provider>.messages` take them. An element whose nearest `lang` is
 * `fr-CI` reads `fr-CI`, then `fr`, then `en`; the most specific wins.
 */
export type MonoMessages = Record<string, MessageOverrides>;

/** A translation of `T`: every key English has, each with English's signature. */
export type Translation<T extends Messages> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** A module holding one language's table for one element (`default` export). */
export type TranslationModule<T extends Messages> = { default: Translation<T> };

/** Imports one language's table; remembers it (or its pending import) in `loaded`. */
export interface Loader<T extends Messages> {
  (): Promise<TranslationModule<T>>;
  loaded?: Translation<T> | Promise<unknown>;
}

/**
 * What an element says, in English and, loaded when first needed, in other
 * languages. Overrides name it by the element's tag.
 */
export interface MessageTable<T extends Messages> {
  /** The name overrides give these messages, when not the element's tag (a part with its own table). */
  readonly tag?: keyof MonoElementMessages;
  /** English: the source, inline in the element's entry, and the fallback. */
  readonly en: T;
  /** Other built-in languages by primary language subtag, each a lazily imported module. */
  readonly load: Readonly<Record<string, Loader<T>>>;
}
