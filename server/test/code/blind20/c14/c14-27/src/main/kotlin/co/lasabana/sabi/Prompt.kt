package co.lasabana.sabi

object Prompt {
    private val template: String =
        Prompt::class.java.getResource("/prompts/sabi.txt")!!.readText(Charsets.UTF_8)

    // TODO(juanda): sacar el teléfono de asesores de la config cuando Servicio al Cliente nos lo confirme
    val system: String = template
        .replace("{{store_hours}}", System.getenv("STORE_HOURS") ?: "lunes a domingo de 7:00 a.m. a 10:00 p.m.")
}
