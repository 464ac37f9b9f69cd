rootProject.name = "letu-wa-bot"
