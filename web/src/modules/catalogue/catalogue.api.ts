import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { everyOf, type BodyOf, type QueryOf, type ResponseOf } from '../../api/types';

/** 保险公司. */
export type Insurer = ResponseOf<'/insurers/{id}'>;

/** 险种 / 产品, with the figures policies inherit; `riskWarningRequired`: participating, investment-linked or universal (R-NB-1). */
export type Product = ResponseOf<'/products'>['items'][number];

export type LineOfBusiness = Product['lineOfBusiness'];
export const LINES_OF_BUSINESS = everyOf<LineOfBusiness>()(['life', 'health', 'accident', 'property', 'auto', 'liability', 'other']);
export type TermType = Product['termType'];
export const TERM_TYPES = everyOf<TermType>()(['short_term', 'long_term']);

/** Saved, but worth a second look (e.g. a hesitation period under 10 days), with its basis. */
export type ProductWithWarnings = ResponseOf<'/products/{id}'>;
export type ProductWarning = ProductWithWarnings['warnings'][number];

export type InsurerInput = Omit<BodyOf<'/insurers/{id}', 'patch'>, 'version' | 'active'>;
export type ProductInput = Omit<BodyOf<'/products/{id}', 'patch'>, 'version' | 'active'>;

export type InsurerFilters = Pick<QueryOf<'/insurers'>, 'q' | 'active'>;
export type ProductFilters = Pick<QueryOf<'/products'>, 'q' | 'insurerId' | 'lineOfBusiness' | 'active'>;

export const PAGE_SIZE = 50;

export const listInsurers = (filters: InsurerFilters, cursor?: string) =>
  api.get<ResponseOf<'/insurers'>>('/insurers', { ...filters, cursor, limit: PAGE_SIZE } satisfies QueryOf<'/insurers'>);

export const createInsurer = (body: BodyOf<'/insurers', 'post'>) => api.post<ResponseOf<'/insurers', 'post', 201>>('/insurers', body);

export const updateInsurer = (id: number, body: BodyOf<'/insurers/{id}', 'patch'>) => api.patch<ResponseOf<'/insurers/{id}', 'patch'>>(`/insurers/${id}`, body);

export const listProducts = (filters: ProductFilters, cursor?: string) =>
  api.get<ResponseOf<'/products'>>('/products', { ...filters, cursor, limit: PAGE_SIZE } satisfies QueryOf<'/products'>);

export const createProduct = (body: BodyOf<'/products', 'post'>) => api.post<ResponseOf<'/products', 'post', 201>>('/products', body);

export const updateProduct = (id: number, body: BodyOf<'/products/{id}', 'patch'>) => api.patch<ResponseOf<'/products/{id}', 'patch'>>(`/products/${id}`, body);

/** Every insurer at once (a few dozen at most), for pickers and filters. */
export const allInsurers = (active?: boolean) =>
  api.get<ResponseOf<'/insurers'>>('/insurers', { active, limit: 200 } satisfies QueryOf<'/insurers'>).then((p) => p.items);

/** Query keys of the catalogue: its pages' lists and the policy form's choices. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  insurers: () => [...catalogueKeys.all, 'insurers'] as const,
  allInsurers: (active?: boolean) => [...catalogueKeys.all, 'all-insurers', active ?? null] as const,
  products: () => [...catalogueKeys.all, 'products'] as const,
  /** What the policy form offers: the active insurers, and an insurer's active products. */
  activeInsurers: () => [...catalogueKeys.all, 'active-insurers'] as const,
  activeProducts: (insurerId: number | undefined) => [...catalogueKeys.all, 'active-products', insurerId ?? null] as const,
};

/** A catalogue write; afterwards every read of insurers and products (these lists, the policy form's choices) is read again. */
export function useCatalogueWrite<V, R>(write: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: catalogueKeys.all }) });
}
