/**
 * `npm test`: every layer of the test suite, fastest first, stopping at the first that fails. Layers
 * that touch different files run side by side (on two cores, the type check beside the lint, the unit
 * tests beside the checks of dist/), and each layer's time is printed at the end.
 *
 * The type check and the build both write the generated Simplified chapters, so they never overlap;
 * the unit tests read those chapters, so they wait for the build.
 */
import { spawn, type ChildProcess } from "node:child_process";

const stages: readonly (readonly string[])[] = [
  ["check", "lint"],
  ["build"],
  ["test:unit", "test:dist"],
  ["test:browser"],
  ["test:engines"],
];

interface Outcome {
  script: string;
  code: number;
  seconds: number;
  output: string;
}

const running = new Set<ChildProcess>();

/** Runs one npm script; its output is kept and printed whole when it ends, so parallel layers do not interleave. */
function runScript(script: string, alone: boolean): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", script], { stdio: alone ? "inherit" : "pipe", detached: true });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on("close", (code) => {
      running.delete(child);
      resolve({ script, code: code ?? 1, seconds: (performance.now() - started) / 1000, output });
    }),
  );
}

function stopAll(): void {
  for (const child of running) if (child.pid) process.kill(-child.pid, "SIGTERM");
}

// Each layer runs in a process group of its own (so a failure can stop a whole layer): pass Ctrl-C on.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

const timings: string[] = [];
const suiteStarted = performance.now();
for (const stage of stages) {
  const alone = stage.length === 1;
  const outcomes = await Promise.all(
    stage.map((script) =>
      runScript(script, alone).then((outcome) => {
        if (!alone) process.stdout.write(`\n> npm run ${script}\n${outcome.output}`);
        if (outcome.code !== 0) stopAll();
        return outcome;
      }),
    ),
  );
  for (const { script, seconds } of outcomes) timings.push(`${script.padEnd(14)} ${seconds.toFixed(0).padStart(4)} s`);
  const failed = outcomes.find((outcome) => outcome.code !== 0);
  if (failed) {
    console.error(`\nnpm test: ${failed.script} failed (exit code ${failed.code}).`);
    process.exit(1);
  }
}
const total = (performance.now() - suiteStarted) / 1000;
console.log(`\nnpm test passed in ${total.toFixed(0)} s:\n  ${timings.join("\n  ")}`);
