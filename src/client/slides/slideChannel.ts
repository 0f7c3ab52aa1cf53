import type { Mode } from "./presentationUrl.ts";

/** What the two views of a chapter tell each other. */
export type SlideMessage =
  { type: "goto"; index: number } | { type: "navigate"; url: string; hash: string } | { type: "hello" };

export interface SlideChannel {
  send(message: SlideMessage): void;
  close(): void;
}

/**
 * The audience's slides and the presenter view of one chapter, kept on the same slide over a
 * BroadcastChannel named by the page's path (so two chapters open at once do not mix).
 */
export function openSlideChannel(path: string, mode: Mode, receive: (message: SlideMessage) => void): SlideChannel {
  const channel = new BroadcastChannel(`longgang-slides:${path}`);
  channel.onmessage = (event: MessageEvent<SlideMessage>) => receive(event.data);
  // A presenter view opened mid-talk asks the audience's view where it is.
  if (mode === "presenter") channel.postMessage({ type: "hello" } satisfies SlideMessage);
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
