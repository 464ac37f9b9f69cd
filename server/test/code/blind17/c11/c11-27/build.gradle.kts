plugins {
    kotlin("jvm") version "2.0.21"
    kotlin("plugin.serialization") version "2.0.21"
    id("io.ktor.plugin") version "3.0.0"
}

group = "com.fitankara"
version = "1.0.2"

application { mainClass.set("com.fitankara.wabot.ApplicationKt") }

repositories { mavenCentral() }

dependencies {
    implementation("io.ktor:ktor-server-netty")
    implementation("io.ktor:ktor-server-content-negotiation")
    implementation("io.ktor:ktor-serialization-kotlinx-json")
    implementation("io.ktor:ktor-client-cio")
    implementation("io.ktor:ktor-client-content-negotiation")
    implementation("com.aallam.openai:openai-client:3.8.2")
    implementation("ch.qos.logback:logback-classic:1.5.11")
}
