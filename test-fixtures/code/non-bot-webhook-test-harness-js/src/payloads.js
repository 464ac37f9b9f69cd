// Cloud API webhook bodies, as Meta sends them.
function textMessage(waId, body) {
  return {
    object: 'whatsapp_business_account',
    entry: [{ changes: [{ value: { messaging_product: 'whatsapp', messages: [{ from: waId, type: 'text', text: { body } }] } }] }],
  };
}

module.exports = { textMessage };
