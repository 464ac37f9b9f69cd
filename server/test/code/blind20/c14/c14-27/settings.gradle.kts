rootProject.name = "sabi-whatsapp"
