package com.fitankara.wabot

import org.slf4j.LoggerFactory

object Araclar {
    private val log = LoggerFactory.getLogger("Araclar")

    fun dersRezervasyonu(telefon: String, ders: String, tarih: String): String {
        // rezervasyon sistemine yazılıyor (GymBook API)
        log.info("rezervasyon {} {} {}", telefon, ders, tarih)
        return """{"durum":"onaylandi","ders":"$ders","tarih":"$tarih"}"""
    }

    /**
     * TODO: CRM (Bitrix24) entegrasyonu yapılınca buradan görev açılacak.
     * Şimdilik sadece log'a yazıyor; kimseye bildirim gitmiyor.
     */
    fun temsilciyeAktar(telefon: String, ozet: String): String {
        log.info("TEMSILCI TALEBI tel={} ozet={}", telefon, ozet)
        return """{"durum":"aktarildi"}"""
    }
}
