// Integração com a agenda (Clinicorp)
const BASE = "https://api.clinicorp.com/rest/v1";
const headers = () => ({ Authorization: `Bearer ${process.env.CLINICORP_TOKEN}`, "Content-Type": "application/json" });

async function listarHorarios({ data, especialidade }) {
  const r = await fetch(`${BASE}/appointment/list_available_times?date=${data}&specialty=${encodeURIComponent(especialidade || "clinico")}`, { headers: headers() });
  return r.json();
}

async function agendar({ nome, telefone, data, hora, especialidade }) {
  const r = await fetch(`${BASE}/appointment/create`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ patient_name: nome, phone: telefone, date: data, time: hora, specialty: especialidade }),
  });
  return r.json();
}

module.exports = { listarHorarios, agendar };
