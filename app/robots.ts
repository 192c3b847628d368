// /robots.txt. Rendered per request (it is tiny and reads no database) because the sitemap's
// absolute address depends on PUBLIC_URL, known at run time only, not at build.
import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";
import { robotsRules } from "@/lib/seo/robots";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsRules(publicBaseUrl());
}
