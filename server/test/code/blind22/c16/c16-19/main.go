package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"

	"github.com/bartek-dev/bella-napoli-bot/internal/llm"
	"github.com/bartek-dev/bella-napoli-bot/internal/wa"
)

const defaultPrompt = `Odpowiadaj zawsze po polsku, chyba że ktoś pisze w innym języku – wtedy w jego języku.
Bądź miły, ciepły i na luzie, zwracaj się per "Ty".
Odpowiedzi maks. 3–4 zdania, bez długich list.
Możesz używać emoji, ale z umiarem 🍕
Nie używaj formatowania markdown (WhatsApp go nie pokazuje), pogrubienie tylko *tak*.`

const welcome = "Cześć! 👋 Tu Bella Napoli. Zamówienia na telefon: 12 422 18 18 (codziennie 12–22), " +
	"a jak masz pytanie, po prostu napisz 🙂"

var (
	mu       sync.Mutex
	sessions = map[string][]llm.Message{}
)

func prompt() string {
	if p := os.Getenv("BOT_PROMPT"); p != "" {
		return p
	}
	return defaultPrompt
}

func webhook(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		if q.Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(q.Get("hub.challenge")))
			return
		}
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}

	var in wa.Inbound
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)

	for _, e := range in.Entry {
		for _, c := range e.Changes {
			for _, m := range c.Value.Messages {
				if m.Type != "text" {
					continue
				}
				go handle(m.From, m.Text.Body)
			}
		}
	}
}

func handle(from, text string) {
	mu.Lock()
	h, seen := sessions[from]
	h = append(h, llm.Message{Role: "user", Content: text})
	if len(h) > 16 {
		h = h[len(h)-16:]
	}
	sessions[from] = h
	mu.Unlock()

	if !seen {
		if err := wa.SendText(from, welcome); err != nil {
			log.Println("welcome:", err)
		}
	}

	answer, err := llm.Complete(prompt(), h)
	if err != nil {
		log.Println("llm:", err)
		answer = "Ups, coś poszło nie tak. Spróbuj za chwilę albo zadzwoń: 12 422 18 18."
	}

	mu.Lock()
	sessions[from] = append(sessions[from], llm.Message{Role: "assistant", Content: answer})
	mu.Unlock()

	if err := wa.SendText(from, answer); err != nil {
		log.Println("send:", err)
	}
}

func main() {
	http.HandleFunc("/webhook", webhook)
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Println("listening on :" + port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
