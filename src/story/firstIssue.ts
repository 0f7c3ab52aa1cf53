import type { z } from "zod";

/** The first problem zod found, as "at <path>: <message>", for one-line error messages. */
export function firstIssue(error: z.ZodError): { path: (string | number)[]; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: [], message: "invalid value" };
  return { path: issue.path.filter((key) => typeof key !== "symbol"), message: issue.message };
}
