KATEGORI = {
    "tagihan": "Pertanyaan soal invoice, pembayaran, faktur pajak",
    "keluhan_produk": "Barang rusak, salah kirim, garansi",
    "permintaan_penawaran": "Minta harga / penawaran untuk pembelian grosir",
    "whatsapp_business_inquiry": "Pelanggan minta dihubungi lewat WhatsApp atau menanyakan nomor WhatsApp resmi",
    "lamaran_kerja": "CV dan lamaran pekerjaan",
    "spam": "Promosi, phishing, newsletter yang tidak relevan",
}
