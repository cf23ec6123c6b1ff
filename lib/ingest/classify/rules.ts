import type { FacetName } from "../../taxonomy";
import { compileTable, type CompiledRule } from "./phrase";
import { ARCHITECTURE_PHRASES } from "./phrases/architecture";
import { CONTRIBUTION_PHRASES } from "./phrases/contribution";
import { DOMAIN_PHRASES } from "./phrases/domain";
import { TASK_PHRASES } from "./phrases/task";
import { TECHNIQUE_PHRASES } from "./phrases/technique";

/** Every facet's phrase table, compiled once. */
export const RULES: Record<FacetName, CompiledRule[]> = {
  domain: compileTable(DOMAIN_PHRASES),
  task: compileTable(TASK_PHRASES),
  technique: compileTable(TECHNIQUE_PHRASES),
  architecture: compileTable(ARCHITECTURE_PHRASES),
  contribution: compileTable(CONTRIBUTION_PHRASES),
};
