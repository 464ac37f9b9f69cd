import express from 'express';
import cors from 'cors';
import { HumanMessage, AIMessage } from '@langchain/core/messages';
import { chain } from './chain.js';

const app = express();
app.use(cors({ origin: process.env.ALLOWED_ORIGIN }));
app.use(express.json());
app.use(express.static('public'));

// the widget posts {sessionId, message, history:[{from:'user'|'bot', text}]}
app.post('/api/chat', async (req, res) => {
  const { message, history = [] } = req.body ?? {};
  if (typeof message !== 'string' || !message.trim()) return res.status(400).json({ error: 'empty' });

  const hist = history.slice(-10).map((h) => (h.from === 'user' ? new HumanMessage(h.text) : new AIMessage(h.text)));
  const reply = await chain.invoke({ input: message, history: hist });

  res.json({
    reply,
    footer: '更喜欢用 WhatsApp？点这里联系我们的店员：https://wa.me/85261234567',
  });
});

app.listen(process.env.PORT ?? 4000);
