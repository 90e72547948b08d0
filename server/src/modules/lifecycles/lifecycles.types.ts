import { Type, type Static } from '@sinclair/typebox';

const Text = Type.Object({ zh: Type.String(), en: Type.String() });

export const LifecyclesResponse = Type.Object({
  items: Type.Array(Type.Object({
    kind: Type.String({ description: 'the record kind: policy, servicing, …' }),
    label: Text,
    states: Type.Array(Type.Object({ id: Type.String(), label: Text, initial: Type.Boolean(), final: Type.Boolean() })),
    transitions: Type.Array(Type.Object({
      event: Type.String(),
      label: Text,
      from: Type.Array(Type.String(), { description: 'empty: the transition that creates the record' }),
      to: Type.Union([Type.String(), Type.Null()], { description: 'null: the record stays in its state' }),
      permission: Type.Union([Type.String(), Type.Null()], { description: 'who may fire it; null: only the system (a job)' }),
      automatic: Type.Boolean(),
      deadlines: Type.Array(Type.Object({
        ruleId: Type.String(),
        effect: Type.Union([Type.Literal('opens'), Type.Literal('closes'), Type.Literal('cancels')]),
        label: Text,
        basis: Text,
      })),
    })),
  })),
});
export type LifecyclesResponse = Static<typeof LifecyclesResponse>;
