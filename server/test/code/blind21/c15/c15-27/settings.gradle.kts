rootProject.name = "senyum-ceria-wa"
