import { jsonForScript } from "@/lib/citation/scholarly";

/** Structured data for search engines; a data block, never run, so the page's CSP does not apply to it. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
