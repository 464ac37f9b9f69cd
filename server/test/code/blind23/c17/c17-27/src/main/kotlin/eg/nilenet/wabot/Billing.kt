package eg.nilenet.wabot

object Billing {
    fun balance(msisdn: String): String {
        // TODO: OCS API
        return "رصيدك الحالي متاح في تطبيق نايل نت أو اطلب *555#"
    }
}
