package gemini

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type Part struct {
	Text string `json:"text,omitempty"`
}

type Content struct {
	Role  string `json:"role,omitempty"`
	Parts []Part `json:"parts"`
}

type genReq struct {
	SystemInstruction Content   `json:"systemInstruction"`
	Contents          []Content `json:"contents"`
}

type genResp struct {
	Candidates []struct {
		Content Content `json:"content"`
	} `json:"candidates"`
}

const endpoint = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=%s"

func Generate(system string, history []Content) (string, error) {
	body, _ := json.Marshal(genReq{SystemInstruction: Content{Parts: []Part{{Text: system}}}, Contents: history})
	res, err := http.Post(fmt.Sprintf(endpoint, os.Getenv("GEMINI_API_KEY")), "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var r genResp
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return "", err
	}
	if len(r.Candidates) == 0 || len(r.Candidates[0].Content.Parts) == 0 {
		return "", fmt.Errorf("gemini: empty response")
	}
	return r.Candidates[0].Content.Parts[0].Text, nil
}
