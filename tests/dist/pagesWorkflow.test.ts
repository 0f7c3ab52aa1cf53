/**
 * The GitHub Pages workflow (.github/workflows/pages.yml) publishes only a tested build, made for the
 * origin and base path that configure-pages reports, and uploads what that build wrote.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(".github/workflows/pages.yml", "utf8")) as {
  jobs: { build: { steps: Step[] }; deploy: { needs: string } };
};
const steps = workflow.jobs.build.steps;
const indexOf = (match: (step: Step) => boolean, what: string) => {
  const index = steps.findIndex(match);
  assert.ok(index >= 0, `the build job has no step that ${what}`);
  return index;
};

describe("the Pages workflow", () => {
  it("runs the whole test suite before it builds for Pages", () => {
    const test = indexOf((step) => step.run === "npm test", "runs npm test");
    const build = indexOf((step) => step.run === "npm run build", "runs npm run build");
    assert.ok(test < build, "npm test comes before the Pages build");
  });

  it("builds for the origin and base path configure-pages reports, and uploads that build", () => {
    const pages =
      steps[indexOf((step) => step.uses?.startsWith("actions/configure-pages@") ?? false, "configures Pages")];
    const build = steps[indexOf((step) => step.run === "npm run build", "runs npm run build")];
    assert.equal(build?.env?.["SITE_URL"], `\${{ steps.${pages?.id}.outputs.origin }}`);
    assert.equal(build?.env?.["BASE_PATH"], `\${{ steps.${pages?.id}.outputs.base_path }}/`);
    const upload =
      steps[indexOf((step) => step.uses?.startsWith("actions/upload-pages-artifact@") ?? false, "uploads")];
    assert.equal(upload?.with?.["path"], "dist");
    assert.equal(workflow.jobs.deploy.needs, "build", "deploys only after the build job");
  });
});
