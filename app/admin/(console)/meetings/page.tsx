// /admin/meetings: the meetings list. Page, size, sort and search live in the URL; the server queries
// exactly one page (STYLE.md 14).
import type { Metadata } from "next";
import { TextInput, Button } from "@/components/ui";
import { requireStaffPage } from "@/lib/auth/session";
import { meetingListParamsSchema, meetingListQuery } from "@/lib/meetings/schemas";
import { listStaffMeetings } from "@/lib/meetings/staff-queries";
import { MeetingsTable } from "./_components/meetings-table";

export const metadata: Metadata = { title: "Meetings" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MeetingsPage({ searchParams }: PageProps) {
  const params = meetingListParamsSchema.parse(await searchParams);
  await requireStaffPage(`/admin/meetings${meetingListQuery(params)}`);
  const { rows, total } = await listStaffMeetings(params);

  return (
    <>
      <h1>Meetings</h1>
      <form className="toolbar" role="search" method="get" action="/admin/meetings">
        <TextInput label="Search meetings" name="q" type="search" defaultValue={params.q} hint="Title or address (slug)" />
        {params.sort !== "startsAt" ? <input type="hidden" name="sort" value={params.sort} /> : null}
        {params.dir !== "asc" ? <input type="hidden" name="dir" value={params.dir} /> : null}
        {params.size !== 25 ? <input type="hidden" name="size" value={params.size} /> : null}
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <MeetingsTable rows={rows} total={total} params={params} />
    </>
  );
}
