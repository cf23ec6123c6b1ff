import { EXPORT_FORMATS, EXPORT_LIMIT } from "@/lib/export/formats";
import { feedQuery } from "@/lib/feeds/from-papers";
import { serializeSearchState, type SearchState } from "@/lib/search-params";

const LINK = "font-medium text-sky-700 hover:underline dark:text-sky-400";

/** Feed and export links for a search: follow it in a feed reader, or take the list away. */
export function FollowLinks({ state, total, exports = true }: { state: SearchState; total: number; exports?: boolean }) {
  const feed = feedQuery(state);
  const query = serializeSearchState({ ...state, page: 1 });
  const suffix = (q: string) => (q ? `?${q}` : "");
  const cut = total > EXPORT_LIMIT;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="follow-links">
      <span className="flex items-center gap-2">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-orange-500">
          <path d="M2 2a12 12 0 0 1 12 12h-2.5A9.5 9.5 0 0 0 2 4.5zm0 4.5A7.5 7.5 0 0 1 9.5 14H7a5 5 0 0 0-5-5zM2 12a2 2 0 1 1 0 .01z" />
        </svg>
        Follow:
        <a href={`/feed.xml${suffix(feed)}`} className={LINK} type="application/atom+xml">
          Atom feed
        </a>
        <a href={`/feed.json${suffix(feed)}`} className={LINK} type="application/feed+json">
          JSON Feed
        </a>
      </span>
      {exports && total > 0 && (
        <span className="flex flex-wrap items-center gap-2">
          Export{" "}
          {cut
            ? `the first ${EXPORT_LIMIT.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`
            : total === 1
              ? "this paper"
              : `these ${total.toLocaleString("en-US")}`}
          :
          {Object.entries(EXPORT_FORMATS).map(([format, spec]) => (
            <a key={format} href={`/export/${format}${suffix(query)}`} download className={LINK}>
              {spec.label}
            </a>
          ))}
        </span>
      )}
    </div>
  );
}
