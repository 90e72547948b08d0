import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/request-context.js';
import { getInsurer, getProduct, listInsurers, listProducts, withWarnings } from './find-catalog.js';
import { createInsurer } from './create-insurer.js';
import { updateInsurer } from './update-insurer.js';
import { createProduct } from './create-product.js';
import { updateProduct } from './update-product.js';
import {
  CreateInsurerBody, CreateProductBody, IdParams, Insurer, ListInsurersQuery, ListProductsQuery, Product, ProductWithWarnings,
  UpdateInsurerBody, UpdateProductBody,
} from './catalog.types.js';

const tags = ['catalogue'];

/**
 * Insurers and products (保险公司 / 险种). Reading is for every signed-in user: it is
 * company-wide reference data without personal data, needed by agents, clerks, callback
 * agents and the administrators who keep it. Changes need catalog.manage at head office.
 */
export async function catalogRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/insurers',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Insurers; q = name or code prefix', querystring: ListInsurersQuery, response: { 200: pageOf(Insurer) } },
    },
    async (req) => listInsurers(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/insurers/:id',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'One insurer', params: IdParams, response: { 200: Insurer } } },
    async (req) => getInsurer(contextOf(req), req.params.id),
  );

  app.post(
    '/api/v1/insurers',
    {
      config: { permission: 'catalog.manage' },
      schema: { tags, summary: 'Add an insurer (head office; audited)', body: CreateInsurerBody, response: { 201: Insurer } },
    },
    async (req, reply) => reply.status(201).send(await createInsurer(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/insurers/:id',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        tags, summary: 'Change or (de)activate an insurer (send the version you read)', params: IdParams, body: UpdateInsurerBody,
        response: { 200: Insurer },
      },
    },
    async (req) => updateInsurer(contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/products',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, summary: 'Products; filter by insurer, line of business, term, state; q = name or code prefix',
        querystring: ListProductsQuery, response: { 200: pageOf(Product) },
      },
    },
    async (req) => listProducts(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/products/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'One product, with warnings about its figures', params: IdParams, response: { 200: ProductWithWarnings } },
    },
    async (req) => {
      const ctx = contextOf(req);
      return withWarnings(await getProduct(ctx, req.params.id), ctx.locale);
    },
  );

  app.post(
    '/api/v1/products',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        tags, summary: 'Add a product (head office; audited); warnings say what to double-check', body: CreateProductBody,
        response: { 201: ProductWithWarnings },
      },
    },
    async (req, reply) => reply.status(201).send(await createProduct(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/products/:id',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        tags, summary: 'Change a product (send the version you read); warnings say what to double-check', params: IdParams,
        body: UpdateProductBody, response: { 200: ProductWithWarnings },
      },
    },
    async (req) => updateProduct(contextOf(req), req.params.id, req.body),
  );
}
