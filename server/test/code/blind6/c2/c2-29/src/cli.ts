#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { Command } from "commander";
import pc from "picocolors";
import { review } from "./review.js";

const program = new Command()
  .name("ai-review")
  .option("-b, --base <ref>", "diff against a ref instead of the index")
  .option("-f, --focus <topic>", "what to focus on (e.g. security)")
  .parse();

const opts = program.opts<{ base?: string; focus?: string }>();
const args = opts.base ? ["diff", opts.base] : ["diff", "--cached"];
const diff = execFileSync("git", args, { encoding: "utf8", maxBuffer: 20 * 1024 * 1024 });

if (!diff.trim()) {
  console.log(pc.yellow("Nothing to review."));
  process.exit(0);
}

console.log(pc.dim(`Reviewing ${diff.split("\n").length} diff lines…`));
console.log(await review(diff, opts.focus));
