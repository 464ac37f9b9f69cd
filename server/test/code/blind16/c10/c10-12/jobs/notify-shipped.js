// Cron (*/10 * * * *): envía aviso de envío por WhatsApp a pedidos despachados.
import pg from 'pg';
import twilio from 'twilio';

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const CONTENT_SID = process.env.TWILIO_CONTENT_SID_SHIPPED; // plantilla "pedido_enviado" aprobada

const { rows } = await db.query(
  `SELECT id, customer_phone, customer_name, carrier, tracking_code
     FROM orders WHERE status = 'shipped' AND wa_notified_at IS NULL LIMIT 200`
);

for (const o of rows) {
  try {
    await tw.messages.create({
      from: `whatsapp:${process.env.TWILIO_WA_SENDER}`,
      to: `whatsapp:${o.customer_phone}`,
      contentSid: CONTENT_SID,
      contentVariables: JSON.stringify({ 1: o.customer_name, 2: String(o.id), 3: o.carrier, 4: o.tracking_code }),
    });
    await db.query('UPDATE orders SET wa_notified_at = now() WHERE id = $1', [o.id]);
  } catch (e) {
    console.error('fallo aviso pedido', o.id, e.message);
  }
}
await db.end();
