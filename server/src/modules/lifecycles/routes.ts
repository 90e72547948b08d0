import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AnxinModule } from '../../kit/module.js';
import { contextOf } from '../../platform/http/request-context.js';
import { describeLifecycles } from './describe-lifecycles.js';
import { LifecyclesResponse } from './lifecycles.types.js';

export async function lifecycleRoutes(fastify: FastifyInstance, { registry }: { registry: readonly AnxinModule[] }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const lifecycles = registry.flatMap((m) => m.lifecycles ?? []);
  app.get(
    '/api/v1/lifecycles',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['lifecycles'],
        summary: "Every record kind's lifecycle: states, transitions, who may fire them, the deadlines each opens or closes",
        response: { 200: LifecyclesResponse },
      },
    },
    async (req) => describeLifecycles(contextOf(req), lifecycles),
  );
}
