<?php
require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/lib/prompt.php';
require __DIR__ . '/lib/gemini.php';
require __DIR__ . '/lib/whatsapp.php';

Dotenv\Dotenv::createImmutable(__DIR__)->load();

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    if (($_GET['hub_verify_token'] ?? '') === $_ENV['WA_VERIFY_TOKEN']) {
        echo $_GET['hub_challenge'];
    } else {
        http_response_code(403);
    }
    exit;
}

$payload = json_decode(file_get_contents('php://input'), true);
$msg = $payload['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
http_response_code(200);
if (!$msg || $msg['type'] !== 'text') {
    exit;
}

$from = preg_replace('/\D/', '', $msg['from']);
$file = __DIR__ . "/storage/{$from}.json";
$history = is_file($file) ? json_decode(file_get_contents($file), true) : [];

$answer = gemini_reply(array_slice($history, -10), $msg['text']['body']);

$history[] = ['role' => 'user', 'text' => $msg['text']['body']];
$history[] = ['role' => 'model', 'text' => $answer];
@mkdir(__DIR__ . '/storage');
file_put_contents($file, json_encode($history, JSON_UNESCAPED_UNICODE));

wa_send($from, $answer);
