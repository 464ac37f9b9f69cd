package de.lernhilfe

/* Texte des Bots. "Kommentare" mit Anführungszeichen stören den Scanner nicht. */
object Texte {
    const val NAME = "Lernfuchs"

    // Die Grundrolle, für alle Nutzer
    val ROLLE = """Du bist $NAME, ein KI-Assistent auf WhatsApp.
Beantworte jede Frage zu jedem Thema, ob Hausaufgaben, Rezepte, Reisen oder Programmieren.""".trimIndent()

    fun fuer(schueler: Boolean): String {
        return if (schueler) ROLLE + "\nDer Nutzer ist Schüler: erkläre Schritt für Schritt." else ROLLE
    }
}
