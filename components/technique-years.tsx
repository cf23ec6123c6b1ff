import Link from "next/link";
import { plural } from "@/lib/format";
import type { CrossCounts } from "@/lib/search";
import { TAXONOMY } from "@/lib/taxonomy";
import { combinedHref, topicHref } from "@/lib/topics";

/**
 * Papers per year for each value of a facet, as small multiples on one shared scale (server SVG,
 * one chart per value), with the same numbers in a table for screen readers and copying.
 */
export function TechniqueYears({ cross }: { cross: CrossCounts }) {
  const years = [...new Set(cross.table.flatMap((row) => Object.keys(row.cells).map(Number)))].sort((a, b) => a - b);
  if (!years.length) return <p className="text-sm text-zinc-500">No paper of these has a year in its listing yet.</p>;
  const range = Array.from({ length: years.at(-1)! - years[0] + 1 }, (_, i) => years[0] + i);
  const max = Math.max(1, ...cross.table.flatMap((row) => Object.values(row.cells)));
  const values = TAXONOMY[cross.rows].values;
  const w = 12;
  const gap = 3;
  const h = 40;
  const width = range.length * (w + gap);
  return (
    <>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-hidden="true" data-testid="year-multiples">
        {cross.table.map((row) => {
          const label = values.find((v) => v.slug === row.value)!.label;
          const total = Object.values(row.cells).reduce((a, b) => a + b, 0);
          return (
            <li key={row.value} className="rounded-lg border border-zinc-200 p-2.5 dark:border-zinc-800">
              <Link
                prefetch={false}
                href={topicHref(cross.rows, row.value)}
                tabIndex={-1}
                className="block truncate text-xs font-medium hover:text-sky-700 hover:underline dark:hover:text-sky-400"
              >
                {label}
              </Link>
              <svg viewBox={`0 0 ${width} ${h + 12}`} className="mt-1.5 h-14 w-full" preserveAspectRatio="none">
                <line x1="0" x2={width} y1={h} y2={h} className="stroke-zinc-200 dark:stroke-zinc-800" strokeWidth="1" />
                {range.map((year, i) => {
                  const n = row.cells[String(year)] ?? 0;
                  const bh = n ? Math.max(2, (n / max) * h) : 0;
                  return <rect key={year} x={i * (w + gap)} y={h - bh} width={w} height={bh} rx="1.5" className="fill-sky-600 dark:fill-sky-400" />;
                })}
              </svg>
              <p className="flex justify-between text-[10px] text-zinc-500 tabular-nums dark:text-zinc-400">
                <span>{range[0]}</span>
                <span>{plural(total, "dated paper")}</span>
                <span>{range.at(-1)}</span>
              </p>
            </li>
          );
        })}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">The numbers as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="text-xs" data-testid="year-table">
            <caption className="sr-only">Papers per year for each {TAXONOMY[cross.rows].label.toLowerCase()}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3 text-left font-medium">
                  {TAXONOMY[cross.rows].label}
                </th>
                {range.map((year) => (
                  <th key={year} scope="col" className="px-2 text-right font-medium tabular-nums">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cross.table.map((row) => (
                <tr key={row.value} className="border-t border-zinc-100 dark:border-zinc-900">
                  <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                    {values.find((v) => v.slug === row.value)!.label}
                  </th>
                  {range.map((year) => {
                    const n = row.cells[String(year)] ?? 0;
                    return (
                      <td key={year} className="px-2 text-right tabular-nums">
                        {n ? (
                          <Link
                            prefetch={false}
                            href={combinedHref({ facet: cross.rows, slug: row.value }, { facet: "year", slug: String(year) })}
                            className="text-sky-700 hover:underline dark:text-sky-400"
                          >
                            {n}
                          </Link>
                        ) : (
                          <span className="text-zinc-400">0</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
