rootProject.name = "ohanashi-mimamori"
