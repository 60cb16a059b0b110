/**
 * The "single undertaking" of de minimis aid (Regulation 2023/2831 Art. 2(2), DOMAIN-FACTS §5):
 * all enterprises linked by control — (a) a majority of voting rights, (b) the right to appoint
 * or remove a majority of the board, (c) dominant influence by contract or statutes, (d) control
 * of a majority of votes by agreement with other shareholders — also through other enterprises.
 *
 * Each link is an edge from controller to controlled; the single undertaking of an enterprise is
 * its connected component, ignoring direction (two subsidiaries of one parent belong together).
 * Enterprises whose only relation is that each is linked to the same public body are not linked
 * (recital of the regulation), so public bodies are never members and never bridges. Links carry
 * an optional validity period; the undertaking is determined as it stood on `asOf` (the grant date).
 */
import type { ControlBasis, ControlLink, PathStep, Reason, SingleUndertaking, UndertakingMember } from "../../../contracts/grants.js";
import { reason } from "./reason.js";

export interface UndertakingInput {
  links: readonly ControlLink[];
  asOf: string;
  /** Ids of public bodies (province, municipality, region…): not undertakings for this rule. */
  publicBodyIds?: ReadonlySet<string>;
}

const BASIS_TEXT: Record<ControlBasis, string> = {
  voting_majority: "holds the majority of the voting rights in",
  board_majority: "may appoint or remove the majority of the board of",
  dominant_influence: "has a dominant influence by contract or statutes on",
  shareholder_agreement: "controls the majority of the votes by agreement with other shareholders in",
};

interface Edge {
  to: string;
  step: PathStep;
}

interface Graph {
  adjacency: Map<string, Edge[]>;
  ignored: SingleUndertaking["ignoredLinks"];
}

function buildGraph({ links, asOf, publicBodyIds }: UndertakingInput): Graph {
  const adjacency = new Map<string, Edge[]>();
  const ignored: Graph["ignored"] = [];
  const add = (from: string, edge: Edge) => {
    const list = adjacency.get(from) ?? [];
    list.push(edge);
    adjacency.set(from, list);
  };
  for (const link of links) {
    const { controllerId, controlledId, basis } = link;
    const validFrom = link.validFrom ?? null;
    const validUntil = link.validUntil ?? null;
    const skip = (r: Reason) => ignored.push({ controllerId, controlledId, reason: r });
    if (controllerId === controlledId) continue;
    if ((validFrom && validFrom > asOf) || (validUntil && validUntil < asOf)) {
      skip(reason("undertaking.link_not_in_force", `The control of ${controllerId} over ${controlledId} was not in force on ${asOf}.`, { controllerId, controlledId, asOf, validFrom, validUntil }));
      continue;
    }
    const publicBody = [controllerId, controlledId].find((id) => publicBodyIds?.has(id));
    if (publicBody) {
      skip(reason("undertaking.public_body", `${publicBody} is a public body; enterprises linked only through a public body do not form one undertaking.`, { controllerId, controlledId, publicBodyId: publicBody }));
      continue;
    }
    add(controllerId, { to: controlledId, step: { from: controllerId, to: controlledId, direction: "controls", basis } });
    add(controlledId, { to: controllerId, step: { from: controlledId, to: controllerId, direction: "controlled_by", basis } });
  }
  return { adjacency, ignored };
}

/** Breadth-first search: the shortest chain of control from the root to every member. */
function component(root: string, graph: Graph): UndertakingMember[] {
  const paths = new Map<string, PathStep[]>([[root, []]]);
  const queue = [root];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const edge of graph.adjacency.get(current) ?? []) {
      if (paths.has(edge.to)) continue;
      paths.set(edge.to, [...paths.get(current)!, edge.step]);
      queue.push(edge.to);
    }
  }
  return [...paths.entries()].map(([enterpriseId, path]) => ({ enterpriseId, path, reason: explainPath(root, enterpriseId, path) }));
}

/** "A holds the majority of the voting rights in X; X may appoint … of B." */
export function describeStep(step: PathStep): string {
  return step.direction === "controls"
    ? `${step.from} ${BASIS_TEXT[step.basis]} ${step.to}`
    : `${step.to} ${BASIS_TEXT[step.basis]} ${step.from}`;
}

function explainPath(root: string, member: string, path: PathStep[]): Reason {
  if (path.length === 0) return reason("undertaking.self", `${root} is the enterprise itself.`, { enterpriseId: root });
  const chain = path.map(describeStep).join("; ");
  return reason(
    path.length === 1 ? "undertaking.direct_link" : "undertaking.indirect_link",
    `${member} belongs to the single undertaking of ${root}: ${chain}.`,
    { enterpriseId: root, memberId: member, steps: path.length },
  );
}

/** The single undertaking of one enterprise on a date, with the chain of control behind each member. */
export function singleUndertaking(enterpriseId: string, input: UndertakingInput): SingleUndertaking {
  const graph = buildGraph(input);
  return { enterpriseId, asOf: input.asOf, members: component(enterpriseId, graph), ignoredLinks: graph.ignored };
}

export interface UndertakingGroup {
  /** The given enterprises that belong together, in the order given. */
  enterpriseIds: string[];
  /** Path from the group's first enterprise to each of the other given enterprises. */
  members: UndertakingMember[];
}

/**
 * Partitions enterprises (e.g. a consortium's partners) into single undertakings. Enterprises
 * outside the list still connect them: A and B are one group if both are controlled by X.
 */
export function groupIntoUndertakings(enterpriseIds: readonly string[], input: UndertakingInput): { groups: UndertakingGroup[]; ignoredLinks: SingleUndertaking["ignoredLinks"] } {
  const graph = buildGraph(input);
  const assigned = new Set<string>();
  const groups: UndertakingGroup[] = [];
  for (const id of enterpriseIds) {
    if (assigned.has(id)) continue;
    const members = component(id, graph);
    const inGroup = new Set(members.map((m) => m.enterpriseId));
    const ids = enterpriseIds.filter((other, i) => inGroup.has(other) && enterpriseIds.indexOf(other) === i);
    ids.forEach((x) => assigned.add(x));
    groups.push({ enterpriseIds: ids, members: members.filter((m) => ids.includes(m.enterpriseId)) });
  }
  return { groups, ignoredLinks: graph.ignored };
}
