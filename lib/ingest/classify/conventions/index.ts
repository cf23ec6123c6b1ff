import type { FacetName } from "../../../taxonomy";
import type { Scored } from "../score";
import { ARCHITECTURE_CONVENTIONS, isSettled } from "./architecture";
import { CONTRIBUTION_CONVENTIONS } from "./contribution";
import { DOMAIN_CONVENTIONS } from "./domain";
import type { Context, Convention } from "./step";
import { TASK_CONVENTIONS } from "./task";
import { TECHNIQUE_CONVENTIONS } from "./technique";

/** The labelling conventions of each facet, in the order they apply. */
export const CONVENTIONS: Record<FacetName, Convention[]> = {
  domain: DOMAIN_CONVENTIONS,
  task: TASK_CONVENTIONS,
  technique: TECHNIQUE_CONVENTIONS,
  architecture: ARCHITECTURE_CONVENTIONS,
  contribution: CONTRIBUTION_CONVENTIONS,
};

export function applyConventions(facet: FacetName, values: Scored[], context: Context): Scored[] {
  let current = values;
  for (const convention of CONVENTIONS[facet]) {
    current = convention.apply(current, context);
    if (isSettled(current)) break;
  }
  return current;
}
