import express from 'express';
import OpenAI from 'openai';
import twilio from 'twilio';
import { instructions } from './prompts';
import { bookingTools, runTool } from './lib/booking';

const app = express();
app.use(express.urlencoded({ extended: false }));
const openai = new OpenAI();
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const lastResponse = new Map<string, string>();

app.post('/twilio/whatsapp', async (req, res) => {
  res.type('text/xml').send('<Response/>');
  const from: string = req.body.From;
  const body: string = req.body.Body ?? '';

  let resp = await openai.responses.create({
    model: 'gpt-4.1-mini',
    instructions,
    input: body,
    tools: bookingTools,
    previous_response_id: lastResponse.get(from),
  });

  for (let i = 0; i < 3; i++) {
    const calls = resp.output.filter((o) => o.type === 'function_call');
    if (!calls.length) break;
    const outputs = await Promise.all(
      calls.map(async (c: any) => ({
        type: 'function_call_output' as const,
        call_id: c.call_id,
        output: await runTool(c.name, c.arguments, from),
      })),
    );
    resp = await openai.responses.create({
      model: 'gpt-4.1-mini',
      instructions,
      input: outputs,
      tools: bookingTools,
      previous_response_id: resp.id,
    });
  }

  lastResponse.set(from, resp.id);
  await tw.messages.create({ from: process.env.TWILIO_WA_FROM!, to: from, body: resp.output_text });
});

app.listen(Number(process.env.PORT ?? 8080));
