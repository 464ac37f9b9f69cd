import { registerAs } from '@nestjs/config';

export default registerAs('whatsapp', () => ({
  token: process.env.WA_TOKEN,
  phoneNumberId: process.env.WA_PHONE_NUMBER_ID,
  verifyToken: process.env.WA_VERIFY_TOKEN ?? 'bompastor-verify',
  graphVersion: process.env.WA_GRAPH_VERSION ?? 'v20.0',
  watiBase: process.env.WATI_BASE_URL,
  watiToken: process.env.WATI_TOKEN,
  plantonistaEmail: process.env.PLANTONISTA_EMAIL ?? 'atendimento@drogariabompastor.com.br',
}));
