<?php

require __DIR__ . '/../vendor/autoload.php';

use Webfarm\Wa\{D360, Gemini, Prompt};

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$cfg = require __DIR__ . '/../config/bot.php';
$redis = new Predis\Client($_ENV['REDIS_URL'] ?? null);

$body = json_decode(file_get_contents('php://input'), true);
$m = $body['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
http_response_code(200);
if (!$m || ($m['type'] ?? '') !== 'text') {
    exit;
}
$da = $m['from'];
$testo = trim($m['text']['body']);

// risposta dell'operatore: "#393331234567 testo"
if ($da === $cfg['operatore'] && preg_match('/^#(\d{8,15})\s+(.+)$/s', $testo, $mm)) {
    D360::invia($mm[1], $mm[2]);
    exit;
}

if ($redis->get("op:$da")) {
    D360::invia($cfg['operatore'], "[$da] $testo");
    exit;
}

if ($cfg['operatore'] !== '' && strcasecmp($testo, 'OPERATORE') === 0) {
    $redis->setex("op:$da", 4 * 3600, 1);
    D360::invia($cfg['operatore'], "🔔 Nuova richiesta operatore da +$da. Rispondi con: #$da <messaggio>");
    D360::invia($da, 'Ti ho messo in contatto con un operatore, ti risponderà qui appena possibile 🙂');
    exit;
}

$key = "storico:$da";
$storico = json_decode($redis->get($key) ?? '[]', true);
$storico[] = ['role' => 'user', 'parts' => [['text' => $testo]]];
$risposta = (new Gemini($cfg['modello']))->rispondi(Prompt::build($cfg), array_slice($storico, -10));
$storico[] = ['role' => 'model', 'parts' => [['text' => $risposta]]];
$redis->setex($key, 86400, json_encode(array_slice($storico, -10)));

D360::invia($da, $risposta);
