/**
 * A multipart/form-data body built by hand, as bytes: tests send it whole (inject), or part by
 * part over a raw socket to stop or break an upload at a chosen byte.
 */
import { randomBytes } from "node:crypto";

export interface MultipartForm {
  contentType: string;
  /** Everything up to the file's first byte. */
  head: Buffer;
  file: Buffer;
  /** What follows the file's last byte: the closing boundary. */
  tail: Buffer;
  body: Buffer;
}

export function multipartForm(
  fields: Record<string, string>,
  file: { name: string; content: Buffer },
): MultipartForm {
  const boundary = `----prima${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join("")}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head,
    file: file.content,
    tail,
    body: Buffer.concat([head, file.content, tail]),
  };
}

/** A PDF of `size` bytes: a real header and trailer, padded with a comment in between. */
export function pdfOfSize(size: number): Buffer {
  const start = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%");
  const end = Buffer.from("\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  const pdf = Buffer.alloc(size, 0x41);
  start.copy(pdf);
  end.copy(pdf, size - end.length);
  return pdf;
}
