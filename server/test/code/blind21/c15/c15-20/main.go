package main

import (
	"context"
	"encoding/json"
	"html/template"
	"log"
	"net/http"
	"os"

	"ifixladprao/wa-assistant/internal/bot"
	"ifixladprao/wa-assistant/internal/store"
	"ifixladprao/wa-assistant/internal/wa"
)

var adminTpl = template.Must(template.ParseFiles("web/admin.html"))

func main() {
	st, err := store.Open(getenv("DB_PATH", "data/wa.db"))
	if err != nil {
		log.Fatal(err)
	}
	b := bot.New(st)

	http.HandleFunc("GET /webhook", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(q.Get("hub.challenge")))
			return
		}
		w.WriteHeader(http.StatusForbidden)
	})

	http.HandleFunc("POST /webhook", func(w http.ResponseWriter, r *http.Request) {
		var in wa.Inbound
		json.NewDecoder(r.Body).Decode(&in)
		w.WriteHeader(http.StatusOK)
		for _, e := range in.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type != "text" {
						continue
					}
					st.Log(m.From, "customer", m.Text.Body)
					if st.Mode(m.From) == "human" {
						continue // พนักงานตอบเองจากหน้า /admin
					}
					go func(from, body string) {
						out, err := b.Reply(context.Background(), from, body)
						if err != nil {
							log.Println(err)
							return
						}
						st.Log(from, "bot", out)
						wa.SendText(from, out)
					}(m.From, m.Text.Body)
				}
			}
		}
	})

	// หน้าแอดมินสำหรับพนักงานหน้าร้าน: ดูแชตที่รอคน ตอบลูกค้า และคืนแชตให้บอท
	http.HandleFunc("/admin", basicAuth(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			r.ParseForm()
			to := r.FormValue("wa_id")
			if msg := r.FormValue("message"); msg != "" {
				wa.SendText(to, msg)
				st.Log(to, "staff", msg)
			}
			if r.FormValue("release") == "1" {
				st.SetMode(to, "bot", "")
			}
		}
		pending, _ := st.WaitingForStaff()
		adminTpl.Execute(w, pending)
	}))

	log.Fatal(http.ListenAndServe(":"+getenv("PORT", "8080"), nil))
}

func basicAuth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, p, ok := r.BasicAuth()
		if !ok || p != os.Getenv("ADMIN_PASSWORD") {
			w.Header().Set("WWW-Authenticate", `Basic realm="ifix"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		h(w, r)
	}
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
