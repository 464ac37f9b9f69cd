plugins {
    java
    id("org.springframework.boot") version "3.3.5"
    id("io.spring.dependency-management") version "1.1.6"
}

group = "at.energiegraz"
version = "0.6.0"
java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }

repositories {
    mavenCentral()
    maven { url = uri("https://repo.spring.io/milestone") }
}

dependencies {
    implementation(platform("org.springframework.ai:spring-ai-bom:1.0.0-M3"))
    implementation("org.springframework.ai:spring-ai-openai-spring-boot-starter")
    implementation("org.springframework.boot:spring-boot-starter")
    implementation("com.twilio.sdk:twilio:10.5.1")
    implementation("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml")
}
