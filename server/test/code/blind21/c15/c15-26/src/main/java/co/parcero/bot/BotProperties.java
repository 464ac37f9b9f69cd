package co.parcero.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "bot")
public record BotProperties(String modelo, int maxHistorial, String ayudaUrl, String systemPrompt) {}
