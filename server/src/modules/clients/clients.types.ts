import { Type, type Static } from '@sinclair/typebox';
import { Id, Version } from '../../platform/http/schemas.js';
import { listQuery } from '../../platform/http/list-query.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date' });

export const ClientKind = lit(['person', 'organisation'] as const);
export const Gender = lit(['male', 'female'] as const);
export const IdType = lit(['resident_id', 'passport', 'other'] as const);
export const ContactPreference = lit(['phone', 'sms', 'wechat', 'email', 'visit', 'letter'] as const);
export const LinkRelation = lit(['spouse', 'child', 'parent', 'employer', 'employee', 'other'] as const);

export const ClientLink = Type.Object({
  id: Type.Integer(),
  /** The other client of the link. */
  clientId: Type.Integer(),
  name: Type.String(),
  /** What that client is to this one (spouse, child, employer, …). */
  relation: LinkRelation,
});

/** A client as every API answer shows it: ID number, mobile and address masked (R-CL-6). */
export const Client = Type.Object({
  id: Type.Integer(),
  kind: ClientKind,
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  /** The org unit's English name, if it has one (the web shows it in English). */
  orgUnitNameEn: Nullable(Type.String()),
  agentId: Nullable(Type.Integer()),
  agentName: Nullable(Type.String()),
  name: Type.String(),
  gender: Nullable(Gender),
  birthDate: Nullable(IsoDate),
  idType: Nullable(IdType),
  idNumber: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  address: Nullable(Type.String()),
  occupation: Nullable(Type.String()),
  contactPreference: Nullable(ContactPreference),
  unifiedCreditCode: Nullable(Type.String()),
  contactPerson: Nullable(Type.String()),
  consentMarketing: Type.Boolean(),
  consentMarketingAt: Nullable(DateTime),
  consentSensitive: Type.Boolean(),
  consentSensitiveAt: Nullable(DateTime),
  firstContactAt: DateTime,
  /** When identity and contact were complete (R-CL-2); null while the archive is incomplete. */
  archivedAt: Nullable(DateTime),
  mergedIntoId: Nullable(Type.Integer()),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Client = Static<typeof Client>;

/** Per masked field: may the caller reveal it (R-CL-6; the reveal route refuses the others with the reason). */
export const Revealable = Type.Object({ idNumber: Type.Boolean(), mobile: Type.Boolean(), address: Type.Boolean() });

export const ClientDetail = Type.Object({ ...Client.properties, links: Type.Array(ClientLink), revealable: Revealable });
export type ClientDetail = Static<typeof ClientDetail>;

/** A possible duplicate: same name and mobile. */
export const DuplicateHint = Type.Object({ id: Type.Integer(), name: Type.String(), mobile: Nullable(Type.String()), orgUnitId: Type.Integer() });
export type DuplicateHint = Static<typeof DuplicateHint>;

// Shapes only; the domain checks (checksums, dates, consistency) run together in the use case
// so that a form gets every problem in one answer.
const Text = (max: number) => Type.String({ maxLength: max });
const editable = {
  agentId: Type.Optional(Nullable(Id())),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  gender: Type.Optional(Nullable(Gender)),
  birthDate: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  idType: Type.Optional(Nullable(IdType)),
  idNumber: Type.Optional(Nullable(Text(40))),
  mobile: Type.Optional(Nullable(Text(20))),
  address: Type.Optional(Nullable(Text(200))),
  occupation: Type.Optional(Nullable(Text(60))),
  contactPreference: Type.Optional(Nullable(ContactPreference)),
  unifiedCreditCode: Type.Optional(Nullable(Text(18))),
  contactPerson: Type.Optional(Nullable(Text(60))),
  consentMarketing: Type.Optional(Type.Boolean()),
  consentSensitive: Type.Optional(Type.Boolean()),
};

export const CreateClientBody = Type.Object({
  kind: ClientKind,
  orgUnitId: Id(),
  ...editable,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  /** 首次接触时间; now when absent. Starts the R-CL-2 deadline. */
  firstContactAt: Type.Optional(DateTime),
  /** Create even though a client with the same name and mobile exists. */
  confirmDuplicate: Type.Optional(Type.Boolean()),
});
export type CreateClientBody = Static<typeof CreateClientBody>;

export const UpdateClientBody = Type.Object({ version: Version(), ...editable });
export type UpdateClientBody = Static<typeof UpdateClientBody>;

export const CLIENT_SORTS = ['name', 'createdAt', 'orgUnit'] as const;
export const ListClientsQuery = listQuery({
  sorts: CLIENT_SORTS,
  defaultSort: '-createdAt',
  filters: {
    agentId: Type.Optional(Id()),
    /** The org unit and every unit below it (within your scope). */
    orgUnitId: Type.Optional(Id()),
    kind: Type.Optional(ClientKind),
    /** complete: the archive is complete (建档完成); incomplete: not yet. */
    archive: Type.Optional(lit(['complete', 'incomplete'] as const)),
    /** Beijing dates, both ends included. */
    createdFrom: Type.Optional(IsoDate),
    createdTo: Type.Optional(IsoDate),
    firstContactFrom: Type.Optional(IsoDate),
    firstContactTo: Type.Optional(IsoDate),
    includeMerged: Type.Optional(Type.Boolean()),
  },
});
export type ListClientsQuery = Static<typeof ListClientsQuery>;

export const SearchClientsQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 60 }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const CareQuery = Type.Object({
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 7 })),
  /** First day of the window (Beijing date); today when absent. */
  from: Type.Optional(IsoDate),
  agentId: Type.Optional(Id()),
});

export const CareItem = Type.Object({
  /** The client's id. */
  id: Type.Integer(),
  name: Type.String(),
  orgUnitId: Type.Integer(),
  agentId: Nullable(Type.Integer()),
  agentName: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  /** The date the birthday is kept on (02-29 births: 02-28 in common years). */
  birthday: IsoDate,
  age: Type.Integer(),
  inDays: Type.Integer(),
});
export type CareItem = Static<typeof CareItem>;

export const TimelineEntry = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  kind: Type.String(),
  entityType: Nullable(Type.String()),
  entityId: Nullable(Type.String()),
  summary: Type.String(),
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
});

export const MergeBody = Type.Object({ intoId: Id(), version: Version() });
export const AddLinkBody = Type.Object({ relatedClientId: Id(), relation: LinkRelation });
export const RevealBody = Type.Object({ field: lit(['idNumber', 'mobile', 'address'] as const) });
export const ClientIdParams = Type.Object({ id: Id() });
export const LinkParams = Type.Object({ id: Id(), linkId: Id() });
