/**
 * An error in the story's content: names the file, the line and what to fix,
 * so a bad edit fails the build with a message an author can act on.
 */
export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${message}`);
    this.name = "ContentError";
  }
}
