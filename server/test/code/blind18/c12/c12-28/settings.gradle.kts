rootProject.name = "cafemaru-whatsapp"
