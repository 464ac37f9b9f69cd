const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function musaitSaatler(tedavi, tarih) {
  const { rows } = await pool.query(
    `select id, doktor, baslangic from slotlar
     where tedavi = $1 and baslangic::date >= $2::date and dolu = false
     order by baslangic limit 6`,
    [tedavi, tarih]
  );
  return rows;
}

async function randevuOlustur(slotId, adSoyad, telefon, not) {
  const { rows } = await pool.query(
    `update slotlar set dolu = true, hasta_ad = $2, hasta_tel = $3, notlar = $4
     where id = $1 and dolu = false returning id, doktor, baslangic`,
    [slotId, adSoyad, telefon, not || null]
  );
  return rows[0] || { hata: "slot dolu" };
}

async function randevuIptal(telefon) {
  const { rowCount } = await pool.query(
    `update slotlar set dolu = false, hasta_ad = null, hasta_tel = null
     where hasta_tel = $1 and baslangic > now()`,
    [telefon]
  );
  return { iptal_edilen: rowCount };
}

module.exports = { musaitSaatler, randevuOlustur, randevuIptal };
