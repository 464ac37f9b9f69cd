package id.kopikita.wabot

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "kopikita")
data class BotProperties(
    val model: String,
    val csKeyword: String,
    val systemPrompt: String,
)
