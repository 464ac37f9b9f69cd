const { SchemaType } = require("@google/generative-ai");

const functionDeclarations = [
  {
    name: "musait_saatler",
    description: "Belirli tedavi için boş randevu saatlerini getirir",
    parameters: {
      type: SchemaType.OBJECT,
      properties: {
        tedavi: { type: SchemaType.STRING, description: "muayene | temizlik | dolgu | kanal_kontrol | ortodonti | cocuk" },
        tarih: { type: SchemaType.STRING, description: "YYYY-MM-DD, bu tarihten itibaren" },
      },
      required: ["tedavi", "tarih"],
    },
  },
  {
    name: "randevu_olustur",
    description: "Seçilen slot için randevu oluşturur",
    parameters: {
      type: SchemaType.OBJECT,
      properties: {
        slot_id: { type: SchemaType.INTEGER },
        ad_soyad: { type: SchemaType.STRING },
        not: { type: SchemaType.STRING },
      },
      required: ["slot_id", "ad_soyad"],
    },
  },
  {
    name: "randevu_iptal",
    description: "Hastanın ileri tarihli randevularını iptal eder",
    parameters: { type: SchemaType.OBJECT, properties: {} },
  },
  // TODO: sekreterlik ekibi WhatsApp Business hesabına geçince açılacak
  // {
  //   name: "canli_destege_aktar",
  //   description: "Sohbeti klinik sekreterine aktarır",
  //   parameters: { type: SchemaType.OBJECT, properties: { sebep: { type: SchemaType.STRING } }, required: ["sebep"] },
  // },
];

module.exports = { functionDeclarations };
