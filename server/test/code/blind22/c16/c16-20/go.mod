module bayadagad/wabot

go 1.21

require github.com/twilio/twilio-go v1.23.5
