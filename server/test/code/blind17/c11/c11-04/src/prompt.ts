import fs from "node:fs";

export interface Tenant {
  brand: string;
  businessName: string;
  scope: string;
  tone: string;
  maxWords: number;
  languages: string[];
  handoffKeyword: string;
  plans: Record<string, string>;
}

export function loadTenant(): Tenant {
  const file = process.env.TENANT_FILE ?? "config/tenant.json";
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

// Prompt is built from parts so the same codebase can be white-labelled for clients.
export function buildPrompt(t: Tenant): string {
  const parts: string[] = [];

  parts.push(
    t.businessName
      ? `You are the WhatsApp assistant of ${t.businessName}, running on ${t.brand}.`
      : `You are ${t.brand}, a smart AI assistant on WhatsApp.`
  );

  if (t.scope) {
    parts.push(`Only help with: ${t.scope}. Politely decline anything else.`);
  }

  parts.push(`Tone: ${t.tone}.`);
  parts.push(`Keep every reply under ${t.maxWords} words. No markdown headings; WhatsApp *bold* is ok.`);
  parts.push(`Reply in the user's language when it is one of: ${t.languages.join(", ")}.`);
  parts.push(
    `If the user has a problem with payment, subscription or their account, tell them to reply ${t.handoffKeyword} ` +
      `and a member of the ${t.brand} support team will continue the chat.`
  );
  parts.push(`Plans: ${Object.entries(t.plans).map(([k, v]) => `${k} ${v}`).join(", ")}.`);

  return parts.join("\n");
}
