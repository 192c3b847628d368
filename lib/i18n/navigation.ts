// Locale-aware navigation for the public site: <Link href="/events"> becomes /en/events.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
