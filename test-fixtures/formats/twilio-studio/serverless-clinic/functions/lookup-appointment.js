// Reads the patient's next appointment from the clinic's agenda API.
const axios = require('axios');

exports.handler = async function (context, event, callback) {
  const res = await axios.get(`${context.AGENDA_URL}/appointments`, { params: { phone: event.from } });
  return callback(null, { next: res.data[0] || null });
};
