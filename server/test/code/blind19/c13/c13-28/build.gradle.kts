plugins {
    kotlin("jvm") version "2.0.20"
    application
}

group = "th.baansook"
version = "0.3.0"

repositories { mavenCentral() }

dependencies {
    implementation("com.google.genai:google-genai:0.1.0")
    implementation("com.twilio.sdk:twilio:10.5.1")
    implementation("io.javalin:javalin:6.3.0")
    implementation("org.slf4j:slf4j-simple:2.0.16")
}

application { mainClass.set("th.baansook.MainKt") }
kotlin { jvmToolchain(21) }
