"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";

interface Match {
  slug: string;
  title: string;
}

/** On a 404 for /papers/<slug>: papers whose titles resemble the slug that was asked for. */
export function CloseMatches() {
  const params = useParams<{ slug?: string }>();
  const [matches, setMatches] = useState<Match[] | null>(null);
  const words = (params.slug ?? "").replace(/-/g, " ").trim();

  useEffect(() => {
    if (!words) return;
    fetch(`/api/search?${new URLSearchParams({ q: words.slice(0, 200) })}`)
      .then((r) => (r.ok ? r.json() : { hits: [] }))
      .then((body: { hits: Match[] }) => setMatches(body.hits.slice(0, 5)))
      .catch(() => setMatches([]));
  }, [words]);

  if (!words || !matches?.length) return null;
  return (
    <section className="mt-6" aria-labelledby="close-matches">
      <h2 id="close-matches" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
        Close matches
      </h2>
      <ul className="mt-2 space-y-1.5" data-testid="close-matches">
        {matches.map((m) => (
          <li key={m.slug}>
            <Link href={`/papers/${m.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
              {m.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
