package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/shubhgas/wa-sahayak/internal/assistant"
	"github.com/shubhgas/wa-sahayak/internal/wa"
)

func main() {
	bot := assistant.New(os.Getenv("OPENAI_API_KEY"))
	cli := wa.NewClient(os.Getenv("WA_TOKEN"), os.Getenv("WA_PHONE_NUMBER_ID"))
	verify := os.Getenv("WA_VERIFY_TOKEN")

	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			q := r.URL.Query()
			if q.Get("hub.mode") == "subscribe" && q.Get("hub.verify_token") == verify {
				w.Write([]byte(q.Get("hub.challenge")))
				return
			}
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		var wh wa.Webhook
		if err := json.NewDecoder(r.Body).Decode(&wh); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		for _, e := range wh.Entry {
			for _, ch := range e.Changes {
				for _, m := range ch.Value.Messages {
					if m.Type != "text" {
						continue
					}
					go func(from, text string) {
						out, err := bot.Reply(context.Background(), from, text)
						if err != nil {
							log.Printf("llm: %v", err)
							out = "माफ़ कीजिए, अभी तकनीकी दिक्कत है। कृपया एजेंसी कार्यालय 0731-2543318 पर कॉल करें।"
						}
						if err := cli.SendText(from, out); err != nil {
							log.Printf("send: %v", err)
						}
					}(m.From, m.Text.Body)
				}
			}
		}
	})
	log.Fatal(http.ListenAndServe(":"+envOr("PORT", "8080"), nil))
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
