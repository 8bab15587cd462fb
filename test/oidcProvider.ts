/**
 * A real OpenID Connect provider on loopback (the certified oidc-provider package), for the
 * single sign-on tests: one confidential client, PKCE required, and people whose claims the test
 * chooses. Its development sign-in form takes any login, which is the account id here: the
 * person's e-mail address.
 */
import Provider from "oidc-provider";
import { freePort } from "../e2e/server";

export interface ProviderPerson {
  /** Sent as given; "absent" leaves the claim out, as Microsoft Entra ID does. Default true. */
  email_verified?: boolean | string | "absent";
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims per login; a login not listed is a verified address named after its local part. */
  people: Map<string, ProviderPerson>;
  close(): Promise<void>;
}

export const PROVIDER_CLIENT = { clientId: "prima", clientSecret: "a-client-secret-only-for-tests" };

/** `redirectUris`: every PRIMA that signs in with this provider, as each one's callback address. */
export async function startProvider(redirectUris: string[]): Promise<TestProvider> {
  const people = new Map<string, ProviderPerson>();
  // The issuer names its port, so the port is chosen before the provider listens.
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: PROVIDER_CLIENT.clientId,
        client_secret: PROVIDER_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    cookies: { keys: ["cookie-key-only-for-tests"] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => {
        const person = people.get(id) ?? {};
        const verified = person.email_verified ?? true;
        return {
          sub: id,
          email: id,
          ...(verified === "absent" ? {} : { email_verified: verified }),
          name: person.name ?? id.split("@")[0],
        };
      },
    }),
  });
  const server = provider.listen(port, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    issuer,
    ...PROVIDER_CLIENT,
    people,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What a browser does at the provider, without one: follows its redirects with its cookies, fills
 * in the development sign-in form (login = the e-mail address) and the consent form, and returns
 * the address the provider finally sends the browser back to (PRIMA's callback, with the code).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const origin = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const response: Response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: cookie(), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form?.toString(),
    });
    remember(response);
    form = null;
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url);
      if (url.origin !== origin) return url;
      continue;
    }
    const html: string = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt: string | undefined = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider (${response.status}): ${html}`);
    url = new URL(action, url);
    form = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
  }
  throw new Error("the provider never sent the browser back");
}
