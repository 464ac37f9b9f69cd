package eg.nilenet.wabot

import org.slf4j.LoggerFactory

object Handoff {
    private val log = LoggerFactory.getLogger("handoff")

    /**
     * Phase 2: هيتربط بـ Genesys لما فريق الكول سنتر يوافق على قناة الواتساب.
     * دلوقتي بنسجل بس.
     */
    fun requestAgent(msisdn: String, reason: String): String {
        log.info("agent requested msisdn={} reason={}", msisdn, reason)
        return "تمام، طلبك اتسجل وهيتواصل معاك حد من خدمة العملاء في أقرب وقت 🙏"
    }
}
