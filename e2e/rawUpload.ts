/**
 * A document upload over a raw socket, sent piece by piece, so that a test can stop at a chosen
 * byte and do something to the server (kill it, start another beside it) while the request is
 * half-way through.
 */
import net from "node:net";
import type { MultipartForm } from "../test/multipartForm";

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

export async function signIn(url: string, email: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
  return { cookie, csrfToken: (await response.json()).csrfToken };
}

export interface RawUpload {
  send(bytes: Buffer): void;
  /** The server's answer, or null when the connection ended without one (the server died). */
  answer: Promise<{ status: number; body: string } | null>;
  close(): void;
}

export async function openUpload(
  url: string,
  path: string,
  session: ApiSession,
  form: MultipartForm,
): Promise<RawUpload> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  const received: Buffer[] = [];
  const answer = new Promise<{ status: number; body: string } | null>((resolve) => {
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      const text = Buffer.concat(received).toString("utf8");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve(status ? { status: Number(status[1]), body: text.slice(text.indexOf("\r\n\r\n") + 4) } : null);
    });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("error", reject);
  });
  socket.write(
    [
      `POST ${path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      `Cookie: ${session.cookie}`,
      `X-CSRF-Token: ${session.csrfToken}`,
      `Content-Type: ${form.contentType}`,
      `Content-Length: ${form.body.length}`,
      "Connection: close",
      "",
      "",
    ].join("\r\n"),
  );
  return {
    send: (bytes) => socket.write(bytes),
    answer,
    close: () => socket.destroy(),
  };
}
