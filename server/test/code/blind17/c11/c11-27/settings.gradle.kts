rootProject.name = "fitankara-wabot"
