/** The little a smoke run needs of a browser, whichever engine and driver library run it. */
export interface EngineDriver {
  /** Opens `url` afresh in a window whose page is `viewport` CSS pixels. */
  open(url: string, viewport: { width: number; height: number }): Promise<void>;
  /** Runs the body of a function in the page (`return …` for a value) and gives back its value. */
  run<T>(body: string): Promise<T>;
  /** Presses a key on the page, as a person does. */
  press(key: "ArrowRight"): Promise<void>;
  close(): Promise<void>;
}

/** Waits until `body` (as for `run`) returns true in the page; fails with `what` after `timeout` ms. */
export async function waitInPage(driver: EngineDriver, body: string, what: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await driver.run<boolean>(body))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
