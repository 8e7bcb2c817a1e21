/**
 * Decap's TOML parser (@iarna/toml, reached through its file formats that
 * entry-formats.ts wraps) reads Node's `global`. Vite serves that module
 * unbundled under npm start, where no bundler replaces `global`: point it at the
 * browser's global object before any Decap module runs (imported first in cms.ts).
 */
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;
