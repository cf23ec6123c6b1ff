import { notFound, redirect } from "next/navigation";
import { isFacetName } from "@/lib/taxonomy";

// /topics/<facet> names a facet (feeds use it as their categories' scheme): its values are a section of /topics.
export default async function FacetPage({ params }: { params: Promise<{ facet: string }> }) {
  const { facet } = await params;
  if (!isFacetName(facet)) notFound();
  redirect(`/topics#${facet}`);
}
