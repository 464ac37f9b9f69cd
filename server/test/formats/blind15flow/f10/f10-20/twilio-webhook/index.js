// Twilio WhatsApp -> Flowise bridge (Harbor Lane Realty)
const express = require("express");
const twilio = require("twilio");
const app = express();
app.use(express.urlencoded({ extended: false }));

const FLOWISE = process.env.FLOWISE_URL; // https://flow.harborlanerealty.com/api/v1/prediction/<chatflowid>

app.post("/whatsapp", async (req, res) => {
  const r = await fetch(FLOWISE, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.FLOWISE_KEY}` },
    body: JSON.stringify({ question: req.body.Body, overrideConfig: { sessionId: req.body.From } }),
  });
  const data = await r.json();
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message(data.text);
  res.type("text/xml").send(twiml.toString());
});

app.listen(process.env.PORT || 3000);
