import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http/request-context.js';
import { reviewCoverage } from './review-coverage.js';
import { CoverageParams, CoverageReview } from './coverage.types.js';

const tags = ['coverage'];

// 保障检视 (R-PO-5): per client and household.
export async function coverageRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/clients/:id/coverage',
    {
      config: { permission: 'policy.read', entity: 'client' },
      schema: {
        tags,
        summary: 'Coverage review of the client and household: lines × people, totals, gaps, overlaps, expiries, with the rules',
        params: CoverageParams,
        response: { 200: CoverageReview },
      },
    },
    async (req) => reviewCoverage(contextOf(req), req.params.id),
  );
}
