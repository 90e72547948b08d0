import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isDemoSeeded } from './seed-demo.js';

/** Whether the demo data set is loaded: the home page then tells the admin which demo user to try for each role. */
export async function demoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/v1/demo',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['demo'],
        summary: 'Whether the demo data set is loaded (anxin seed-demo, or the first start)',
        response: { 200: Type.Object({ loaded: Type.Boolean() }) },
      },
    },
    async () => ({ loaded: await isDemoSeeded(app.db) }),
  );
}
