module github.com/berlin-bikes/wa-support

go 1.22

require (
	github.com/liushuangls/go-anthropic/v2 v2.13.0
	github.com/twilio/twilio-go v1.23.0
)
