/**
 * PHP prompts built away from the model call (session 16): a static method that joins lines pushed onto a list,
 * where a line under `if ($x !== '')` counts only when the shipped config fills `$x`; a Laravel Blade view rendered
 * into the system text; a parameter of a method called as `Cls::ask($system, …)`. Projects written for this test.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = path.join(REPO, 'test-fixtures', 'mem-php16');

function lintProject(dir: string, files: Record<string, string>): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, dir, k), v]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const f of Object.keys(abs).filter((f) => /\.php$/.test(f) && !/\.blade\.php$/.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  return [...new Set(out)].sort();
}

const builder = (env: string) => ({
  'composer.json': '{"require": {"twilio/sdk": "^7.0"}}',
  '.env.example': env,
  'config/bot.php': `<?php\nreturn ['negocio' => ['nombre' => $_ENV['NEGOCIO'] ?? '', 'tel' => $_ENV['TEL_TIENDA'] ?? '']];\n`,
  'src/Persona.php': `<?php
namespace Tienda;
final class Persona {
    public static function compose(array $cfg): string {
        $n = $cfg['negocio'];
        $partes = [];
        if ($n['nombre'] !== '') {
            $partes[] = "Eres el asistente de WhatsApp de {$n['nombre']}. Solo respondes sobre pedidos y envíos de la tienda; cualquier otro tema lo rechazas con amabilidad.";
            if (!empty($n['tel'])) {
                $partes[] = "Si el cliente quiere hablar con una persona, dale el teléfono de la tienda: {$n['tel']}.";
            }
        } else {
            $partes[] = "Eres un asistente para todo: responde cualquier pregunta sobre cualquier tema.";
        }
        $partes[] = "Responde en frases cortas.";
        return implode("\\n", $partes);
    }
}
`,
  'src/Llm.php': `<?php
namespace Tienda;
final class Llm {
    public static function ask(string $instrucciones, string $texto): string {
        $ch = curl_init('https://api.openai.com/v1/chat/completions');
        curl_setopt_array($ch, [CURLOPT_POSTFIELDS => json_encode(['model' => 'gpt-4o-mini', 'messages' => [
            ['role' => 'system', 'content' => $instrucciones], ['role' => 'user', 'content' => $texto]]])]);
        return (string) curl_exec($ch);
    }
}
`,
  'public/index.php': `<?php
use Tienda\\{Llm, Persona};
use Twilio\\TwiML\\MessagingResponse;
$cfg = require __DIR__ . '/../config/bot.php';
$sistema = Persona::compose($cfg);
$r = new MessagingResponse();
$r->message(Llm::ask($sistema, $_POST['Body'] ?? ''));
echo $r;
`,
});

test('a prompt builder whose business fields are left empty in .env.example uses its general default', () => {
  const rules = lintProject('builder-empty', builder('TWILIO_FROM=whatsapp:+34600000000\nNEGOCIO=\nTEL_TIENDA=\n'));
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(rules.includes('flow/no-human-path'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('the same builder with the business and the phone filled in is scoped and has a path to a person', () => {
  const rules = lintProject(
    'builder-filled',
    builder('TWILIO_FROM=whatsapp:+34600000000\nNEGOCIO=Ferretería Sol\nTEL_TIENDA=+34 910 000 123\n'),
  );
  assert.deepEqual(rules, []);
});

test('a Laravel Blade view rendered as the system text is read, its echoes left as slots', () => {
  const rules = lintProject('blade', {
    'composer.json': '{"require": {"laravel/framework": "^11.0"}}',
    'app/Http/Controllers/Webhook.php': `<?php
namespace App\\Http\\Controllers;
use App\\Services\\Claude;
use Illuminate\\Http\\Request;
class Webhook extends Controller {
    public function __invoke(Request $request, Claude $claude) {
        $m = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        $sistema = view('bot.sistema', ['loja' => config('bot.loja')])->render();
        return $claude->perguntar($sistema, $m['text']['body']);
    }
}
`,
    'app/Services/Claude.php': `<?php
namespace App\\Services;
use Illuminate\\Support\\Facades\\Http;
class Claude {
    public function perguntar(string $sistema, string $texto): string {
        return Http::post('https://api.anthropic.com/v1/messages', ['system' => $sistema, 'max_tokens' => 400,
            'messages' => [['role' => 'user', 'content' => $texto]]])->json('content.0.text');
    }
}
`,
    'resources/views/bot/sistema.blade.php': `{{-- prompt do atendimento --}}
Você é o assistente de WhatsApp da {{ $loja['nome'] }}, uma loja de bicicletas.
Responda só sobre pedidos, peças e revisões da loja; outros assuntos você recusa com educação.
Se o cliente pedir um atendente, passe o telefone da loja: (41) 3333-2020, de segunda a sábado, 9h às 18h.
Catálogo: {!! $catalogo !!}
`,
  });
  assert.deepEqual(rules, []);
});
