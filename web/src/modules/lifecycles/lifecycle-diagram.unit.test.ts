import { describe, expect, it } from 'vitest';
import { toStateDiagram } from './lifecycle-diagram';
import type { Lifecycle } from './lifecycles.api';
import { policyLifecycle } from './lifecycle.fixture';

const policy = policyLifecycle;

describe('a lifecycle as a state diagram', () => {
  it('draws each state by its label, the start into each initial state and each final state to the end', () => {
    const text = toStateDiagram(policy, 'zh-CN');
    expect(text.split('\n')[0]).toBe('stateDiagram-v2');
    expect(text).toContain('state "已登记" as s0');
    expect(text).toContain('state "满期" as s3');
    expect(text).toContain('[*] --> s0');
    expect(text).toContain('[*] --> s1');
    expect(text).not.toContain('[*] --> s2');
    expect(text).toContain('s3 --> [*]');
    expect(text).toContain('class s3 final');
  });

  it('draws one labelled arrow for every state a transition may fire from, marking automatic ones', () => {
    const text = toStateDiagram(policy, 'zh-CN', '（自动）');
    expect(text).toContain('s0 --> s2 : 核对一致');
    expect(text).toContain('s1 --> s2 : 核对一致');
    expect(text).toContain('s2 --> s3 : 期满#58; 到期（自动）');
  });

  it('follows the language, and keeps characters that would break the diagram out of it', () => {
    const text = toStateDiagram(policy, 'en', ' (automatic)');
    expect(text).toContain('state "Registered" as s0');
    expect(text).toContain('s2 --> s3 : expired#59; end #quot;date#quot; (automatic)');
    // A state id that is a Mermaid keyword never reaches the diagram.
    expect(text).not.toMatch(/\bend\b --> /);
  });

  it('starts a creating step at the start with its label, and draws a step that keeps the state as a loop', () => {
    const withSteps: Lifecycle = {
      ...policy,
      transitions: [
        ...policy.transitions,
        { event: 'register', label: { zh: '登记', en: 'register' }, from: [], to: 'registered', permission: 'policy.write', automatic: false, deadlines: [] },
        { event: 'correct', label: { zh: '更正', en: 'correct' }, from: ['registered', 'on_hold'], to: null, permission: 'policy.write', automatic: false, deadlines: [] },
      ],
    };
    const text = toStateDiagram(withSteps, 'zh-CN');
    expect(text).toContain('[*] --> s0 : 登记');
    expect(text).not.toMatch(/^ {2}\[\*\] --> s0$/m); // no unlabelled arrow beside the labelled one
    expect(text).toContain('[*] --> s1'); // on hold has no creating step here: the plain start arrow stays
    expect(text).toContain('s0 --> s0 : 更正');
    expect(text).toContain('s1 --> s1 : 更正');
  });

  it('refuses a transition to a state the lifecycle does not have', () => {
    const broken = { ...policy, transitions: [{ ...policy.transitions[0]!, to: 'lapsed' }] };
    expect(() => toStateDiagram(broken, 'zh-CN')).toThrow(/unknown state "lapsed"/);
  });
});
