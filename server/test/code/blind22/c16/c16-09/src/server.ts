import express from 'express';
import { webhook } from './routes/webhook';
import { startInvoiceMailer } from './invoices';

const app = express();
app.use(express.json());
app.use('/whatsapp', webhook);
app.get('/healthz', (_req, res) => res.json({ ok: true }));

startInvoiceMailer();
app.listen(Number(process.env.PORT ?? 3000), () => console.log('GPT Việt up'));
