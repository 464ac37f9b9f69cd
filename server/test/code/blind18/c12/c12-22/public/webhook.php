<?php

require __DIR__ . '/../vendor/autoload.php';

use AnadoluKargo\Asistan\Asistan;
use GuzzleHttp\Client;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    if (($_GET['hub_verify_token'] ?? '') === $_ENV['WA_VERIFY_TOKEN']) {
        echo $_GET['hub_challenge'] ?? '';
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

$cevap = (new Asistan())->cevapla($msg['from'], $msg['text']['body']);

(new Client())->post("https://graph.facebook.com/v21.0/{$_ENV['WA_PHONE_NUMBER_ID']}/messages", [
    'headers' => ['Authorization' => 'Bearer ' . $_ENV['WA_TOKEN']],
    'json' => [
        'messaging_product' => 'whatsapp',
        'to' => $msg['from'],
        'type' => 'text',
        'text' => ['body' => $cevap],
    ],
]);
