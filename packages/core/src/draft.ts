/** A record being built field by field: writable until it is returned. Internal, not part of the model. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };
