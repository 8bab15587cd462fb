/**
 * A webhook receiver on loopback for tests: it checks each request's Prima-Signature the way the
 * README tells receivers to (independently of the server's code), and records what arrived.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface ReceivedDelivery {
  deliveryId: string;
  event: string;
  signatureValid: boolean;
  /** The signature's timestamp, unix seconds. */
  t: number;
  body: Record<string, unknown>;
  raw: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** The status each next request gets (500 to fail it); "stall" never answers. */
  answer: (request: ReceivedDelivery) => number | "stall";
  /** Lets the signature be checked with this webhook's secret. */
  secret: string;
  close(): Promise<void>;
}

/** The README's recipe: HMAC-SHA256 of "<t>.<raw body>" with the secret, compared in constant time. */
export function verifySignature(secret: string, header: string, raw: string): { valid: boolean; t: number } {
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
  const t = Number(parts.t);
  const expected = createHmac("sha256", secret).update(`${parts.t}.${raw}`).digest();
  const given = Buffer.from(parts.v1 ?? "", "hex");
  return { valid: given.length === expected.length && timingSafeEqual(given, expected), t };
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const stalled: ServerResponse[] = [];
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    answer: () => 200,
    secret: "",
    close: () =>
      new Promise((resolve) => {
        for (const response of stalled) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const { valid, t } = verifySignature(receiver.secret, String(request.headers["prima-signature"]), raw);
      const delivery: ReceivedDelivery = {
        deliveryId: String(request.headers["prima-delivery"]),
        event: String(request.headers["prima-event"]),
        signatureValid: valid,
        t,
        body: JSON.parse(raw),
        raw,
      };
      receiver.received.push(delivery);
      const status = receiver.answer(delivery);
      if (status === "stall") {
        stalled.push(response);
        return;
      }
      response.writeHead(status, status >= 300 && status < 400 ? { location: "http://127.0.0.1:9/" } : {});
      response.end(status >= 400 ? "receiver is down for maintenance" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("no address");
  receiver.url = `http://127.0.0.1:${address.port}/hooks/prima`;
  return receiver;
}
