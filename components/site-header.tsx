import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2.5">
        <Link prefetch={false} href="/" className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900 dark:text-zinc-100">
          <span aria-hidden="true" className="grid size-6 place-items-center rounded bg-sky-600 text-xs font-bold text-white">
            T
          </span>
          Transformer Papers
        </Link>
        <span className="hidden text-sm text-zinc-500 lg:inline dark:text-zinc-400">a faceted catalogue of transformer-architecture research</span>
        <nav aria-label="Explore" className="ml-auto flex gap-4 text-sm font-medium">
          <Link prefetch={false} href="/topics" className="text-zinc-600 hover:text-sky-700 dark:text-zinc-300 dark:hover:text-sky-400">
            Topics
          </Link>
          <Link prefetch={false} href="/map" className="text-zinc-600 hover:text-sky-700 dark:text-zinc-300 dark:hover:text-sky-400">
            Map
          </Link>
        </nav>
      </div>
    </header>
  );
}
