const axios = require('axios');

async function trackParcel(waybill) {
  const { data } = await axios.get(`${process.env.TRACKING_API}/shipments/${encodeURIComponent(waybill)}`, {
    headers: { 'x-api-key': process.env.TRACKING_API_KEY },
    timeout: 8000,
  });
  return {
    status: data.status,
    location: data.currentHub,
    eta: data.eta,
    lastUpdate: data.updatedAt,
  };
}

module.exports = { trackParcel };
