package main

import (
	"log"
	"net/http"
	"os"
	"sync"

	"github.com/dwakolka/serwis-bot/internal/gemini"
	"github.com/dwakolka/serwis-bot/internal/prompt"
	"github.com/dwakolka/serwis-bot/internal/twilio"
)

var (
	system  string
	mu      sync.Mutex
	history = map[string][]gemini.Content{}
)

func incoming(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", 400)
		return
	}
	from, body := r.PostForm.Get("From"), r.PostForm.Get("Body")
	w.Header().Set("Content-Type", "text/xml")
	w.Write([]byte("<Response></Response>"))

	go func() {
		mu.Lock()
		h := append(history[from], gemini.Content{Role: "user", Parts: []gemini.Part{{Text: body}}})
		if len(h) > 16 {
			h = h[len(h)-16:]
		}
		mu.Unlock()

		out, err := gemini.Generate(system, h)
		if err != nil {
			log.Println(err)
			out = "Przepraszamy, chwilowy problem. Proszę spróbować za kilka minut."
		}
		mu.Lock()
		history[from] = append(h, gemini.Content{Role: "model", Parts: []gemini.Part{{Text: out}}})
		mu.Unlock()
		twilio.Send(from, out)
	}()
}

func main() {
	dir := os.Getenv("PROMPTS_DIR")
	if dir == "" {
		dir = "prompts"
	}
	var err error
	if system, err = prompt.Load(dir); err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/twilio/whatsapp", incoming)
	log.Println("serwis-bot :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
