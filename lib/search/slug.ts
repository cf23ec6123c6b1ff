import { Paper } from "../paper";

/** Whether a path segment can be a paper's slug at all; anything else is a 404 without asking the engine. */
export function isSlug(value: string): boolean {
  return value.length <= 200 && Paper.shape.slug.safeParse(value).success;
}
