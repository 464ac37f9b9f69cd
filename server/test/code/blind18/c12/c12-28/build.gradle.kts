plugins {
    kotlin("jvm") version "2.0.21"
    application
}

group = "kr.cafemaru"
version = "0.8.1"

repositories { mavenCentral() }

dependencies {
    implementation("io.javalin:javalin:6.3.0")
    implementation("com.twilio.sdk:twilio:10.6.2")
    implementation("com.google.genai:google-genai:0.1.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("org.slf4j:slf4j-simple:2.0.16")
}

application { mainClass.set("kr.cafemaru.wa.MainKt") }
kotlin { jvmToolchain(17) }
