import type { Hono } from 'hono';

/** A JSON response body as the tests read it. */
export type Body = { ok: boolean; rows: any[]; next: string | null; [key: string]: any };

/** Requests a path in-process and returns the status, headers and parsed JSON body. */
export async function getJson(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: Body }> {
  const res = await app.request(path, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

/** Requests a path in-process and returns the status and text. */
export async function getText(app: Hono, path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await app.request(path);
  return { status: res.status, headers: res.headers, text: await res.text() };
}
