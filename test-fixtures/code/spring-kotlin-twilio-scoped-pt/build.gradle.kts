plugins {
    kotlin("jvm") version "1.9.24"
    kotlin("plugin.spring") version "1.9.24"
    id("org.springframework.boot") version "3.3.2"
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.twilio.sdk:twilio:10.4.1")
}
