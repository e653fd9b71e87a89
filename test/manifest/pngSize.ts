/** PNG file signature (8 bytes). */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads width and height from a PNG's IHDR chunk (the first chunk, right after the signature).
 * @param png the file bytes.
 * @returns the pixel size, or undefined if the bytes are not a PNG.
 */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(SIGNATURE)) return undefined;
  if (png.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
