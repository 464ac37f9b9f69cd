import type Anthropic from "@anthropic-ai/sdk";
import { config } from "./config.js";

const cekPesanan: Anthropic.Tool = {
  name: "cek_pesanan",
  description: "Cek status pesanan online berdasarkan nomor invoice",
  input_schema: {
    type: "object",
    properties: { invoice: { type: "string", description: "contoh: GM-20931" } },
    required: ["invoice"],
  },
};

const hubungkanCs: Anthropic.Tool = {
  name: "hubungkan_cs",
  description: "Alihkan percakapan ke agen CS manusia di inbox Qontak",
  input_schema: {
    type: "object",
    properties: { alasan: { type: "string" } },
    required: ["alasan"],
  },
};

export function activeTools(): Anthropic.Tool[] {
  return config.humanHandoff ? [cekPesanan, hubungkanCs] : [cekPesanan];
}

export async function runTool(name: string, input: any, waId: string): Promise<string> {
  switch (name) {
    case "cek_pesanan": {
      const r = await fetch(`https://api.gadgetmandiri.co.id/v1/orders/${encodeURIComponent(input.invoice)}`);
      if (!r.ok) return "Invoice tidak ditemukan";
      return JSON.stringify(await r.json());
    }
    case "hubungkan_cs": {
      if (!config.humanHandoff) return "handoff nonaktif";
      await fetch("https://service-chat.qontak.com/api/open/v1/rooms/handover", {
        method: "POST",
        headers: { Authorization: `Bearer ${process.env.QONTAK_API_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ phone: waId, note: input.alasan }),
      });
      return "ok";
    }
    default:
      return "tool tidak dikenal";
  }
}
