plugins {
    java
    id("org.springframework.boot") version "3.4.2"
    id("io.spring.dependency-management") version "1.1.7"
}

group = "co.parcero"
version = "1.4.0"

java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }

repositories { mavenCentral() }

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.twilio.sdk:twilio:10.6.5")
    implementation("com.openai:openai-java:0.22.0")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
}
