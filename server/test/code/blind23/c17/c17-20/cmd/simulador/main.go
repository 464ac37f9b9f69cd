// Simulador de carga para el bot de WhatsApp de staging.
// Un LLM local hace de CLIENTE FALSO: genera mensajes y los inyecta en el webhook de staging con el
// mismo formato que manda Meta. No habla con personas reales ni usa números reales.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

type Persona struct {
	ID          string `yaml:"id"`
	Descripcion string `yaml:"descripcion"`
}

const plantilla = `Eres un CLIENTE SIMULADO para pruebas de carga de un chatbot de atención de una empresa de telefonía en Perú.
Tu personaje: %s
Escribe SOLO el siguiente mensaje que ese cliente mandaría por WhatsApp, en español peruano, de 1 a 3 líneas.
No expliques nada, no salgas del personaje. Último mensaje del bot: %q`

func generar(p Persona, ultimo string) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"model":  envOr("OLLAMA_MODEL", "qwen2.5:7b"),
		"prompt": fmt.Sprintf(plantilla, p.Descripcion, ultimo),
		"stream": false,
	})
	res, err := http.Post(envOr("OLLAMA_URL", "http://localhost:11434")+"/api/generate", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		Response string `json:"response"`
	}
	return out.Response, json.NewDecoder(res.Body).Decode(&out)
}

func inyectar(target, waID, texto string) error {
	payload := map[string]any{
		"object": "whatsapp_business_account",
		"entry": []any{map[string]any{"changes": []any{map[string]any{"value": map[string]any{
			"messaging_product": "whatsapp",
			"messages": []any{map[string]any{
				"from": waID, "id": fmt.Sprintf("wamid.SIM%d", time.Now().UnixNano()),
				"type": "text", "text": map[string]string{"body": texto},
			}},
		}}}}},
	}
	b, _ := json.Marshal(payload)
	res, err := http.Post(target, "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return res.Body.Close()
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func main() {
	target := flag.String("target", "https://staging-bot.telcoandes.pe/webhook", "webhook de staging")
	turnos := flag.Int("turnos", 5, "mensajes por persona")
	flag.Parse()

	raw, err := os.ReadFile("personas/personas.yaml")
	if err != nil {
		log.Fatal(err)
	}
	var personas []Persona
	if err := yaml.Unmarshal(raw, &personas); err != nil {
		log.Fatal(err)
	}

	var wg sync.WaitGroup
	for i, p := range personas {
		wg.Add(1)
		go func(i int, p Persona) {
			defer wg.Done()
			waID := fmt.Sprintf("5190000%04d", i) // rango reservado para pruebas
			ultimo := ""
			for t := 0; t < *turnos; t++ {
				msg, err := generar(p, ultimo)
				if err != nil {
					log.Printf("[%s] %v", p.ID, err)
					return
				}
				start := time.Now()
				if err := inyectar(*target, waID, msg); err != nil {
					log.Printf("[%s] inyectar: %v", p.ID, err)
				}
				log.Printf("[%s] turno %d %s", p.ID, t, time.Since(start))
				ultimo = msg
			}
		}(i, p)
	}
	wg.Wait()
}
