import { api, type Page } from '../../api/client';

export const LINES_OF_BUSINESS = ['life', 'health', 'accident', 'property', 'auto', 'liability', 'other'] as const;
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];
export const TERM_TYPES = ['short_term', 'long_term'] as const;
export type TermType = (typeof TERM_TYPES)[number];

/** 保险公司. */
export type Insurer = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  contactPerson: string | null;
  servicePhone: string | null;
  address: string | null;
  active: boolean;
  version: number;
};

/** 险种 / 产品, with the figures policies inherit. */
export type Product = {
  id: number;
  insurerId: number;
  insurerCode: string;
  insurerName: string;
  code: string;
  name: string;
  nameEn: string | null;
  lineOfBusiness: LineOfBusiness;
  termType: TermType;
  longTermHealth: boolean;
  participating: boolean;
  investmentLinked: boolean;
  universal: boolean;
  /** Participating, investment-linked or universal: sold with a risk warning (R-NB-1). */
  riskWarningRequired: boolean;
  hesitationPeriodDays: number | null;
  gracePeriodDays: number;
  renewable: boolean;
  active: boolean;
  version: number;
};

/** Saved, but worth a second look (e.g. a hesitation period under 10 days), with its basis. */
export type ProductWarning = { code: string; path: string; message: string; basis: string };
export type ProductWithWarnings = Product & { warnings: ProductWarning[] };

export type InsurerInput = { name?: string; nameEn?: string | null; contactPerson?: string | null; servicePhone?: string | null; address?: string | null };

export type ProductInput = {
  name?: string;
  nameEn?: string | null;
  lineOfBusiness?: LineOfBusiness;
  termType?: TermType;
  longTermHealth?: boolean;
  participating?: boolean;
  investmentLinked?: boolean;
  universal?: boolean;
  hesitationPeriodDays?: number | null;
  gracePeriodDays?: number;
  renewable?: boolean;
};

export type InsurerFilters = { q?: string; active?: boolean };
export type ProductFilters = { q?: string; insurerId?: number; lineOfBusiness?: LineOfBusiness; active?: boolean };

export const PAGE_SIZE = 50;

export const listInsurers = (filters: InsurerFilters, cursor?: string) =>
  api.get<Page<Insurer>>('/insurers', { ...filters, cursor, limit: PAGE_SIZE });

export const createInsurer = (body: InsurerInput & { code: string; name: string }) => api.post<Insurer>('/insurers', body);

export const updateInsurer = (id: number, body: InsurerInput & { version: number; active?: boolean }) => api.patch<Insurer>(`/insurers/${id}`, body);

export const listProducts = (filters: ProductFilters, cursor?: string) =>
  api.get<Page<Product>>('/products', { ...filters, cursor, limit: PAGE_SIZE });

export const createProduct = (body: ProductInput & { insurerId: number; code: string; name: string; lineOfBusiness: LineOfBusiness; termType: TermType }) =>
  api.post<ProductWithWarnings>('/products', body);

export const updateProduct = (id: number, body: ProductInput & { version: number; active?: boolean }) =>
  api.patch<ProductWithWarnings>(`/products/${id}`, body);

/** Every insurer at once (a few dozen at most), for pickers and filters. */
export const allInsurers = (active?: boolean) => api.get<Page<Insurer>>('/insurers', { active, limit: 200 }).then((p) => p.items);
