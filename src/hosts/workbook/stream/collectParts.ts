import JSZip from "jszip";
import type { PartSink } from "./partSink";

/** A streamed workbook as bytes, where no file can be streamed to (tests, the web page): parts gathered, then zipped. */
export async function collectParts(write: (sink: PartSink) => Promise<void>): Promise<Uint8Array> {
  const zip = new JSZip();
  await write({
    part(path) {
      const pieces: Uint8Array[] = [];
      return {
        write: async (data) => void pieces.push(typeof data === "string" ? encoder.encode(data) : data),
        end: async () => void zip.file(path, concat(pieces)),
      };
    },
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

const encoder = new TextEncoder();

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
