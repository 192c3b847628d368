// One short-lived pg connection for one-off work outside Prisma (creating and dropping databases,
// reading bookkeeping tables), always closed afterwards.
import pg from "pg";

export async function withPgClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The rows of one query on a connection of its own. */
export async function queryOnce<T extends pg.QueryResultRow>(connectionString: string, sql: string, values?: unknown[]): Promise<T[]> {
  return withPgClient(connectionString, async (client) => (await client.query<T>(sql, values)).rows);
}
