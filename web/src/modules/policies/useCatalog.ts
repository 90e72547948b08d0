import { useLoad } from '../../shared/useLoad';
import { listInsurers, listProducts, type Insurer, type Product } from './policies.api';

// The catalogue changes rarely (head office keeps it): one load per page visit is plenty.
let insurers: Promise<Insurer[]> | null = null;
const products = new Map<number, Promise<Product[]>>();

function cached<T>(get: () => Promise<T> | null, set: (p: Promise<T> | null) => void, load: () => Promise<T>): Promise<T> {
  const existing = get();
  if (existing) return existing;
  const fresh = load().catch((err: unknown) => {
    set(null); // a failure is not remembered: the next visit tries again
    throw err;
  });
  set(fresh);
  return fresh;
}

/** Active insurers (GET /insurers), loaded once per page load. */
export function useInsurers() {
  return useLoad(() => cached(() => insurers, (p) => (insurers = p), listInsurers), []);
}

/** Active products of one insurer (GET /products?insurerId=). */
export function useProducts(insurerId: number | undefined) {
  return useLoad(
    () =>
      insurerId
        ? cached(() => products.get(insurerId) ?? null, (p) => (p ? products.set(insurerId, p) : products.delete(insurerId)), () => listProducts(insurerId))
        : Promise.resolve([] as Product[]),
    [insurerId],
  );
}
