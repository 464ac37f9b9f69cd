package main

import (
	"bytes"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
	"text/template"

	"gopkg.in/yaml.v3"
)

type config struct {
	Model     string   `yaml:"model"`
	MaxTokens int      `yaml:"max_tokens"`
	NamaUsaha string   `yaml:"nama_usaha"`
	Cabang    []string `yaml:"cabang"`
	System    string   `yaml:"system"`
}

var (
	cfg       config
	systemTxt string
	mu        sync.Mutex
	riwayat   = map[string][]turn{}
)

func loadConfig() {
	raw, err := os.ReadFile("config/asisten.yaml")
	if err != nil {
		log.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	template.Must(template.New("sys").Parse(cfg.System)).Execute(&buf, map[string]string{
		"NamaUsaha": cfg.NamaUsaha,
		"Cabang":    strings.Join(cfg.Cabang, "; "),
	})
	systemTxt = buf.String()
}

func twiml(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/xml")
	var esc bytes.Buffer
	template.HTMLEscape(&esc, []byte(msg))
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>` + esc.String() + `</Message></Response>`))
}

func whatsapp(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	from, body := r.PostForm.Get("From"), strings.TrimSpace(r.PostForm.Get("Body"))
	if body == "" {
		twiml(w, "Maaf kak, untuk sekarang kami hanya bisa membaca pesan teks 🙏")
		return
	}
	mu.Lock()
	h := append(riwayat[from], turn{"user", body})
	mu.Unlock()
	jawab, err := askClaude(systemTxt, h)
	if err != nil {
		log.Println(err)
		twiml(w, "Maaf, sistem sedang sibuk. Coba lagi sebentar ya.")
		return
	}
	mu.Lock()
	riwayat[from] = append(h, turn{"assistant", jawab})
	if len(riwayat[from]) > 16 {
		riwayat[from] = riwayat[from][len(riwayat[from])-16:]
	}
	mu.Unlock()
	twiml(w, jawab)
}

func main() {
	loadConfig()
	http.HandleFunc("/twilio/whatsapp", whatsapp)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
