import Link from "next/link";
import { plural } from "@/lib/format";
import type { CrossCounts } from "@/lib/search";
import { TAXONOMY, type FacetName } from "@/lib/taxonomy";
import { combinedHref } from "@/lib/topics";

// Discrete steps read better than a continuous ramp and need no inline style (the CSP forbids it).
const LEVELS = [
  "bg-sky-50 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  "bg-sky-200 text-sky-950 dark:bg-sky-800 dark:text-white",
  "bg-sky-400 text-sky-950 dark:bg-sky-600 dark:text-white",
  "bg-sky-600 text-white dark:bg-sky-400 dark:text-sky-950",
  "bg-sky-800 text-white dark:bg-sky-200 dark:text-sky-950",
];

/** The colour step of a count: square-root scaled, so a few large cells do not wash out the rest. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  return Math.min(LEVELS.length - 1, Math.floor(Math.sqrt(count / max) * LEVELS.length));
}

/**
 * A facet × facet matrix as a real table: row and column headers, every count as text, and
 * each non-empty cell a link to the search with both values. Colour only repeats the number.
 */
export function HeatTable({ cross, caption }: { cross: CrossCounts; caption: string }) {
  const cols = TAXONOMY[cross.cols as FacetName].values;
  const max = Math.max(1, ...cross.table.flatMap((row) => Object.values(row.cells)));
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="border-collapse text-sm" data-testid="heat-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <td className="sticky left-0 z-10 bg-white dark:bg-zinc-950" />
            {cols.map((col) => (
              <th key={col.slug} scope="col" className="h-44 w-11 min-w-11 px-0.5 pb-2 align-bottom font-medium text-zinc-600 dark:text-zinc-400">
                <Link
                  prefetch={false}
                  href={`/topics/${cross.cols}/${col.slug}`}
                  className="mx-auto block max-h-40 text-left text-xs leading-tight [writing-mode:vertical-rl] rotate-180 hover:text-sky-700 hover:underline dark:hover:text-sky-400"
                >
                  {col.label}
                </Link>
              </th>
            ))}
            <th scope="col" className="px-2 pb-2 align-bottom text-xs font-medium text-zinc-500 dark:text-zinc-400">
              Papers
            </th>
          </tr>
        </thead>
        <tbody>
          {cross.table.map((row) => {
            const label = TAXONOMY[cross.rows].values.find((v) => v.slug === row.value)!.label;
            return (
              <tr key={row.value} className="border-t border-zinc-100 dark:border-zinc-900">
                <th
                  scope="row"
                  className="sticky left-0 z-10 max-w-36 bg-white py-1 pr-2 pl-3 text-left text-xs leading-tight font-medium sm:max-w-none sm:pr-3 sm:text-sm sm:whitespace-nowrap dark:bg-zinc-950"
                >
                  <Link prefetch={false} href={`/topics/${cross.rows}/${row.value}`} className="hover:text-sky-700 hover:underline dark:hover:text-sky-400">
                    {label}
                  </Link>
                </th>
                {cols.map((col) => {
                  const count = row.cells[col.slug] ?? 0;
                  const level = heatLevel(count, max);
                  return (
                    <td key={col.slug} className="p-0.5 text-center tabular-nums">
                      {count ? (
                        <Link
                          prefetch={false}
                          href={combinedHref({ facet: cross.rows, slug: row.value }, { facet: cross.cols as FacetName, slug: col.slug })}
                          aria-label={`${label} and ${col.label}: ${plural(count, "paper")}`}
                          title={`${label} × ${col.label}: ${plural(count, "paper")}`}
                          className={`block rounded py-1.5 text-xs font-medium hover:ring-2 hover:ring-sky-500 ${LEVELS[level]}`}
                        >
                          {count}
                        </Link>
                      ) : (
                        <span className="block py-1.5 text-xs text-zinc-300 dark:text-zinc-700">
                          <span aria-hidden="true">·</span>
                          <span className="sr-only">0</span>
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="px-2 text-right text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{row.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function HeatLegend() {
  return (
    <p className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400" aria-hidden="true">
      fewer
      {LEVELS.map((level) => (
        <span key={level} className={`inline-block h-3 w-5 rounded-sm ${level}`} />
      ))}
      more papers
    </p>
  );
}
