package twilio

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

func Send(to, body string) error {
	sid := os.Getenv("TWILIO_ACCOUNT_SID")
	form := url.Values{"From": {os.Getenv("TWILIO_FROM")}, "To": {to}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+sid+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(sid, os.Getenv("TWILIO_AUTH_TOKEN"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
