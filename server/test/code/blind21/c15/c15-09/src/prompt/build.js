const { persona, store, defaultTopics, style } = require("./parts");

function buildPrompt() {
  const topics = (process.env.TOPICS || "")
    .split("|")
    .map((t) => t.trim())
    .filter(Boolean);

  const allowed = topics.length ? topics : defaultTopics;

  return [
    persona,
    store,
    "المواضيع اللي تقدر تساعد فيها:\n" + allowed.map((t) => `- ${t}`).join("\n"),
    style,
  ].join("\n\n");
}

module.exports = { buildPrompt };
