// A stand-in for the chat completions API, so contract runs spend no tokens.
const express = require('express');

const app = express();
app.use(express.json());

app.post('/v1/chat/completions', (req, res) => {
  const last = req.body.messages[req.body.messages.length - 1].content;
  res.json({ choices: [{ message: { role: 'assistant', content: `echo: ${last}` } }] });
});

module.exports = { app };
