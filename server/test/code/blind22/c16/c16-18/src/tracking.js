const axios = require('axios');

async function track(waybill) {
  try {
    const { data } = await axios.get(`${process.env.TRACKING_API}/shipments/${waybill}`, {
      headers: { 'x-api-key': process.env.TRACKING_API_KEY },
      timeout: 8000,
    });
    return `Waybill ${waybill}: ${data.status} (last scan ${data.last_scan_location}, ${data.last_scan_at}). ETA ${data.eta || 'n/a'}.`;
  } catch (e) {
    return `Waybill ${waybill}: not found in system.`;
  }
}

module.exports = { track };
