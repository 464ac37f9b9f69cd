package main

import (
	"log"
	"net/http"
	"os"

	"github.com/twilio/twilio-go"
	"github.com/twilio/twilio-go/client"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"gitlab.com/alpenhof-wildschoenau/wa-concierge/internal/bot"
)

func main() {
	tw := twilio.NewRestClient()
	validator := client.NewRequestValidator(os.Getenv("TWILIO_AUTH_TOKEN"))
	b := bot.New()

	http.HandleFunc("/twilio/inbound", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		params := map[string]string{}
		for k := range r.PostForm {
			params[k] = r.PostForm.Get(k)
		}
		if !validator.Validate(os.Getenv("PUBLIC_URL")+r.URL.Path, params, r.Header.Get("X-Twilio-Signature")) {
			http.Error(w, "bad signature", http.StatusForbidden)
			return
		}
		from, body := r.PostForm.Get("From"), r.PostForm.Get("Body")
		w.WriteHeader(http.StatusNoContent)

		go func() {
			reply, err := b.Reply(r.Context(), from, body)
			if err != nil {
				log.Println("claude:", err)
				reply = "Entschuldigung, da ist gerade etwas schiefgelaufen. Bitte rufen Sie uns an: +43 5339 8122."
			}
			p := &openapi.CreateMessageParams{}
			p.SetFrom(os.Getenv("TWILIO_WHATSAPP_FROM"))
			p.SetTo(from)
			p.SetBody(reply)
			if _, err := tw.Api.CreateMessage(p); err != nil {
				log.Println("twilio:", err)
			}
		}()
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
