import type { TestProject } from "vitest/node";
import { startTempCatalogue } from "../../lib/meili-server/temp-catalogue";

declare module "vitest" {
  export interface ProvidedContext {
    meiliUrl: string;
    masterKey: string;
    searchKey: string;
    paperCount: number;
  }
}

export default async function setup(project: TestProject) {
  const catalogue = await startTempCatalogue();
  project.provide("meiliUrl", catalogue.meili.url);
  project.provide("masterKey", catalogue.meili.masterKey);
  project.provide("searchKey", catalogue.searchKey);
  project.provide("paperCount", catalogue.paperCount);
  return () => catalogue.stop();
}
