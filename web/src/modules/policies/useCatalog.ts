import { useLoad } from '../../shared/useLoad';
import { catalogueKeys } from '../catalogue/catalogue.api';
import { listInsurers, listProducts, type Product } from './policies.api';

// The catalogue changes rarely (head office keeps it): read once, then from the cache until a catalogue write here.
const ONCE = Number.POSITIVE_INFINITY;

/** Active insurers (GET /insurers). */
export function useInsurers() {
  return useLoad(catalogueKeys.activeInsurers(), listInsurers, { staleTime: ONCE });
}

/** Active products of one insurer (GET /products?insurerId=). */
export function useProducts(insurerId: number | undefined) {
  return useLoad(
    catalogueKeys.activeProducts(insurerId),
    () => (insurerId ? listProducts(insurerId) : Promise.resolve([] as Product[])),
    { staleTime: ONCE },
  );
}
