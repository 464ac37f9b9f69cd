module ifixladprao/wa-assistant

go 1.23

require (
	github.com/anthropics/anthropic-sdk-go v1.4.0
	modernc.org/sqlite v1.34.5
)
