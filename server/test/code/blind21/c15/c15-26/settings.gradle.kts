rootProject.name = "parcero-whatsapp"
