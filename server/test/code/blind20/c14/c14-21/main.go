package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/baankhanompang/line-free-wa-bot/internal/bot"
	"github.com/twilio/twilio-go"
	twilioApi "github.com/twilio/twilio-go/rest/api/v2010"
)

func main() {
	ctx := context.Background()
	system, err := bot.LoadPrompt("prompts")
	if err != nil {
		log.Fatal(err)
	}
	gem, err := bot.NewGemini(ctx, system)
	if err != nil {
		log.Fatal(err)
	}
	tw := twilio.NewRestClient() // TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN
	from := os.Getenv("TWILIO_WHATSAPP_FROM")

	http.HandleFunc("/twilio/inbound", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		sender := r.PostForm.Get("From")
		body := r.PostForm.Get("Body")
		w.WriteHeader(http.StatusNoContent)

		go func() {
			c, cancel := context.WithTimeout(context.Background(), 40*time.Second)
			defer cancel()
			// TODO: ถ้าลูกค้าอยากคุยกับพนักงาน ส่งต่อให้พี่ฝ้ายหน้าร้าน (ยังไม่ได้ทำ)
			reply, err := gem.Reply(c, sender, body)
			if err != nil {
				log.Println("gemini:", err)
				reply = "ขออภัยค่ะ ระบบขัดข้องชั่วคราว รบกวนลองใหม่อีกครั้งนะคะ 🙏"
			}
			p := &twilioApi.CreateMessageParams{}
			p.SetFrom(from)
			p.SetTo(sender)
			p.SetBody(reply)
			if _, err := tw.Api.CreateMessage(p); err != nil {
				log.Println("twilio:", err)
			}
		}()
	})

	log.Println("listening :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
