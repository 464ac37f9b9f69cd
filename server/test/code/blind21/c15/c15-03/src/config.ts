import fs from "fs";
import path from "path";
import yaml from "js-yaml";

export interface BotConfig {
  toko: { nama: string; kota: string; jam_buka: string; marketplace: Record<string, string>[] };
  model: { nama: string; suhu: number };
  keyword_admin: string[];
  prompt: string;
}

const file = path.resolve(process.env.BOT_CONFIG ?? "config/bot.yaml");
let cached: BotConfig = load();

function load(): BotConfig {
  return yaml.load(fs.readFileSync(file, "utf8")) as BotConfig;
}

setInterval(() => {
  try {
    cached = load();
  } catch (e) {
    console.error("gagal reload config, pakai yang lama", e);
  }
}, 5 * 60 * 1000);

export const getConfig = () => cached;
