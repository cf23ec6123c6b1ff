/** A build holding less than this share of the live index is refused without `--allow-shrink`. */
export const MIN_KEPT_SHARE = 0.5;

/** Raised instead of swapping in a build that would empty or gut the live catalogue. */
export class ShrinkRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShrinkRefusedError";
  }
}

/**
 * Why a build of `count` papers must not replace a live index of `liveCount`, or null when it may.
 * An empty folder, a folder of unreadable files or a wrong path all yield few or no papers, and
 * swapping that in would empty the site; a real shrink is rare enough to ask for on purpose.
 */
export function shrinkRefusal(count: number, liveCount: number | null): string | null {
  const live = liveCount ?? 0;
  const override = "Pass --allow-shrink to replace it anyway; the live index was left as it was.";
  if (count === 0) return `Refusing to swap in an empty index: the dumps yielded no papers${live ? ` (the live index holds ${live})` : ""}. ${override}`;
  if (live > 0 && count < live * MIN_KEPT_SHARE)
    return `Refusing to swap in ${count} papers for the ${live} of the live index: less than ${MIN_KEPT_SHARE * 100} % of it. ${override}`;
  return null;
}
