import { readFileSync } from "node:fs";

type Cfg = {
  store: string;
  branches: string[];
  prompt: { persona: string; scope: string[]; refusal: string; style: string };
};

const cfg: Cfg = JSON.parse(readFileSync(new URL("../bot.config.json", import.meta.url), "utf8"));

const fill = (s: string) => s.replaceAll("{store}", cfg.store);

export const SYSTEM_PROMPT = [
  fill(cfg.prompt.persona),
  ...cfg.prompt.scope.map(fill),
  "الفروع: " + cfg.branches.join("، ") + ".",
  fill(cfg.prompt.refusal),
  cfg.prompt.style,
].join("\n");
