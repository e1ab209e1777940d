/**
 * Text from the user's files (cell values, headers, sheet and file names) shown on a terminal:
 * control characters written raw would be obeyed (ESC [2J clears the screen, ESC [5m blinks,
 * \r overwrites the line), so they are shown escaped, as \x1B. Line feeds and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase()}` : `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
  });
}

/** A stream whose every write is made printable: stdout, where Tria writes no control codes of its own. */
export function printableStream<S extends NodeJS.WritableStream>(stream: S): S {
  return new Proxy(stream, {
    get(target, property, receiver) {
      if (property !== "write") {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (chunk: unknown, ...rest: unknown[]) =>
        (target.write as (...args: unknown[]) => boolean)(typeof chunk === "string" ? printable(chunk) : chunk, ...rest);
    },
  });
}
