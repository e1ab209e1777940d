import JSZip from "jszip";
import type { PartSink } from "./partSink";

/** A streamed workbook as bytes, where no file can be streamed to (tests, the web page): parts gathered, then zipped. */
export async function collectParts(write: (sink: PartSink) => Promise<void>): Promise<Uint8Array> {
  const zip = new JSZip();
  await write({
    part(path) {
      const pieces: string[] = [];
      return {
        write: async (text) => void pieces.push(text),
        end: async () => void zip.file(path, pieces.join("")),
      };
    },
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
