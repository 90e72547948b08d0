/**
 * The server's request and answer shapes, read from web/src/api/schema.d.ts — generated from
 * the route schemas (`npm run api-types`, run by `npm run typecheck`). A module's API file names
 * its types from these, so a changed answer on the server fails the web's typecheck.
 *
 * Paths are written as the client sends them, below /api/v1: `ResponseOf<'/users/{id}'>`.
 */
import type { paths } from './schema';

type V1 = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type ApiPath = keyof V1;
/** The methods the server answers on a path. */
export type MethodOf<P extends ApiPath> = { [M in Method]-?: [NonNullable<V1[P][M]>] extends [never] ? never : M }[Method];
type Operation<P extends ApiPath, M extends MethodOf<P>> = NonNullable<V1[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

type Responses<P extends ApiPath, M extends MethodOf<P>> = Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON answer of an operation for one of its statuses (200 unless given; a status it lacks does not compile). */
export type ResponseOf<
  P extends ApiPath,
  M extends MethodOf<P> = 'get' & MethodOf<P>,
  S extends keyof Responses<P, M> & number = 200 & keyof Responses<P, M>,
> = Json<Responses<P, M>[S]>;

/** The JSON request body of an operation. */
export type BodyOf<P extends ApiPath, M extends MethodOf<P>> = Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query parameters of an operation (all optional where the server says so). */
export type QueryOf<P extends ApiPath, M extends MethodOf<P> = 'get' & MethodOf<P>> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * Every member of a union, listed for a select or a filter: the compiler refuses a list that
 * misses a value the server has or names one it does not. `everyOf<PolicyState>()([...])`.
 */
export const everyOf =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : 'missing a value the server has')) =>
    values;
