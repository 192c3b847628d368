// /sitemap.xml: every public page in every language (lib/seo/sitemap.ts). Rendered per request
// from the data cache: the build has no database, and the public address (PUBLIC_URL) is known at
// run time only. Staff publishing refreshes the cached list (revalidatePublicPages).
import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { publicBaseUrl } from "@/lib/env";
import { listSitemapPages, sitemapEntries } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

const cachedSitemapPages = unstable_cache(listSitemapPages, ["sitemap", "pages"], { revalidate: 300 });

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await cachedSitemapPages(), publicBaseUrl());
}
