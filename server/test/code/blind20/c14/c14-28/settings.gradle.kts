rootProject.name = "ordi-whatsapp"
