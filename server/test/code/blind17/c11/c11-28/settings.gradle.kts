rootProject.name = "kopikita-wabot"
