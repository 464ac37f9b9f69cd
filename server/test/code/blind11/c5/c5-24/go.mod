module petvida/whatsapp-bot

go 1.23
