package main

import (
	"net/http"
	"os"

	"github.com/berlin-bikes/wa-support/claude"
	"github.com/twilio/twilio-go/twiml"
)

var bot = claude.New(os.Getenv("ANTHROPIC_API_KEY"))

func whatsapp(w http.ResponseWriter, r *http.Request) {
	reply, err := bot.Answer(r.Context(), r.FormValue("Body"))
	//                                      ^^^^^^^^^ flow/no-human-path
	if err != nil {
		reply = "Entschuldigung, bitte versuche es später noch einmal."
	}
	out, _ := twiml.Messages([]twiml.Element{&twiml.MessagingMessage{Body: reply}})
	w.Header().Set("Content-Type", "application/xml")
	w.Write([]byte(out))
}

func main() {
	// Twilio sandbox: whatsapp:+14155238886
	http.HandleFunc("/whatsapp", whatsapp)
	http.ListenAndServe(":8080", nil)
}
