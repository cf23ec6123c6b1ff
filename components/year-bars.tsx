import Link from "next/link";
import { plural } from "@/lib/format";

/**
 * Papers per year as bars, server-rendered SVG: each bar links to that year's papers, names its
 * count and year, and is reachable by keyboard. Years without papers inside the range show as gaps.
 */
export function YearBars({ counts, hrefFor, label }: { counts: Record<string, number>; hrefFor: (year: number) => string; label: string }) {
  const years = Object.keys(counts).map(Number).filter(Number.isFinite);
  if (!years.length) return <p className="text-sm text-zinc-500 dark:text-zinc-400">None of these papers has a year in its listing yet.</p>;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const range = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const max = Math.max(...Object.values(counts));
  const bar = 28;
  const gap = 10;
  const height = 96;
  const width = range.length * (bar + gap);
  return (
    <svg viewBox={`0 0 ${width} ${height + 36}`} width={Math.min(width, 560)} className="max-w-full overflow-visible" role="group" aria-label={label}>
      {range.map((year, i) => {
        const n = counts[String(year)] ?? 0;
        const h = n ? Math.max(3, (n / max) * height) : 0;
        const x = i * (bar + gap);
        const content = (
          <>
            <rect x={x} y={height - h + 16} width={bar} height={h} rx={3} className="fill-sky-600 dark:fill-sky-400" />
            <text x={x + bar / 2} y={height - h + 11} textAnchor="middle" className="fill-zinc-700 text-[11px] tabular-nums dark:fill-zinc-300">
              {n || ""}
            </text>
            <text x={x + bar / 2} y={height + 32} textAnchor="middle" className="fill-zinc-500 text-[11px] tabular-nums dark:fill-zinc-400">
              {year}
            </text>
          </>
        );
        return n ? (
          <Link
            prefetch={false}
            key={year}
            href={hrefFor(year)}
            aria-label={`${year}: ${plural(n, "paper")}`}
            className="hover:opacity-80 focus-visible:opacity-80"
          >
            {content}
          </Link>
        ) : (
          <g key={year} aria-label={`${year}: no papers`} role="img">
            {content}
          </g>
        );
      })}
    </svg>
  );
}
