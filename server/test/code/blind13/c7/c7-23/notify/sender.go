package notify

import (
	"encoding/json"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

type Sender struct {
	tw   *twilio.RestClient
	from string
	msid string
}

func NewSender(from, messagingServiceSID string) *Sender {
	return &Sender{tw: twilio.NewRestClient(), from: from, msid: messagingServiceSID}
}

func (s *Sender) Send(ev ShipmentEvent) (string, error) {
	sid, vars, err := ev.Template()
	if err != nil {
		return "", err
	}
	b, _ := json.Marshal(vars)
	p := &api.CreateMessageParams{}
	p.SetTo("whatsapp:" + ev.Phone)
	p.SetFrom("whatsapp:" + s.from)
	p.SetMessagingServiceSid(s.msid)
	p.SetContentSid(sid)
	p.SetContentVariables(string(b))
	resp, err := s.tw.Api.CreateMessage(p)
	if err != nil {
		return "", err
	}
	return *resp.Sid, nil
}
