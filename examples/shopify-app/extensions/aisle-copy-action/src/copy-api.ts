/*
 * Calls the app's copy route (app/routes/api.copy.tsx). Admin extensions reach the app's backend with a relative
 * URL; the admin adds the session token that `authenticate.admin` checks.
 */
export type Draft = { id: string; kind: "product-description" | "seo-meta"; status: string; content: Record<string, unknown>; findings: unknown[] };

export async function copyAction<Response>(body: Record<string, unknown>): Promise<Response> {
  const response = await fetch("/api/copy", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`The app answered ${response.status}`);
  return (await response.json()) as Response;
}
