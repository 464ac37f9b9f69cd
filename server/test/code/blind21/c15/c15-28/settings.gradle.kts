rootProject.name = "wa-bot-testkit"
