import { inLanguage, type Lifecycle } from './lifecycles.api';

/**
 * A lifecycle as a Mermaid `stateDiagram-v2`: each state a node (by its label), an arrow from
 * the start to each initial state and from each final state to the end, and one labelled arrow
 * per (from, transition); a transition fired by a job carries `automaticMark` (e.g. （自动）). The diagram is generated from
 * the server's table, so it cannot drift from what the server does.
 */
export function toStateDiagram(lifecycle: Lifecycle, lang: string, automaticMark = ''): string {
  // Node ids of our own: a state id could be a Mermaid keyword (`end`, `state`) or hold a dash.
  const node = new Map(lifecycle.states.map((s, i) => [s.id, `s${i}`]));
  const idOf = (state: string) => {
    const id = node.get(state);
    if (!id) throw new Error(`lifecycle ${lifecycle.kind}: a transition names an unknown state "${state}"`);
    return id;
  };
  const lines = ['stateDiagram-v2'];
  for (const s of lifecycle.states) lines.push(`  state "${escape(inLanguage(s.label, lang))}" as ${idOf(s.id)}`);
  // A step that creates the record starts at [*]; an initial state no such step names still gets its arrow.
  const created = new Set(lifecycle.transitions.filter((t) => t.from.length === 0 && t.to !== null).map((t) => t.to));
  for (const s of lifecycle.states.filter((x) => x.initial && !created.has(x.id))) lines.push(`  [*] --> ${idOf(s.id)}`);
  for (const t of lifecycle.transitions) {
    const label = `${inLanguage(t.label, lang)}${t.automatic ? automaticMark : ''}`;
    if (t.from.length === 0 && t.to !== null) lines.push(`  [*] --> ${idOf(t.to)} : ${escape(label)}`);
    // `to` null: the step keeps the record in the state it fires from (an edit, a step inside a state).
    for (const from of t.from) lines.push(`  ${idOf(from)} --> ${idOf(t.to ?? from)} : ${escape(label)}`);
  }
  for (const s of lifecycle.states.filter((x) => x.final)) lines.push(`  ${idOf(s.id)} --> [*]`);
  const finals = lifecycle.states.filter((x) => x.final).map((s) => idOf(s.id));
  if (finals.length > 0) {
    lines.push('  classDef final stroke-width:3px');
    lines.push(`  class ${finals.join(',')} final`);
  }
  return lines.join('\n');
}

const ENTITIES: Record<string, string> = { '#': '#35;', '"': '#quot;', ':': '#58;', ';': '#59;', '<': '#lt;', '>': '#gt;' };

/** Characters that end or break a Mermaid label, as its entity codes (in one pass: a code's own # and ; stay). */
function escape(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[#":;<>]/g, (c) => ENTITIES[c]!);
}
