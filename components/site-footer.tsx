import { formatDate, plural } from "@/lib/format";
import { catalogueInfo, SearchUnavailableError } from "@/lib/search";

export async function SiteFooter() {
  const info = await catalogueInfo().catch((error: unknown) => {
    if (error instanceof SearchUnavailableError) return "unavailable" as const;
    throw error;
  });
  return (
    <footer className="mt-12 border-t border-zinc-200 py-6 text-sm text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-7xl px-4" data-testid="footer">
        {info === "unavailable" ? (
          "The search engine is not answering; the catalogue retries by itself."
        ) : info ? (
          <>
            The index holds {plural(info.paperCount, "paper")}, built {formatDate(info.builtAt.slice(0, 10))} at {info.builtAt.slice(11, 16)} UTC.
          </>
        ) : (
          "The index has not been built yet."
        )}{" "}
        Abstracts from Hugging Face Papers and arXiv.
      </div>
    </footer>
  );
}
