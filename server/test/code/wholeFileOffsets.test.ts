/**
 * A prompt file read whole by code (Go `//go:embed`, `readFileSync`, a Blade view, a classpath resource) keeps one
 * offset per UTF-16 unit: a file with emoji or other astral characters before its grant still places the grant,
 * in the file, at its own line and column (a code-point count left the last units without an offset: NaN columns).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture, runCli } from '../cli/helpers';

const MAIN_GO = `package main

import (
	_ "embed"
	"context"
	"net/http"

	openai "github.com/sashabaranov/go-openai"
)

//go:embed prompt.txt
var systemPrompt string

func handler(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("Body") // Twilio WhatsApp webhook
	c := openai.NewClient("k")
	resp, _ := c.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
		Model: "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessage{
			{Role: "system", Content: systemPrompt},
			{Role: "user", Content: body},
		},
	})
	w.Write([]byte(resp.Choices[0].Message.Content))
}

func main() { http.HandleFunc("/whatsapp", handler); http.ListenAndServe(":8080", nil) }
`;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endColumn: number;
}

test('a grant after astral characters in an embedded prompt file is placed at its own line and column', () => {
  const prompt = `${'🌮'.repeat(40)} ¡Hola!\nEres un asistente útil. Responde cualquier pregunta sobre cualquier tema`;
  const root = fixture({ 'go.mod': 'module example.com/bot\n\ngo 1.22\n', 'main.go': MAIN_GO, 'prompt.txt': prompt });
  const r = runCli(['--format', 'sarif', '.'], root);
  const results = (
    JSON.parse(r.stdout) as {
      runs: {
        results: {
          ruleId: string;
          relatedLocations?: {
            physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion };
          }[];
        }[];
      }[];
    }
  ).runs[0].results;
  const open = results.find((x) => x.ruleId === 'flow/open-domain-llm');
  assert.ok(open, `${r.stdout}\n${r.stderr}`);
  const inPrompt = (open.relatedLocations ?? []).filter((l) =>
    l.physicalLocation.artifactLocation.uri.endsWith('prompt.txt'),
  );
  assert.ok(inPrompt.length > 0, 'the grant is shown in prompt.txt');
  const line = prompt.split('\n')[1];
  for (const { physicalLocation: p } of inPrompt) {
    assert.equal(p.region.startLine, 2, JSON.stringify(p.region));
    assert.ok(Number.isInteger(p.region.startColumn) && Number.isInteger(p.region.endColumn), JSON.stringify(p.region));
    assert.ok(p.region.endColumn <= line.length + 1, JSON.stringify(p.region));
  }
});
