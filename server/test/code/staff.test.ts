import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_DATA } from '../../src/formats/code/data';

const forwards = (code: string) => {
  CODE_DATA.staff.lastIndex = 0;
  return CODE_DATA.staff.test(code);
};

test('a send-like call (a wrapper too) whose first argument names a staff role forwards to staff', () => {
  for (const code of [
    'await kirimPesan(process.env.NOMOR_CS, `Pelanggan ${from} minta CS`);',
    'await client.sendText(YETKILI, `${name} wants a person`);',
    "enviar_texto(NUMERO_ASESOR, f'El paciente {n} quiere hablar')",
    'await sock.sendMessage(adminJid, { text: summary });',
    "wa.send_message(to=os.environ['AGENT_PHONE'], text=body)",
    'await enviarMensagem(numeroAtendente, resumo);',
  ])
    assert.ok(forwards(code), code);
});

test('a send to the customer, or a recipient that only contains a role word, does not', () => {
  for (const code of [
    'await client.sendText(message.from, answer);',
    'sendFile(CSV_FILE, rows);',
    'send(supportedTypes, x);',
    'await kirimPesan(dari, balasan);',
    "msg.reply('Our support team is busy');",
    'resend(unsupported, x);',
  ])
    assert.ok(!forwards(code), code);
});

test('a staff role in the plural (a group of managers, admins or agents) is staff too', () => {
  for (const code of [
    'send(MANAGERS_CHAT, f"{name}: {text}")',
    'await kirimPesan(process.env.ADMINS_GROUP, ringkasan);',
    'await client.sendText(agentsGroupId, `${from} needs help`);',
    "enviar_texto(os.environ['ASESORES_JID'], resumen)",
  ])
    assert.ok(forwards(code), code);
  for (const code of ['send(supportedTypes, x);', 'await send(chatId, managersNote);'])
    assert.ok(!forwards(code), code);
});
