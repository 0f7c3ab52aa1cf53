import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The import-boundary messages ESLint gives `code` written at `file` (a path under src/). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((message) => message.message);
}

describe("the pipeline's import boundaries (eslint.config.js)", () => {
  it("stops a stage from importing a later one", async () => {
    const errors = await boundaryErrors(
      "src/story/probe.ts",
      'import { chartSpecs } from "../charts/build/chartSpecs.ts";\nexport const probe = chartSpecs;\n',
    );
    expect(errors).toEqual([expect.stringContaining("story/ comes earlier in the pipeline")]);
  });

  it("lets a stage import an earlier one", async () => {
    const code = 'import { story } from "../story/story.ts";\nexport const probe = story;\n';
    expect(await boundaryErrors("src/mdx/probe.ts", code)).toEqual([]);
  });

  it("keeps build code and Node packages out of the browser, type imports aside", async () => {
    const client = await boundaryErrors(
      "src/client/probe.ts",
      'import { story } from "../story/story.ts";\nimport { z } from "zod";\nexport const probe = [story, z];\n',
    );
    expect(client).toHaveLength(2);
    const chart = await boundaryErrors(
      "src/charts/growth/chart.ts",
      'import { readFileSync } from "node:fs";\nexport const probe = readFileSync;\n',
    );
    expect(chart).toEqual([expect.stringContaining("Browser code")]);
    const typeOnly = 'import type { Fact } from "../schemas/fact.ts";\nexport type Probe = Fact;\n';
    expect(await boundaryErrors("src/client/probe.ts", typeOnly)).toEqual([]);
  });

  it("lets the pages and components load the client", async () => {
    const code = 'import { loadChart } from "../client/chartModules.ts";\nexport const probe = loadChart;\n';
    expect(await boundaryErrors("src/components/probe.ts", code)).toEqual([]);
  });

  it("leaves the base path to the routes module", async () => {
    const [result] = await eslint.lintText("export const root = import.meta.env.BASE_URL;\n", {
      filePath: path.resolve("src/components/probe.ts"),
    });
    expect(result?.messages.map((message) => message.ruleId)).toEqual(["no-restricted-syntax"]);
  });
});
