import { Client } from 'pg';
import { addDays, format } from 'date-fns';
import { sendTemplate } from './whatsapp';

// Template "appointment_reminder_v2" (approved, category UTILITY):
// "Hi {{1}}, this is a reminder that {{2}} has an appointment at VetCare {{3}} tomorrow at {{4}}.
//  Reply C to confirm or call the clinic to reschedule."

async function main() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const day = format(addDays(new Date(), 1), 'yyyy-MM-dd');
  const { rows } = await db.query(
    `select a.id, o.first_name, o.phone_e164, p.name as pet, c.branch, to_char(a.starts_at, 'HH24:MI') as time, o.locale
       from appointments a join owners o on o.id = a.owner_id join pets p on p.id = a.pet_id join clinics c on c.id = a.clinic_id
      where a.starts_at::date = $1 and a.reminder_sent_at is null and o.whatsapp_opt_in`,
    [day],
  );
  let sent = 0;
  for (const r of rows) {
    try {
      const wamid = await sendTemplate(r.phone_e164.replace('+', ''), 'appointment_reminder_v2', r.locale ?? 'en_GB', [
        r.first_name,
        r.pet,
        r.branch,
        r.time,
      ]);
      await db.query('update appointments set reminder_sent_at = now(), reminder_wamid = $2 where id = $1', [r.id, wamid]);
      sent++;
    } catch (e) {
      console.error(e);
    }
  }
  console.log(`reminders for ${day}: ${sent}/${rows.length}`);
  await db.end();
}

main();
