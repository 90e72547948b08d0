// Request and response schemas every module shares: ids, versions and the one error shape.
import { Type, type IntegerOptions, type TSchema } from '@sinclair/typebox';

/** Ids are `integer` columns (int4): a larger number could never name a record and would fail in the database. */
export const MAX_ID = 2_147_483_647;

/** A record id in a path, a query or a body (issue 9, item 2: one schema for every id). */
export const Id = (options: IntegerOptions = {}) => Type.Integer({ minimum: 1, maximum: MAX_ID, ...options });

/** The optimistic-lock version a client read and sends back with a change. */
export const Version = () => Type.Integer({ minimum: 1, maximum: MAX_ID, description: 'the version you read' });

export const IdParams = Type.Object({ id: Id() });

/** A value or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** An instant, ISO 8601 with its offset. */
export const DateTime = Type.String({ format: 'date-time' });

/**
 * `{"error":{"code","message","fields":[{"path","message"}],"requestId"}}`, declared on every
 * operation of the OpenAPI document for 4XX and 5XX. Extra members (e.g. `current` on a version
 * conflict, `lockedUntil` on a lockout) are allowed.
 */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'stable machine-readable code, e.g. VALIDATION_FAILED' }),
        message: Type.String({ description: 'in the language of Accept-Language (zh-CN by default, or en)' }),
        fields: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
        requestId: Type.Optional(Type.String()),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);
