module github.com/paketku/shipnotify

go 1.22

require (
	github.com/nats-io/nats.go v1.36.0
	github.com/twilio/twilio-go v1.22.0
)
