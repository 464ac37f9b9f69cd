module github.com/ironpeak-gym/wa-concierge

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/tmc/langchaingo v0.1.12
	go.mau.fi/whatsmeow v0.0.0-20241121132347-e9c1e5a8a1de
	google.golang.org/protobuf v1.35.2
)
