module github.com/kedai-kopi/wa-menu

go 1.23

require (
	github.com/anthropics/anthropic-sdk-go v1.4.0
	go.mau.fi/whatsmeow v0.0.0-20250101000000-000000000000
)
