<?php

require __DIR__ . '/../vendor/autoload.php';

use Turia\Bot\{Claude, Herramientas};
use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();
session_id(md5($_POST['From'] ?? 'anon'));
session_start();

$system = file_get_contents(__DIR__ . '/../prompts/citas.md');
$msgs = $_SESSION['msgs'] ?? [];
$msgs[] = ['role' => 'user', 'content' => $_POST['Body'] ?? ''];

$claude = new Claude();
for ($i = 0; $i < 4; $i++) {
    $r = $claude->messages($system, $msgs, Herramientas::DEFINICIONES);
    $msgs[] = ['role' => 'assistant', 'content' => $r['content']];
    if (($r['stop_reason'] ?? '') !== 'tool_use') {
        break;
    }
    $resultados = [];
    foreach ($r['content'] as $b) {
        if ($b['type'] === 'tool_use') {
            $resultados[] = ['type' => 'tool_result', 'tool_use_id' => $b['id'], 'content' => Herramientas::ejecutar($b['name'], $b['input'])];
        }
    }
    $msgs[] = ['role' => 'user', 'content' => $resultados];
}

$texto = implode("\n", array_map(fn ($b) => $b['text'], array_filter($r['content'], fn ($b) => $b['type'] === 'text')));
$_SESSION['msgs'] = array_slice($msgs, -14);

$twiml = new MessagingResponse();
$twiml->message($texto ?: 'Disculpe, ¿puede repetirlo?');
header('Content-Type: text/xml');
echo $twiml;
