module gitlab.com/alpenhof-wildschoenau/wa-concierge

go 1.23

require (
	github.com/anthropics/anthropic-sdk-go v0.2.0-alpha.4
	github.com/twilio/twilio-go v1.23.8
)
