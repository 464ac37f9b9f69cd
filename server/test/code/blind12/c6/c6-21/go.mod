module github.com/ironworksgym/wa-concierge

go 1.23

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/tmc/langchaingo v0.1.12
	go.mau.fi/whatsmeow v0.0.0-20241121132508-4aa1ab0a2ec4
	google.golang.org/protobuf v1.35.2
)
