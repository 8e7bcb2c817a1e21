/**
 * Entry data types inferred from the content model, so that pages are typed by
 * the same single definition as the schemas (nothing is written twice).
 */
import type { Fields } from './fields';

/** How a reference reads after validation: Astro's `{ id, collection }` or a plain id. */
type ReferenceValue<C, R> = R extends 'id' ? string : { id: string; collection: C };

type ValueOf<F, R> = F extends { kind: 'string' | 'date' | 'month' | 'image' | 'file' }
  ? string
  : F extends { kind: 'number' }
    ? number
    : F extends { kind: 'boolean' }
      ? boolean
      : F extends { kind: 'select'; options: readonly { value: infer V }[] }
        ? V
        : F extends { kind: 'reference'; collection: infer C }
          ? ReferenceValue<C, R>
          : F extends { kind: 'list'; of: infer I }
            ? ValueOf<I, R>[]
            : F extends { kind: 'object'; fields: infer Fs extends Fields }
              ? DataOf<Fs, R>
              : never;

/** Always present after validation: required, defaulted, boolean, or a list (defaults to []). */
type Present<F> = F extends { required: true }
  ? true
  : F extends { default: NonNullable<unknown> }
    ? true
    : F extends { kind: 'list' | 'boolean' }
      ? true
      : false;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type DataOf<Fs extends Fields, R = 'astro'> = Simplify<
  { [K in keyof Fs as Present<Fs[K]> extends true ? K : never]: ValueOf<Fs[K], R> } & {
    [K in keyof Fs as Present<Fs[K]> extends true ? never : K]?: ValueOf<Fs[K], R>;
  }
>;
