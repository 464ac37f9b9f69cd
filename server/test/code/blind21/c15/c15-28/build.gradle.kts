plugins {
    kotlin("jvm") version "2.1.0"
    kotlin("plugin.serialization") version "2.1.0"
    `java-library`
    `maven-publish`
}

group = "ua.kurier"
version = "0.3.1"

repositories { mavenCentral() }

dependencies {
    api("io.ktor:ktor-server-netty:3.0.3")
    implementation("io.ktor:ktor-server-content-negotiation:3.0.3")
    implementation("io.ktor:ktor-serialization-kotlinx-json:3.0.3")
    implementation("com.charleskorn.kaml:kaml:0.67.0")
    testImplementation(kotlin("test"))
    testImplementation("io.ktor:ktor-client-cio:3.0.3")
}

publishing {
    publications { create<MavenPublication>("lib") { from(components["java"]) } }
    repositories { maven("https://nexus.kurier.ua/repository/internal/") }
}
