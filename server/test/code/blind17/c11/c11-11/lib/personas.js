const fs = require("fs");

const cfg = JSON.parse(fs.readFileSync(process.env.BOT_CONFIG || "config/bot.json", "utf8"));
const current = new Map(); // jid -> persona key

function personaFor(jid) {
  const key = current.get(jid) || cfg.defaultPersona;
  return cfg.personas[key];
}

function maybeSwitch(jid, text) {
  const key = cfg.commands[text.trim()];
  if (!key) return null;
  current.set(jid, key);
  return cfg.personas[key].label;
}

module.exports = { cfg, personaFor, maybeSwitch };
