package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/twilio/twilio-go"
	twapi "github.com/twilio/twilio-go/rest/api/v2010"
	"google.golang.org/genai"

	"github.com/ruimarques/zapassistente/internal"
)

func main() {
	cfg, err := internal.Carregar(os.Getenv("ASSISTANT_CONFIG"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	gem, err := genai.NewClient(ctx, &genai.ClientConfig{APIKey: os.Getenv("GEMINI_API_KEY"), Backend: genai.BackendGeminiAPI})
	if err != nil {
		log.Fatal(err)
	}
	tw := twilio.NewRestClient()
	temp := cfg.Temperatura

	http.HandleFunc("/whatsapp", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		from, body := r.PostForm.Get("From"), r.PostForm.Get("Body")
		w.WriteHeader(http.StatusNoContent)

		res, err := gem.Models.GenerateContent(ctx, cfg.Modelo, genai.Text(body), &genai.GenerateContentConfig{
			SystemInstruction: &genai.Content{Parts: []*genai.Part{{Text: cfg.SystemPrompt()}}},
			Temperature:       &temp,
		})
		if err != nil {
			log.Println(err)
			return
		}
		p := &twapi.CreateMessageParams{}
		p.SetFrom(os.Getenv("TWILIO_FROM"))
		p.SetTo(from)
		p.SetBody(res.Text())
		if _, err := tw.Api.CreateMessage(p); err != nil {
			log.Println("twilio:", err)
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
