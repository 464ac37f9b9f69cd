rootProject.name = "wa-bot-simulator"
